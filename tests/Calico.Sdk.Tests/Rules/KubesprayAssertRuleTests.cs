using Calico.Sdk.Kubespray;
using static Calico.Sdk.Tests.Rules.RuleTestKit;

namespace Calico.Sdk.Tests.Rules;

// The legacy variables are set on purpose: Kubespray's asserts about them are what these tests check.
#pragma warning disable CS0618

/// <summary>CAL1001–CAL1025: Kubespray's static asserts, same verdict as Kubespray, for every host.</summary>
public class KubesprayAssertRuleTests
{
    [Fact]
    public void LegacyIpipDefined_Triggers()
    {
        var f = Triggers(CalicoRules.LegacyIpipDefined, ImportedWith("ipip", Yaml("false", 7)));
        Assert.Equal("ipip", f[0].Path);
        Assert.Equal(7, f[0].Location?.Line);
        Assert.Equal(FindingSeverity.Error, f[0].Severity);
    }

    [Fact]
    public void LegacyIpipDefined_DoesNotTrigger() => DoesNotTrigger(CalicoRules.LegacyIpipDefined, Base().Build());

    [Fact]
    public void LegacyIpipDefined_WithIgnoreAssertErrors_IsAWarningSayingKubesprayGoesOn()
    {
        var f = Triggers(CalicoRules.LegacyIpipDefined, ImportedWith("ipip", Yaml("false"), raw => raw.Group("all")!.Vars.Add(new("ignore_assert_errors", Yaml("true"), "all.yml"))));
        Assert.Equal(FindingSeverity.Warning, f[0].Severity);
        Assert.Contains("ignore_assert_errors", f[0].Message);
    }

    [Fact]
    public void LegacyIpipModeDefined_Triggers() => Triggers(CalicoRules.LegacyIpipModeDefined, Base().Network(n => n.LegacyIpipMode(EncapsulationMode.Always)).Build());

    [Fact]
    public void LegacyIpipModeDefined_DoesNotTrigger() => DoesNotTrigger(CalicoRules.LegacyIpipModeDefined, Base().Build());

    [Fact]
    public void LegacyIpipModeDefined_DoesNotTrigger_WhenThePluginIsNotCalico() =>
        DoesNotTrigger(CalicoRules.LegacyIpipModeDefined, Base().Network(n => n.LegacyIpipMode(EncapsulationMode.Always)).Cluster(c => c.NetworkPlugin(KubeNetworkPlugin.Flannel)).Build());

    [Fact]
    public void MisspelledAutoAllocateBlocksDefined_Triggers() => Triggers(CalicoRules.MisspelledAutoAllocateBlocksDefined, Base().Ipam(i => i.MisspelledAutoAllocateBlocks(true)).Build());

    [Fact]
    public void MisspelledAutoAllocateBlocksDefined_DoesNotTrigger() => DoesNotTrigger(CalicoRules.MisspelledAutoAllocateBlocksDefined, Base().Ipam(i => i.AutoAllocateBlocks()).Build());

    [Fact]
    public void UnsupportedCalicoVersion_Triggers()
    {
        var f = Triggers(CalicoRules.UnsupportedCalicoVersion, Base().Images(i => i.Version("3.28.2")).Build());
        Assert.Contains("3.28.2", f[0].Message);
        Assert.Contains("3.29.0 to 3.31.7", f[0].Message);
    }

    [Fact]
    public void UnsupportedCalicoVersion_DoesNotTrigger() => DoesNotTrigger(CalicoRules.UnsupportedCalicoVersion, Base().Images(i => i.Version("3.30.4")).Build());

    [Fact]
    public void RouteReflectorClusterId_Triggers_OnEveryRouteReflectorWithoutOne()
    {
        var cluster = CalicoCluster.Define().Nodes(n => n
            .Host("cp0", "10.0.0.1", h => h.ControlPlane().Etcd().Worker().ClusterId("1.0.0.1"))
            .Host("rr0", "10.0.0.2", h => h.RouteReflector("1.0.0.1"))
            .Host("rr1", "10.0.0.3", h => h.RouteReflector()))
            .Build();
        var f = Triggers(CalicoRules.RouteReflectorClusterId, cluster);
        Assert.Equal("hosts[rr1].cluster_id", Assert.Single(f).Path);
    }

    [Fact]
    public void RouteReflectorClusterId_Triggers_WhenNotAnIpv4Address()
    {
        var cluster = RouteReflectorExample().Nodes(n => n.Group("rack0", g => g.ClusterId("rack-0"))).Build();
        var f = Triggers(CalicoRules.RouteReflectorClusterId, cluster);
        Assert.Equal("groups[rack0].cluster_id", f[0].Path);
    }

    [Fact]
    public void RouteReflectorClusterId_Triggers_ForTheFirstControlPlaneHost_WhenItIsFirstInThePlay()
    {
        // cp0 is no route reflector, but Kubespray's assert reads cp0's cluster_id when cp0 is the first host.
        var cluster = CalicoCluster.Define().Nodes(n => n
            .Host("cp0", "10.0.0.1", h => h.ControlPlane().Etcd().Worker())
            .Host("rr0", "10.0.0.2", h => h.RouteReflector("1.0.0.1"))
            .Host("rr1", "10.0.0.3", h => h.RouteReflector("1.0.0.1")))
            .Build();
        var f = Triggers(CalicoRules.RouteReflectorClusterId, cluster);
        Assert.Equal(FindingSeverity.Error, f[0].Severity);
        Assert.Contains("first host of the play", f[0].Message);
    }

    [Fact]
    public void RouteReflectorClusterId_IsInfo_WhenAnotherHostIsFirstInThePlay()
    {
        var cluster = CalicoCluster.Define().Nodes(n => n
            .Host("rr0", "10.0.0.2", h => h.RouteReflector("1.0.0.1"))
            .Host("rr1", "10.0.0.3", h => h.RouteReflector("1.0.0.1"))
            .Host("cp0", "10.0.0.1", h => h.ControlPlane().Etcd().Worker()))
            .Build();
        var f = Triggers(CalicoRules.RouteReflectorClusterId, cluster);
        Assert.Equal(FindingSeverity.Info, Assert.Single(f).Severity);
        Assert.Contains("rr0 is first", f[0].Message);
    }

    [Fact]
    public void RouteReflectorClusterId_DoesNotTrigger() => DoesNotTrigger(CalicoRules.RouteReflectorClusterId, RouteReflectorExample().Build());

    [Fact]
    public void RouteReflectorOutsideK8sCluster_Triggers()
    {
        var cluster = Imported([], raw =>
        {
            raw.Hosts.Add(new RawHost("rr0"));
            var rr = new RawGroup(KubesprayGroups.CalicoRr);
            rr.Hosts.Add("rr0");
            raw.Groups.Add(rr);
        });
        var f = Triggers(CalicoRules.RouteReflectorOutsideK8sCluster, cluster);
        Assert.Equal(FindingSeverity.Info, f[0].Severity);
    }

    [Fact]
    public void RouteReflectorOutsideK8sCluster_DoesNotTrigger() => DoesNotTrigger(CalicoRules.RouteReflectorOutsideK8sCluster, RouteReflectorExample().Build());

    [Theory]
    [InlineData("pool!")]
    [InlineData("x")]
    [InlineData("pool name")]
    public void PoolNameCharacters_Triggers(string name) => Triggers(CalicoRules.PoolNameCharacters, Base().Pools(p => p.Name(name)).Build());

    [Theory]
    [InlineData("default-pool")]
    [InlineData("Pool_1.v4")]
    public void PoolNameCharacters_DoesNotTrigger(string name) => DoesNotTrigger(CalicoRules.PoolNameCharacters, Base().Pools(p => p.Name(name)).Build());

    [Fact]
    public void NetworkBackendValue_Triggers_OnAValueTheImporterCouldNotRead()
    {
        var f = Triggers(CalicoRules.NetworkBackendValue, ImportedWith("calico_network_backend", Yaml("gobgp", 3)));
        Assert.Equal(3, f[0].Location?.Line);
    }

    [Fact]
    public void NetworkBackendValue_Triggers_OnTheWrongCase() => Triggers(CalicoRules.NetworkBackendValue, ImportedWith("calico_network_backend", Yaml("Bird")));

    [Fact]
    public void NetworkBackendValue_DoesNotTrigger() => DoesNotTrigger(CalicoRules.NetworkBackendValue, ImportedWith("calico_network_backend", Yaml("bird")));

    [Fact]
    public void EncapsulationModeValue_Triggers_OnLowercase()
    {
        var f = Triggers(CalicoRules.EncapsulationModeValue, ImportedWith("calico_ipip_mode", Yaml("always")));
        Assert.Contains("calico_ipip_mode", f[0].Message);
    }

    [Fact]
    public void EncapsulationModeValue_DoesNotTrigger() => DoesNotTrigger(CalicoRules.EncapsulationModeValue, ImportedWith("calico_vxlan_mode", Yaml("CrossSubnet")));

    [Fact]
    public void IpipRequiresVxlanNever_Triggers()
    {
        // Kubespray's default VXLAN mode is Always, so turning IPIP on alone fails S10.
        var f = Triggers(CalicoRules.IpipRequiresVxlanNever, Base().Network(n => n.Ipip(EncapsulationMode.Always)).Build());
        Assert.Equal("calico_ipip_mode", f[0].Path);
    }

    [Fact]
    public void IpipRequiresVxlanNever_Triggers_ForTheHostsOfARackOnly()
    {
        // group_vars/rack1.yml outranks group_vars/k8s_cluster (same depth, later name), so node3 sees CrossSubnet.
        var cluster = Imported([("calico_ipip_mode", Yaml("Always", 1)), ("calico_vxlan_mode", Yaml("Never", 2))], raw =>
        {
            var rack = new RawGroup("rack1");
            rack.Hosts.Add("node3");
            rack.Vars.Add(new RawVar("calico_vxlan_mode", Yaml("CrossSubnet", 1, file: "inventory/group_vars/rack1.yml"), "rack1.yml"));
            raw.Groups.Add(rack);
        });
        var f = Triggers(CalicoRules.IpipRequiresVxlanNever, cluster);
        Assert.Equal("groups[rack1].calico_vxlan_mode", Assert.Single(f).Path);
        Assert.Equal("inventory/group_vars/rack1.yml", f[0].Location?.File);
    }

    [Fact]
    public void IpipRequiresVxlanNever_DoesNotTrigger_WhenGroupVarsOutrankTheRacksInventoryVars()
    {
        // [rack1:vars] in the inventory file loses to group_vars/k8s_cluster, as in Ansible.
        var cluster = Base().Network(n => n.Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Never).Backend(NetworkBackend.Bird))
            .Nodes(n => n.Group("rack1", g => g.Hosts("node3").Set(CalicoOptions.VxlanMode, EncapsulationMode.CrossSubnet)))
            .Build();
        DoesNotTrigger(CalicoRules.IpipRequiresVxlanNever, cluster);
    }

    [Fact]
    public void IpipRequiresVxlanNever_Triggers_ForOneHostOverride_NamingIt()
    {
        var cluster = Base().Network(n => n.Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Never))
            .Nodes(n => n.Host("node2", h => h.Set(CalicoOptions.IpipMode, EncapsulationMode.Always).Set(CalicoOptions.VxlanMode, EncapsulationMode.Always)))
            .Build();
        var f = Triggers(CalicoRules.IpipRequiresVxlanNever, cluster);
        Assert.StartsWith("hosts[node2].", Assert.Single(f).Path);
    }

    [Fact]
    public void IpipRequiresVxlanNever_DoesNotTrigger() =>
        DoesNotTrigger(CalicoRules.IpipRequiresVxlanNever, Base().Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Never)).Build());

    [Fact]
    public void VxlanRequiresIpipNever_Triggers_WhenCal1010Passes() =>
        Triggers(CalicoRules.VxlanRequiresIpipNever, ImportedWith("calico_ipip_mode", Yaml("crosssubnet")));

    [Fact]
    public void VxlanRequiresIpipNever_DoesNotTrigger_WhereCal1010AlreadyStopsTheRun()
    {
        var cluster = Base().Network(n => n.Ipip(EncapsulationMode.CrossSubnet).Vxlan(EncapsulationMode.Always)).Build();
        Triggers(CalicoRules.IpipRequiresVxlanNever, cluster);
        DoesNotTrigger(CalicoRules.VxlanRequiresIpipNever, cluster);
    }

    [Fact]
    public void VxlanRequiresIpipNever_DoesNotTrigger() => DoesNotTrigger(CalicoRules.VxlanRequiresIpipNever, Base().Build());

    [Fact]
    public void ApiserverNeedsKdd_Triggers() =>
        Triggers(CalicoRules.ApiserverNeedsKdd, Base().Workloads(w => w.ApiserverEnabled()).Datastore(d => d.Type(CalicoDatastore.Etcd)).Build());

    [Fact]
    public void ApiserverNeedsKdd_Triggers_OnAStringTrueInJinja() =>
        Triggers(CalicoRules.ApiserverNeedsKdd, Imported([("calico_apiserver_enabled", Yaml("false", 1, ScalarStyle.DoubleQuoted)), ("calico_datastore", Yaml("etcd", 2))]));

    [Fact]
    public void ApiserverNeedsKdd_DoesNotTrigger() => DoesNotTrigger(CalicoRules.ApiserverNeedsKdd, Base().Workloads(w => w.ApiserverEnabled()).Build());

    [Fact]
    public void TyphaNeedsKdd_Triggers() => Triggers(CalicoRules.TyphaNeedsKdd, Base().Typha(t => t.Enabled()).Datastore(d => d.Type(CalicoDatastore.Etcd)).Build());

    [Fact]
    public void TyphaNeedsKdd_DoesNotTrigger() => DoesNotTrigger(CalicoRules.TyphaNeedsKdd, Base().Typha(t => t.Enabled()).Build());

    [Fact]
    public void NoIpipOnIpv6_Triggers() =>
        Triggers(CalicoRules.NoIpipOnIpv6, Base().Set(CalicoOptions.Ipv6Stack, true).Set(CalicoOptions.IpipModeIpv6, EncapsulationMode.Always).Build());

    [Fact]
    public void NoIpipOnIpv6_Triggers_WithTheDeprecatedDualStackSwitch() =>
        Triggers(CalicoRules.NoIpipOnIpv6, Base().Network(n => n.EnableDualStackNetworks(true)).Set(CalicoOptions.IpipModeIpv6, EncapsulationMode.Always).Build());

    [Fact]
    public void NoIpipOnIpv6_DoesNotTrigger_WithoutIpv6() => DoesNotTrigger(CalicoRules.NoIpipOnIpv6, Base().Set(CalicoOptions.IpipModeIpv6, EncapsulationMode.Always).Build());

    [Fact]
    public void PoolCidrInsidePodsSubnet_Triggers() => Triggers(CalicoRules.PoolCidrInsidePodsSubnet, Base().Pools(p => p.Cidr("10.10.0.0/16")).Build());

    [Fact]
    public void PoolCidrInsidePodsSubnet_DoesNotTrigger() => DoesNotTrigger(CalicoRules.PoolCidrInsidePodsSubnet, Base().Pools(p => p.Cidr("10.233.64.0/20")).Build());

    [Fact]
    public void PoolCidrIpv6InsidePodsSubnet_Triggers() =>
        Triggers(CalicoRules.PoolCidrIpv6InsidePodsSubnet, Base().Set(CalicoOptions.Ipv6Stack, true).Set(CalicoOptions.PoolCidrIpv6, Cidr.Parse("fd00::/112")).Build());

    [Fact]
    public void PoolCidrIpv6InsidePodsSubnet_DoesNotTrigger() =>
        DoesNotTrigger(CalicoRules.PoolCidrIpv6InsidePodsSubnet, Base().Set(CalicoOptions.Ipv6Stack, true).Set(CalicoOptions.PoolCidrIpv6, Cidr.Parse("fd85:ee78:d8a6:8607::1:0/113")).Build());

    [Fact]
    public void NetworkPluginAndProxyModeValues_Triggers() => Triggers(CalicoRules.NetworkPluginAndProxyModeValues, ImportedWith("kube_proxy_mode", Yaml("userspace")));

    [Fact]
    public void NetworkPluginAndProxyModeValues_DoesNotTrigger() => DoesNotTrigger(CalicoRules.NetworkPluginAndProxyModeValues, Base().Cluster(c => c.ProxyMode(KubeProxyMode.Nftables)).Build());

    [Fact]
    public void PodsSubnetIsNetwork_Triggers() => Triggers(CalicoRules.PodsSubnetIsNetwork, Base().Cluster(c => c.PodsSubnet("10.233.64.1/18")).Build());

    [Fact]
    public void PodsSubnetIsNetwork_DoesNotTrigger() => DoesNotTrigger(CalicoRules.PodsSubnetIsNetwork, Base().Build());

    [Fact]
    public void PodsAndServicesOverlap_Triggers() => Triggers(CalicoRules.PodsAndServicesOverlap, Base().Cluster(c => c.PodsSubnet("10.233.0.0/17")).Build());

    [Fact]
    public void PodsAndServicesOverlap_DoesNotTrigger() => DoesNotTrigger(CalicoRules.PodsAndServicesOverlap, Base().Build());

    [Fact]
    public void ServiceAddressesIsNetwork_Triggers() => Triggers(CalicoRules.ServiceAddressesIsNetwork, Base().Cluster(c => c.ServiceAddresses("10.233.0.5/32")).Build());

    [Fact]
    public void ServiceAddressesIsNetwork_DoesNotTrigger() => DoesNotTrigger(CalicoRules.ServiceAddressesIsNetwork, Base().Build());

    [Fact]
    public void PodsSubnetIpv6IsNetwork_Triggers() =>
        Triggers(CalicoRules.PodsSubnetIpv6IsNetwork, Base().Set(CalicoOptions.Ipv6Stack, true).Set(CalicoOptions.KubePodsSubnetIpv6, Cidr.Parse("fd85::1/112")).Build());

    [Fact]
    public void PodsSubnetIpv6IsNetwork_DoesNotTrigger() => DoesNotTrigger(CalicoRules.PodsSubnetIpv6IsNetwork, Base().Set(CalicoOptions.Ipv6Stack, true).Build());

    [Fact]
    public void PodsAndServicesIpv6Overlap_Triggers() =>
        Triggers(CalicoRules.PodsAndServicesIpv6Overlap, Base().Set(CalicoOptions.Ipv6Stack, true).Set(CalicoOptions.KubePodsSubnetIpv6, Cidr.Parse("fd85:ee78:d8a6:8607::/100")).Build());

    [Fact]
    public void PodsAndServicesIpv6Overlap_DoesNotTrigger() => DoesNotTrigger(CalicoRules.PodsAndServicesIpv6Overlap, Base().Set(CalicoOptions.Ipv6Stack, true).Build());

    [Fact]
    public void ServiceAddressesIpv6IsNetwork_Triggers() =>
        Triggers(CalicoRules.ServiceAddressesIpv6IsNetwork, Base().Set(CalicoOptions.Ipv6Stack, true).Set(CalicoOptions.KubeServiceAddressesIpv6, Cidr.Parse("fd85::1/128")).Build());

    [Fact]
    public void ServiceAddressesIpv6IsNetwork_DoesNotTrigger() => DoesNotTrigger(CalicoRules.ServiceAddressesIpv6IsNetwork, Base().Set(CalicoOptions.Ipv6Stack, true).Build());

    [Fact]
    public void ControlPlaneNotEmpty_Triggers() =>
        Triggers(CalicoRules.ControlPlaneNotEmpty, CalicoCluster.Define().Nodes(n => n.Host("node1", "10.0.0.1", h => h.Worker())).Build());

    [Fact]
    public void ControlPlaneNotEmpty_DoesNotTrigger() => DoesNotTrigger(CalicoRules.ControlPlaneNotEmpty, Base().Build());

    [Fact]
    public void HostnameIsDns1123_Triggers()
    {
        var f = Triggers(CalicoRules.HostnameIsDns1123, CalicoCluster.Define().Nodes(n => n.Host("Node_1", "10.0.0.1", h => h.ControlPlane().Worker())).Build());
        Assert.Equal("hosts[Node_1]", f[0].Path);
    }

    [Fact]
    public void HostnameIsDns1123_DoesNotTrigger() => DoesNotTrigger(CalicoRules.HostnameIsDns1123, Base().Build());
}
