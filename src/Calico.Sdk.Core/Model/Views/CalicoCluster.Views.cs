namespace Calico.Sdk;

// Typed views: cluster.Network.IpipMode, cluster.Pools.BlockSize, cluster.Nodes[0].LocalAs …
// Each view property reads one catalog option; the option's Member is the property's "Area.Property" path.
public sealed partial class CalicoCluster
{
    private NetworkView? _network;
    private PoolsView? _pools;
    private BgpView? _bgp;
    private DataplaneView? _dataplane;
    private FelixView? _felix;
    private TyphaView? _typha;
    private IpamView? _ipam;
    private CniView? _cni;
    private DatastoreView? _datastore;
    private ImagesView? _images;
    private WorkloadsView? _workloads;
    private ClusterSettingsView? _clusterSettings;
    private IReadOnlyList<ClusterNode>? _nodes;

    /// <summary>Backend, encapsulation, MTU, address families and address autodetection.</summary>
    public NetworkView Network => _network ??= new(this);

    /// <summary>The IPv4 and IPv6 pools.</summary>
    public PoolsView Pools => _pools ??= new(this);

    /// <summary>BGP: AS numbers, peering, route reflection, service advertisement.</summary>
    public BgpView Bgp => _bgp ??= new(this);

    /// <summary>Dataplane: eBPF, WireGuard, iptables and nftables.</summary>
    public DataplaneView Dataplane => _dataplane ??= new(this);

    /// <summary>Felix settings.</summary>
    public FelixView Felix => _felix ??= new(this);

    /// <summary>Typha.</summary>
    public TyphaView Typha => _typha ??= new(this);

    /// <summary>IPAM.</summary>
    public IpamView Ipam => _ipam ??= new(this);

    /// <summary>The Calico CNI plugin configuration.</summary>
    public CniView Cni => _cni ??= new(this);

    /// <summary>The datastore and its etcd certificates.</summary>
    public DatastoreView Datastore => _datastore ??= new(this);

    /// <summary>Versions, images and downloads.</summary>
    public ImagesView Images => _images ??= new(this);

    /// <summary>calico-node, calico-kube-controllers and calico-apiserver workloads.</summary>
    public WorkloadsView Workloads => _workloads ??= new(this);

    /// <summary>Kubespray cluster settings Calico depends on (subnets, kube-proxy, API server endpoint …).</summary>
    public ClusterSettingsView Cluster => _clusterSettings ??= new(this);

    /// <summary>Every host, in inventory order, with its roles and host-level options.</summary>
    public IReadOnlyList<ClusterNode> Nodes => _nodes ??= Hosts.Select(h => new ClusterNode(this, h.Name)).ToArray();

    /// <summary>The host called <paramref name="name"/>, or null.</summary>
    /// <param name="name">Inventory hostname.</param>
    public ClusterNode? Node(string name) => Nodes.FirstOrDefault(n => n.Name == name);

    // For view properties of options without a literal default: the value when the inventory sets it, else null.
    internal T? ValueOrNull<T>(CalicoOption<T> option)
        where T : struct => TryGet(option, out var value) ? value : null;

    internal T? RefOrNull<T>(CalicoOption<T> option)
        where T : class => TryGet(option, out var value) ? value : null;

    internal T? ValueOrNullForHost<T>(string host, CalicoOption<T> option)
        where T : struct => TryGetForHost(host, option, out var value) ? value : null;

    internal T? RefOrNullForHost<T>(string host, CalicoOption<T> option)
        where T : class => TryGetForHost(host, option, out var value) ? value : null;
}
