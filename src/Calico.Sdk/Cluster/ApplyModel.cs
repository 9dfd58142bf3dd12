using System.Globalization;
using System.Text;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Cluster;

/// <summary>Which object: kind, name and, for namespaced kinds, namespace. Always the <c>projectcalico.org/v3</c> kind name.</summary>
/// <param name="Kind">The kind, such as <c>IPPool</c>.</param>
/// <param name="Name">The object name.</param>
/// <param name="Namespace">The namespace; null for cluster-scoped kinds.</param>
public sealed record ResourceRef(string Kind, string Name, string? Namespace = null)
{
    /// <summary>The reference of a rendered resource (a Kubernetes Node patch counts as a Calico <c>Node</c>).</summary>
    /// <param name="resource">The resource.</param>
    public static ResourceRef Of(IKubernetesResource resource) =>
        new(resource.Kind, resource.Metadata.Name, resource.Metadata.Namespace);

    /// <summary><c>Kind/name</c> or <c>Kind/namespace/name</c>.</summary>
    public override string ToString() => Namespace is null ? $"{Kind}/{Name}" : $"{Kind}/{Namespace}/{Name}";
}

/// <summary>What apply did (or, in a dry run, would do) to one object.</summary>
public enum ChangeAction
{
    /// <summary>Already as rendered; nothing written.</summary>
    Unchanged,

    /// <summary>Created (it did not exist).</summary>
    Create,

    /// <summary>Updated: the rendered fields merged into the existing object.</summary>
    Update,

    /// <summary>Deleted by pruning.</summary>
    Delete,

    /// <summary>Not written: the object changed in the datastore after it was read. Both versions are in the <see cref="ResourceChange"/>.</summary>
    Conflict,

    /// <summary>Not written, on purpose: an immutable field differs, an earlier step failed, or the datastore does not hold the kind.</summary>
    Skipped,

    /// <summary>The write was attempted and failed (the datastore refused it or became unavailable); its outcome is reported as a finding.</summary>
    Failed,
}

/// <summary>One field that differs between two versions of an object.</summary>
/// <param name="Path">Dotted path, map keys in brackets: <c>spec.blockSize</c>, <c>metadata.labels['calico-rr-id']</c>.</param>
/// <param name="Desired">The rendered (or to-be-written) value as compact JSON; null when absent.</param>
/// <param name="Live">The value in the cluster as compact JSON; null when absent.</param>
public sealed record FieldDifference(string Path, string? Desired, string? Live)
{
    /// <summary><c>path: live → desired</c>, with <c>(unset)</c> for an absent value.</summary>
    public override string ToString() => $"{Path}: {Live ?? "(unset)"} → {Desired ?? "(unset)"}";
}

/// <summary>The outcome for one object of an apply.</summary>
/// <param name="Resource">The object.</param>
/// <param name="Action">What was done, or would be done in a dry run.</param>
/// <param name="Fields">The fields the write changes (live → written); empty for <see cref="ChangeAction.Unchanged"/>.</param>
/// <param name="Intended">The whole object as written or to be written (compact JSON, in the datastore's form); null when nothing is to be written.</param>
/// <param name="Live">The object as found in the datastore (compact JSON): as read before the write, or, for a <see cref="ChangeAction.Conflict"/>, the concurrent version that was kept; null when absent.</param>
/// <param name="Revision">The datastore revision (etcd mod revision, Kubernetes resourceVersion) after the write, or as read when nothing was written.</param>
public sealed record ResourceChange(
    ResourceRef Resource,
    ChangeAction Action,
    EquatableArray<FieldDifference> Fields = default,
    string? Intended = null,
    string? Live = null,
    string? Revision = null)
{
    /// <summary><c>Kind/name: action</c> and the changed field paths.</summary>
    public override string ToString() =>
        Fields.Count == 0 ? $"{Resource}: {Action}" : $"{Resource}: {Action} ({string.Join(", ", Fields.Select(f => f.Path))})";
}

/// <summary>Choices for an apply.</summary>
public sealed record ApplyOptions
{
    /// <summary>Read, merge and report, write nothing (Kubernetes: the writes go with <c>dryRun=All</c>, so the API server still validates them). Default false.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// Delete BGPPeers and IP pools that exist in the cluster but are not rendered. Default false: Kubespray never
    /// deletes anything, and neither does apply unless asked. Candidates are listed (in the result, and through the
    /// progress callback) before anything is deleted; an enabled pool is never deleted (disable it first).
    /// </summary>
    public bool Prune { get; init; }

    /// <summary>
    /// Go on with later steps after a step had a conflict or a failure. Default false: the order matters (the node-to-node
    /// mesh goes off in the last step, and only once the BGP peers that replace it exist).
    /// </summary>
    public bool ContinueAfterConflict { get; init; }
}

/// <summary>Where an apply is.</summary>
public enum ApplyPhase
{
    /// <summary>Reading the live objects.</summary>
    Reading,

    /// <summary>Writing a batch of objects.</summary>
    Writing,

    /// <summary>About to delete a pruned object (reported before the delete).</summary>
    Pruning,

    /// <summary>Finished.</summary>
    Done,
}

/// <summary>Progress of a long apply, for a progress bar or a log line.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="Completed">Objects handled so far.</param>
/// <param name="Total">Objects to handle.</param>
/// <param name="Resource">The object just handled or about to be, when there is one.</param>
/// <param name="Action">What was done to it.</param>
/// <param name="Message">A one-line description.</param>
public sealed record ApplyProgress(ApplyPhase Phase, int Completed, int Total, ResourceRef? Resource, ChangeAction? Action, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"[{Completed}/{Total}] {Message}";
}

/// <summary>The outcome of an apply: every object with what was done, every finding, and the cost.</summary>
public sealed record ApplyResult
{
    /// <summary>Which datastore, such as <c>etcd https://127.0.0.1:2379</c>.</summary>
    public string Datastore { get; init; } = string.Empty;

    /// <summary>Whether this was a dry run (then every action is what would be done).</summary>
    public bool DryRun { get; init; }

    /// <summary>Every object, in apply order, pruned objects last.</summary>
    public EquatableArray<ResourceChange> Changes { get; init; }

    /// <summary>Everything worth knowing: kept block sizes, conflicts, skipped steps, prune candidates, unavailability.</summary>
    public EquatableArray<Finding> Findings { get; init; }

    /// <summary>Requests sent to the datastore (gRPC calls or HTTP requests), reads included.</summary>
    public int RoundTrips { get; init; }

    /// <summary>Wall-clock time of the apply.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Whether anything was (or would be) created, updated or deleted.</summary>
    public bool HasChanges => Changes.Any(c => c.Action is ChangeAction.Create or ChangeAction.Update or ChangeAction.Delete);

    /// <summary>Whether the apply completed: no error finding (conflict, failure, unavailability, immutable field).</summary>
    public bool Succeeded => !Findings.Any(f => f.Severity == FindingSeverity.Error);

    /// <summary>How many objects got <paramref name="action"/>.</summary>
    /// <param name="action">The action.</param>
    public int Count(ChangeAction action) => Changes.Count(c => c.Action == action);

    /// <summary>
    /// One line for a human: <c>No changes: 12 objects already as rendered.</c>, or counts such as <c>Created 2,
    /// updated 1, unchanged 9.</c> (<c>Dry run: would create …</c> in a dry run), plus conflicts and failures.
    /// </summary>
    public string Summary
    {
        get
        {
            if (!HasChanges && Changes.All(c => c.Action == ChangeAction.Unchanged) && Succeeded)
            {
                return $"No changes: {Count(ChangeAction.Unchanged).ToString(CultureInfo.InvariantCulture)} object(s) already as rendered.";
            }

            var parts = new List<string>();
            void Add(ChangeAction a, string done, string would)
            {
                var n = Count(a);
                if (n > 0)
                {
                    parts.Add((DryRun ? would : done) + " " + n.ToString(CultureInfo.InvariantCulture));
                }
            }

            Add(ChangeAction.Create, "created", "would create");
            Add(ChangeAction.Update, "updated", "would update");
            Add(ChangeAction.Delete, "deleted", "would delete");
            Add(ChangeAction.Unchanged, "unchanged", "unchanged");
            Add(ChangeAction.Conflict, "conflicts (not overwritten)", "conflicts");
            Add(ChangeAction.Skipped, "skipped", "would skip");
            Add(ChangeAction.Failed, "failed", "failed");
            var line = parts.Count == 0 ? "nothing applied" : string.Join(", ", parts);
            return DryRun
                ? "Dry run: " + line + "."
                : char.ToUpperInvariant(line[0]) + line.Substring(1) + ".";
        }
    }

    /// <summary>The summary, then one line per changed or problematic object, then the findings.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Summary).Append('\n');
        foreach (var c in Changes.Where(c => c.Action != ChangeAction.Unchanged))
        {
            sb.Append("  ").Append(c).Append('\n');
        }

        foreach (var f in Findings)
        {
            sb.Append(f).Append('\n');
        }

        return sb.ToString();
    }
}
