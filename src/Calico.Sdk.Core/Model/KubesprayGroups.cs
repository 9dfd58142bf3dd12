namespace Calico.Sdk;

/// <summary>The inventory groups Kubespray knows.</summary>
public static class KubesprayGroups
{
    /// <summary><c>all</c>: every host.</summary>
    public const string All = "all";

    /// <summary><c>k8s_cluster</c>: built by Kubespray as kube_node ∪ kube_control_plane ∪ calico_rr; Calico's group vars live here.</summary>
    public const string K8sCluster = "k8s_cluster";

    /// <summary><c>kube_control_plane</c>: control-plane hosts; the first one runs every cluster-level Calico change.</summary>
    public const string ControlPlane = "kube_control_plane";

    /// <summary><c>etcd</c>: etcd members (odd count).</summary>
    public const string Etcd = "etcd";

    /// <summary><c>kube_node</c>: workers.</summary>
    public const string KubeNode = "kube_node";

    /// <summary><c>calico_rr</c>: route reflectors (Kubernetes nodes running calico-node).</summary>
    public const string CalicoRr = "calico_rr";

    /// <summary>The old group names Kubespray still maps, and the names that replace them.</summary>
    public static IReadOnlyDictionary<string, string> Legacy { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["kube-master"] = ControlPlane,
        ["kube_master"] = ControlPlane,
        ["kube-node"] = KubeNode,
        ["calico-rr"] = CalicoRr,
        ["k8s-cluster"] = K8sCluster,
    };

    /// <summary>The current name for a group name (the name itself when it is not a legacy one).</summary>
    /// <param name="name">A group name.</param>
    public static string Canonical(string name) => Legacy.TryGetValue(name, out var n) ? n : name;

    /// <summary>True for the groups whose vars apply cluster-wide: <c>all</c>, <c>k8s_cluster</c> and its legacy <c>k8s-cluster</c>.</summary>
    internal static bool IsClusterLevel(string name) => name is All or K8sCluster or "k8s-cluster";

    /// <summary>The role groups, in the order Kubespray's sample inventory lists them.</summary>
    public static IReadOnlyList<string> Roles { get; } = [ControlPlane, Etcd, KubeNode, CalicoRr];
}
