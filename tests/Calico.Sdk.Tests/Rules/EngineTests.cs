using Calico.Sdk.Kubespray;
using static Calico.Sdk.Tests.Rules.RuleTestKit;

namespace Calico.Sdk.Tests.Rules;

/// <summary>The rule engine: catalog shape, reporting, partial mode, merging with import findings, and the helpers rules use.</summary>
public class EngineTests
{
    [Fact]
    public void EveryRule_HasAStableCodeInItsCategoryRange_AndTheTextAroundIt()
    {
        Assert.Equal(CalicoRules.All.Count, CalicoRules.All.Select(r => r.Code).Distinct().Count());
        foreach (var rule in CalicoRules.All)
        {
            Assert.Matches("^CAL[1-4][0-9]{3}$", rule.Code);
            var expected = rule.Source switch
            {
                RuleSource.KubesprayAssert => '1',
                RuleSource.KubesprayDocs => '2',
                RuleSource.CalicoApi => '3',
                _ => '4',
            };
            Assert.Equal(expected, rule.Code[3]);
            Assert.False(string.IsNullOrWhiteSpace(rule.Descriptor.Title));
            Assert.False(string.IsNullOrWhiteSpace(rule.MessageFormat));
            Assert.False(string.IsNullOrWhiteSpace(rule.Hint));
            Assert.False(string.IsNullOrWhiteSpace(rule.Name));
            Assert.Same(rule, CalicoRules.Find(rule.Code));
        }
    }

    [Fact]
    public void EveryKubesprayAssert_S1ToS25_IsARule_NumberedAfterIt()
    {
        for (var s = 1; s <= 25; s++)
        {
            var rule = CalicoRules.Find($"CAL{1000 + s}");
            Assert.NotNull(rule);
            Assert.Equal($"S{s}", rule!.KubesprayReference);
            Assert.Equal(RuleSource.KubesprayAssert, rule.Source);
        }
    }

    [Fact]
    public void AConfigurationOfOneCluster_ReportsEverythingAtOnce_Sorted()
    {
        var cluster = Base()
            .Network(n => n.Ipip(EncapsulationMode.Always))
            .Typha(t => t.Secure())
            .Pools(p => p.Name("Pool_1"))
            .Build();
        var report = cluster.Validate();
        Assert.Contains(report.Findings, f => f.Code == "CAL1010");
        Assert.Contains(report.Findings, f => f.Code == "CAL2001");
        Assert.Contains(report.Findings, f => f.Code == "CAL4003");
        Assert.Contains(report.Findings, f => f.Code == "CAL3007");
        Assert.Equal(report.Findings.OrderBy(f => f, FindingComparer.Instance), report.Findings);
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void Suppress_LeavesOutACode()
    {
        var cluster = Base().Network(n => n.Ipip(EncapsulationMode.Always)).Build();
        Assert.Empty(cluster.Validate(new ValidationOptions { Suppress = ["CAL1010"] }).WithCode("CAL1010"));
    }

    [Fact]
    public void TheRouteReflectorExampleOfKubesprayDocs_HasNoError()
    {
        var report = RouteReflectorExample().Build().Validate();
        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
    }

    [Fact]
    public void PartialMode_SkipsRulesReadingUnknownOptions_AndSaysWhich()
    {
        var cluster = Base().Network(n => n.Ipip(EncapsulationMode.Always)).Build();
        var report = CalicoValidator.ValidatePartial(cluster, o => o == CalicoOptions.IpipMode, topologyKnown: false, rules: [CalicoRules.IpipRequiresVxlanNever]);
        Assert.Empty(report.Findings);
        Assert.Equal("CAL1010", Assert.Single(report.Skipped).Code);
    }

    [Fact]
    public void PartialMode_WithoutTopology_UsesTheClusterWideValues()
    {
        // What the analyzers see for .Network(n => n.Backend(Vxlan).Ipip(Always)): a compile-time error with the same code.
        var cluster = CalicoCluster.Define().Network(n => n.Backend(NetworkBackend.Vxlan).Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Never)).Build();
        var report = CalicoValidator.ValidatePartial(cluster, _ => true, topologyKnown: false, rules: [CalicoRules.IpipNeedsBird]);
        Assert.Equal("CAL2001", Assert.Single(report.Findings).Code);
    }

    [Fact]
    public void ARuleThatThrows_IsReportedAsCal0999_NotThrown()
    {
        var broken = new Rule(new FindingDescriptor("CAL4999", FindingSeverity.Error, "Broken", "Design"), RuleSource.Design, "x", "y", [], _ => throw new InvalidOperationException("boom"));
        var report = CalicoValidator.ValidatePartial(Base().Build(), _ => true, true, rules: [broken]);
        Assert.Equal("CAL0999", Assert.Single(report.Findings).Code);
    }

    [Fact]
    public void ClassesReportOncePerDefinition_NamingHostsOnlyWhenSomeDiffer()
    {
        var cluster = Base().Network(n => n.Ipip(EncapsulationMode.Always))
            .Nodes(n => n.Host("node3", h => h.Set(CalicoOptions.VxlanMode, EncapsulationMode.Never)))
            .Build();
        var f = Triggers(CalicoRules.IpipRequiresVxlanNever, cluster);
        var finding = Assert.Single(f);
        Assert.Contains("(on hosts node1 and node2)", finding.Message);
    }

    [Fact]
    public void WithImportFindings_KeepsOneFindingPerProblem()
    {
        var findings = new List<Finding>();
        var raw = new RawInventory();
        raw.Hosts.Add(new RawHost("node1"));
        var cp = new RawGroup(KubesprayGroups.ControlPlane);
        cp.Hosts.Add("node1");
        var k8s = new RawGroup(KubesprayGroups.K8sCluster);
        k8s.Children.Add(KubesprayGroups.ControlPlane);
        k8s.Vars.Add(new RawVar("calico_network_backend", Yaml("gobgp", 4), "k8s-net-calico.yml"));
        raw.Groups.AddRange([cp, k8s]);
        var cluster = KubesprayImporter.Map(raw, findings);
        Assert.Contains(findings, f => f.Code == "CAL0050");

        var merged = cluster.Validate().WithImportFindings(findings);
        Assert.DoesNotContain(merged.Findings, f => f.Code == "CAL0050" && f.Path == "calico_network_backend");
        Assert.Contains(merged.Findings, f => f.Code == "CAL1008" && f.Location?.Line == 4);
    }

    [Theory]
    [InlineData("calico-rr-id == 'rr1'")]
    [InlineData("!has(i-am-a-route-reflector)")]
    [InlineData("has(i-am-a-route-reflector) && calico-group-id == \"rack0\"")]
    [InlineData("region in {\"east\", \"west\"}")]
    [InlineData("region not in {'a'} || (team == 'x' && !has(y))")]
    [InlineData("environment contains \"prod\"")]
    [InlineData("name starts with 'a' && name ends with 'z'")]
    [InlineData("all()")]
    [InlineData("")]
    [InlineData("team notin {}")]
    public void Selector_Accepts(string selector) => Assert.True(CalicoSelector.TryValidate(selector, out var error), error);

    [Theory]
    [InlineData("this is not valid selector syntax")]
    [InlineData("kubernetes.io/hostname: == 'x'")]
    [InlineData("calico-rr-id == 'it's'")]
    [InlineData("a == b")]
    [InlineData("has(")]
    [InlineData("(a == 'x'")]
    [InlineData("a in {'x' 'y'}")]
    [InlineData("a == 'x' &&")]
    [InlineData("all(x)")]
    public void Selector_Rejects(string selector) => Assert.False(CalicoSelector.TryValidate(selector, out _));

    [Fact]
    public void Selector_NestingTooDeep_IsRejected_NotAStackOverflow() =>
        Assert.False(CalicoSelector.TryValidate(new string('(', 10000) + "a == 'b'" + new string(')', 10000), out _));

    [Theory]
    [InlineData(1500, false, false, false, true, false, false, false, 50)]
    [InlineData(1500, true, true, true, true, true, false, false, 80)]
    [InlineData(1500, true, false, false, false, false, true, false, 20)]
    [InlineData(1500, true, false, false, false, false, false, false, 0)]
    [InlineData(1500, true, true, false, false, true, false, false, 70)]
    [InlineData(1500, true, false, false, false, false, false, true, 50)]
    public void MtuOverhead_FollowsKubesprayDocs(int mtu, bool ipv4, bool ipv6, bool wireguard, bool vxlan, bool vxlan6, bool ipip, bool ebpf, int overhead)
    {
        Assert.Equal(overhead, CalicoMtu.Overhead(ipv4 || !ipv6, ipv6, wireguard, vxlan, vxlan6, ipip, ebpf));
        Assert.True(mtu - overhead > 0);
    }

    [Theory]
    [InlineData(51, 2)]
    [InlineData(300, 2)]
    [InlineData(1000, 7)]
    [InlineData(5000, 34)]
    public void TyphaSizing_IsAboutOnePer150Nodes(int nodes, int replicas) => Assert.Equal(replicas, TyphaSizing.Recommended(nodes));

    [Theory]
    [InlineData("default-pool", true)]
    [InlineData("a.b-c", true)]
    [InlineData("Default", false)]
    [InlineData("a_b", false)]
    [InlineData("-a", false)]
    [InlineData("a.", false)]
    [InlineData("", false)]
    public void Dns1123Subdomain(string name, bool valid) => Assert.Equal(valid, KubernetesNames.IsDns1123Subdomain(name));

    [Theory]
    [InlineData("10.0.0.1", true)]
    [InlineData("10.0.0.1:179", true)]
    [InlineData("[fd00::1]:179", true)]
    [InlineData("fd00::1", true)]
    [InlineData(":8552", false)]
    [InlineData("[]:8552", false)]
    [InlineData("1.2.3.4:", false)]
    [InlineData("1.2.3.4:70000", false)]
    [InlineData("router1", false)]
    public void BgpPeerAddress_AsCalicoReadsIt(string text, bool valid) => Assert.Equal(valid, BgpPeerAddress.TryParse(text, out _, out _, out _));
}

/// <summary>Timing checks run alone, so that other tests do not skew them.</summary>
[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection
{
}

/// <summary>Validation scales linearly with the hosts.</summary>
[Collection(nameof(TimingCollection))]
public class ValidationScalingTests
{
    [Fact]
    public void LargeClusters_ValidateInLinearTime()
    {
        // No rule may be quadratic in the hosts: ten times the hosts must take far less than a hundred times as long.
        static double Best(CalicoCluster c)
        {
            var best = double.MaxValue;
            for (var i = 0; i < 7; i++)
            {
                var fresh = new CalicoCluster(c.Hosts, c.Groups);
                var sw = System.Diagnostics.Stopwatch.StartNew();
                fresh.Validate();
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }

            return best;
        }

        var small = LargeClusters.Racked(500);
        var large = LargeClusters.Racked(5000);
        Best(small);
        var ratio = Best(large) / Math.Max(Best(small), 1.0);
        Assert.True(ratio < 40, $"5000 hosts took {ratio:F1} times as long as 500");
    }
}
