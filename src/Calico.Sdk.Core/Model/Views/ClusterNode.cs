namespace Calico.Sdk;

/// <summary>
/// One inventory host as Calico sees it: its roles and the host-level options it ends up with (its host vars, else
/// the vars of its groups, with Ansible's precedence). Read from <see cref="CalicoCluster.Nodes"/>.
/// </summary>
public sealed class ClusterNode
{
    private readonly CalicoCluster _cluster;

    internal ClusterNode(CalicoCluster cluster, string name)
    {
        _cluster = cluster;
        Name = name;
    }

    /// <summary>The inventory hostname; Kubespray uses it as the Kubernetes and Calico node name.</summary>
    public string Name { get; }

    /// <summary>What the host does, from its groups.</summary>
    public NodeRoles Roles => _cluster.RolesOf(Name);

    /// <summary>How calico-node finds a node's IPv4 address; only the first control-plane host's value reaches the DaemonSet. Kubespray variable <c>calico_ip_auto_method</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → can-reach=$(NODEIP)</c>).</value>
    public string? IpAutodetectionMethod => _cluster.RefOrNullForHost(Name, CalicoOptions.IpAutodetectionMethod);

    /// <summary>How calico-node finds a node's IPv6 address (same syntax as calico_ip_auto_method). Kubespray variable <c>calico_ip6_auto_method</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset</c>).</value>
    public string? Ip6AutodetectionMethod => _cluster.RefOrNullForHost(Name, CalicoOptions.Ip6AutodetectionMethod);

    /// <summary>External BGP peers: global entries of the first control-plane host, node entries of each host. Kubespray variable <c>peers</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset (no peers)</c>).</value>
    public EquatableArray<BgpPeerEntry>? Peers => _cluster.ValueOrNullForHost(Name, CalicoOptions.Peers);

    /// <summary>Address Ansible connects to (SSH only). Kubespray variable <c>ansible_host</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → inventory hostname</c>).</value>
    public string? AnsibleHost => _cluster.RefOrNullForHost(Name, CalicoOptions.AnsibleHost);

    /// <summary>Older name of ansible_host that Ansible still honours (Kubespray's Calico docs use it). Kubespray variable <c>ansible_ssh_host</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset</c>).</value>
    public string? AnsibleSshHost => _cluster.RefOrNullForHost(Name, CalicoOptions.AnsibleSshHost);

    /// <summary>Node IPv4 address; kubelet --node-ip and Calico's can-reach target. Kubespray variable <c>ip</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → ansible_default_ipv4.address</c>).</value>
    public System.Net.IPAddress? Ip => _cluster.RefOrNullForHost(Name, CalicoOptions.Ip);

    /// <summary>Address other hosts use to reach this one (etcd endpoints, first control plane). Kubespray variable <c>access_ip</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → ip</c>).</value>
    public System.Net.IPAddress? AccessIp => _cluster.RefOrNullForHost(Name, CalicoOptions.AccessIp);

    /// <summary>Node IPv6 address; the node IP in IPv6-only clusters, the second node IP in dual stack. Kubespray variable <c>ip6</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → ansible_default_ipv6.address</c>).</value>
    public System.Net.IPAddress? Ip6 => _cluster.RefOrNullForHost(Name, CalicoOptions.Ip6);

    /// <summary>IPv6 address other hosts use to reach this one. Kubespray variable <c>access_ip6</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → ip6</c>).</value>
    public System.Net.IPAddress? AccessIp6 => _cluster.RefOrNullForHost(Name, CalicoOptions.AccessIp6);

    /// <summary>Kubernetes and Calico node name; must equal the inventory hostname, which every calicoctl call uses. Kubespray variable <c>kube_override_hostname</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → inventory hostname</c>).</value>
    public string? KubeOverrideHostname => _cluster.RefOrNullForHost(Name, CalicoOptions.KubeOverrideHostname);

    /// <summary>Node name variable Kubespray still defines but nothing reads. Kubespray variable <c>calico_baremetal_nodename</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → kube_override_hostname, else inventory hostname</c>).</value>
    public string? BaremetalNodename => _cluster.RefOrNullForHost(Name, CalicoOptions.BaremetalNodename);

    /// <summary>BGP AS number of this node when it peers with routers (peer_with_router, calico_rr empty). Kubespray variable <c>local_as</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset</c>).</value>
    public AsNumber? LocalAs => _cluster.ValueOrNullForHost(Name, CalicoOptions.LocalAs);

    /// <summary>Route-reflector cluster ID of calico_rr hosts; must be an IPv4 address. Kubespray variable <c>cluster_id</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset</c>).</value>
    public string? ClusterId => _cluster.RefOrNullForHost(Name, CalicoOptions.ClusterId);

    /// <summary>Label that names a set of route reflectors; nodes whose calico_group_id matches peer with them. Kubespray variable <c>calico_rr_id</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset</c>).</value>
    public string? RouteReflectorId => _cluster.RefOrNullForHost(Name, CalicoOptions.RouteReflectorId);

    /// <summary>Label that puts a node in a route-reflector group. Kubespray variable <c>calico_group_id</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset</c>).</value>
    public string? GroupId => _cluster.RefOrNullForHost(Name, CalicoOptions.GroupId);

    /// <inheritdoc />
    public override string ToString() => Name;
}
