namespace Calico.Sdk;

/// <summary>What a host does in the cluster, from its inventory groups.</summary>
[Flags]
public enum NodeRoles
{
    /// <summary>No Kubespray role.</summary>
    None = 0,

    /// <summary>In <c>kube_control_plane</c>.</summary>
    ControlPlane = 1,

    /// <summary>In <c>etcd</c>.</summary>
    Etcd = 2,

    /// <summary>In <c>kube_node</c>.</summary>
    Worker = 4,

    /// <summary>In <c>calico_rr</c>.</summary>
    RouteReflector = 8,
}

/// <summary>One inventory host and its own variables.</summary>
/// <param name="Name">The inventory hostname (Kubespray uses it as the Kubernetes and Calico node name).</param>
/// <param name="Vars">Its host variables.</param>
public sealed record InventoryHost(string Name, VariableSet Vars);

/// <summary>One inventory group: its direct hosts, its child groups and its group variables.</summary>
/// <param name="Name">The group name as written in the inventory.</param>
/// <param name="Hosts">Direct member hosts, in inventory order.</param>
/// <param name="Children">Child group names, in inventory order.</param>
/// <param name="Vars">Its group variables.</param>
public sealed record InventoryGroup(string Name, EquatableArray<string> Hosts, EquatableArray<string> Children, VariableSet Vars);
