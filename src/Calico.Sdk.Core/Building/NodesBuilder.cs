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
        if (!g.Hosts.Contains(Name))
        {
            g.Hosts.Add(Name);
        }

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
        where T : notnull => option.Format(value) is InventoryScalar ? VariablePlacement.Inventory : VariablePlacement.VarsFile;
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
            if (!g.Hosts.Contains(h))
            {
                g.Hosts.Add(h);
            }
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
