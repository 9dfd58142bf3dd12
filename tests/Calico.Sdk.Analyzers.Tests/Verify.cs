extern alias core;

using Calico.Sdk.Analyzers;
using Calico.Sdk.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Calico.Sdk.Analyzers.Tests;

/// <summary>Runs the analyzer offline: .NET 8 reference assemblies from Basic.Reference.Assemblies, plus Calico.Sdk.Core.</summary>
internal static class Verify
{
    public static MetadataReference Core { get; } = MetadataReference.CreateFromFile(typeof(core::Calico.Sdk.CalicoCluster).Assembly.Location);

    public static string Program(string body) => $$"""
        using System;
        using Calico.Sdk;

        public static class Sample
        {
            public static CalicoCluster Make(int count, string name)
            {
                return {{body}};
            }
        }
        """;

    public static Task AnalyzerAsync(string body, params DiagnosticResult[] expected) => SourceAsync(Program(body), expected);

    public static async Task SourceAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<CalicoClusterAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        test.TestState.AdditionalReferences.Add(Core);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static async Task FixAsync(string body, string fixedBody, int codeActionIndex = 0, int? iterations = null)
    {
        var test = new CSharpCodeFixTest<CalicoClusterAnalyzer, CalicoClusterCodeFix, DefaultVerifier>
        {
            TestCode = Program(body),
            FixedCode = Program(fixedBody),
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
            CodeActionIndex = codeActionIndex,
        };
        if (iterations is { } n)
        {
            // The fixed code still has a finding of a fixable code, left as is: stop after the given number of fixes.
            test.NumberOfIncrementalIterations = n;
            test.NumberOfFixAllIterations = n;
            test.FixedState.MarkupHandling = MarkupMode.Allow;
        }

        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        test.TestState.AdditionalReferences.Add(Core);
        test.FixedState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        test.FixedState.AdditionalReferences.Add(Core);
        await test.RunAsync();
    }
}
