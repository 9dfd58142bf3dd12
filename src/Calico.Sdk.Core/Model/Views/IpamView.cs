namespace Calico.Sdk;

/// <summary>The cluster-wide Calico IPAM options of a <see cref="CalicoCluster"/>, typed (<see cref="OptionArea.Ipam"/>).</summary>
public sealed class IpamView
{
    private readonly CalicoCluster _cluster;

    internal IpamView(CalicoCluster cluster) => _cluster = cluster;

    /// <summary>Use the host-local IPAM plugin with Kubernetes' per-node pod CIDRs instead of Calico IPAM. Kubespray variable <c>calico_ipam_host_local</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>false</c>.</value>
    public bool HostLocal => _cluster.Get(CalicoOptions.IpamHostLocal);

    /// <summary>Never borrow addresses from blocks of other nodes. Kubespray variable <c>calico_ipam_strictaffinity</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>false</c>.</value>
    public bool StrictAffinity => _cluster.Get(CalicoOptions.IpamStrictAffinity);

    /// <summary>Let nodes claim new address blocks when they need them. Kubespray variable <c>calico_ipam_autoallocateblocks</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>true</c>.</value>
    public bool AutoAllocateBlocks => _cluster.Get(CalicoOptions.IpamAutoAllocateBlocks);

    /// <summary>Most address blocks one node may claim; 0 means no limit. Kubespray variable <c>calico_ipam_maxblocksperhost</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>0</c>.</value>
    public int MaxBlocksPerHost => _cluster.Get(CalicoOptions.IpamMaxBlocksPerHost);

    /// <summary>Misspelled name of calico_ipam_autoallocateblocks; Kubespray's check fails while it is defined. Kubespray variable <c>calcio_ipam_autoallocateblocks</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>must stay unset</c>).</value>
    public bool? MisspelledAutoAllocateBlocks => _cluster.ValueOrNull(CalicoOptions.IpamAutoAllocateBlocksMisspelled);
}
