using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Calico.Sdk.Cluster;
using Calico.Sdk.Resources;
using Etcdserverpb;
using Google.Protobuf;
using Grpc.Core;

namespace Calico.Sdk.Etcd;

/// <summary>
/// Calico's etcd datastore (<c>calico_datastore: etcd</c>): apply, drift and status with Calico's key layout
/// (<see cref="CalicoEtcdKeys"/>) and value encoding (<see cref="CalicoEtcdValues"/>). Objects are read in batched
/// transactions, merged as Kubespray merges them (<see cref="CalicoMerge"/>) and written only where that changes them:
/// created only if absent (compare <c>create_revision == 0</c>), updated only at the revision read (compare
/// <c>mod_revision</c>). A concurrent change is never overwritten; it is reported with both versions. Writes of one
/// step (one kind) go in transactions of <see cref="EtcdDatastoreOptions.BatchSize"/> keys, several at a time.
/// </summary>
public sealed class EtcdDatastore : ICalicoDatastore
{
    // Kinds with many objects Calico.Sdk writes; pruning and the unmanaged-object listing look at these only.
    private static readonly string[] PrunableKinds = ["IPPool", "BGPPeer"];

    private readonly EtcdConnection _connection;
    private readonly EtcdDatastoreOptions _options;
    private readonly object _progressLock = new();

    private EtcdDatastore(IReadOnlyList<string> endpoints, EtcdConnection connection, EtcdDatastoreOptions options)
    {
        Endpoints = endpoints;
        _connection = connection;
        _options = options;
    }

    /// <summary>The endpoints, as given.</summary>
    public IReadOnlyList<string> Endpoints { get; }

    /// <inheritdoc />
    public string Description => "etcd " + string.Join(",", Endpoints);

    /// <summary>Requests sent since connecting (reads and writes).</summary>
    public int RoundTrips => _connection.RoundTrips;

    /// <summary>
    /// Connects to etcd. No request is sent yet; an unreachable etcd shows up as a finding of the first call.
    /// </summary>
    /// <param name="endpoints">Client URLs such as <c>https://10.0.0.1:2379</c>, tried in order.</param>
    /// <param name="tls">CA, client certificate and key for <c>https://</c> endpoints; null for plain <c>http://</c> (or system trust, no client certificate).</param>
    /// <param name="options">Batch size, timeouts, retries; null for the defaults.</param>
    /// <exception cref="ArgumentException">No endpoint, a malformed URL, or TLS settings for an <c>http://</c> endpoint.</exception>
    public static EtcdDatastore Connect(IEnumerable<string> endpoints, EtcdTlsOptions? tls = null, EtcdDatastoreOptions? options = null)
    {
        var list = endpoints.Select(e => e.Trim()).Where(e => e.Length > 0).ToList();
        foreach (var e in list)
        {
            if (!Uri.TryCreate(e, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException($"'{e}' is not an http:// or https:// etcd endpoint.", nameof(endpoints));
            }
        }

        options ??= new EtcdDatastoreOptions();
        if (options.BatchSize < 1 || options.PageSize < 1 || options.ParallelBatches < 1)
        {
            throw new ArgumentException("BatchSize, PageSize and ParallelBatches must be at least 1.", nameof(options));
        }

        return new EtcdDatastore(list, new EtcdConnection(list, tls, options), options);
    }

    /// <summary>Connects to etcd given endpoints as Calico's <c>ETCD_ENDPOINTS</c> writes them: comma-separated URLs.</summary>
    /// <param name="endpoints">Such as <c>https://10.0.0.1:2379,https://10.0.0.2:2379</c>.</param>
    /// <param name="tls">CA, client certificate and key; null for plain http.</param>
    /// <param name="options">Tuning; null for the defaults.</param>
    public static EtcdDatastore Connect(string endpoints, EtcdTlsOptions? tls = null, EtcdDatastoreOptions? options = null) =>
        Connect(endpoints.Split(','), tls, options);

    /// <inheritdoc />
    public bool Holds(IKubernetesResource resource) =>
        resource.ApiVersion switch
        {
            ApiVersions.ProjectCalicoV3 => CalicoEtcdKeys.IsKnown(resource.Kind),
            ApiVersions.CrdProjectCalicoV1 => CalicoEtcdKeys.IsKnown(resource.Kind == "IPAMConfig" ? "IPAMConfiguration" : resource.Kind),

            // A Kubernetes Node patch carries a Calico node's settings (Kubernetes datastore form): stored as the Calico Node.
            ApiVersions.CoreV1 => resource.Kind == "Node",
            _ => false,
        };

    /// <inheritdoc />
    public async Task<ApplyResult> ApplyAsync(IEnumerable<IKubernetesResource> resources, ApplyOptions? options = null, IProgress<ApplyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new ApplyOptions();
        var plan = await PlanAsync(resources, options, progress, cancellationToken).ConfigureAwait(false);
        return options.DryRun || plan.Findings.Any(f => f.Code == ClusterFindings.Unavailable.Code)
            ? Result(plan, dryRun: options.DryRun, [], plan.RoundTrips, plan.Elapsed)
            : await ExecuteAsync(plan, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads every object the resources name (and, with pruning, every IP pool and BGP peer) and decides what to
    /// write. Writes nothing: show <see cref="EtcdApplyPlan.Changes"/> to a user, then <see cref="ExecuteAsync"/>.
    /// </summary>
    /// <param name="resources">Rendered resources, <c>projectcalico.org/v3</c> form, in apply order.</param>
    /// <param name="options">Pruning and conflict behaviour (dry run is the caller's choice not to execute).</param>
    /// <param name="progress">Receives a report when reading starts.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<EtcdApplyPlan> PlanAsync(IEnumerable<IKubernetesResource> resources, ApplyOptions? options = null, IProgress<ApplyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new ApplyOptions();
        var clock = Stopwatch.StartNew();
        var before = _connection.RoundTrips;
        var findings = new List<Finding>();
        var (items, desired) = Desired(resources, findings);
        Report(progress, new ApplyProgress(ApplyPhase.Reading, 0, items.Count, null, null, $"Reading {desired.Count} object(s) from {Description}"));

        Dictionary<string, Mvccpb.KeyValue> live;
        try
        {
            live = await ReadAsync(desired.Keys, options.Prune ? PrunableKinds : [], cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException e)
        {
            findings.Add(Failure(e, $"reading {desired.Count} object(s)", written: false));
            return new EtcdApplyPlan(options, items, [], findings, _connection.RoundTrips - before, clock.Elapsed);
        }

        var now = _options.Clock.GetUtcNow();
        foreach (var item in items.Where(i => i.Key is not null))
        {
            var want = desired[item.Key!];
            if (live.TryGetValue(item.Key!, out var kv))
            {
                item.LiveValue = kv.Value.ToStringUtf8();
                item.ModRevision = kv.ModRevision;
            }

            var liveObject = kv is null ? null : CalicoEtcdValues.Decode(item.Key!, item.LiveValue!, kv.ModRevision);
            if (kv is not null && liveObject is null)
            {
                findings.Add(ClusterFindings.UnreadableValue.Create(item.Ref.ToString(), $"{item.Key} holds a value that is not a JSON object; it is left alone.", "inspect it with etcdctl get and remove or repair it"));
                item.Action = ChangeAction.Skipped;
                continue;
            }

            var outcome = CalicoMerge.Plan(want, liveObject, fillDefaults: true);
            findings.AddRange(outcome.Findings);
            item.Fields = outcome.Fields;
            item.Action = outcome.Verdict switch
            {
                MergeVerdict.Create => ChangeAction.Create,
                MergeVerdict.Update => ChangeAction.Update,
                MergeVerdict.Unchanged => ChangeAction.Unchanged,
                _ => ChangeAction.Skipped,
            };
            if (item.Action == ChangeAction.Create)
            {
                CalicoEtcdValues.SetCreationMetadata(outcome.Merged, now);
                if (item.Ref.Kind == "Node")
                {
                    findings.Add(ClusterFindings.NodeNotRegistered.Create(
                        item.Ref.ToString(),
                        $"Calico node {item.Ref.Name} is not registered; it is created with the rendered BGP settings only, and calico-node fills in its addresses when it starts.",
                        "check the node name: it must be the inventory hostname"));
                }
            }

            item.Merged = outcome.Merged;
            if (item.Action is ChangeAction.Create or ChangeAction.Update)
            {
                item.Value = CalicoEtcdValues.Encode(outcome.Merged);
            }
        }

        var prunes = options.Prune ? PlanPrunes(live, desired, findings) : [];
        return new EtcdApplyPlan(options, items, prunes, findings, _connection.RoundTrips - before, clock.Elapsed);
    }

    /// <summary>
    /// Writes a plan: step by step in apply order (one step = consecutive objects of one kind), each step in
    /// compare-and-swap transactions of <see cref="EtcdDatastoreOptions.BatchSize"/> keys; then, with pruning, deletes
    /// the candidates (each reported through <paramref name="progress"/> before its delete). An object changed since
    /// the plan read it is not written (<see cref="ChangeAction.Conflict"/>, both versions in the result). When etcd
    /// stops answering, the result says what was written; applying again completes the rest.
    /// </summary>
    /// <param name="plan">From <see cref="PlanAsync"/>.</param>
    /// <param name="progress">Receives a report per batch and before each delete.</param>
    /// <param name="cancellationToken">Cancels between batches.</param>
    /// <exception cref="InvalidOperationException">The plan was executed before (plan again: the revisions it read are stale).</exception>
    public async Task<ApplyResult> ExecuteAsync(EtcdApplyPlan plan, IProgress<ApplyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref plan.Executed, 1) != 0)
        {
            throw new InvalidOperationException("This plan was executed already; make a new one with PlanAsync.");
        }

        var clock = Stopwatch.StartNew();
        var before = _connection.RoundTrips;
        var findings = new List<Finding>();
        var writes = plan.Items.Where(i => i.Action is ChangeAction.Create or ChangeAction.Update).ToList();
        var prunes = plan.Prunes.Where(p => p.Action == ChangeAction.Delete).ToList();
        var progressState = new ProgressState(writes.Count + prunes.Count);
        foreach (var i in plan.Items.Concat(plan.Prunes).Where(i => i.Action is ChangeAction.Unchanged or ChangeAction.Skipped))
        {
            i.Outcome = i.Action;
        }

        var stopped = false;
        foreach (var step in writes.GroupBy(i => i.Step).OrderBy(g => g.Key))
        {
            if (stopped)
            {
                break;
            }

            var stepFailed = await WriteStepAsync(step.ToList(), isDelete: false, findings, progress, progressState, cancellationToken).ConfigureAwait(false);
            var unavailable = findings.Any(f => f.Code == ClusterFindings.Unavailable.Code);
            stopped = unavailable || (stepFailed && !plan.Options.ContinueAfterConflict);
        }

        if (!stopped && prunes.Count > 0)
        {
            foreach (var p in prunes)
            {
                Report(progress, new ApplyProgress(ApplyPhase.Pruning, progressState.Done, progressState.Total, p.Ref, ChangeAction.Delete, $"Deleting {p.Ref} (not rendered)"));
            }

            await WriteStepAsync(prunes, isDelete: true, findings, progress, progressState, cancellationToken).ConfigureAwait(false);
            foreach (var p in prunes.Where(p => p.Outcome == ChangeAction.Delete))
            {
                findings.Add(ClusterFindings.Pruned.Create(p.Ref.ToString(), $"{p.Ref} was deleted: it is not rendered.", null));
            }
        }

        var notRun = writes.Concat(prunes).Where(i => i.Outcome is null).ToList();
        if (notRun.Count > 0)
        {
            foreach (var i in notRun)
            {
                i.Outcome = ChangeAction.Skipped;
            }

            findings.Add(ClusterFindings.StepsSkipped.Create(
                "apply",
                $"{notRun.Count} object(s) were not written because an earlier step did not complete: {string.Join(", ", notRun.Take(10).Select(i => i.Ref))}{(notRun.Count > 10 ? ", …" : string.Empty)}.",
                "resolve the findings above and apply again; unchanged objects are not written twice"));
        }

        Report(progress, new ApplyProgress(ApplyPhase.Done, progressState.Done, progressState.Total, null, null, "Done"));
        return Result(plan, dryRun: false, findings, plan.RoundTrips + _connection.RoundTrips - before, plan.Elapsed + clock.Elapsed);
    }

    /// <inheritdoc />
    public async Task<DriftReport> DiffAsync(IEnumerable<IKubernetesResource> resources, CancellationToken cancellationToken = default)
    {
        var before = _connection.RoundTrips;
        var findings = new List<Finding>();
        var (items, desired) = Desired(resources, findings);
        Dictionary<string, Mvccpb.KeyValue> live;
        try
        {
            live = await ReadAsync(desired.Keys, PrunableKinds, cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException e)
        {
            findings.Add(Failure(e, "reading the cluster", written: false));
            return new DriftReport { Datastore = Description, Findings = findings.ToEquatableArray(), RoundTrips = _connection.RoundTrips - before };
        }

        var drifts = new List<ResourceDrift>();
        foreach (var item in items.Where(i => i.Key is not null))
        {
            live.TryGetValue(item.Key!, out var kv);
            var liveObject = kv is null ? null : CalicoEtcdValues.Decode(item.Key!, kv.Value.ToStringUtf8(), kv.ModRevision);
            if (kv is not null && liveObject is null)
            {
                findings.Add(ClusterFindings.UnreadableValue.Create(item.Ref.ToString(), $"{item.Key} holds a value that is not a JSON object.", "inspect it with etcdctl get"));
                continue;
            }

            var drift = CalicoDrift.Compare(desired[item.Key!], liveObject);
            drifts.Add(drift);
            findings.AddRange(drift.Findings);
        }

        foreach (var key in UnmanagedKeys(live, desired))
        {
            var drift = CalicoDrift.Unmanaged(CalicoEtcdKeys.Parse(key)!, "apply with pruning deletes it (an IP pool only once disabled)");
            drifts.Add(drift);
            findings.AddRange(drift.Findings);
        }

        return new DriftReport
        {
            Datastore = Description,
            Resources = drifts.ToEquatableArray(),
            Findings = findings.ToEquatableArray(),
            RoundTrips = _connection.RoundTrips - before,
        };
    }

    /// <inheritdoc />
    public async Task<ClusterStatus> StatusAsync(StatusKind kind, CancellationToken cancellationToken = default)
    {
        var before = _connection.RoundTrips;
        var status = new ClusterStatus { Kind = kind, Datastore = Description };
        var findings = new List<Finding>();
        try
        {
            switch (kind)
            {
                case StatusKind.IPPools:
                    status = status with { IPPools = (await ListAsync("IPPool", findings, cancellationToken).ConfigureAwait(false)).Select(IPPoolStatus.From).ToEquatableArray() };
                    break;
                case StatusKind.WorkloadEndpoints:
                    status = status with { WorkloadEndpoints = (await ListAsync("WorkloadEndpoint", findings, cancellationToken).ConfigureAwait(false)).Select(WorkloadEndpointStatus.From).ToEquatableArray() };
                    break;
                case StatusKind.HostEndpoints:
                    status = status with { HostEndpoints = (await ListAsync("HostEndpoint", findings, cancellationToken).ConfigureAwait(false)).Select(HostEndpointStatus.From).ToEquatableArray() };
                    break;
                default:
                    var bgpConfiguration = await GetAsync(new ResourceRef("BGPConfiguration", "default"), cancellationToken).ConfigureAwait(false);
                    var globalAs = ClusterStatus.GlobalAsNumber(bgpConfiguration);
                    var nodes = (await ListAsync("Node", findings, cancellationToken).ConfigureAwait(false)).Select(n => NodeStatus.From(n, globalAs)).ToEquatableArray();
                    var bgp = (await ListAsync("CalicoNodeStatus", findings, cancellationToken).ConfigureAwait(false)).Select(NodeBgpStatus.From).ToEquatableArray();
                    findings.AddRange(ClusterStatus.HealthFindings([], bgp, nodes.Select(n => n.Name)));
                    status = status with { Nodes = nodes, Bgp = bgp };
                    break;
            }
        }
        catch (RpcException e)
        {
            findings.Add(Failure(e, "reading the status", written: false));
        }

        return status with { Findings = findings.ToEquatableArray(), RoundTrips = _connection.RoundTrips - before };
    }

    /// <summary>One object in its <c>projectcalico.org/v3</c> form with <c>metadata.resourceVersion</c> = the key's mod revision; null when absent or unreadable.</summary>
    /// <param name="resource">The object.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <exception cref="RpcException">etcd could not be reached.</exception>
    public async Task<JsonObject?> GetAsync(ResourceRef resource, CancellationToken cancellationToken = default)
    {
        var key = CalicoEtcdKeys.Key(resource);
        var response = await _connection.RangeAsync(new RangeRequest { Key = ByteString.CopyFromUtf8(key) }, cancellationToken).ConfigureAwait(false);
        return response.Kvs.Count == 0 ? null : CalicoEtcdValues.Decode(key, response.Kvs[0].Value.ToStringUtf8(), response.Kvs[0].ModRevision);
    }

    /// <summary>Every object of a kind in its <c>projectcalico.org/v3</c> form, sorted by key (namespace, then name); unreadable values are left out.</summary>
    /// <param name="kind">A kind of <see cref="CalicoEtcdKeys"/>.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <exception cref="RpcException">etcd could not be reached.</exception>
    public Task<IReadOnlyList<JsonObject>> ListAsync(string kind, CancellationToken cancellationToken = default) => ListAsync(kind, [], cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<IReadOnlyList<JsonObject>> ListAsync(string kind, List<Finding> findings, CancellationToken ct)
    {
        var result = new List<JsonObject>();
        foreach (var kv in await _connection.ListAsync(CalicoEtcdKeys.Prefix(kind), ct).ConfigureAwait(false))
        {
            var key = kv.Key.ToStringUtf8();
            if (CalicoEtcdValues.Decode(key, kv.Value.ToStringUtf8(), kv.ModRevision) is { } obj)
            {
                result.Add(obj);
            }
            else
            {
                findings.Add(ClusterFindings.UnreadableValue.Create(key, $"{key} holds a value that is not a JSON object.", "inspect it with etcdctl get"));
            }
        }

        return result;
    }

    /// <summary>The desired objects in v3 form by key, and a plan item per input (in order; unknown kinds skipped).</summary>
    private (List<PlanItem> Items, Dictionary<string, JsonObject> Desired) Desired(IEnumerable<IKubernetesResource> resources, List<Finding> findings)
    {
        var items = new List<PlanItem>();
        var desired = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var step = -1;
        string? lastKind = null;
        foreach (var resource in resources)
        {
            if (!Holds(resource))
            {
                findings.Add(ClusterFindings.NotStoredHere.Create(
                    ResourceRef.Of(resource).ToString(),
                    $"{ResourceRef.Of(resource)} ({resource.ApiVersion}) is not stored in Calico's etcd datastore; skipped.",
                    resource.Kind == "ConfigMap" ? "apply it to Kubernetes with kubectl" : null));
                items.Add(new PlanItem(ResourceRef.Of(resource), null, step));
                continue;
            }

            var json = CalicoObjectForms.ToV3(resource);
            var r = CalicoDrift.RefOf(json);
            if (r.Kind != lastKind)
            {
                step++;
                lastKind = r.Kind;
            }

            var key = CalicoEtcdKeys.Key(r);
            if (desired.TryGetValue(key, out var earlier))
            {
                // The same object twice (Kubespray applies some peers once per route reflector): the later wins, merged.
                desired[key] = CalicoMerge.Combine(earlier, json);
                continue;
            }

            desired[key] = json;
            items.Add(new PlanItem(r, key, step));
        }

        return (items, desired);
    }

    /// <summary>Reads the given keys (in transactions of BatchSize gets, or by listing a kind that has many) and lists <paramref name="listKinds"/>.</summary>
    private async Task<Dictionary<string, Mvccpb.KeyValue>> ReadAsync(IEnumerable<string> keys, IEnumerable<string> listKinds, CancellationToken ct)
    {
        var live = new Dictionary<string, Mvccpb.KeyValue>(StringComparer.Ordinal);
        var byPrefix = keys.GroupBy(k => k == CalicoEtcdKeys.IpamConfigKey ? k : k.Substring(0, k.LastIndexOf('/') + 1)).ToList();
        var listed = new HashSet<string>(listKinds.Select(CalicoEtcdKeys.Prefix), StringComparer.Ordinal);

        // A kind with more keys than a batch is cheaper to list (a page of 1000 per request) than to get key by key.
        foreach (var g in byPrefix.Where(g => g.Count() > _options.BatchSize && g.Key.StartsWith(CalicoEtcdKeys.ResourcePrefix, StringComparison.Ordinal)))
        {
            listed.Add(g.Key);
        }

        foreach (var prefix in listed)
        {
            foreach (var kv in await _connection.ListAsync(prefix, ct).ConfigureAwait(false))
            {
                live[kv.Key.ToStringUtf8()] = kv;
            }
        }

        var single = byPrefix.Where(g => !listed.Contains(g.Key)).SelectMany(g => g).ToList();
        for (var i = 0; i < single.Count; i += _options.BatchSize)
        {
            var txn = new TxnRequest();
            foreach (var key in single.Skip(i).Take(_options.BatchSize))
            {
                txn.Success.Add(new RequestOp { RequestRange = new RangeRequest { Key = ByteString.CopyFromUtf8(key) } });
            }

            var response = await _connection.TxnAsync(txn, ct).ConfigureAwait(false);
            foreach (var r in response.Responses)
            {
                foreach (var kv in r.ResponseRange.Kvs)
                {
                    live[kv.Key.ToStringUtf8()] = kv;
                }
            }
        }

        return live;
    }

    private static IEnumerable<string> UnmanagedKeys(Dictionary<string, Mvccpb.KeyValue> live, Dictionary<string, JsonObject> desired)
    {
        var prefixes = PrunableKinds.Select(CalicoEtcdKeys.Prefix).ToArray();
        return live.Keys
            .Where(k => prefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)) && !desired.ContainsKey(k) && CalicoEtcdKeys.Parse(k) is not null)
            .OrderBy(k => k, StringComparer.Ordinal);
    }

    private static List<PlanItem> PlanPrunes(Dictionary<string, Mvccpb.KeyValue> live, Dictionary<string, JsonObject> desired, List<Finding> findings)
    {
        var prunes = new List<PlanItem>();
        foreach (var key in UnmanagedKeys(live, desired))
        {
            var kv = live[key];
            var item = new PlanItem(CalicoEtcdKeys.Parse(key)!, key, int.MaxValue)
            {
                LiveValue = kv.Value.ToStringUtf8(),
                ModRevision = kv.ModRevision,
                Action = ChangeAction.Delete,
            };
            var obj = CalicoEtcdValues.Decode(key, item.LiveValue, kv.ModRevision);
            if (item.Ref.Kind == "IPPool" && !ClusterJson.Bool(obj, "spec", "disabled"))
            {
                item.Action = ChangeAction.Skipped;
                findings.Add(ClusterFindings.PoolNotDisabled.Create(
                    item.Ref.ToString(),
                    $"{item.Ref} is not rendered but still enabled; it is not deleted.",
                    "disable it (spec.disabled: true), move the workloads off it, then prune again"));
            }

            prunes.Add(item);
        }

        return prunes;
    }

    /// <summary>Writes (or deletes) the items of one step; returns whether any of them conflicted or failed.</summary>
    private async Task<bool> WriteStepAsync(List<PlanItem> items, bool isDelete, List<Finding> findings, IProgress<ApplyProgress>? progress, ProgressState state, CancellationToken ct)
    {
        var batches = new List<List<PlanItem>>();
        for (var i = 0; i < items.Count; i += _options.BatchSize)
        {
            batches.Add(items.Skip(i).Take(_options.BatchSize).ToList());
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var gate = new SemaphoreSlim(_options.ParallelBatches);
        var batchFindings = new List<Finding>();
        var tasks = batches.Select(async batch =>
        {
            await gate.WaitAsync(stop.Token).ConfigureAwait(false);
            try
            {
                stop.Token.ThrowIfCancellationRequested();
                await WriteBatchAsync(batch, isDelete, progress, state, stop.Token).ConfigureAwait(false);
            }
            catch (RpcException e)
            {
                foreach (var item in batch.Where(i => i.Outcome is null))
                {
                    item.Outcome = ChangeAction.Failed;
                }

                lock (batchFindings)
                {
                    batchFindings.Add(Failure(e, $"writing {batch.Count} object(s) ({batch[0].Ref} …)", written: true));
                }

                await stop.CancelAsync().ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // A batch failed and stopped the others from starting; they are reported as skipped.
        }

        // One unavailability finding is enough; a rejection is reported per batch.
        findings.AddRange(batchFindings.Where(f => f.Code != ClusterFindings.Unavailable.Code));
        if (batchFindings.FirstOrDefault(f => f.Code == ClusterFindings.Unavailable.Code) is { } unavailable)
        {
            findings.Add(unavailable);
        }

        foreach (var c in items.Where(i => i.Outcome == ChangeAction.Conflict))
        {
            findings.Add(ClusterFindings.ConcurrentChange.Create(
                c.Ref.ToString(),
                $"{c.Ref} changed in etcd after it was read (revision {c.ModRevision.ToString(CultureInfo.InvariantCulture)} → {(c.OutcomeRevision == 0 ? "deleted" : c.OutcomeRevision.ToString(CultureInfo.InvariantCulture))}); it was not overwritten. In etcd: {c.ConflictValue ?? "(deleted)"} — rendered: {c.Value ?? "(delete)"}.",
                "apply again: it reads the new version and merges the rendered fields on top of it"));
        }

        return items.Any(i => i.Outcome is ChangeAction.Conflict or ChangeAction.Failed or null);
    }

    /// <summary>
    /// One transaction of compare-and-swap writes. When a compare fails, etcd answers with the current value of every
    /// key; keys that changed become conflicts (unless they already hold exactly what was to be written, as after a
    /// retried request that had landed), the others go again in the next transaction.
    /// </summary>
    private async Task WriteBatchAsync(List<PlanItem> batch, bool isDelete, IProgress<ApplyProgress>? progress, ProgressState state, CancellationToken ct)
    {
        var pending = batch;
        while (pending.Count > 0)
        {
            var txn = new TxnRequest();
            foreach (var item in pending)
            {
                var key = ByteString.CopyFromUtf8(item.Key!);
                txn.Compare.Add(item.Action == ChangeAction.Create
                    ? new Compare { Key = key, Target = Compare.Types.CompareTarget.Create, Result = Compare.Types.CompareResult.Equal, CreateRevision = 0 }
                    : new Compare { Key = key, Target = Compare.Types.CompareTarget.Mod, Result = Compare.Types.CompareResult.Equal, ModRevision = item.ModRevision });
                txn.Success.Add(isDelete
                    ? new RequestOp { RequestDeleteRange = new DeleteRangeRequest { Key = key } }
                    : new RequestOp { RequestPut = new PutRequest { Key = key, Value = ByteString.CopyFromUtf8(item.Value!) } });
                txn.Failure.Add(new RequestOp { RequestRange = new RangeRequest { Key = key } });
            }

            var response = await _connection.TxnAsync(txn, ct).ConfigureAwait(false);
            var done = new List<PlanItem>();
            var again = new List<PlanItem>();
            if (response.Succeeded)
            {
                foreach (var item in pending)
                {
                    item.Outcome = item.Action;
                    item.OutcomeRevision = response.Header.Revision;
                    done.Add(item);
                }
            }
            else
            {
                for (var i = 0; i < pending.Count; i++)
                {
                    var item = pending[i];
                    var current = response.Responses[i].ResponseRange.Kvs.FirstOrDefault();
                    switch (Judge(item, current, isDelete))
                    {
                        case Verdict.Retry:
                            again.Add(item);
                            break;
                        case Verdict.AlreadyDone:
                            item.Outcome = item.Action;
                            item.OutcomeRevision = current?.ModRevision ?? response.Header.Revision;
                            done.Add(item);
                            break;
                        default:
                            item.Outcome = ChangeAction.Conflict;
                            item.OutcomeRevision = current?.ModRevision ?? 0;
                            item.ConflictValue = current?.Value.ToStringUtf8();
                            done.Add(item);
                            break;
                    }
                }
            }

            var completed = state.Add(done.Count);
            Report(progress, new ApplyProgress(
                isDelete ? ApplyPhase.Pruning : ApplyPhase.Writing,
                completed,
                state.Total,
                done.Count > 0 ? done[^1].Ref : null,
                done.Count > 0 ? done[^1].Outcome : null,
                $"{(isDelete ? "Deleted" : "Wrote")} {done.Count(d => d.Outcome != ChangeAction.Conflict)} {(done.Count > 0 ? done[0].Ref.Kind : "object")}(s), {done.Count(d => d.Outcome == ChangeAction.Conflict)} conflict(s)"));
            pending = again;
        }
    }

    private enum Verdict
    {
        Retry,
        AlreadyDone,
        Conflict,
    }

    private static Verdict Judge(PlanItem item, Mvccpb.KeyValue? current, bool isDelete)
    {
        if (isDelete)
        {
            return current is null ? Verdict.AlreadyDone : current.ModRevision == item.ModRevision ? Verdict.Retry : Verdict.Conflict;
        }

        var holds = item.Action == ChangeAction.Create ? current is null : current?.ModRevision == item.ModRevision;
        if (holds)
        {
            return Verdict.Retry;
        }

        if (current is not null && item.Merged is not null
            && CalicoEtcdValues.Decode(item.Key!, current.Value.ToStringUtf8(), current.ModRevision) is { } now
            && CalicoDrift.Differences(now, item.Merged).Count == 0)
        {
            return Verdict.AlreadyDone;
        }

        return Verdict.Conflict;
    }

    private Finding Failure(RpcException e, string what, bool written)
    {
        if (e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Cancelled or StatusCode.Internal or StatusCode.Unknown)
        {
            return ClusterFindings.Unavailable.Create(
                Description,
                $"etcd ({Description}) did not answer while {what}: {e.Status.StatusCode}: {e.Status.Detail}."
                + (written ? " The outcome of that transaction is unknown; everything listed as written was written." : string.Empty),
                "apply again once etcd is back: objects already as rendered are left alone, and compare-and-swap means nothing is written twice");
        }

        return ClusterFindings.WriteRejected.Create(Description, $"etcd refused {what}: {e.Status.StatusCode}: {e.Status.Detail}.", "check the client certificate's permissions and etcd's request limits (--max-txn-ops, --max-request-bytes)");
    }

    private ApplyResult Result(EtcdApplyPlan plan, bool dryRun, List<Finding> executeFindings, int roundTrips, TimeSpan elapsed) => new()
    {
        Datastore = Description,
        DryRun = dryRun,
        Changes = plan.Items.Concat(plan.Prunes).Select(i => i.ToChange(dryRun)).ToEquatableArray(),
        Findings = plan.Findings.Concat(executeFindings).ToEquatableArray(),
        RoundTrips = roundTrips,
        Elapsed = elapsed,
    };

    private void Report(IProgress<ApplyProgress>? progress, ApplyProgress report)
    {
        if (progress is null)
        {
            return;
        }

        // Batches of one step run in parallel; reports reach the caller one at a time.
        lock (_progressLock)
        {
            progress.Report(report);
        }
    }

    private sealed class ProgressState(int total)
    {
        private int _done;

        public int Total { get; } = total;

        public int Done => Volatile.Read(ref _done);

        public int Add(int count) => Interlocked.Add(ref _done, count);
    }
}
