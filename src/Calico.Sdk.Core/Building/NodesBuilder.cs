using System.Net;

namespace Calico.Sdk;

/// <summary>Adds hosts (with their roles and host variables) and custom groups such as racks.</summary>
public sealed class NodesBuilder
{
    private readonly CalicoClusterBuilder _owner;

    internal NodesBuilder(CalicoClusterBuilder owner) => _owner = owner;

    /// <summary>Adds (or extends) a host. <paramref name="address"/> becomes both <c>ansible_host</c> and <c>ip</c>, as in Kubespray's examples.</summary>
    /// <param name="name">Inventory hostname; Kubespray uses it as the Kubernetes and Calico node name.</param>
    /// <param name="address">The host's IPv4 address.</param>
    /// <param name="configure">Roles and host variables.</param>
    public NodesBuilder Host(string name, string address, Action<HostBuilder>? configure = null)
    {
        var host = new HostBuilder(_owner, name);
        host.AnsibleHost(address);
        if (IpAddresses.TryParseStrict(address, out var ip))
        {
            host.Ip(ip!);
        }

        configure?.Invoke(host);
        return this;
    }

    /// <summary>Adds (or extends) a host without addresses (Ansible connects by name; Calico autodetects the IP).</summary>
    /// <param name="name">Inventory hostname.</param>
    /// <param name="configure">Roles and host variables.</param>
    public NodesBuilder Host(string name, Action<HostBuilder>? configure = null)
    {
        var host = new HostBuilder(_owner, name);
        configure?.Invoke(host);
        return this;
    }

    /// <summary>Adds a custom group (a rack, a site) with its member hosts, as the <c>rack0</c> group of Kubespray's route-reflector example.</summary>
    /// <param name="name">The group name.</param>
    /// <param name="hosts">Member hosts (added to the inventory when not yet there).</param>
    public NodesBuilder Rack(string name, params string[] hosts) => Group(name, g => g.Hosts(hosts));

    /// <summary>Adds (or extends) a custom group with members and group variables.</summary>
    /// <param name="name">The group name.</param>
    /// <param name="configure">Members, children and variables.</param>
    public NodesBuilder Group(string name, Action<GroupBuilder> configure)
    {
        configure(new GroupBuilder(_owner, name));
        return this;
    }
}

/// <summary>Roles and host variables of one host.</summary>
public sealed partial class HostBuilder
{
    private readonly CalicoClusterBuilder _owner;

    internal HostBuilder(CalicoClusterBuilder owner, string name)
    {
        _owner = owner;
        Name = name;
        owner.GetHost(name);
    }

    /// <summary>The inventory hostname.</summary>
    public string Name { get; }

    /// <summary>Adds the host to <c>kube_control_plane</c>.</summary>
    public HostBuilder ControlPlane() => InGroup(KubesprayGroups.ControlPlane);

    /// <summary>Adds the host to <c>etcd</c>.</summary>
    public HostBuilder Etcd() => InGroup(KubesprayGroups.Etcd);

    /// <summary>Adds the host to <c>kube_node</c>.</summary>
    public HostBuilder Worker() => InGroup(KubesprayGroups.KubeNode);

    /// <summary>Adds the host to <c>calico_rr</c> and, when given, sets its route-reflector <c>cluster_id</c>.</summary>
    /// <param name="clusterId">The route-reflector cluster ID, an IPv4 address such as <c>1.0.0.1</c>; null to set it elsewhere (a rack's vars).</param>
    public HostBuilder RouteReflector(string? clusterId = null)
    {
        InGroup(KubesprayGroups.CalicoRr);
        return clusterId is null ? this : ClusterId(clusterId);
    }

    /// <summary>Adds the host to any group.</summary>
    /// <param name="group">The group name.</param>
    public HostBuilder InGroup(string group)
    {
        var g = _owner.GetGroup(group);
        g.AddHost(Name);
        return this;
    }

    /// <summary><c>ansible_host</c>: the address Ansible connects to.</summary>
    /// <param name="address">Address or DNS name.</param>
    [KubesprayVariable("ansible_host")]
    public HostBuilder AnsibleHost(string address) => Set(CalicoOptions.AnsibleHost, address);

    /// <summary><c>ip</c>: the node IP (kubelet --node-ip; Calico's default autodetection target).</summary>
    /// <param name="address">The address.</param>
    [KubesprayVariable("ip")]
    public HostBuilder Ip(IPAddress address) => Set(CalicoOptions.Ip, address);

    /// <summary><c>cluster_id</c>: route-reflector cluster ID (IPv4 address form).</summary>
    /// <param name="clusterId">Such as <c>1.0.0.1</c>.</param>
    [KubesprayVariable("cluster_id")]
    public HostBuilder ClusterId(string clusterId) => Set(CalicoOptions.ClusterId, clusterId);

    /// <summary>Sets <c>calico_ip_auto_method</c>: How calico-node finds a node's IPv4 address; only the first control-plane host's value reaches the DaemonSet. Kubespray's default: <c>unset → can-reach=$(NODEIP)</c>.</summary>
    /// <param name="value">A method such as <c>interface=eth.*</c>, <c>can-reach=8.8.8.8</c> or <c>first-found</c>.</param>
    [KubesprayVariable("calico_ip_auto_method")]
    public HostBuilder IpAutodetectionMethod(string value) => Set(CalicoOptions.IpAutodetectionMethod, value);

    /// <summary>Sets <c>calico_ip6_auto_method</c>: How calico-node finds a node's IPv6 address (same syntax as calico_ip_auto_method). Kubespray's default: <c>unset</c>.</summary>
    /// <param name="value">A method such as <c>interface=eth.*</c>.</param>
    [KubesprayVariable("calico_ip6_auto_method")]
    public HostBuilder Ip6AutodetectionMethod(string value) => Set(CalicoOptions.Ip6AutodetectionMethod, value);

    /// <summary>Adds a node-scoped BGP peer to <c>peers</c> (Kubespray creates BGPPeer <c>&lt;host&gt;-&lt;name|router_id&gt;</c> for every host that sees it). Kubespray's default: <c>unset (no peers)</c>.</summary>
    /// <param name="routerId">The peer's IP address (<c>router_id</c>).</param>
    /// <param name="asNumber">The peer's AS number (<c>as</c>).</param>
    /// <param name="name">Used in the BGPPeer's name instead of the address (<c>name</c>); null to omit.</param>
    /// <param name="sourceAddress">The session's source address (<c>sourceaddress</c>); null to omit (Kubespray renders UseNodeIP).</param>
    /// <param name="numAllowedLocalAsNumbers">How often the local AS may appear in received paths (<c>numallowedlocalasnumbers</c>); null to omit.</param>
    /// <param name="filters">Names of BGPFilter resources (<c>filters</c>); null for none.</param>
    [KubesprayVariable("peers")]
    public HostBuilder Peer(string routerId, AsNumber asNumber, string? name = null, PeerSourceAddress? sourceAddress = null, int? numAllowedLocalAsNumbers = null, IEnumerable<string>? filters = null) =>
        Peer(BgpPeerEntry.Create(routerId, asNumber, name, sourceAddress, numAllowedLocalAsNumbers, filters));

    /// <summary>Adds an entry to <c>peers</c>. Kubespray's default: <c>unset (no peers)</c>.</summary>
    /// <param name="peer">The peer.</param>
    [KubesprayVariable("peers")]
    public HostBuilder Peer(BgpPeerEntry peer) =>
        Set(CalicoOptions.Peers, _owner.GetHost(Name).Vars.Options.TryGet(CalicoOptions.Peers, out var current) ? current.Add(peer) : EquatableArray.Create(peer));

    /// <summary>Replaces <c>peers</c>: External BGP peers: global entries of the first control-plane host, node entries of each host. Kubespray's default: <c>unset (no peers)</c>.</summary>
    /// <param name="peers">The peers.</param>
    [KubesprayVariable("peers")]
    public HostBuilder Peers(params BgpPeerEntry[] peers) => Set(CalicoOptions.Peers, peers.ToEquatableArray());

    /// <summary>Sets <c>ansible_ssh_host</c>: Older name of ansible_host that Ansible still honours (Kubespray's Calico docs use it). Kubespray's default: <c>unset</c>.</summary>
    /// <param name="value">Address or DNS name.</param>
    [KubesprayVariable("ansible_ssh_host")]
    [Obsolete("ansible_ssh_host is Ansible's legacy name; use AnsibleHost (ansible_host).")]
    public HostBuilder AnsibleSshHost(string value) => Set(CalicoOptions.AnsibleSshHost, value);

    /// <summary>Sets <c>access_ip</c>: Address other hosts use to reach this one (etcd endpoints, first control plane). Kubespray's default: <c>unset → ip</c>.</summary>
    /// <param name="value">An IPv4 address.</param>
    [KubesprayVariable("access_ip")]
    public HostBuilder AccessIp(System.Net.IPAddress value) => Set(CalicoOptions.AccessIp, value);

    /// <summary>Sets <c>ip6</c>: Node IPv6 address; the node IP in IPv6-only clusters, the second node IP in dual stack. Kubespray's default: <c>unset → ansible_default_ipv6.address</c>.</summary>
    /// <param name="value">An IPv6 address.</param>
    [KubesprayVariable("ip6")]
    public HostBuilder Ip6(System.Net.IPAddress value) => Set(CalicoOptions.Ip6, value);

    /// <summary>Sets <c>access_ip6</c>: IPv6 address other hosts use to reach this one. Kubespray's default: <c>unset → ip6</c>.</summary>
    /// <param name="value">An IPv6 address.</param>
    [KubesprayVariable("access_ip6")]
    public HostBuilder AccessIp6(System.Net.IPAddress value) => Set(CalicoOptions.AccessIp6, value);

    /// <summary>Sets <c>kube_override_hostname</c>: Kubernetes and Calico node name; must equal the inventory hostname, which every calicoctl call uses. Kubespray's default: <c>unset → inventory hostname</c>.</summary>
    /// <param name="value">A lowercase DNS-1123 name.</param>
    [KubesprayVariable("kube_override_hostname")]
    public HostBuilder KubeOverrideHostname(string value) => Set(CalicoOptions.KubeOverrideHostname, value);

    /// <summary>Sets <c>calico_baremetal_nodename</c>: Node name variable Kubespray still defines but nothing reads. Kubespray's default: <c>unset → kube_override_hostname, else inventory hostname</c>.</summary>
    /// <param name="value">A node name.</param>
    [KubesprayVariable("calico_baremetal_nodename")]
    public HostBuilder BaremetalNodename(string value) => Set(CalicoOptions.BaremetalNodename, value);

    /// <summary>Sets <c>local_as</c>: BGP AS number of this node when it peers with routers (peer_with_router, calico_rr empty). Kubespray's default: <c>unset</c>.</summary>
    /// <param name="value">The AS number.</param>
    [KubesprayVariable("local_as")]
    public HostBuilder LocalAs(AsNumber value) => Set(CalicoOptions.LocalAs, value);

    /// <summary>Sets <c>calico_rr_id</c>: Label that names a set of route reflectors; nodes whose calico_group_id matches peer with them. Kubespray's default: <c>unset</c>.</summary>
    /// <param name="value">A label value such as <c>rr1</c>.</param>
    [KubesprayVariable("calico_rr_id")]
    public HostBuilder RouteReflectorId(string value) => Set(CalicoOptions.RouteReflectorId, value);

    /// <summary>Sets <c>calico_group_id</c>: Label that puts a node in a route-reflector group. Kubespray's default: <c>unset</c>.</summary>
    /// <param name="value">A label value such as <c>rr1</c>.</param>
    [KubesprayVariable("calico_group_id")]
    public HostBuilder GroupId(string value) => Set(CalicoOptions.GroupId, value);

    /// <summary>Sets any catalog option as a host variable.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="option">The option.</param>
    /// <param name="value">The value.</param>
    public HostBuilder Set<T>(CalicoOption<T> option, T value)
        where T : notnull
    {
        _owner.EnsureNotBuilt();
        var h = _owner.GetHost(Name);
        h.Vars = h.Vars.With(option, value, Placement(option, value));
        return this;
    }

    /// <summary>Adds a host variable that is not a Calico option, kept verbatim.</summary>
    /// <param name="name">Variable name.</param>
    /// <param name="value">Value.</param>
    public HostBuilder Variable(string name, InventoryValue value)
    {
        _owner.EnsureNotBuilt();
        var h = _owner.GetHost(Name);
        h.Vars = h.Vars.WithExtra(new RawVariable(name, value, value is InventoryScalar ? null : Name + ".yml"));
        return this;
    }

    // Scalars go on the inventory line (as Kubespray's examples do); lists and maps into host_vars.
    internal static VariablePlacement Placement<T>(CalicoOption<T> option, T value)
        where T : notnull => option.AlwaysScalar || option.Format(value) is InventoryScalar ? VariablePlacement.Inventory : VariablePlacement.VarsFile;
}

/// <summary>Members and variables of a custom group.</summary>
public sealed partial class GroupBuilder
{
    private readonly CalicoClusterBuilder _owner;

    internal GroupBuilder(CalicoClusterBuilder owner, string name)
    {
        _owner = owner;
        Name = name;
        owner.GetGroup(name);
    }

    /// <summary>The group name.</summary>
    public string Name { get; }

    /// <summary>Adds member hosts (creating hosts not yet defined).</summary>
    /// <param name="hosts">Inventory hostnames.</param>
    public GroupBuilder Hosts(params string[] hosts)
    {
        var g = _owner.GetGroup(Name);
        foreach (var h in hosts)
        {
            _owner.GetHost(h);
            g.AddHost(h);
        }

        return this;
    }

    /// <summary>Adds child groups.</summary>
    /// <param name="groups">Group names.</param>
    public GroupBuilder Children(params string[] groups)
    {
        var g = _owner.GetGroup(Name);
        foreach (var c in groups)
        {
            _owner.GetGroup(c);
            if (!g.Children.Contains(c))
            {
                g.Children.Add(c);
            }
        }

        return this;
    }

    /// <summary><c>cluster_id</c> for the route reflectors of this group.</summary>
    /// <param name="clusterId">IPv4 address form, such as <c>1.0.0.1</c>.</param>
    [KubesprayVariable("cluster_id")]
    public GroupBuilder ClusterId(string clusterId) => Set(CalicoOptions.ClusterId, clusterId);

    /// <summary>Sets <c>calico_ip_auto_method</c>: How calico-node finds a node's IPv4 address; only the first control-plane host's value reaches the DaemonSet. Kubespray's default: <c>unset → can-reach=$(NODEIP)</c>.</summary>
    /// <param name="value">A method such as <c>interface=eth.*</c>, <c>can-reach=8.8.8.8</c> or <c>first-found</c>.</param>
    [KubesprayVariable("calico_ip_auto_method")]
    public GroupBuilder IpAutodetectionMethod(string value) => Set(CalicoOptions.IpAutodetectionMethod, value);

    /// <summary>Sets <c>calico_ip6_auto_method</c>: How calico-node finds a node's IPv6 address (same syntax as calico_ip_auto_method). Kubespray's default: <c>unset</c>.</summary>
    /// <param name="value">A method such as <c>interface=eth.*</c>.</param>
    [KubesprayVariable("calico_ip6_auto_method")]
    public GroupBuilder Ip6AutodetectionMethod(string value) => Set(CalicoOptions.Ip6AutodetectionMethod, value);

    /// <summary>Adds a node-scoped BGP peer to <c>peers</c> (Kubespray creates BGPPeer <c>&lt;host&gt;-&lt;name|router_id&gt;</c> for every host that sees it). Kubespray's default: <c>unset (no peers)</c>.</summary>
    /// <param name="routerId">The peer's IP address (<c>router_id</c>).</param>
    /// <param name="asNumber">The peer's AS number (<c>as</c>).</param>
    /// <param name="name">Used in the BGPPeer's name instead of the address (<c>name</c>); null to omit.</param>
    /// <param name="sourceAddress">The session's source address (<c>sourceaddress</c>); null to omit (Kubespray renders UseNodeIP).</param>
    /// <param name="numAllowedLocalAsNumbers">How often the local AS may appear in received paths (<c>numallowedlocalasnumbers</c>); null to omit.</param>
    /// <param name="filters">Names of BGPFilter resources (<c>filters</c>); null for none.</param>
    [KubesprayVariable("peers")]
    public GroupBuilder Peer(string routerId, AsNumber asNumber, string? name = null, PeerSourceAddress? sourceAddress = null, int? numAllowedLocalAsNumbers = null, IEnumerable<string>? filters = null) =>
        Peer(BgpPeerEntry.Create(routerId, asNumber, name, sourceAddress, numAllowedLocalAsNumbers, filters));

    /// <summary>Adds an entry to <c>peers</c>. Kubespray's default: <c>unset (no peers)</c>.</summary>
    /// <param name="peer">The peer.</param>
    [KubesprayVariable("peers")]
    public GroupBuilder Peer(BgpPeerEntry peer) =>
        Set(CalicoOptions.Peers, _owner.GetGroup(Name).Vars.Options.TryGet(CalicoOptions.Peers, out var current) ? current.Add(peer) : EquatableArray.Create(peer));

    /// <summary>Replaces <c>peers</c>: External BGP peers: global entries of the first control-plane host, node entries of each host. Kubespray's default: <c>unset (no peers)</c>.</summary>
    /// <param name="peers">The peers.</param>
    [KubesprayVariable("peers")]
    public GroupBuilder Peers(params BgpPeerEntry[] peers) => Set(CalicoOptions.Peers, peers.ToEquatableArray());

    /// <summary>Sets <c>local_as</c>: BGP AS number of this node when it peers with routers (peer_with_router, calico_rr empty). Kubespray's default: <c>unset</c>.</summary>
    /// <param name="value">The AS number.</param>
    [KubesprayVariable("local_as")]
    public GroupBuilder LocalAs(AsNumber value) => Set(CalicoOptions.LocalAs, value);

    /// <summary>Sets <c>calico_rr_id</c>: Label that names a set of route reflectors; nodes whose calico_group_id matches peer with them. Kubespray's default: <c>unset</c>.</summary>
    /// <param name="value">A label value such as <c>rr1</c>.</param>
    [KubesprayVariable("calico_rr_id")]
    public GroupBuilder RouteReflectorId(string value) => Set(CalicoOptions.RouteReflectorId, value);

    /// <summary>Sets <c>calico_group_id</c>: Label that puts a node in a route-reflector group. Kubespray's default: <c>unset</c>.</summary>
    /// <param name="value">A label value such as <c>rr1</c>.</param>
    [KubesprayVariable("calico_group_id")]
    public GroupBuilder GroupId(string value) => Set(CalicoOptions.GroupId, value);

    /// <summary>Sets any catalog option as a group variable.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="option">The option.</param>
    /// <param name="value">The value.</param>
    public GroupBuilder Set<T>(CalicoOption<T> option, T value)
        where T : notnull
    {
        _owner.EnsureNotBuilt();
        var g = _owner.GetGroup(Name);
        g.Vars = g.Vars.With(option, value, HostBuilder.Placement(option, value));
        return this;
    }

    /// <summary>Adds a group variable that is not a Calico option, kept verbatim.</summary>
    /// <param name="name">Variable name.</param>
    /// <param name="value">Value.</param>
    public GroupBuilder Variable(string name, InventoryValue value)
    {
        _owner.EnsureNotBuilt();
        var g = _owner.GetGroup(Name);
        g.Vars = g.Vars.WithExtra(new RawVariable(name, value, value is InventoryScalar ? null : Name + ".yml"));
        return this;
    }
}
