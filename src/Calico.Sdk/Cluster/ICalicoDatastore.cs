using Calico.Sdk.Resources;

namespace Calico.Sdk.Cluster;

/// <summary>
/// A running cluster's Calico datastore: the Kubernetes API (<c>Calico.Sdk.Kubernetes</c>) or Calico's etcd
/// (<c>Calico.Sdk.Etcd</c>). Both apply with Kubespray's merge semantics, never overwrite a concurrent change, report
/// drift field by field and show status with calicoctl's columns. A thin command line wraps these calls.
/// </summary>
public interface ICalicoDatastore : IAsyncDisposable
{
    /// <summary>Which datastore, for messages: <c>etcd https://10.0.0.1:2379</c>, <c>Kubernetes https://… (crd.projectcalico.org/v1)</c>.</summary>
    string Description { get; }

    /// <summary>Whether this datastore holds the resource (etcd holds no ConfigMaps; neither adapter writes workload patches).</summary>
    /// <param name="resource">A rendered resource.</param>
    bool Holds(IKubernetesResource resource);

    /// <summary>
    /// Applies rendered resources in the order given (<see cref="CalicoResources.CalicoObjects"/> is already in apply
    /// order): each object is read, the rendered fields are merged in as Kubespray does, and it is written only if that
    /// changes it, and only at the revision read. A second apply of the same resources changes nothing and says so.
    /// Never throws for datastore problems: they are findings of the result.
    /// </summary>
    /// <param name="resources">Rendered resources, <c>projectcalico.org/v3</c> form (the <c>crd.projectcalico.org/v1</c> form is accepted too).</param>
    /// <param name="options">Dry run, pruning, behaviour after a conflict.</param>
    /// <param name="progress">Receives a report per batch written and before each pruned object.</param>
    /// <param name="cancellationToken">Cancels between requests.</param>
    Task<ApplyResult> ApplyAsync(IEnumerable<IKubernetesResource> resources, ApplyOptions? options = null, IProgress<ApplyProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Compares rendered resources with the cluster, field by field (see <see cref="CalicoDrift"/>), and lists IP pools and BGP peers that are not rendered.</summary>
    /// <param name="resources">Rendered resources, <c>projectcalico.org/v3</c> form.</param>
    /// <param name="cancellationToken">Cancels between requests.</param>
    Task<DriftReport> DiffAsync(IEnumerable<IKubernetesResource> resources, CancellationToken cancellationToken = default);

    /// <summary>Reads what is running; format it with <see cref="StatusFormatter"/>.</summary>
    /// <param name="kind">Nodes, IP pools, workload endpoints or host endpoints.</param>
    /// <param name="cancellationToken">Cancels between requests.</param>
    Task<ClusterStatus> StatusAsync(StatusKind kind, CancellationToken cancellationToken = default);
}

/// <summary>Apply and diff a whole rendered resource set.</summary>
public static class CalicoDatastoreExtensions
{
    /// <summary>The objects of a resource set that <paramref name="datastore"/> holds, in apply order: the Calico objects, then (Kubernetes) the ConfigMaps.</summary>
    /// <param name="datastore">The datastore.</param>
    /// <param name="resources">The rendered resources.</param>
    public static IReadOnlyList<IKubernetesResource> ObjectsFor(this ICalicoDatastore datastore, CalicoResources resources) =>
        resources.CalicoObjects.Concat(resources.KubernetesObjects).Where(datastore.Holds).ToList();

    /// <summary>Applies every object of <paramref name="resources"/> this datastore holds (see <see cref="ICalicoDatastore.ApplyAsync"/>).</summary>
    /// <param name="datastore">The datastore.</param>
    /// <param name="resources">From <c>cluster.Calico()</c>.</param>
    /// <param name="options">Dry run, pruning.</param>
    /// <param name="progress">Progress reports.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public static Task<ApplyResult> ApplyAsync(this ICalicoDatastore datastore, CalicoResourceSet resources, ApplyOptions? options = null, IProgress<ApplyProgress>? progress = null, CancellationToken cancellationToken = default) =>
        datastore.ApplyAsync(datastore.ObjectsFor(resources.Resources), options, progress, cancellationToken);

    /// <summary>Compares every object of <paramref name="resources"/> this datastore holds with the cluster.</summary>
    /// <param name="datastore">The datastore.</param>
    /// <param name="resources">From <c>cluster.Calico()</c>.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public static Task<DriftReport> DiffAsync(this ICalicoDatastore datastore, CalicoResourceSet resources, CancellationToken cancellationToken = default) =>
        datastore.DiffAsync(datastore.ObjectsFor(resources.Resources), cancellationToken);
}
