namespace Calico.Sdk.Cluster;

/// <summary>
/// The kinds of finding that talking to a live cluster gives (codes CAL5001–CAL5099): drift between the rendered
/// resources and the datastore, what apply did not do and why, and what status found unhealthy. The same codes come
/// from the Kubernetes and the etcd adapter.
/// </summary>
public static class ClusterFindings
{
    // CAL5001–CAL5019: drift. CAL5020–CAL5039: apply. CAL5040–CAL5059: status and connection.

    /// <summary>
    /// CAL5001: an IP pool field that Kubespray's upgrade guard compares (<c>cidr</c>, <c>blockSize</c>,
    /// <c>ipipMode</c>, <c>vxlanMode</c>) differs between the inventory and the cluster; Kubespray stops with "Your
    /// inventory doesn't match the current cluster configuration". Reported for IPv6 pools too, where Kubespray's own
    /// check is dead code.
    /// </summary>
    public static readonly FindingDescriptor UpgradeGuardMismatch = new("CAL5001", FindingSeverity.Error, "IP pool differs where Kubespray's upgrade guard stops", "Cluster");

    /// <summary>CAL5002: a rendered field whose value in the cluster differs from the rendered one (or is not set there).</summary>
    public static readonly FindingDescriptor FieldDrift = new("CAL5002", FindingSeverity.Warning, "Field differs from the cluster", "Cluster");

    /// <summary>CAL5003: a rendered resource that does not exist in the cluster; apply creates it.</summary>
    public static readonly FindingDescriptor MissingResource = new("CAL5003", FindingSeverity.Warning, "Resource missing in the cluster", "Cluster");

    /// <summary>CAL5004: a rendered field that is not set in the cluster, where Calico's default has the same effect.</summary>
    public static readonly FindingDescriptor DefaultedField = new("CAL5004", FindingSeverity.Info, "Field unset in the cluster, same effect by default", "Cluster");

    /// <summary>CAL5005: a resource of a kind Calico.Sdk writes that exists in the cluster but not in the rendered set (a candidate for pruning).</summary>
    public static readonly FindingDescriptor UnmanagedResource = new("CAL5005", FindingSeverity.Info, "Resource in the cluster but not rendered", "Cluster");

    /// <summary>CAL5020: an existing IP pool keeps its block size, as Kubespray's merge does; the rendered block size is not applied.</summary>
    public static readonly FindingDescriptor BlockSizeKept = new("CAL5020", FindingSeverity.Warning, "Existing pool keeps its block size", "Cluster");

    /// <summary>CAL5021: a field Calico does not allow to change (an IP pool's <c>cidr</c>) differs; the resource is not written.</summary>
    public static readonly FindingDescriptor ImmutableField = new("CAL5021", FindingSeverity.Error, "Immutable field differs; not written", "Cluster");

    /// <summary>
    /// CAL5022: the resource changed in the datastore between the read and the write (compare-and-swap failed). It is not
    /// overwritten; both versions are kept in the result. Apply again to merge the rendered settings on top of the change.
    /// </summary>
    public static readonly FindingDescriptor ConcurrentChange = new("CAL5022", FindingSeverity.Error, "Changed by someone else during apply; not overwritten", "Cluster");

    /// <summary>CAL5023: server-side apply without force met fields another field manager owns.</summary>
    public static readonly FindingDescriptor FieldManagerConflict = new("CAL5023", FindingSeverity.Error, "Fields owned by another field manager", "Cluster");

    /// <summary>CAL5024: later apply steps were not run because an earlier step did not complete (apply order: the mesh goes off only once the peers exist).</summary>
    public static readonly FindingDescriptor StepsSkipped = new("CAL5024", FindingSeverity.Warning, "Later steps skipped", "Cluster");

    /// <summary>CAL5025: a resource this datastore does not hold (a ConfigMap in etcd, a workload patch); skipped.</summary>
    public static readonly FindingDescriptor NotStoredHere = new("CAL5025", FindingSeverity.Info, "Resource not held by this datastore", "Cluster");

    /// <summary>CAL5026: a Calico node is not registered yet. In etcd it is created with the BGP settings only (calico-node fills in the rest); in the Kubernetes datastore there is no Node to annotate.</summary>
    public static readonly FindingDescriptor NodeNotRegistered = new("CAL5026", FindingSeverity.Warning, "Calico node not registered", "Cluster");

    /// <summary>CAL5027: a resource deleted by pruning (listed before deletion).</summary>
    public static readonly FindingDescriptor Pruned = new("CAL5027", FindingSeverity.Warning, "Pruned", "Cluster");

    /// <summary>CAL5028: an IP pool not pruned because it is not disabled; Calico's way to remove a pool is to disable it, move the workloads, then delete it.</summary>
    public static readonly FindingDescriptor PoolNotDisabled = new("CAL5028", FindingSeverity.Warning, "Pool not pruned while enabled", "Cluster");

    /// <summary>CAL5029: the datastore refused a request (validation, permissions, request limits); nothing of that resource was changed.</summary>
    public static readonly FindingDescriptor WriteRejected = new("CAL5029", FindingSeverity.Error, "Request refused by the datastore", "Cluster");

    /// <summary>CAL5040: the datastore could not be reached or stopped answering; what was done is listed, the next apply completes the rest.</summary>
    public static readonly FindingDescriptor Unavailable = new("CAL5040", FindingSeverity.Error, "Datastore unavailable", "Cluster");

    /// <summary>CAL5041: discovery found neither <c>crd.projectcalico.org</c> nor <c>projectcalico.org</c>: Calico is not installed.</summary>
    public static readonly FindingDescriptor CalicoApiMissing = new("CAL5041", FindingSeverity.Error, "Calico API not found", "Cluster");

    /// <summary>CAL5042: a node without a running and ready calico-node pod.</summary>
    public static readonly FindingDescriptor CalicoNodeNotReady = new("CAL5042", FindingSeverity.Warning, "calico-node not ready", "Cluster");

    /// <summary>CAL5043: a BGP session that is not established.</summary>
    public static readonly FindingDescriptor BgpSessionDown = new("CAL5043", FindingSeverity.Warning, "BGP session not established", "Cluster");

    /// <summary>CAL5044: no CalicoNodeStatus for a node, so no BGP status (create one per node to see it).</summary>
    public static readonly FindingDescriptor NoNodeStatus = new("CAL5044", FindingSeverity.Info, "No CalicoNodeStatus for the node", "Cluster");

    /// <summary>CAL5045: a value in the datastore that cannot be read (not JSON, or not the expected shape); shown as it is and left alone.</summary>
    public static readonly FindingDescriptor UnreadableValue = new("CAL5045", FindingSeverity.Warning, "Unreadable datastore value", "Cluster");

    /// <summary>Every descriptor of this class.</summary>
    public static IReadOnlyList<FindingDescriptor> All { get; } =
    [
        UpgradeGuardMismatch, FieldDrift, MissingResource, DefaultedField, UnmanagedResource,
        BlockSizeKept, ImmutableField, ConcurrentChange, FieldManagerConflict, StepsSkipped, NotStoredHere, NodeNotRegistered,
        Pruned, PoolNotDisabled, WriteRejected,
        Unavailable, CalicoApiMissing, CalicoNodeNotReady, BgpSessionDown, NoNodeStatus, UnreadableValue,
    ];
}
