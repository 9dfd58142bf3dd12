namespace Calico.Sdk;

/// <summary>The cluster-wide BGP: AS numbers, peering, route reflection, service advertisement options of a <see cref="CalicoCluster"/>, typed (<see cref="OptionArea.Bgp"/>).</summary>
public sealed class BgpView
{
    private readonly CalicoCluster _cluster;

    internal BgpView(CalicoCluster cluster) => _cluster = cluster;

    /// <summary>Cluster-wide BGP AS number. Kubespray variable <c>global_as_num</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>"64512"</c>.</value>
    public AsNumber GlobalAsNumber => _cluster.Get(CalicoOptions.GlobalAsNumber);

    /// <summary>Leave the cluster AS number out of BGPConfiguration (when nodes peer with AS numbers of their own). Kubespray variable <c>calico_no_global_as_num</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset (false)</c>).</value>
    public bool? NoGlobalAsNumber => _cluster.ValueOrNull(CalicoOptions.NoGlobalAsNumber);

    /// <summary>TCP port BIRD listens on for BGP sessions. Kubespray variable <c>calico_bgp_listen_port</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>179</c>.</value>
    public int ListenPort => _cluster.Get(CalicoOptions.BgpListenPort);

    /// <summary>Peer with external routers (peers, local_as) and turn the node-to-node mesh off. Kubespray variable <c>peer_with_router</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset (false)</c>).</value>
    public bool? PeerWithRouter => _cluster.ValueOrNull(CalicoOptions.PeerWithRouter);

    /// <summary>Peer nodes with the calico_rr route reflectors instead of a full mesh. Kubespray variable <c>peer_with_calico_rr</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → true when group calico_rr has hosts</c>).</value>
    public bool? PeerWithRouteReflectors => _cluster.ValueOrNull(CalicoOptions.PeerWithCalicoRr);

    /// <summary>External BGP peers: global entries of the first control-plane host, node entries of each host. Kubespray variable <c>peers</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset (no peers)</c>).</value>
    public EquatableArray<BgpPeerEntry>? Peers => _cluster.ValueOrNull(CalicoOptions.Peers);

    /// <summary>Advertise the service cluster IP ranges over BGP. Kubespray variable <c>calico_advertise_cluster_ips</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset (false)</c>).</value>
    public bool? AdvertiseClusterIps => _cluster.ValueOrNull(CalicoOptions.AdvertiseClusterIps);

    /// <summary>Service external IP ranges to advertise over BGP. Kubespray variable <c>calico_advertise_service_external_ips</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>[]</c>.</value>
    public EquatableArray<Cidr> AdvertiseServiceExternalIps => _cluster.Get(CalicoOptions.AdvertiseServiceExternalIps);

    /// <summary>LoadBalancer service IP ranges to advertise over BGP. Kubespray variable <c>calico_advertise_service_loadbalancer_ips</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>[]</c>.</value>
    public EquatableArray<Cidr> AdvertiseServiceLoadBalancerIps => _cluster.Get(CalicoOptions.AdvertiseServiceLoadBalancerIps);
}
