using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Calico.Sdk.Kubespray;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Kubespray;

/// <summary>import(render(m)) == m, for both inventory formats, over generated models and the quick-start cluster.</summary>
public class ImportRenderRoundTripTests
{
    private static CalicoCluster ImportRendered(CalicoCluster cluster, InventoryFormat format, out IReadOnlyList<Finding> findings)
    {
        var files = KubesprayInventory.Render(cluster, new KubesprayRenderOptions { Format = format });
        var source = InMemoryInventoryFileSource.FromRenderedFiles(files);
        var result = KubesprayInventory.Import(source, files[0].Path.Contains('/') ? files.First(f => !f.Path.Contains('/')).Path : files[0].Path);
        findings = result.Findings;
        Assert.NotNull(result.Cluster);
        return result.Cluster!;
    }

    [Property(MaxTest = 300)]
    public Property GeneratedModels_SurviveRenderAndImport_Ini() =>
        Prop.ForAll(RandomClusters.Arbitrary(), m => RoundTrips(m, InventoryFormat.Ini));

    [Property(MaxTest = 300)]
    public Property GeneratedModels_SurviveRenderAndImport_Yaml() =>
        Prop.ForAll(RandomClusters.Arbitrary(), m => RoundTrips(m, InventoryFormat.Yaml));

    private static bool RoundTrips(CalicoCluster model, InventoryFormat format)
    {
        var back = ImportRendered(model, format, out var findings);
        if (back != model)
        {
            var files = KubesprayInventory.Render(model, new KubesprayRenderOptions { Format = format });
            throw new Xunit.Sdk.XunitException(
                $"round trip through {format} changed the model.\nDifferences:\n{ModelDiff.Describe(model, back)}\nFindings:\n{string.Join("\n", findings)}\nFiles:\n"
                + string.Join("\n", files.Select(f => $"--- {f.Path}\n{f.Content}")));
        }

        return true;
    }

    [Fact]
    public void QuickStartCluster_RoundTrips_InBothFormats()
    {
        var cluster = Clusters.RouteReflectorExample();
        foreach (var format in new[] { InventoryFormat.Ini, InventoryFormat.Yaml })
        {
            var back = ImportRendered(cluster, format, out var findings);
            Assert.True(back == cluster, $"{format}:\n{ModelDiff.Describe(cluster, back)}");
            Assert.Empty(findings);
        }
    }

    [Fact]
    public void Rendering_IsDeterministic()
    {
        var a = KubesprayInventory.Render(Clusters.RouteReflectorExample());
        var b = KubesprayInventory.Render(Clusters.RouteReflectorExample());
        Assert.Equal(a.Select(f => (f.Path, f.Content)), b.Select(f => (f.Path, f.Content)));
        Assert.All(a, f => Assert.DoesNotContain("\r", f.Content, StringComparison.Ordinal));
    }

    [Fact]
    public void IncludeDefaults_WritesEveryClusterDefault_AndImportsToTheSameEffectiveValues()
    {
        var cluster = Clusters.RouteReflectorExample();
        var files = KubesprayInventory.Render(cluster, new KubesprayRenderOptions { IncludeDefaults = true });
        var calico = files["group_vars/k8s_cluster/k8s-net-calico.yml"]!.Content;
        Assert.Contains("calico_pool_blocksize: 26", calico, StringComparison.Ordinal);
        Assert.Contains("calico_network_backend: bird", calico, StringComparison.Ordinal);

        var back = KubesprayInventory.Import(InMemoryInventoryFileSource.FromRenderedFiles(files), "inventory.ini").Cluster!;
        foreach (var option in CalicoOptions.All.Where(o => o.HasDefault && o.Status == OptionStatus.Active && (o.Scopes & OptionScopes.Cluster) != 0))
        {
            var expected = cluster.ClusterOptions.Find(option.Name)?.Value ?? option.DefaultValue;
            Assert.True(back.ClusterOptions.Find(option.Name) is { } a && Equals(a.Value, expected), $"{option.Name}: expected {expected}");
        }
    }
}

/// <summary>Clusters used by several tests.</summary>
internal static class Clusters
{
    /// <summary>The route-reflector example of Kubespray's Calico docs, as the quick start builds it.</summary>
    public static CalicoCluster RouteReflectorExample() => Rules.RuleTestKit.RouteReflectorExample().Build();
}

/// <summary>Readable differences between two models, for failure messages.</summary>
internal static class ModelDiff
{
    public static string Describe(CalicoCluster expected, CalicoCluster actual)
    {
        var lines = new List<string>();
        if (!expected.Hosts.Select(h => h.Name).SequenceEqual(actual.Hosts.Select(h => h.Name)))
        {
            lines.Add($"hosts: [{string.Join(",", expected.Hosts.Select(h => h.Name))}] vs [{string.Join(",", actual.Hosts.Select(h => h.Name))}]");
        }

        if (!expected.Groups.Select(g => g.Name).SequenceEqual(actual.Groups.Select(g => g.Name)))
        {
            lines.Add($"groups: [{string.Join(",", expected.Groups.Select(g => g.Name))}] vs [{string.Join(",", actual.Groups.Select(g => g.Name))}]");
        }

        foreach (var h in expected.Hosts)
        {
            if (actual.Host(h.Name) is { } other && other != h)
            {
                lines.Add($"host {h.Name}: {Vars(h.Vars)}\n   vs {Vars(other.Vars)}");
            }
        }

        foreach (var g in expected.Groups)
        {
            if (actual.Group(g.Name) is { } other && other != g)
            {
                lines.Add($"group {g.Name}: hosts [{string.Join(",", g.Hosts)}] children [{string.Join(",", g.Children)}] {Vars(g.Vars)}\n   vs hosts [{string.Join(",", other.Hosts)}] children [{string.Join(",", other.Children)}] {Vars(other.Vars)}");
            }
        }

        return string.Join("\n", lines);
    }

    private static string Vars(VariableSet v) =>
        string.Join("; ", v.Options.Select(a => $"{a.Option.Name}={a.Value}({a.Placement})")) + " | " +
        string.Join("; ", v.Extra.Select(x => $"{x.Name}={x.Value.Describe()}@{x.File ?? "inline"}"));
}
