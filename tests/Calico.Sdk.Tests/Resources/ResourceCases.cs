namespace Calico.Sdk.Tests.Resources;

/// <summary>The clusters of the golden-file cases, described with the builder.</summary>
internal static class ResourceCases
{
    public static IReadOnlyDictionary<string, Func<CalicoCluster>> All { get; } = new Dictionary<string, Func<CalicoCluster>>(StringComparer.Ordinal)
    {
        ["rr-example"] = RouteReflectorExample,
        ["router-peering"] = RouterPeering,
        ["ebpf-dsr"] = EbpfDsr,
        ["wireguard"] = Wireguard,
        ["dual-stack"] = DualStack,
        ["ipv6-only"] = Ipv6Only,
    };

    public static TheoryData<string> Names => [.. All.Keys];

    /// <summary>
    /// The route-reflector example of Kubespray's docs/CNI/calico.md (tests/data/kubespray-rr-example): IP-in-IP with
    /// BIRD, AS 65400, two route reflectors and four nodes in rack0, whose vars set cluster_id, calico_rr_id and
    /// calico_group_id.
    /// </summary>
    public static CalicoCluster RouteReflectorExample() => Rules.RuleTestKit.RouteReflectorExample().Build();

    /// <summary>
    /// Router peering with the sites of Kubespray's docs/calico_peer_example: new-york.yml and paris.yml as the group
    /// vars of site groups (named new_york and paris: Ansible warns about '-' in group names). The examples' AS
    /// placeholder "65xxx" becomes 65001 (New York) and 65002 (Paris); every node has its own local_as.
    /// </summary>
    public static CalicoCluster RouterPeering() => CalicoCluster.Define()
        .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.Never).Vxlan(EncapsulationMode.Never))
        .Bgp(b => b.PeerWithRouter())
        .Nodes(n => n
            .Host("ny1", "10.99.0.11", h => h.ControlPlane().Etcd().Worker().LocalAs(64601))
            .Host("ny2", "10.99.0.12", h => h.Etcd().Worker().LocalAs(64602))
            .Host("par1", "10.99.0.51", h => h.ControlPlane().Etcd().Worker().LocalAs(64701))
            .Host("par2", "10.99.0.52", h => h.Worker().LocalAs(64702))
            .Group("new_york", g => g
                .Hosts("ny1", "ny2")
                .Peer("10.99.0.34", 65001, sourceAddress: PeerSourceAddress.None, numAllowedLocalAsNumbers: 0, filters: [])
                .Peer("10.99.0.35", 65001, sourceAddress: PeerSourceAddress.None, numAllowedLocalAsNumbers: 0, filters: [])
                .Set(CalicoOptions.LoadBalancerApiserver, new LoadBalancerApiserver("10.99.0.44", 8383)))
            .Group("paris", g => g
                .Hosts("par1", "par2")
                .Peer("10.99.0.2", 65002, sourceAddress: PeerSourceAddress.None, numAllowedLocalAsNumbers: 0, filters: [])
                .Peer("10.99.0.3", 65002, sourceAddress: PeerSourceAddress.None, numAllowedLocalAsNumbers: 0, filters: [])
                .Set(CalicoOptions.LoadBalancerApiserver, new LoadBalancerApiserver("10.99.0.21", 8383))))
        .Build();

    /// <summary>eBPF with direct server return, Kubespray's default VXLAN, kube-proxy in IPVS mode.</summary>
    public static CalicoCluster EbpfDsr() => CalicoCluster.Define()
        .Dataplane(d => d.Ebpf().BpfServiceMode(BpfServiceMode.Dsr).BpfLogLevel(BpfLogLevel.Off))
        .Nodes(ThreeNodes)
        .Build();

    /// <summary>WireGuard over VXLAN, with the MTUs the calculator gives for a 1500-byte network.</summary>
    public static CalicoCluster Wireguard()
    {
        var mtu = Mtu.Calculate(1500, MtuEncapsulation.Vxlan, wireguard: true);
        return CalicoCluster.Define()
            .Dataplane(d => d.Wireguard())
            .Network(n => n.Mtu(mtu.CalicoMtu).VethMtu(mtu.CalicoVethMtu))
            .Nodes(ThreeNodes)
            .Build();
    }

    /// <summary>Dual stack with service cluster IPs advertised over BGP (the object Kubespray renders broken).</summary>
    public static CalicoCluster DualStack() => CalicoCluster.Define()
        .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.Never).Vxlan(EncapsulationMode.CrossSubnet).Ipv6Stack().VxlanIpv6(EncapsulationMode.CrossSubnet))
        .Bgp(b => b.AdvertiseClusterIps().AdvertiseServiceExternalIps(Cidr.Parse("192.0.2.0/24"), Cidr.Parse("2001:db8:1::/64")))
        .Nodes(ThreeNodes)
        .Build();

    /// <summary>IPv6 only: no IPv4 pool, IP=none for calico-node, the IPv6 pool on its own CIDR.</summary>
    public static CalicoCluster Ipv6Only() => CalicoCluster.Define()
        .Network(n => n.Ipv4Stack(false).Ipv6Stack().VxlanIpv6(EncapsulationMode.Always).Ip6AutodetectionMethod("interface=eth0"))
        .Cluster(c => c.PodsSubnetIpv6(Cidr.Parse("fd00:10:244::/56")).ServiceAddressesIpv6(Cidr.Parse("fd00:10:96::/112")))
        .Pools(p => p.BlockSizeIpv6(120))
        .Nodes(ThreeNodes)
        .Build();

    private static void ThreeNodes(NodesBuilder n) => n
        .Host("cp1", "192.168.10.11", h => h.ControlPlane().Etcd().Worker())
        .Host("w1", "192.168.10.21", h => h.Worker())
        .Host("w2", "192.168.10.22", h => h.Worker());
}
