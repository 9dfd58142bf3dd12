namespace Calico.Sdk;

/// <summary>The cluster-wide IPv4 and IPv6 pools: names, CIDRs, block sizes, NAT options of a <see cref="CalicoCluster"/>, typed (<see cref="OptionArea.Pools"/>).</summary>
public sealed class PoolsView
{
    private readonly CalicoCluster _cluster;

    internal PoolsView(CalicoCluster cluster) => _cluster = cluster;

    /// <summary>Name of the IPv4 pool; the IPv6 pool is called &lt;name&gt;-ipv6. Kubespray variable <c>calico_pool_name</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>default-pool</c>.</value>
    public string Name => _cluster.Get(CalicoOptions.PoolName);

    /// <summary>CIDR of the IPv4 pool; must lie within kube_pods_subnet. Kubespray variable <c>calico_pool_cidr</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → kube_pods_subnet</c>).</value>
    public Cidr? Cidr => _cluster.ValueOrNull(CalicoOptions.PoolCidr);

    /// <summary>CIDR of the IPv6 pool; must lie within kube_pods_subnet_ipv6. Kubespray variable <c>calico_pool_cidr_ipv6</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → kube_pods_subnet_ipv6</c>).</value>
    public Cidr? CidrIpv6 => _cluster.ValueOrNull(CalicoOptions.PoolCidrIpv6);

    /// <summary>Prefix length of the address blocks nodes take from the IPv4 pool; fixed once the pool exists. Kubespray variable <c>calico_pool_blocksize</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>26</c>.</value>
    public int BlockSize => _cluster.Get(CalicoOptions.PoolBlockSize);

    /// <summary>Prefix length of the address blocks nodes take from the IPv6 pool; fixed once the pool exists. Kubespray variable <c>calico_pool_blocksize_ipv6</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>122</c>.</value>
    public int BlockSizeIpv6 => _cluster.Get(CalicoOptions.PoolBlockSizeIpv6);

    /// <summary>Masquerade traffic from the IPv4 pool to destinations outside it. Kubespray variable <c>nat_outgoing</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>true</c>.</value>
    public bool NatOutgoing => _cluster.Get(CalicoOptions.NatOutgoing);

    /// <summary>Masquerade traffic from the IPv6 pool to destinations outside it. Kubespray variable <c>nat_outgoing_ipv6</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>false</c>.</value>
    public bool NatOutgoingIpv6 => _cluster.Get(CalicoOptions.NatOutgoingIpv6);
}
