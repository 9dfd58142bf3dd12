using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Calico.Sdk.Cluster;
using Calico.Sdk.Resources;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Calico.Sdk.Kubernetes;

/// <summary>
/// Calico's Kubernetes datastore (<c>calico_datastore: kdd</c>), through the Kubernetes API with KubernetesClient.
/// Calico objects are written with server-side apply (field manager <c>calico-sdk</c>, content type
/// <c>application/apply-patch+yaml</c>, <c>force</c> as configured) to <c>crd.projectcalico.org/v1</c>, or to
/// <c>projectcalico.org/v3</c> when discovery shows the Calico API server; a Calico node's settings go onto its
/// Kubernetes Node (labels and <c>projectcalico.org/*</c> annotations); ConfigMaps are applied as they are. Each object
/// is read first, merged as Kubespray merges (<see cref="CalicoMerge"/>), and applied only if that changes it, with
/// the resourceVersion read, so a concurrent change fails the apply instead of being overwritten.
/// </summary>
public sealed class KubernetesDatastore : ICalicoDatastore
{
    private static readonly string[] PrunableKinds = ["IPPool", "BGPPeer"];

    private readonly IKubernetes _client;
    private readonly RequestCounter _counter;
    private readonly KubernetesDatastoreOptions _options;
    private readonly string _host;
    private CalicoApiGroup? _group;

    private KubernetesDatastore(IKubernetes client, RequestCounter counter, string host, KubernetesDatastoreOptions options)
    {
        _client = client;
        _counter = counter;
        _host = host;
        _options = options;
        _group = options.ApiGroup;
    }

    /// <summary>The API group Calico objects are written to; null until discovery ran (the first call) unless set in the options.</summary>
    public CalicoApiGroup? ApiGroup => _group;

    /// <inheritdoc />
    public string Description => _group is { } g ? $"Kubernetes {_host} ({CalicoApiGroups.ApiVersion(g)})" : $"Kubernetes {_host}";

    /// <summary>Requests sent since connecting.</summary>
    public int RoundTrips => _counter.Count;

    /// <summary>The KubernetesClient used, for anything this adapter does not cover.</summary>
    public IKubernetes Client => _client;

    /// <summary>
    /// Connects with a kubeconfig file, as <c>kubectl --kubeconfig … --context …</c> would. No request is sent yet.
    /// </summary>
    /// <param name="kubeconfigPath">The kubeconfig; null for <c>$KUBECONFIG</c> or <c>~/.kube/config</c>.</param>
    /// <param name="context">The context; null for the current one.</param>
    /// <param name="options">Field manager, force, API group, calico-node location; null for the defaults.</param>
    /// <exception cref="k8s.Exceptions.KubeConfigException">The kubeconfig cannot be read or has no such context.</exception>
    public static KubernetesDatastore Connect(string? kubeconfigPath = null, string? context = null, KubernetesDatastoreOptions? options = null)
    {
        KubernetesClientConfiguration configuration;
        try
        {
            configuration = KubernetesClientConfiguration.BuildConfigFromConfigFile(kubeconfigPath, context);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            // KubernetesClient lets the YAML parser's exception through for a malformed file; keep the documented contract.
            throw new k8s.Exceptions.KubeConfigException($"the kubeconfig {kubeconfigPath ?? "(default)"} is not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}");
        }

        return Connect(configuration, options);
    }

    /// <summary>Connects with a KubernetesClient configuration (in-cluster config, a test server, …).</summary>
    /// <param name="configuration">The client configuration.</param>
    /// <param name="options">Field manager, force, API group; null for the defaults.</param>
    public static KubernetesDatastore Connect(KubernetesClientConfiguration configuration, KubernetesDatastoreOptions? options = null)
    {
        options ??= new KubernetesDatastoreOptions();
        configuration.HttpClientTimeout = options.RequestTimeout;
        var counter = new RequestCounter();
        var client = new k8s.Kubernetes(configuration, counter);
        return new KubernetesDatastore(client, counter, configuration.Host, options);
    }

    /// <inheritdoc />
    public bool Holds(IKubernetesResource resource) => resource.ApiVersion switch
    {
        ApiVersions.ProjectCalicoV3 => resource.Kind == "Node" || CalicoKubernetesApi.IsCustomResource(resource.Kind),
        ApiVersions.CrdProjectCalicoV1 => CalicoKubernetesApi.IsCustomResource(resource.Kind),
        ApiVersions.CoreV1 => resource.Kind is "Node" or "ConfigMap",
        _ => false,
    };

    /// <summary>
    /// Asks discovery (<c>GET /apis</c>) which Calico API the cluster serves: <c>projectcalico.org/v3</c> when the Calico
    /// API server (or v3 CRDs) is there, else <c>crd.projectcalico.org/v1</c>; null when neither is (Calico not installed).
    /// Skipped when <see cref="KubernetesDatastoreOptions.ApiGroup"/> is set.
    /// </summary>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <exception cref="HttpRequestException">The API server cannot be reached.</exception>
    public async Task<CalicoApiGroup?> DiscoverAsync(CancellationToken cancellationToken = default)
    {
        if (_group is not null)
        {
            return _group;
        }

        var groups = await _client.Apis.GetAPIVersionsAsync(cancellationToken).ConfigureAwait(false);
        var names = groups.Groups.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        _group = names.Contains("projectcalico.org") ? CalicoApiGroup.ProjectCalicoV3
            : names.Contains("crd.projectcalico.org") ? CalicoApiGroup.CrdProjectCalicoV1
            : null;
        return _group;
    }

    /// <inheritdoc />
    public async Task<ApplyResult> ApplyAsync(IEnumerable<IKubernetesResource> resources, ApplyOptions? options = null, IProgress<ApplyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new ApplyOptions();
        var clock = Stopwatch.StartNew();
        var before = _counter.Count;
        var findings = new List<Finding>();
        var changes = new List<ResourceChange>();
        var desired = Desired(resources, findings, changes);
        var result = new ApplyResult { Datastore = Description, DryRun = options.DryRun };
        bool ready;
        try
        {
            ready = await EnsureGroupAsync(findings, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken) || e is HttpOperationException)
        {
            findings.Add(Failure(e, "asking discovery for the Calico API"));
            ready = false;
        }

        if (!ready)
        {
            changes.AddRange(desired.Select(d => new ResourceChange(d.Ref, ChangeAction.Skipped)));
            return Finish(result, changes, findings, before, clock);
        }

        var total = desired.Count;
        var done = 0;
        var stopped = false;
        var stepFailed = false;
        string? step = null;
        foreach (var d in desired)
        {
            if (d.Ref.Kind != step)
            {
                stopped |= stepFailed && !options.ContinueAfterConflict;
                step = d.Ref.Kind;
            }

            if (stopped)
            {
                changes.Add(new ResourceChange(d.Ref, ChangeAction.Skipped));
                continue;
            }

            ResourceChange change;
            try
            {
                change = await ApplyOneAsync(d, options, findings, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsUnavailable(e, cancellationToken) || e is HttpOperationException)
            {
                // Reads that fail (the write's own refusals are findings of ApplyOneAsync): unavailable stops, refused goes on.
                findings.Add(Failure(e, $"applying {d.Ref}"));
                changes.Add(new ResourceChange(d.Ref, ChangeAction.Failed));
                stopped |= IsUnavailable(e, cancellationToken);
                stepFailed = true;
                continue;
            }

            changes.Add(change);
            stepFailed |= change.Action is ChangeAction.Conflict or ChangeAction.Failed;
            Report(progress, new ApplyProgress(ApplyPhase.Writing, ++done, total, d.Ref, change.Action, $"{d.Ref}: {change.Action}"));
        }

        stopped |= stepFailed && !options.ContinueAfterConflict;
        var skipped = changes.Where(c => c.Action == ChangeAction.Skipped && desired.Any(d => d.Ref == c.Resource)).ToList();
        if (stopped && skipped.Count > 0)
        {
            findings.Add(ClusterFindings.StepsSkipped.Create(
                "apply",
                $"{skipped.Count} object(s) were not applied because an earlier step did not complete: {string.Join(", ", skipped.Take(10).Select(c => c.Resource))}{(skipped.Count > 10 ? ", …" : string.Empty)}.",
                "resolve the findings above and apply again; unchanged objects are not written twice"));
        }

        if (options.Prune && !stopped)
        {
            await PruneAsync(desired, options, changes, findings, progress, cancellationToken).ConfigureAwait(false);
        }

        Report(progress, new ApplyProgress(ApplyPhase.Done, done, total, null, null, "Done"));
        return Finish(result, changes, findings, before, clock);
    }

    /// <inheritdoc />
    public async Task<DriftReport> DiffAsync(IEnumerable<IKubernetesResource> resources, CancellationToken cancellationToken = default)
    {
        var before = _counter.Count;
        var findings = new List<Finding>();
        var desired = Desired(resources, findings, []);
        var drifts = new List<ResourceDrift>();
        try
        {
            if (await EnsureGroupAsync(findings, cancellationToken).ConfigureAwait(false))
            {
                foreach (var d in desired)
                {
                    var live = await ReadV3Async(d.Ref, d.Json, cancellationToken).ConfigureAwait(false);
                    var drift = CalicoDrift.Compare(d.Json, live);
                    drifts.Add(drift);
                    findings.AddRange(drift.Findings);
                }

                foreach (var r in await UnmanagedAsync(desired, cancellationToken).ConfigureAwait(false))
                {
                    var drift = CalicoDrift.Unmanaged(r.Ref, "apply with pruning deletes it (an IP pool only once disabled)");
                    drifts.Add(drift);
                    findings.AddRange(drift.Findings);
                }
            }
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken) || e is HttpOperationException)
        {
            findings.Add(Failure(e, "reading the cluster"));
        }

        return new DriftReport { Datastore = Description, Resources = drifts.ToEquatableArray(), Findings = findings.ToEquatableArray(), RoundTrips = _counter.Count - before };
    }

    /// <inheritdoc />
    public async Task<ClusterStatus> StatusAsync(StatusKind kind, CancellationToken cancellationToken = default)
    {
        var before = _counter.Count;
        var findings = new List<Finding>();
        var status = new ClusterStatus { Kind = kind };
        try
        {
            if (await EnsureGroupAsync(findings, cancellationToken).ConfigureAwait(false) || kind == StatusKind.WorkloadEndpoints)
            {
                status = kind switch
                {
                    StatusKind.IPPools => status with { IPPools = (await ListAsync("IPPool", cancellationToken).ConfigureAwait(false)).Select(IPPoolStatus.From).ToEquatableArray() },
                    StatusKind.HostEndpoints => status with { HostEndpoints = (await ListAsync("HostEndpoint", cancellationToken).ConfigureAwait(false)).Select(HostEndpointStatus.From).ToEquatableArray() },
                    StatusKind.WorkloadEndpoints => status with { WorkloadEndpoints = await WorkloadEndpointsAsync(cancellationToken).ConfigureAwait(false) },
                    _ => await NodeStatusAsync(status, findings, cancellationToken).ConfigureAwait(false),
                };
            }
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken) || e is HttpOperationException)
        {
            findings.Add(Failure(e, "reading the status"));
        }

        return status with { Datastore = Description, Findings = findings.ToEquatableArray(), RoundTrips = _counter.Count - before };
    }

    /// <summary>The cluster's nodes as a node source: names, roles, addresses and Calico settings (see <see cref="KubernetesNodeSource"/>).</summary>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <exception cref="HttpRequestException">The API server cannot be reached.</exception>
    public async Task<IReadOnlyList<DiscoveredNode>> ReadNodesAsync(CancellationToken cancellationToken = default)
    {
        var nodes = await _client.CoreV1.ListNodeAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return KubernetesNodeSource.FromNodes(nodes.Items);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    private sealed record DesiredObject(ResourceRef Ref, JsonObject Json, bool IsConfigMap);

    private ApplyResult Finish(ApplyResult result, List<ResourceChange> changes, List<Finding> findings, int before, Stopwatch clock) => result with
    {
        Datastore = Description,
        Changes = changes.ToEquatableArray(),
        Findings = findings.ToEquatableArray(),
        RoundTrips = _counter.Count - before,
        Elapsed = clock.Elapsed,
    };

    private List<DesiredObject> Desired(IEnumerable<IKubernetesResource> resources, List<Finding> findings, List<ResourceChange> changes)
    {
        var result = new List<DesiredObject>();
        foreach (var resource in resources)
        {
            if (!Holds(resource))
            {
                var r = ResourceRef.Of(resource);
                findings.Add(ClusterFindings.NotStoredHere.Create(r.ToString(), $"{r} ({resource.ApiVersion}) is not applied by the Kubernetes adapter; skipped.", "apply workload patches with kubectl patch"));
                changes.Add(new ResourceChange(r, ChangeAction.Skipped));
                continue;
            }

            if (resource.Kind == "ConfigMap")
            {
                var json = ManifestSerializer.ToJsonNode(resource);
                result.Add(new DesiredObject(new ResourceRef("ConfigMap", resource.Metadata.Name, resource.Metadata.Namespace ?? "default"), json, true));
                continue;
            }

            var v3 = CalicoObjectForms.ToV3(resource);
            var reference = CalicoDrift.RefOf(v3);
            var earlier = result.FindIndex(d => d.Ref == reference);
            if (earlier >= 0)
            {
                result[earlier] = result[earlier] with { Json = CalicoMerge.Combine(result[earlier].Json, v3) };
                continue;
            }

            result.Add(new DesiredObject(reference, v3, false));
        }

        return result;
    }

    private async Task<bool> EnsureGroupAsync(List<Finding> findings, CancellationToken ct)
    {
        if (await DiscoverAsync(ct).ConfigureAwait(false) is not null)
        {
            return true;
        }

        findings.Add(ClusterFindings.CalicoApiMissing.Create(
            _host,
            $"The API server at {_host} serves neither crd.projectcalico.org nor projectcalico.org: Calico is not installed, or its CRDs are missing.",
            "install Calico (Kubespray's cluster.yml), or set KubernetesDatastoreOptions.ApiGroup"));
        return false;
    }

    private async Task<ResourceChange> ApplyOneAsync(DesiredObject d, ApplyOptions options, List<Finding> findings, CancellationToken ct)
    {
        var raw = await ReadRawAsync(d.Ref, d.IsConfigMap, ct).ConfigureAwait(false);
        if (d.Ref.Kind == "Node" && raw is null)
        {
            findings.Add(ClusterFindings.NodeNotRegistered.Create(
                d.Ref.ToString(),
                $"Kubernetes has no Node {d.Ref.Name}: Calico reads a node's BGP settings from its Kubernetes Node, which the adapter does not create.",
                "join the node first, and check that its name is the inventory hostname"));
            return new ResourceChange(d.Ref, ChangeAction.Skipped);
        }

        var liveV3 = raw is null ? null : d.IsConfigMap ? raw : CalicoObjectForms.ToV3(raw);
        var outcome = CalicoMerge.Plan(d.Json, liveV3, fillDefaults: false);
        findings.AddRange(outcome.Findings);
        var liveText = ClusterJson.Compact(liveV3);
        var resourceVersion = ClusterJson.String(raw, "metadata", "resourceVersion");
        switch (outcome.Verdict)
        {
            case MergeVerdict.Unchanged:
                return new ResourceChange(d.Ref, ChangeAction.Unchanged, default, null, liveText, resourceVersion);
            case MergeVerdict.Refused:
                return new ResourceChange(d.Ref, ChangeAction.Skipped, default, null, liveText, resourceVersion);
        }

        var action = outcome.Verdict == MergeVerdict.Create ? ChangeAction.Create : ChangeAction.Update;
        var body = d.Ref.Kind == "Node" ? CalicoKubernetesApi.NodeApplyBody(d.Json, raw!, _options.FieldManager)
            : d.IsConfigMap ? CalicoKubernetesApi.CoreApplyBody(outcome.Merged, resourceVersion)
            : CalicoKubernetesApi.ApplyBody(outcome.Merged, _group!.Value, resourceVersion);
        var intended = ClusterJson.Compact(body);
        try
        {
            var written = await PatchAsync(d.Ref, body, options.DryRun, ct).ConfigureAwait(false);
            return new ResourceChange(d.Ref, action, outcome.Fields, intended, liveText, ClusterJson.String(written, "metadata", "resourceVersion"));
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.Conflict)
        {
            var message = StatusMessage(e);
            if (message.Contains("Apply failed with", StringComparison.Ordinal))
            {
                findings.Add(ClusterFindings.FieldManagerConflict.Create(d.Ref.ToString(), $"{d.Ref}: {message}", "apply with force, or hand the fields over to the calico-sdk field manager"));
                return new ResourceChange(d.Ref, ChangeAction.Conflict, outcome.Fields, intended, liveText, resourceVersion);
            }

            var now = await ReadRawAsync(d.Ref, d.IsConfigMap, ct).ConfigureAwait(false);
            var theirs = now is null ? null : ClusterJson.Compact(d.IsConfigMap ? now : CalicoObjectForms.ToV3(now));
            var theirVersion = ClusterJson.String(now, "metadata", "resourceVersion");
            findings.Add(ClusterFindings.ConcurrentChange.Create(
                d.Ref.ToString(),
                $"{d.Ref} changed after it was read (resourceVersion {resourceVersion ?? "none"} → {theirVersion ?? "deleted"}); it was not overwritten. In the cluster: {theirs ?? "(deleted)"} — to apply: {intended}.",
                "apply again: it reads the new version and merges the rendered fields on top of it"));
            return new ResourceChange(d.Ref, ChangeAction.Conflict, outcome.Fields, intended, theirs, theirVersion);
        }
        catch (HttpOperationException e) when ((int)e.Response.StatusCode < 500)
        {
            findings.Add(ClusterFindings.WriteRejected.Create(d.Ref.ToString(), $"The API server refused {d.Ref} ({(int)e.Response.StatusCode}): {StatusMessage(e)}", "check the object against the CRD schema and the client's RBAC permissions"));
            return new ResourceChange(d.Ref, ChangeAction.Failed, outcome.Fields, intended, liveText, resourceVersion);
        }
    }

    private async Task PruneAsync(List<DesiredObject> desired, ApplyOptions options, List<ResourceChange> changes, List<Finding> findings, IProgress<ApplyProgress>? progress, CancellationToken ct)
    {
        List<(ResourceRef Ref, JsonObject Raw)> candidates;
        try
        {
            candidates = await UnmanagedAsync(desired, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (IsUnavailable(e, ct) || e is HttpOperationException)
        {
            findings.Add(Failure(e, "listing objects to prune"));
            return;
        }

        var deletable = new List<(ResourceRef Ref, JsonObject Raw)>();
        foreach (var c in candidates)
        {
            if (c.Ref.Kind == "IPPool" && !ClusterJson.Bool(c.Raw, "spec", "disabled"))
            {
                findings.Add(ClusterFindings.PoolNotDisabled.Create(c.Ref.ToString(), $"{c.Ref} is not rendered but still enabled; it is not deleted.", "disable it (spec.disabled: true), move the workloads off it, then prune again"));
                changes.Add(new ResourceChange(c.Ref, ChangeAction.Skipped, default, null, ClusterJson.Compact(CalicoObjectForms.ToV3(c.Raw))));
                continue;
            }

            deletable.Add(c);
        }

        // Listed before anything is deleted.
        var n = 0;
        foreach (var c in deletable)
        {
            Report(progress, new ApplyProgress(ApplyPhase.Pruning, n++, deletable.Count, c.Ref, ChangeAction.Delete, $"Deleting {c.Ref} (not rendered)"));
        }

        foreach (var c in deletable)
        {
            var rv = ClusterJson.String(c.Raw, "metadata", "resourceVersion");
            var target = CalicoKubernetesApi.Resource(c.Ref.Kind, _group!.Value);
            var live = ClusterJson.Compact(CalicoObjectForms.ToV3(c.Raw));
            try
            {
                await _client.CustomObjects.DeleteClusterCustomObjectAsync(
                    target.Group, target.Version, target.Plural, c.Ref.Name,
                    new V1DeleteOptions { Preconditions = new V1Preconditions { ResourceVersion = rv } },
                    dryRun: options.DryRun ? "All" : null,
                    cancellationToken: ct).ConfigureAwait(false);
                changes.Add(new ResourceChange(c.Ref, ChangeAction.Delete, default, null, live, rv));
                if (!options.DryRun)
                {
                    findings.Add(ClusterFindings.Pruned.Create(c.Ref.ToString(), $"{c.Ref} was deleted: it is not rendered.", null));
                }
            }
            catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.Conflict)
            {
                findings.Add(ClusterFindings.ConcurrentChange.Create(c.Ref.ToString(), $"{c.Ref} changed after it was listed; it was not deleted.", "prune again"));
                changes.Add(new ResourceChange(c.Ref, ChangeAction.Conflict, default, null, live, rv));
            }
            catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.NotFound)
            {
                changes.Add(new ResourceChange(c.Ref, ChangeAction.Delete, default, null, live, rv));
            }
            catch (Exception e) when (IsUnavailable(e, ct))
            {
                findings.Add(Unavailable(e, $"deleting {c.Ref}"));
                changes.Add(new ResourceChange(c.Ref, ChangeAction.Failed, default, null, live, rv));
                return;
            }
        }
    }

    private async Task<List<(ResourceRef Ref, JsonObject Raw)>> UnmanagedAsync(List<DesiredObject> desired, CancellationToken ct)
    {
        var wanted = desired.Select(d => d.Ref).ToHashSet();
        var result = new List<(ResourceRef, JsonObject)>();
        foreach (var kind in PrunableKinds)
        {
            foreach (var obj in await ListRawAsync(kind, ct).ConfigureAwait(false))
            {
                var r = new ResourceRef(kind, ClusterJson.String(obj, "metadata", "name") ?? string.Empty);
                if (!wanted.Contains(r))
                {
                    result.Add((r, obj));
                }
            }
        }

        return result;
    }

    private async Task<JsonObject?> ReadV3Async(ResourceRef r, JsonObject desired, CancellationToken ct)
    {
        var isConfigMap = r.Kind == "ConfigMap" && ClusterJson.String(desired, "apiVersion") == ApiVersions.CoreV1;
        var raw = await ReadRawAsync(r, isConfigMap, ct).ConfigureAwait(false);
        return raw is null ? null : isConfigMap ? raw : CalicoObjectForms.ToV3(raw);
    }

    private async Task<JsonObject?> ReadRawAsync(ResourceRef r, bool isConfigMap, CancellationToken ct)
    {
        try
        {
            if (isConfigMap)
            {
                var cm = await _client.CoreV1.ReadNamespacedConfigMapAsync(r.Name, r.Namespace ?? "default", cancellationToken: ct).ConfigureAwait(false);
                return Json(cm);
            }

            if (r.Kind == "Node")
            {
                var node = await _client.CoreV1.ReadNodeAsync(r.Name, cancellationToken: ct).ConfigureAwait(false);
                return Json(node);
            }

            var target = CalicoKubernetesApi.Resource(r.Kind, _group!.Value);
            var obj = await _client.CustomObjects.GetClusterCustomObjectAsync(target.Group, target.Version, target.Plural, r.Name, ct).ConfigureAwait(false);
            return Json(obj);
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task<JsonObject?> PatchAsync(ResourceRef r, JsonObject body, bool dryRun, CancellationToken ct)
    {
        // JSON is YAML: the body goes as it is, with content type application/apply-patch+yaml.
        var patch = new V1Patch(ClusterJson.Compact(body)!, V1Patch.PatchType.ApplyPatch);
        var dry = dryRun ? "All" : null;
        if (r.Kind == "ConfigMap" && ClusterJson.String(body, "apiVersion") == ApiVersions.CoreV1)
        {
            return Json(await _client.CoreV1.PatchNamespacedConfigMapAsync(patch, r.Name, r.Namespace ?? "default", dry, _options.FieldManager, force: _options.Force, cancellationToken: ct).ConfigureAwait(false));
        }

        if (r.Kind == "Node")
        {
            return Json(await _client.CoreV1.PatchNodeAsync(patch, r.Name, dry, _options.FieldManager, force: _options.Force, cancellationToken: ct).ConfigureAwait(false));
        }

        var target = CalicoKubernetesApi.Resource(r.Kind, _group!.Value);
        var result = await _client.CustomObjects.PatchClusterCustomObjectAsync(patch, target.Group, target.Version, target.Plural, r.Name, dry, _options.FieldManager, force: _options.Force, cancellationToken: ct).ConfigureAwait(false);
        return Json(result);
    }

    private async Task<List<JsonObject>> ListRawAsync(string kind, CancellationToken ct)
    {
        var target = CalicoKubernetesApi.Resource(kind, _group!.Value);
        var list = await _client.CustomObjects.ListClusterCustomObjectAsync(target.Group, target.Version, target.Plural, cancellationToken: ct).ConfigureAwait(false);
        return (ClusterJson.At(Json(list), "items") as JsonArray ?? []).OfType<JsonObject>().Select(o => (JsonObject)o.DeepClone()).ToList();
    }

    private async Task<IReadOnlyList<JsonObject>> ListAsync(string kind, CancellationToken ct) =>
        (await ListRawAsync(kind, ct).ConfigureAwait(false)).Select(CalicoObjectForms.ToV3).OrderBy(o => ClusterJson.String(o, "metadata", "name"), StringComparer.Ordinal).ToList();

    private async Task<ClusterStatus> NodeStatusAsync(ClusterStatus status, List<Finding> findings, CancellationToken ct)
    {
        JsonObject? bgpConfiguration = null;
        try
        {
            bgpConfiguration = await ReadV3Async(new ResourceRef("BGPConfiguration", "default"), [], ct).ConfigureAwait(false);
        }
        catch (HttpOperationException)
        {
        }

        var globalAs = ClusterStatus.GlobalAsNumber(bgpConfiguration);
        var nodeList = await _client.CoreV1.ListNodeAsync(cancellationToken: ct).ConfigureAwait(false);
        var nodes = nodeList.Items
            .Select(n => NodeStatus.From(CalicoObjectForms.ToV3(Json(n)!), globalAs))
            .OrderBy(n => n.Name, StringComparer.Ordinal)
            .ToEquatableArray();
        var pods = await _client.CoreV1.ListNamespacedPodAsync(_options.CalicoNodeNamespace, labelSelector: _options.CalicoNodeSelector, cancellationToken: ct).ConfigureAwait(false);
        var byNode = pods.Items.Where(p => p.Spec?.NodeName is not null).GroupBy(p => p.Spec.NodeName).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Metadata?.CreationTimestamp).First());
        var podRows = nodes.Select(n => byNode.TryGetValue(n.Name, out var p) ? PodRow(n.Name, p) : new CalicoNodePod(n.Name, string.Empty, string.Empty, 0, 0, 0)).ToEquatableArray();
        EquatableArray<NodeBgpStatus> bgp;
        try
        {
            bgp = (await ListAsync("CalicoNodeStatus", ct).ConfigureAwait(false)).Select(NodeBgpStatus.From).ToEquatableArray();
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.NotFound)
        {
            bgp = default;
        }

        findings.AddRange(ClusterStatus.HealthFindings(podRows, bgp, nodes.Select(n => n.Name)));
        return status with { Nodes = nodes, CalicoNodePods = podRows, Bgp = bgp };
    }

    private static CalicoNodePod PodRow(string node, V1Pod pod)
    {
        var statuses = pod.Status?.ContainerStatuses ?? [];
        var containers = Math.Max(pod.Spec?.Containers?.Count ?? 0, statuses.Count);
        return new CalicoNodePod(node, pod.Metadata?.Name ?? string.Empty, pod.Status?.Phase ?? "Unknown", statuses.Count(s => s.Ready), containers, statuses.Sum(s => s.RestartCount));
    }

    private async Task<EquatableArray<WorkloadEndpointStatus>> WorkloadEndpointsAsync(CancellationToken ct)
    {
        var pods = await _client.CoreV1.ListPodForAllNamespacesAsync(cancellationToken: ct).ConfigureAwait(false);
        return pods.Items
            .Select(KubernetesWorkloadEndpoints.FromPod)
            .OfType<WorkloadEndpointStatus>()
            .OrderBy(w => w.Namespace, StringComparer.Ordinal).ThenBy(w => w.Name, StringComparer.Ordinal)
            .ToEquatableArray();
    }

    private static JsonObject? Json(object? value) => value switch
    {
        null => null,
        JsonElement e => JsonNode.Parse(e.GetRawText()) as JsonObject,
        _ => JsonNode.Parse(KubernetesJson.Serialize(value)) as JsonObject,
    };

    private static string StatusMessage(HttpOperationException e) =>
        ClusterJson.String(ClusterJson.ParseObject(e.Response.Content), "message") ?? e.Response.ReasonPhrase ?? e.Message;

    private static bool IsUnavailable(Exception e, CancellationToken ct) =>
        !ct.IsCancellationRequested && (e is HttpRequestException or TaskCanceledException or TimeoutException
            || (e is HttpOperationException h && (int)h.Response.StatusCode >= 500));

    private Finding Failure(Exception e, string what) =>
        e is HttpOperationException h && (int)h.Response.StatusCode < 500
            ? ClusterFindings.WriteRejected.Create(_host, $"The Kubernetes API server at {_host} refused a request while {what} ({(int)h.Response.StatusCode}): {StatusMessage(h)}", "check the client's RBAC permissions (get, list, patch and delete on the Calico resources, nodes and configmaps)")
            : Unavailable(e, what);

    private Finding Unavailable(Exception e, string what) => ClusterFindings.Unavailable.Create(
        _host,
        $"The Kubernetes API server at {_host} did not answer while {what}: {(e is HttpOperationException h ? $"{(int)h.Response.StatusCode} {StatusMessage(h)}" : e.Message)}.",
        "apply again once the API server answers: objects already as rendered are left alone");

    private static void Report(IProgress<ApplyProgress>? progress, ApplyProgress report) => progress?.Report(report);

    /// <summary>Counts the requests KubernetesClient sends.</summary>
    private sealed class RequestCounter : DelegatingHandler
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
