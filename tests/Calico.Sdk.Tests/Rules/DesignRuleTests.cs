using static Calico.Sdk.Tests.Rules.RuleTestKit;

namespace Calico.Sdk.Tests.Rules;

/// <summary>CAL4xxx: what Kubespray does not check, and valid input that gives a cluster that does not work as intended.</summary>
public class DesignRuleTests
{
    private static InventorySequence PeerList(params (string Key, string Value)[][] entries) =>
        new(entries.Select(e => (InventoryValue)new InventoryMapping(e.Select((kv, k) => new MappingEntry(kv.Key, Yaml(kv.Value, 20 + k))).ToEquatableArray())).ToEquatableArray());

    [Fact]
    public void UncheckedEnumValue_Triggers()
    {
        var f = Triggers(CalicoRules.UncheckedEnumValue, ImportedWith("calico_endpoint_to_host_action", Yaml("REJECT", 9)));
        Assert.Equal(9, f[0].Location?.Line);
        Assert.Contains("DROP | RETURN | ACCEPT", f[0].Message);
    }

    [Fact]
    public void UncheckedEnumValue_DoesNotTrigger() => DoesNotTrigger(CalicoRules.UncheckedEnumValue, ImportedWith("calico_endpoint_to_host_action", Yaml("ACCEPT")));

    [Fact]
    public void OptionOutOfRange_Triggers() => Triggers(CalicoRules.OptionOutOfRange, Base().Typha(t => t.Replicas(0)).Build());

    [Fact]
    public void OptionOutOfRange_DoesNotTrigger_OnImportedValues_OrValidOnes()
    {
        DoesNotTrigger(CalicoRules.OptionOutOfRange, Base().Typha(t => t.Replicas(3)).Build());
        DoesNotTrigger(CalicoRules.OptionOutOfRange, ImportedWith("typha_replicas", Yaml("0")));
    }

    [Fact]
    public void TyphaSecureWithoutTypha_Triggers() => Triggers(CalicoRules.TyphaSecureWithoutTypha, Base().Typha(t => t.Secure()).Build());

    [Fact]
    public void TyphaSecureWithoutTypha_DoesNotTrigger() => DoesNotTrigger(CalicoRules.TyphaSecureWithoutTypha, Base().Typha(t => t.Enabled().Secure()).Build());

    [Fact]
    public void VethMtuWithoutMtu_Triggers() => Triggers(CalicoRules.VethMtuWithoutMtu, Base().Network(n => n.VethMtu(1450)).Build());

    [Fact]
    public void VethMtuWithoutMtu_DoesNotTrigger() => DoesNotTrigger(CalicoRules.VethMtuWithoutMtu, Base().Network(n => n.Mtu(1500).VethMtu(1450)).Build());

    [Fact]
    public void RouteReflectorIdsUnused_Triggers() =>
        Triggers(CalicoRules.RouteReflectorIdsUnused, Base().Nodes(n => n.Group("rack0", g => g.Hosts("node1", "node2").RouteReflectorId("rr1").GroupId("rr1"))).Build());

    [Fact]
    public void RouteReflectorIdsUnused_DoesNotTrigger() => DoesNotTrigger(CalicoRules.RouteReflectorIdsUnused, RouteReflectorExample().Build());

    [Fact]
    public void NodeWithoutBgpPeers_Triggers_WhenNoRouteReflectorServesTheGroup()
    {
        // cp0 (node2) has both ids, so peer-to-rrs is not created; node6 has another calico_group_id that no RR serves.
        var cluster = RouteReflectorExample().Nodes(n => n.Host("node6", "10.210.1.16", h => h.Worker().GroupId("rack1"))).Build();
        var f = Triggers(CalicoRules.NodeWithoutBgpPeers, cluster);
        Assert.Contains("node6", f[0].Message);
    }

    [Fact]
    public void NodeWithoutBgpPeers_Triggers_WithRouterPeeringButNoPeers() =>
        Triggers(CalicoRules.NodeWithoutBgpPeers, Base().Network(n => n.Backend(NetworkBackend.Bird).Vxlan(EncapsulationMode.Never)).Bgp(b => b.PeerWithRouter()).Build());

    [Fact]
    public void NodeWithoutBgpPeers_DoesNotTrigger()
    {
        DoesNotTrigger(CalicoRules.NodeWithoutBgpPeers, RouteReflectorExample().Build());
        DoesNotTrigger(CalicoRules.NodeWithoutBgpPeers, RouteReflectorExample(ids: false).Build());
        DoesNotTrigger(CalicoRules.NodeWithoutBgpPeers, Base().Network(n => n.Backend(NetworkBackend.Bird).Vxlan(EncapsulationMode.Never))
            .Bgp(b => b.PeerWithRouter().GlobalPeer("10.99.0.34", 65001)).Build());
    }

    [Fact]
    public void OverrideHostnameDiffers_Triggers()
    {
        var f = Triggers(CalicoRules.OverrideHostnameDiffers, Base().Nodes(n => n.Host("node2", h => h.KubeOverrideHostname("node2.example.com"))).Build());
        Assert.Equal("hosts[node2].kube_override_hostname", f[0].Path);
    }

    [Fact]
    public void OverrideHostnameDiffers_DoesNotTrigger() => DoesNotTrigger(CalicoRules.OverrideHostnameDiffers, Base().Nodes(n => n.Host("node2", h => h.KubeOverrideHostname("node2"))).Build());

    [Fact]
    public void DualStackClusterIpAdvertisement_Triggers() =>
        Triggers(CalicoRules.DualStackClusterIpAdvertisement, Base().Set(CalicoOptions.Ipv6Stack, true).Bgp(b => b.AdvertiseClusterIps()).Build());

    [Fact]
    public void DualStackClusterIpAdvertisement_DoesNotTrigger() => DoesNotTrigger(CalicoRules.DualStackClusterIpAdvertisement, Base().Bgp(b => b.AdvertiseClusterIps()).Build());

    [Fact]
    public void SingleRouteReflectorPerCluster_Triggers() =>
        Triggers(CalicoRules.SingleRouteReflectorPerCluster, RouteReflectorExample().Nodes(n => n.Host("rr1", h => h.ClusterId("1.0.0.2"))).Build());

    [Fact]
    public void SingleRouteReflectorPerCluster_DoesNotTrigger() => DoesNotTrigger(CalicoRules.SingleRouteReflectorPerCluster, RouteReflectorExample().Build());

    [Fact]
    public void LocalAsIgnored_Triggers_WithRouteReflectors() =>
        Triggers(CalicoRules.LocalAsIgnored, RouteReflectorExample().Bgp(b => b.PeerWithRouter()).Nodes(n => n.Host("node5", h => h.LocalAs(65010))).Build());

    [Fact]
    public void LocalAsIgnored_Triggers_WithoutPeerWithRouter() => Triggers(CalicoRules.LocalAsIgnored, Base().Nodes(n => n.Host("node2", h => h.LocalAs(65010))).Build());

    [Fact]
    public void LocalAsIgnored_DoesNotTrigger() =>
        DoesNotTrigger(CalicoRules.LocalAsIgnored, Base().Bgp(b => b.PeerWithRouter()).Nodes(n => n.Host("node2", h => h.LocalAs(65010))).Build());

    [Fact]
    public void TyphaReplicasForClusterSize_Triggers()
    {
        var f = Triggers(CalicoRules.TyphaReplicasForClusterSize, Sized(1000).Typha(t => t.Enabled().Replicas(1)).Build());
        Assert.Contains("typha_replicas: 7", f[0].Hint);
        Triggers(CalicoRules.TyphaReplicasForClusterSize, Base().Typha(t => t.Enabled().Replicas(5)).Build());
    }

    [Fact]
    public void TyphaReplicasForClusterSize_DoesNotTrigger() => DoesNotTrigger(CalicoRules.TyphaReplicasForClusterSize, Sized(1000).Typha(t => t.Enabled().Replicas(7)).Build());

    [Fact]
    public void NetworkPluginNotCalico_Triggers() => Triggers(CalicoRules.NetworkPluginNotCalico, Base().Cluster(c => c.NetworkPlugin(KubeNetworkPlugin.Cilium)).Build());

    [Fact]
    public void NetworkPluginNotCalico_DoesNotTrigger() => DoesNotTrigger(CalicoRules.NetworkPluginNotCalico, Base().Cluster(c => c.NetworkPlugin(KubeNetworkPlugin.Calico)).Build());

    [Fact]
    public void ReservedAsNumber_Triggers()
    {
        Triggers(CalicoRules.ReservedAsNumber, Base().Bgp(b => b.GlobalAsNumber(23456)).Build());
        var f = Triggers(CalicoRules.ReservedAsNumber, ImportedWith("peers", PeerList([("router_id", "10.0.0.9"), ("as", "64500")])));
        Assert.Equal("peers[0].as", f[0].Path);
    }

    [Fact]
    public void ReservedAsNumber_DoesNotTrigger() => DoesNotTrigger(CalicoRules.ReservedAsNumber, Base().Bgp(b => b.GlobalAsNumber(64512)).Build());

    [Fact]
    public void PeerScopeDropped_Triggers() =>
        Triggers(CalicoRules.PeerScopeDropped, ImportedWith("peers", PeerList([("router_id", "10.0.0.9"), ("as", "65001"), ("scope", "Global")])));

    [Fact]
    public void PeerScopeDropped_DoesNotTrigger() =>
        DoesNotTrigger(CalicoRules.PeerScopeDropped, ImportedWith("peers", PeerList([("router_id", "10.0.0.9"), ("as", "65001"), ("scope", "global")])));

    [Fact]
    public void UnknownPeerKey_Triggers()
    {
        var f = Triggers(CalicoRules.UnknownPeerKey, ImportedWith("peers", PeerList([("router_id", "10.0.0.9"), ("as", "65001"), ("sourceAddress", "None")])));
        Assert.Equal("peers[0].sourceAddress", f[0].Path);
        Assert.Contains("'sourceaddress'", f[0].Message);
    }

    [Fact]
    public void UnknownPeerKey_Triggers_OnTheTypedModelsExtraKeys()
    {
        var entry = new BgpPeerEntry("10.0.0.9", 65001) { Extra = EquatableArray.Create(new MappingEntry("numAllowedLocalASNumbers", InventoryValue.Integer(1))) };
        Triggers(CalicoRules.UnknownPeerKey, Base().Nodes(n => n.Host("node2", h => h.Peer(entry))).Build());
    }

    [Fact]
    public void UnknownPeerKey_DoesNotTrigger() =>
        DoesNotTrigger(CalicoRules.UnknownPeerKey, ImportedWith("peers", PeerList([("router_id", "10.0.0.9"), ("as", "65001"), ("sourceaddress", "None")])));

    [Fact]
    public void GlobalPeersNotOnFirstControlPlane_Triggers() =>
        Triggers(CalicoRules.GlobalPeersNotOnFirstControlPlane, Base().Bgp(b => b.PeerWithRouter())
            .Nodes(n => n.Group("rack1", g => g.Hosts("node2", "node3").Peer(new BgpPeerEntry("10.99.0.34", 65001) { Scope = PeerScope.Global }))).Build());

    [Fact]
    public void GlobalPeersNotOnFirstControlPlane_DoesNotTrigger() =>
        DoesNotTrigger(CalicoRules.GlobalPeersNotOnFirstControlPlane, Base().Bgp(b => b.PeerWithRouter().GlobalPeer("10.99.0.34", 65001)).Build());

    [Fact]
    public void AutodetectionMethodPerHost_Triggers() =>
        Triggers(CalicoRules.AutodetectionMethodPerHost, Base().Nodes(n => n.Host("node3", h => h.IpAutodetectionMethod("interface=eth1"))).Build());

    [Fact]
    public void AutodetectionMethodPerHost_DoesNotTrigger() => DoesNotTrigger(CalicoRules.AutodetectionMethodPerHost, Base().Network(n => n.IpAutodetectionMethod("interface=eth1")).Build());

    [Fact]
    public void PoolBlocksFewerThanNodes_Triggers()
    {
        var f = Triggers(CalicoRules.PoolBlocksFewerThanNodes, Sized(10).Pools(p => p.Cidr("10.233.64.0/24")).Build());
        Assert.Contains("4 blocks", f[0].Message);
    }

    [Fact]
    public void PoolBlocksFewerThanNodes_DoesNotTrigger() => DoesNotTrigger(CalicoRules.PoolBlocksFewerThanNodes, Sized(10).Build());
}
