using Calico.Sdk.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calico.Sdk.Tests.Rules;

/// <summary>
/// The validator leaves out a rule that reads no hosts or groups and only options nothing sets: it would see Kubespray's
/// defaults and nothing else. These tests keep that shortcut exact: no such rule reports on defaults, whatever the hosts,
/// and validating with the shortcut gives the same report as evaluating every rule.
/// </summary>
public class RuleDefaultsTests
{
    public static TheoryData<string> Topologies => [.. DefaultClusters.Keys];

    private static readonly Dictionary<string, Func<CalicoCluster>> DefaultClusters = new(StringComparer.Ordinal)
    {
        ["no hosts"] = () => CalicoCluster.Define().Build(),
        ["one all-in-one host"] = () => CalicoCluster.Define()
            .Nodes(n => n.Host("node1", "10.0.0.1", h => h.ControlPlane().Etcd().Worker()))
            .Build(),
        ["60 workers"] = () => CalicoCluster.Define()
            .Nodes(n =>
            {
                n.Host("cp1", "10.0.0.1", h => h.ControlPlane().Etcd());
                for (var i = 1; i <= 60; i++)
                {
                    n.Host($"w{i}", $"10.0.1.{i}", h => h.Worker());
                }
            })
            .Build(),
        ["route reflectors in racks"] = () => CalicoCluster.Define()
            .Nodes(n => n
                .Host("cp1", "10.0.0.1", h => h.ControlPlane().Etcd().Worker())
                .Host("rr1", "10.0.0.2", h => h.RouteReflector())
                .Host("w1", "10.0.0.3", h => h.Worker())
                .Rack("rack0", "rr1", "w1"))
            .Build(),
        ["hosts without addresses, no etcd"] = () => CalicoCluster.Define()
            .Nodes(n => n.Host("a", h => h.ControlPlane()).Host("b", h => h.Worker()))
            .Build(),
    };

    [Theory]
    [MemberData(nameof(Topologies))]
    public void NoRuleThatIgnoresTheHosts_ReportsOnKubesprayDefaults(string topology)
    {
        var report = CalicoValidator.ValidateEveryRule(DefaultClusters[topology]());

        var silentOnDefaults = CalicoRules.All.Where(r => r.SilentOnDefaults).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(CalicoRules.All, r => Assert.Equal(!r.ReadsTopology, r.SilentOnDefaults));
        var offending = report.Findings.Where(f => silentOnDefaults.Contains(f.Code)).ToList();
        Assert.True(
            offending.Count == 0,
            "these rules report on Kubespray's defaults although they read no hosts, so the validator's shortcut would hide them " +
            "(declare topology: true, or take the shortcut out): " + string.Join("; ", offending));
    }

    [Theory]
    [MemberData(nameof(Topologies))]
    public void Shortcut_LeavesOutRules_OnDefaults(string topology)
    {
        // Guards the measurement: the shortcut must actually apply, or the tests above prove nothing about it.
        var cluster = DefaultClusters[topology]();

        Assert.Equal(CalicoValidator.ValidateEveryRule(cluster).Findings, cluster.Validate().Findings);
        Assert.Contains(CalicoRules.All, r => r.SilentOnDefaults && r.Reads.All(o => cluster.ClusterOptions.Find(o.Name) is null));
    }

    [Fact]
    public void RulesMadeOutsideTheCatalog_AlwaysRun()
    {
        // A user's rule that reads nothing still runs: only the catalog's rules are known to be silent on defaults.
        var custom = new Rule(new FindingDescriptor("CAL4998", FindingSeverity.Warning, "Always", "Design"), RuleSource.Design, "always", "none", [], ctx => ctx.Report("x", null));
        var report = CalicoValidator.ValidatePartial(CalicoCluster.Define().Build(), _ => true, topologyKnown: true, rules: [custom]);
        Assert.Equal("CAL4998", Assert.Single(report.Findings).Code);
    }

    [Property(Arbitrary = [typeof(ClusterArbitraries)], MaxTest = 200)]
    public void Shortcut_GivesTheSameReport_OnAnyModel(AnyModel model) =>
        Assert.Equal(CalicoValidator.ValidateEveryRule(model.Cluster).Findings, model.Cluster.Validate().Findings);

    [Property(MaxTest = 200)]
    public Property Shortcut_GivesTheSameReport_OnBuiltModels() =>
        Prop.ForAll(RandomClusters.Arbitrary(), cluster =>
            CalicoValidator.ValidateEveryRule(cluster).Findings.SequenceEqual(cluster.Validate().Findings));

    [Property(Arbitrary = [typeof(ClusterArbitraries)], MaxTest = 100)]
    public void Shortcut_GivesTheSameReport_InPartialValidation(AnyModel model, int knownMask, bool topologyKnown)
    {
        bool IsKnown(CalicoOption o) => ((o.Name.GetHashCode(StringComparison.Ordinal) ^ knownMask) & 3) != 0;

        var every = CalicoValidator.ValidateEveryRule(model.Cluster, IsKnown, topologyKnown);
        var shortcut = CalicoValidator.ValidatePartial(model.Cluster, IsKnown, topologyKnown);

        Assert.Equal(every.Findings, shortcut.Findings);
        Assert.Equal(every.Skipped, shortcut.Skipped);
    }
}
