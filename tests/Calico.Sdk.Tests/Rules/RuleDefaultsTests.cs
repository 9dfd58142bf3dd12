using Calico.Sdk.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calico.Sdk.Tests.Rules;

/// <summary>
/// The validator leaves out a catalog rule marked silent on defaults (every rule that reads no hosts, and the host-reading
/// ones that say so, some only while calico_rr is empty) when only options nothing sets: it would see Kubespray's
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
    public void NoRuleMarkedSilent_ReportsOnKubesprayDefaults(string topology)
    {
        var cluster = DefaultClusters[topology]();
        var report = CalicoValidator.ValidateEveryRule(cluster);

        // Every rule that reads no hosts is marked; a rule that reads them is marked only where it says so.
        Assert.All(CalicoRules.All.Where(r => !r.ReadsTopology), r => Assert.True(r.SilentOnDefaults, r.Code));
        var silentHere = CalicoRules.All
            .Where(r => r.SilentOnDefaults && (r.SilentOnlyWithoutHostsIn is not { } group || cluster.HostsOf(group).Count == 0))
            .Select(r => r.Code)
            .ToHashSet(StringComparer.Ordinal);
        var offending = report.Findings.Where(f => silentHere.Contains(f.Code)).ToList();
        Assert.True(
            offending.Count == 0,
            "these rules report on Kubespray's defaults although they are marked silent on them, so the validator's shortcut " +
            "would hide them (drop silentOnDefaults, or give the condition on the hosts): " + string.Join("; ", offending));
    }

    [Fact]
    public void RouteReflectorRules_ReportOnDefaults_OnceCalicoRrHasHosts()
    {
        // Why CAL1005, CAL1006 and CAL4006 carry the calico_rr condition: on defaults, what they report depends on the
        // hosts of calico_rr (CAL1005 here: a route reflector without cluster_id), and the shortcut must not hide that.
        var cluster = DefaultClusters["route reflectors in racks"]();
        var report = cluster.Validate();

        Assert.Contains(report.Findings, f => f.Code == "CAL1005");
        Assert.All(
            CalicoRules.All.Where(r => r.SilentOnlyWithoutHostsIn is not null),
            r => Assert.Equal(KubesprayGroups.CalicoRr, r.SilentOnlyWithoutHostsIn));
    }

    [Theory]
    [MemberData(nameof(Topologies))]
    public void Shortcut_GivesTheSameReport_OnDefaults(string topology)
    {
        var cluster = DefaultClusters[topology]();

        Assert.Equal(CalicoValidator.ValidateEveryRule(cluster).Findings, cluster.Validate().Findings);
    }

    [Fact]
    public void Shortcut_LeavesOutARuleOnlyWhileNothingItReadsIsSet()
    {
        // A catalog-like rule that reports whatever it sees: a finding means it ran, none means the shortcut left it out.
        var probe = new Rule(new FindingDescriptor("CAL4997", FindingSeverity.Warning, "Probe", "Design"), RuleSource.Design, "ran", "none", [CalicoOptions.IpipMode], ctx => ctx.Report("x", null, ctx.Find(CalicoOptions.IpipMode)))
        {
            SilentOnDefaults = true,
        };
        bool Runs(CalicoClusterBuilder builder) => CalicoValidator.ValidatePartial(builder.Build(), _ => true, topologyKnown: true, rules: [probe]).Findings.Count == 1;

        Assert.False(Runs(CalicoCluster.Define()));
        Assert.True(Runs(CalicoCluster.Define().Network(n => n.Ipip(EncapsulationMode.Never))));
        Assert.True(Runs(CalicoCluster.Define().Variable("cloud_provider", InventoryValue.String("aws"), KubesprayGroups.All)));
        Assert.True(Runs(CalicoCluster.Define().Images(i => i.Version("3.30.1"))));
        // Unknown at compile time is not a default: the rule runs and partial validation lists it as skipped.
        Assert.Equal("CAL4997", Assert.Single(CalicoValidator.ValidatePartial(CalicoCluster.Define().Build(), o => o != CalicoOptions.IpipMode, topologyKnown: true, rules: [probe]).Skipped).Code);
    }

    [Fact]
    public void Shortcut_LeavesOutAHostReadingRule_OnlyWhileItsGroupIsEmptyAndTheHostsAreKnown()
    {
        // Reads the hosts of calico_rr and reports once per run: a finding means it ran.
        var probe = new Rule(new FindingDescriptor("CAL4996", FindingSeverity.Warning, "Probe", "Design"), RuleSource.Design, "ran with {0} reflectors", "none", [CalicoOptions.ClusterId], ctx => ctx.Report("x", null, ctx.HostsOf(KubesprayGroups.CalicoRr).Count))
        {
            ReadsTopology = true,
            SilentOnDefaults = true,
            SilentOnlyWithoutHostsIn = KubesprayGroups.CalicoRr,
        };
        ValidationReport Validate(CalicoClusterBuilder builder, bool topologyKnown = true) =>
            CalicoValidator.ValidatePartial(builder.Build(), _ => true, topologyKnown, rules: [probe]);
        CalicoClusterBuilder Plain() => CalicoCluster.Define().Nodes(n => n.Host("cp1", "10.0.0.1", h => h.ControlPlane().Etcd().Worker()));

        Assert.Empty(Validate(Plain()).Findings);
        Assert.Single(Validate(CalicoCluster.Define().Nodes(n => n.Host("cp1", "10.0.0.1", h => h.ControlPlane().Etcd().Worker()).Host("rr1", "10.0.0.2", h => h.RouteReflector()))).Findings);
        Assert.Single(Validate(CalicoCluster.Define().Nodes(n => n.Host("cp1", "10.0.0.1", h => h.ControlPlane().Etcd().Worker().ClusterId("1.0.0.1")))).Findings);

        // Hosts unknown at compile time: the rule runs, needs them, and partial validation lists it as skipped.
        var unknownHosts = Validate(Plain(), topologyKnown: false);
        Assert.Empty(unknownHosts.Findings);
        Assert.Equal("CAL4996", Assert.Single(unknownHosts.Skipped).Code);
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
