using System.Collections.Immutable;
using Calico.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Calico.Sdk.Analyzers;

/// <summary>
/// Folds each <c>CalicoCluster.Define()…Build()</c> chain whose arguments are compile-time constants into a real
/// <see cref="CalicoCluster"/> (through the analyzer's compiled-in builder) and reports what
/// <see cref="CalicoValidator.ValidatePartial"/> finds. Anything not understood makes the options it sets unknown,
/// and rules reading unknown options stay silent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CalicoClusterAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Documentation root of the rule pages.</summary>
    public const string HelpRoot = "https://github.com/calico-sdk/calico-sdk/blob/main/docs/rules/";

    /// <summary>Property key carrying the rule's finding path on each diagnostic.</summary>
    public const string PathProperty = "CalicoPath";

    /// <summary>Property key carrying the finding's hint (such as <c>set calico_veth_mtu: 1450</c>) for the code fixes.</summary>
    public const string HintProperty = "CalicoHint";

    /// <summary>Property key carrying the node count the chain adds (for Typha sizing fixes).</summary>
    public const string NodesProperty = "CalicoNodes";

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> Descriptors = CalicoRules.All
        .ToImmutableDictionary(r => r.Code, Describe);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is analyzed too: a cluster described by a generator is just as broken, and it spares the
        // compiler a scan of every tree for generated-code attributes before our first diagnostic in it.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Symbol caches live as long as the compilation. The builder is recognized by name rather than looked up
            // with GetTypeByMetadataName, which would make the compiler load every referenced assembly's types.
            var symbols = new ChainSymbols();
            start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols), OperationKind.Invocation);
        });
    }

    private static DiagnosticDescriptor Describe(Rule rule) => new(
        rule.Code,
        rule.Descriptor.Title,
        "{0}",
        rule.Descriptor.Category,
        rule.Descriptor.Severity switch
        {
            FindingSeverity.Error => DiagnosticSeverity.Error,
            FindingSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        },
        isEnabledByDefault: true,
        description: rule.Hint,
        helpLinkUri: HelpRoot + rule.Code + ".md");

    private static void AnalyzeInvocation(OperationAnalysisContext context, ChainSymbols symbols)
    {
        var build = (IInvocationOperation)context.Operation;
        if (build.TargetMethod.Name != "Build" || !ChainSymbols.IsBuilder(build.TargetMethod.ContainingType))
        {
            return;
        }

        var folder = new ChainFolder(symbols, context.CancellationToken);
        CalicoCluster? cluster;
        try
        {
            cluster = folder.Fold(build);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return;
        }

        if (cluster is null)
        {
            return;
        }

        ValidationReport report;
        try
        {
            report = CalicoValidator.ValidatePartial(cluster, folder.IsKnown, folder.TopologyKnown);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return;
        }

        foreach (var finding in report.Findings)
        {
            if (!Descriptors.TryGetValue(finding.Code, out var descriptor))
            {
                continue;
            }

            var rule = CalicoRules.Find(finding.Code);
            var (primary, additional) = folder.Locate(finding.Path, rule, build);
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(PathProperty, finding.Path)
                .Add(NodesProperty, folder.HostCount.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Add(HintProperty, finding.Hint);
            var severity = finding.Severity switch
            {
                FindingSeverity.Error => DiagnosticSeverity.Error,
                FindingSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            };
            var message = finding.Hint is null ? finding.Message : finding.Message + " (fix: " + finding.Hint + ")";
            context.ReportDiagnostic(Diagnostic.Create(descriptor, primary, severity, additional, properties, message));
        }
    }
}
