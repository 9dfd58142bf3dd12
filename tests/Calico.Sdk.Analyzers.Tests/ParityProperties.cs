extern alias core;

using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Calico.Sdk.Analyzers.Tests;

/// <summary>
/// Parity of compile time and run time: random builder chains of constants are written as C#, compiled with the
/// analyzer, then run; the analyzer's diagnostics for each chain must equal what the runtime validator finds on the
/// cluster that very chain builds, restricted to the rules docs/analyzers.md lists as compile-time. 25 cases of 50
/// chains each: 1,250 configurations, one compilation per case.
/// </summary>
public class ParityProperties
{
    public const int ChainsPerCase = 50;

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [new CalicoClusterAnalyzer()];

    private static readonly MetadataReference[] References = [.. Basic.Reference.Assemblies.Net80.References.All, Verify.Core];

    [Property(MaxTest = 25)]
    public Property CompileTimeDiagnostics_EqualRuntimeFindings() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var chains = Enumerable.Range(0, ChainsPerCase).Select(_ => ChainWriter.Write(random)).ToList();
            var mismatches = Compare(chains);
            return mismatches.Count == 0 ? true.ToProperty() : false.ToProperty().Label(string.Join("\n\n", mismatches));
        });

    /// <summary>
    /// No false positives: with some arguments computed at run time (an identity method the analyzer cannot fold),
    /// every compile-time diagnostic is still a runtime finding; the rules reading those options stay silent.
    /// 10 cases of 50 chains.
    /// </summary>
    [Property(MaxTest = 10)]
    public Property WithRuntimeValues_CompileTimeDiagnostics_AreRuntimeFindings() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var chains = Enumerable.Range(0, ChainsPerCase).Select(_ => ChainWriter.Write(random, opaqueShare: 0.2)).ToList();
            var (compiled, runtime) = Evaluate(chains);
            var extra = Enumerable.Range(0, chains.Count)
                .Where(i => !compiled[i].IsSubsetOf(runtime[i]))
                .Select(i => $"chain {i}: {chains[i]}\n  compile time only: {string.Join("; ", compiled[i].Except(runtime[i]))}")
                .ToList();
            return extra.Count == 0 ? true.ToProperty() : false.ToProperty().Label(string.Join("\n\n", extra));
        });

    [Fact]
    public void Comparison_SeesADifference()
    {
        // The property's comparison is not vacuous: a chain that the analyzer flags compares equal, and the chains
        // the generator writes do give findings of many codes.
        var random = new Random(7);
        var chains = Enumerable.Range(0, 200).Select(_ => ChainWriter.Write(random)).ToList();
        var (compiled, runtime) = Evaluate(chains);
        var codes = runtime.SelectMany(r => r).Select(k => k.Split('|')[0]).Distinct().ToList();
        Assert.True(codes.Count >= 15, "only " + string.Join(", ", codes));
        Assert.True(compiled.Count(c => c.Count > 0) > 100);
        Assert.Empty(Compare(chains));
    }

    internal static List<string> Compare(IReadOnlyList<string> chains)
    {
        var (compiled, runtime) = Evaluate(chains);
        var mismatches = new List<string>();
        for (var i = 0; i < chains.Count; i++)
        {
            if (!compiled[i].SetEquals(runtime[i]))
            {
                mismatches.Add($"chain {i}: {chains[i]}\n  compile time only: {string.Join("; ", compiled[i].Except(runtime[i]))}\n  run time only: {string.Join("; ", runtime[i].Except(compiled[i]))}");
            }
        }

        return mismatches;
    }

    // One compilation for all chains (one method each): the analyzer's diagnostics per method, and the runtime
    // validator's findings on the cluster each method returns when run.
    private static (List<HashSet<string>> Compiled, List<HashSet<string>> Runtime) Evaluate(IReadOnlyList<string> chains)
    {
        var source = new StringBuilder("using System;\nusing Calico.Sdk;\n\npublic static class Chains\n{\n");
        for (var i = 0; i < chains.Count; i++)
        {
            source.Append(CultureInfo.InvariantCulture, $"    public static CalicoCluster Make{i}() => {chains[i]};\n\n");
        }

        source.Append("    private static T Opaque<T>(T value) => value;\n}\n");
        var tree = CSharpSyntaxTree.ParseText(source.ToString(), new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("Chains" + Guid.NewGuid().ToString("N"), [tree], References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "generated code does not compile: " + string.Join("\n", errors.Take(5)));

        var methods = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().ToList();
        var compiled = chains.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
        var diagnostics = compilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        foreach (var d in diagnostics)
        {
            var index = methods.FindIndex(m => m.Span.Contains(d.Location.SourceSpan));
            Assert.True(index >= 0, "diagnostic outside any chain: " + d);
            compiled[index].Add(Key(d.Id, d.Severity.ToString(), d.Properties[CalicoClusterAnalyzer.PathProperty] ?? string.Empty, d.GetMessage(CultureInfo.InvariantCulture)));
        }

        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("parity", isCollectible: true);
        try
        {
            var type = context.LoadFromStream(stream).GetType("Chains")!;
            var compileTime = CompileTimeRules.Codes;
            var runtime = new List<HashSet<string>>();
            for (var i = 0; i < chains.Count; i++)
            {
                var cluster = (core::Calico.Sdk.CalicoCluster)type.GetMethod("Make" + i.ToString(CultureInfo.InvariantCulture), BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
                var report = core::Calico.Sdk.CalicoValidator.Validate(cluster);
                runtime.Add(report.Findings
                    .Where(f => compileTime.Contains(f.Code))
                    .Select(f => Key(f.Code, Severity(f.Severity), f.Path, f.Hint is null ? f.Message : f.Message + " (fix: " + f.Hint + ")"))
                    .ToHashSet(StringComparer.Ordinal));
            }

            return (compiled, runtime);
        }
        finally
        {
            context.Unload();
        }
    }

    private static string Severity(core::Calico.Sdk.FindingSeverity severity) => severity switch
    {
        core::Calico.Sdk.FindingSeverity.Error => nameof(DiagnosticSeverity.Error),
        core::Calico.Sdk.FindingSeverity.Warning => nameof(DiagnosticSeverity.Warning),
        _ => nameof(DiagnosticSeverity.Info),
    };

    private static string Key(string code, string severity, string path, string message) => $"{code}|{severity}|{path}|{message}";
}

/// <summary>Writes random builder chains whose arguments are all constants (literals, enum members, string CIDRs).</summary>
internal static class ChainWriter
{
    private static readonly (string Area, string Parameter, (string Method, string[] Values)[] Calls)[] Areas =
    [
        ("Network", "n", [
            ("Backend", ["NetworkBackend.Bird", "NetworkBackend.Vxlan", "NetworkBackend.None"]),
            ("Ipip", ["EncapsulationMode.Always", "EncapsulationMode.CrossSubnet", "EncapsulationMode.Never"]),
            ("Vxlan", ["EncapsulationMode.Always", "EncapsulationMode.CrossSubnet", "EncapsulationMode.Never"]),
            ("Mtu", ["1500", "9000", "1450"]),
            ("VethMtu", ["1450", "1480", "1500", "1520", "8950", "1430"]),
            ("EnableDualStackNetworks", ["true", "false"]),
            ("VxlanVni", ["4096", "4097", "16777215"]),
            ("VxlanPort", ["4789", "8472"]),
        ]),
        ("Datastore", "d", [("Type", ["CalicoDatastore.Kdd", "CalicoDatastore.Etcd"])]),
        ("Typha", "t", [("Enabled", ["", "true", "false"]), ("Replicas", ["0", "1", "2", "3", "5"]), ("Secure", ["true", "false"])]),
        ("Bgp", "b", [
            ("PeerWithRouteReflectors", ["", "false"]),
            ("PeerWithRouter", ["true", "false"]),
            ("GlobalAsNumber", ["64512", "65400"]),
            ("ListenPort", ["179", "1790"]),
        ]),
        ("Dataplane", "p", [("Ebpf", ["", "false"]), ("Wireguard", ["", "false"]), ("BpfServiceMode", ["BpfServiceMode.Tunnel", "BpfServiceMode.Dsr"])]),
        ("Workloads", "w", [("ApiserverEnabled", ["true", "false"])]),
        ("Cluster", "c", [
            ("NetworkPlugin", ["KubeNetworkPlugin.Calico", "KubeNetworkPlugin.Calico", "KubeNetworkPlugin.Flannel"]),
            ("ProxyMode", ["KubeProxyMode.Iptables", "KubeProxyMode.Ipvs", "KubeProxyMode.Nftables"]),
            ("IgnoreAssertErrors", ["true", "false"]),
            ("PodsSubnet", ["\"10.233.64.0/18\"", "\"10.244.0.0/16\""]),
            ("NodePrefix", ["24", "26", "28"]),
            ("LoadBalancerApiserverLocalhost", ["true", "false"]),
            ("EpelEnabled", ["true", "false"]),
        ]),
        ("Pools", "o", [
            ("Cidr", ["\"10.233.64.0/20\"", "\"192.168.0.0/16\"", "\"10.233.64.0/18\""]),
            ("BlockSize", ["26", "24", "29", "20"]),
            ("NatOutgoing", ["true", "false"]),
        ]),
        ("Images", "i", [("Version", ["\"v3.29.3\"", "\"v3.31.7\"", "\"v3.27.0\""])]),
        ("Felix", "f", [("EndpointToHostAction", ["EndpointToHostAction.Drop", "EndpointToHostAction.Return", "EndpointToHostAction.Accept"])]),
        ("Ipam", "m", [("StrictAffinity", ["true", "false"]), ("HostLocal", ["true", "false"])]),
    ];

    private static readonly string[] HostRoles =
    [
        "h.Worker()",
        "h.Worker()",
        "h.RouteReflector()",
        "h.RouteReflector(\"1.0.0.1\")",
        "h.RouteReflector(\"1.0.0.2\")",
        "h.Worker().ClusterId(\"1.0.0.1\")",
        "h.RouteReflector(\"10.0.0\")",
        "h.ControlPlane().Etcd()",
    ];

    /// <summary>A random chain; <paramref name="opaqueShare"/> of the arguments go through <c>Opaque(…)</c>, a value known only at run time.</summary>
    public static string Write(Random random, double opaqueShare = 0)
    {
        var sb = new StringBuilder("CalicoCluster.Define()");
        foreach (var (area, p, calls) in Areas)
        {
            // Each area appears with probability 1/2, sometimes twice (the later call wins).
            var times = random.Next(4) switch { 0 or 1 => 0, 2 => 1, _ => random.Next(1, 3) };
            for (var t = 0; t < times; t++)
            {
                var chosen = calls.Where(_ => random.Next(5) < 2).ToList();
                if (chosen.Count == 0)
                {
                    chosen.Add(calls[random.Next(calls.Length)]);
                }

                sb.Append('.').Append(area).Append('(').Append(p).Append(" => ").Append(p);
                foreach (var (method, values) in chosen)
                {
                    var value = values[random.Next(values.Length)];
                    // (An int converts to AsNumber only as a constant, so GlobalAsNumber keeps its literal.)
                    if (value.Length > 0 && method != "GlobalAsNumber" && random.NextDouble() < opaqueShare)
                    {
                        value = "Opaque(" + value + ")";
                    }

                    sb.Append('.').Append(method).Append('(').Append(value).Append(')');
                }

                sb.Append(')');
            }
        }

        sb.Append(".Nodes(n => n.Host(\"cp1\", \"10.0.0.1\", h => h.ControlPlane().Etcd().Worker()")
            .Append(random.Next(6) == 0 ? ".RouteReflector()" : string.Empty).Append(')');
        var extra = random.Next(5);
        for (var i = 0; i < extra; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $".Host(\"h{i}\", h => {HostRoles[random.Next(HostRoles.Length)]})");
        }

        if (random.Next(8) == 0)
        {
            // Past Kubespray's 50-node mark for Typha.
            for (var i = 0; i < 50; i++)
            {
                sb.Append(CultureInfo.InvariantCulture, $".Host(\"w{i}\", h => h.Worker())");
            }
        }

        return sb.Append(").Build()").ToString();
    }
}
