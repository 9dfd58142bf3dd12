using static Calico.Sdk.Tests.Rules.RuleTestKit;

namespace Calico.Sdk.Tests.Rules;

/// <summary>CAL3xxx: what Calico's API or Felix rejects in the fields Kubespray renders.</summary>
public class CalicoApiRuleTests
{
    private static InventorySequence PeerList(params (string Key, string Value)[][] entries) =>
        new(entries.Select((e, i) => (InventoryValue)new InventoryMapping(
            e.Select((kv, k) => new MappingEntry(kv.Key, Yaml(kv.Value, 10 + (i * 10) + k))).ToEquatableArray(), null, Yaml("x", 10 + (i * 10)).Location)).ToEquatableArray());

    [Fact]
    public void PoolCidrStrictlyMasked_Triggers()
    {
        var f = Triggers(CalicoRules.PoolCidrStrictlyMasked, Base().Pools(p => p.Cidr("10.233.64.1/24")).Build());
        Assert.Contains("write 10.233.64.0/24", f[0].Hint);
    }

    [Fact]
    public void PoolCidrStrictlyMasked_DoesNotTrigger() => DoesNotTrigger(CalicoRules.PoolCidrStrictlyMasked, Base().Pools(p => p.Cidr("10.233.64.0/24")).Build());

    [Fact]
    public void PoolCidrLinkLocal_Triggers() => Triggers(CalicoRules.PoolCidrLinkLocal, Base().Cluster(c => c.PodsSubnet("169.254.0.0/17")).Build());

    [Fact]
    public void PoolCidrLinkLocal_DoesNotTrigger() => DoesNotTrigger(CalicoRules.PoolCidrLinkLocal, Base().Build());

    [Fact]
    public void BlockSizeRange_Triggers() => Triggers(CalicoRules.BlockSizeRange, Base().Pools(p => p.BlockSize(18)).Build());

    [Fact]
    public void BlockSizeRange_DoesNotTrigger() => DoesNotTrigger(CalicoRules.BlockSizeRange, Base().Pools(p => p.BlockSize(24)).Build());

    [Fact]
    public void PoolSmallerThanBlock_Triggers() => Triggers(CalicoRules.PoolSmallerThanBlock, Base().Pools(p => p.Cidr("10.233.64.0/28")).Build());

    [Fact]
    public void PoolSmallerThanBlock_DoesNotTrigger() => DoesNotTrigger(CalicoRules.PoolSmallerThanBlock, Base().Pools(p => p.Cidr("10.233.64.0/26")).Build());

    [Fact]
    public void IpipOnIpv6Pool_Triggers_WhenKubesprayCheckIsSkipped() =>
        Triggers(CalicoRules.IpipOnIpv6Pool, Base().Set(CalicoOptions.Ipv6Stack, true).Set(CalicoOptions.IpipModeIpv6, EncapsulationMode.Always).Cluster(c => c.IgnoreAssertErrors()).Build());

    [Fact]
    public void IpipOnIpv6Pool_DoesNotTrigger_WhenKubesprayStopsFirst() =>
        DoesNotTrigger(CalicoRules.IpipOnIpv6Pool, Base().Set(CalicoOptions.Ipv6Stack, true).Set(CalicoOptions.IpipModeIpv6, EncapsulationMode.Always).Build());

    [Fact]
    public void PoolIpipAndVxlan_Triggers() =>
        Triggers(CalicoRules.PoolIpipAndVxlan, Base().Network(n => n.Ipip(EncapsulationMode.Always)).Cluster(c => c.IgnoreAssertErrors()).Build());

    [Fact]
    public void PoolIpipAndVxlan_DoesNotTrigger() => DoesNotTrigger(CalicoRules.PoolIpipAndVxlan, Base().Cluster(c => c.IgnoreAssertErrors()).Build());

    [Fact]
    public void PoolNameDns1123_Triggers() => Triggers(CalicoRules.PoolNameDns1123, Base().Pools(p => p.Name("Default_Pool")).Build());

    [Fact]
    public void PoolNameDns1123_DoesNotTrigger() => DoesNotTrigger(CalicoRules.PoolNameDns1123, Base().Pools(p => p.Name("default-pool")).Build());

    [Fact]
    public void AsNumberFormat_Triggers_OnAPeerEntry()
    {
        var cluster = ImportedWith("peers", PeerList([("router_id", "10.99.0.34"), ("as", "65xxx")]));
        var f = Triggers(CalicoRules.AsNumberFormat, cluster);
        Assert.Equal("peers[0].as", f[0].Path);
        Assert.Equal(11, f[0].Location?.Line);
    }

    [Fact]
    public void AsNumberFormat_Triggers_OnGlobalAsNum() => Triggers(CalicoRules.AsNumberFormat, ImportedWith("global_as_num", Yaml("65536.70000")));

    [Fact]
    public void AsNumberFormat_DoesNotTrigger() =>
        DoesNotTrigger(CalicoRules.AsNumberFormat, ImportedWith("peers", PeerList([("router_id", "10.99.0.34"), ("as", "1.10")])));

    [Theory]
    [InlineData("10.99.0.300")]
    [InlineData("10.99.0.34:0")]
    [InlineData("10.99.0.34:")]
    [InlineData("[fd00::1]")]
    public void PeerRouterIdAddress_Triggers(string routerId) =>
        Triggers(CalicoRules.PeerRouterIdAddress, ImportedWith("peers", PeerList([("router_id", routerId), ("as", "65001")])));

    [Theory]
    [InlineData("10.99.0.34")]
    [InlineData("10.99.0.34:1790")]
    [InlineData("[fd00::1]:179")]
    [InlineData("fd00::1")]
    public void PeerRouterIdAddress_DoesNotTrigger(string routerId) =>
        DoesNotTrigger(CalicoRules.PeerRouterIdAddress, ImportedWith("peers", PeerList([("router_id", routerId), ("as", "65001")])));

    [Fact]
    public void PeerResourceName_Triggers_ForAnIpv6RouterIdWithPort() =>
        Triggers(CalicoRules.PeerResourceName, ImportedWith("peers", PeerList([("router_id", "[fd00::1]:179"), ("as", "65001")])));

    [Fact]
    public void PeerResourceName_DoesNotTrigger_WithAName() =>
        DoesNotTrigger(CalicoRules.PeerResourceName, ImportedWith("peers", PeerList([("router_id", "[fd00::1]:179"), ("as", "65001"), ("name", "tor-1")])));

    [Fact]
    public void PeerSourceAddressValue_Triggers() =>
        Triggers(CalicoRules.PeerSourceAddressValue, ImportedWith("peers", PeerList([("router_id", "10.0.0.9"), ("as", "65001"), ("sourceaddress", "useNodeIP")])));

    [Fact]
    public void PeerSourceAddressValue_DoesNotTrigger() =>
        DoesNotTrigger(CalicoRules.PeerSourceAddressValue, ImportedWith("peers", PeerList([("router_id", "10.0.0.9"), ("as", "65001"), ("sourceaddress", "None")])));

    [Fact]
    public void PeerFiltersAndLocalAsCount_Triggers() =>
        Triggers(CalicoRules.PeerFiltersAndLocalAsCount, ImportedWith("peers", PeerList([("router_id", "10.0.0.9"), ("as", "65001"), ("numallowedlocalasnumbers", "-1")])));

    [Fact]
    public void PeerFiltersAndLocalAsCount_DoesNotTrigger() =>
        DoesNotTrigger(CalicoRules.PeerFiltersAndLocalAsCount, Base().Nodes(n => n.Host("node2", h => h.Peer(new BgpPeerEntry("10.0.0.9", 65001) { Filters = EquatableArray.Create("export-pods"), NumAllowedLocalAsNumbers = 1 }))).Build());

    [Fact]
    public void RouteReflectorLabelValues_Triggers() =>
        Triggers(CalicoRules.RouteReflectorLabelValues, RouteReflectorExample().Nodes(n => n.Group("rack0", g => g.RouteReflectorId("rr 1"))).Build());

    [Fact]
    public void RouteReflectorLabelValues_DoesNotTrigger() => DoesNotTrigger(CalicoRules.RouteReflectorLabelValues, RouteReflectorExample().Build());

    [Fact]
    public void RouteReflectorSelectors_Triggers() =>
        Triggers(CalicoRules.RouteReflectorSelectors, RouteReflectorExample().Nodes(n => n.Group("rack0", g => g.GroupId("it's"))).Build());

    [Fact]
    public void RouteReflectorSelectors_DoesNotTrigger() => DoesNotTrigger(CalicoRules.RouteReflectorSelectors, RouteReflectorExample().Build());

    [Fact]
    public void RouteReflectorPeerName_Triggers_ForALabelValueThatIsNoName()
    {
        var f = Triggers(CalicoRules.RouteReflectorPeerName, RouteReflectorExample().Nodes(n => n.Group("rack0", g => g.RouteReflectorId("Rack_1"))).Build());
        Assert.Contains("'Rack_1-to-node'", f[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RouteReflectorPeerName_DoesNotTrigger() => DoesNotTrigger(CalicoRules.RouteReflectorPeerName, RouteReflectorExample().Build());

    [Fact]
    public void ReportingIntervalDuration_Triggers() => Triggers(CalicoRules.ReportingIntervalDuration, Base().Felix(f => f.ReportingInterval("1.5s")).Build());

    [Fact]
    public void ReportingIntervalDuration_DoesNotTrigger() => DoesNotTrigger(CalicoRules.ReportingIntervalDuration, Base().Felix(f => f.ReportingInterval("1m30s")).Build());

    [Fact]
    public void CaseSensitiveEnum_Triggers()
    {
        var f = Triggers(CalicoRules.CaseSensitiveEnum, ImportedWith("calico_felix_floating_ips", Yaml("disabled", 4)));
        Assert.Equal(4, f[0].Location?.Line);
        Assert.Contains("'Disabled'", f[0].Message);
    }

    [Fact]
    public void CaseSensitiveEnum_DoesNotTrigger_WhereKubesprayStopsFirst() => DoesNotTrigger(CalicoRules.CaseSensitiveEnum, ImportedWith("calico_ipip_mode", Yaml("never")));

    [Fact]
    public void FeatureDetectOverrideFormat_Triggers() => Triggers(CalicoRules.FeatureDetectOverrideFormat, Base().Felix(f => f.FeatureDetectOverride("ChecksumOffloadBroken=yes")).Build());

    [Fact]
    public void FeatureDetectOverrideFormat_DoesNotTrigger() =>
        DoesNotTrigger(CalicoRules.FeatureDetectOverrideFormat, Base().Felix(f => f.FeatureDetectOverride("ChecksumOffloadBroken=true,IPIPDeviceIsL3=")).Build());

    [Fact]
    public void HealthHostFormat_Triggers() => Triggers(CalicoRules.HealthHostFormat, Base().Felix(f => f.HealthHost("local host")).Build());

    [Fact]
    public void HealthHostFormat_DoesNotTrigger() => DoesNotTrigger(CalicoRules.HealthHostFormat, Base().Felix(f => f.HealthHost("0.0.0.0")).Build());

    [Theory]
    [InlineData("^eth(?!0)")]
    [InlineData("^(eth")]
    public void MtuInterfacePatternRegex_Triggers(string pattern) => Triggers(CalicoRules.MtuInterfacePatternRegex, Base().Network(n => n.MtuInterfacePattern(pattern)).Build());

    [Fact]
    public void MtuInterfacePatternRegex_DoesNotTrigger() => DoesNotTrigger(CalicoRules.MtuInterfacePatternRegex, Base().Network(n => n.MtuInterfacePattern("^(en|eth).*")).Build());

    [Theory]
    [InlineData("can_reach=8.8.8.8")]
    [InlineData("cidr=10.0.0.0/33")]
    [InlineData("interface=")]
    public void IpAutodetectionMethodSyntax_Triggers(string method) => Triggers(CalicoRules.IpAutodetectionMethodSyntax, Base().Network(n => n.IpAutodetectionMethod(method)).Build());

    [Theory]
    [InlineData("can-reach=8.8.8.8")]
    [InlineData("interface=eth.*,ens.*")]
    [InlineData("cidr=10.0.0.0/8,192.168.0.0/16")]
    [InlineData("kubernetes-internal-ip")]
    public void IpAutodetectionMethodSyntax_DoesNotTrigger(string method) => DoesNotTrigger(CalicoRules.IpAutodetectionMethodSyntax, Base().Network(n => n.IpAutodetectionMethod(method)).Build());

    [Fact]
    public void AdvertisedServiceCidrs_Triggers() => Triggers(CalicoRules.AdvertisedServiceCidrs, Base().Bgp(b => b.AdvertiseServiceExternalIps("192.0.2.10/24")).Build());

    [Fact]
    public void AdvertisedServiceCidrs_DoesNotTrigger() => DoesNotTrigger(CalicoRules.AdvertisedServiceCidrs, Base().Bgp(b => b.AdvertiseServiceExternalIps("192.0.2.0/24")).Build());

    [Fact]
    public void IpamNoBlockAllocation_Triggers() => Triggers(CalicoRules.IpamNoBlockAllocation, Base().Ipam(i => i.AutoAllocateBlocks(false)).Build());

    [Fact]
    public void IpamNoBlockAllocation_DoesNotTrigger() => DoesNotTrigger(CalicoRules.IpamNoBlockAllocation, Base().Ipam(i => i.AutoAllocateBlocks(false).StrictAffinity()).Build());

    [Fact]
    public void IpamMaxBlocksWithoutStrictAffinity_Triggers() => Triggers(CalicoRules.IpamMaxBlocksWithoutStrictAffinity, Base().Ipam(i => i.MaxBlocksPerHost(4)).Build());

    [Fact]
    public void IpamMaxBlocksWithoutStrictAffinity_DoesNotTrigger() => DoesNotTrigger(CalicoRules.IpamMaxBlocksWithoutStrictAffinity, Base().Ipam(i => i.MaxBlocksPerHost(4).StrictAffinity()).Build());
}
