using System.Text.Json.Nodes;
using Calico.Sdk.Cluster;

namespace Calico.Sdk.Etcd;

/// <summary>
/// What an apply to etcd will do, computed from one read of every object: per object create, update (with the fields
/// it changes), unchanged or skipped, and the objects pruning would delete. Nothing has been written yet; pass it to
/// <see cref="EtcdDatastore.ExecuteAsync"/> to write it, with compare-and-swap at the revisions read here.
/// </summary>
public sealed class EtcdApplyPlan
{
    internal EtcdApplyPlan(ApplyOptions options, List<PlanItem> items, List<PlanItem> prunes, List<Finding> findings, int roundTrips, TimeSpan elapsed)
    {
        Options = options;
        Items = items;
        Prunes = prunes;
        Findings = findings;
        RoundTrips = roundTrips;
        Elapsed = elapsed;
    }

    /// <summary>The options the plan was made with.</summary>
    public ApplyOptions Options { get; }

    /// <summary>Every object with what would be done to it, in apply order, pruned objects last.</summary>
    public IReadOnlyList<ResourceChange> Changes => Items.Concat(Prunes).Select(i => i.ToChange(dryRun: true)).ToList();

    /// <summary>The objects pruning deletes (only with <see cref="ApplyOptions.Prune"/>), listed before anything is deleted.</summary>
    public IReadOnlyList<ResourceRef> PruneCandidates => Prunes.Where(p => p.Action == ChangeAction.Delete).Select(p => p.Ref).ToList();

    /// <summary>Findings of the planning: kept block sizes, immutable fields, unreadable values, pools not pruned.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Requests the reads took.</summary>
    public int RoundTrips { get; }

    /// <summary>Whether executing the plan writes anything.</summary>
    public bool HasChanges => Items.Concat(Prunes).Any(i => i.Action is ChangeAction.Create or ChangeAction.Update or ChangeAction.Delete);

    internal List<PlanItem> Items { get; }

    internal List<PlanItem> Prunes { get; }

    internal TimeSpan Elapsed { get; }

    // Set once, with Interlocked: a plan's revisions are stale after it ran.
    internal int Executed;
}

/// <summary>One object of a plan and, after execution, its outcome.</summary>
internal sealed class PlanItem
{
    public PlanItem(ResourceRef reference, string? key, int step)
    {
        Ref = reference;
        Key = key;
        Step = step;
    }

    public ResourceRef Ref { get; }

    /// <summary>The etcd key; null for an object this datastore does not hold.</summary>
    public string? Key { get; }

    /// <summary>Consecutive objects of one kind form a step; steps run in order.</summary>
    public int Step { get; }

    /// <summary>What the plan says.</summary>
    public ChangeAction Action { get; set; } = ChangeAction.Skipped;

    public JsonObject? Merged { get; set; }

    /// <summary>The value to write (compact JSON).</summary>
    public string? Value { get; set; }

    /// <summary>The live value as read (raw).</summary>
    public string? LiveValue { get; set; }

    /// <summary>The key's mod revision as read; 0 when absent.</summary>
    public long ModRevision { get; set; }

    public EquatableArray<FieldDifference> Fields { get; set; }

    /// <summary>What execution did; null before.</summary>
    public ChangeAction? Outcome { get; set; }

    public long OutcomeRevision { get; set; }

    /// <summary>For a conflict: the concurrent value that was kept.</summary>
    public string? ConflictValue { get; set; }

    public ResourceChange ToChange(bool dryRun)
    {
        var action = dryRun ? Action : Outcome ?? ChangeAction.Skipped;
        var revision = action switch
        {
            ChangeAction.Create or ChangeAction.Update or ChangeAction.Delete when !dryRun => OutcomeRevision,
            _ => ModRevision,
        };
        return new ResourceChange(
            Ref,
            action,
            action is ChangeAction.Unchanged ? default : Fields,
            action is ChangeAction.Create or ChangeAction.Update or ChangeAction.Conflict or ChangeAction.Failed ? Value : null,
            action == ChangeAction.Conflict ? ConflictValue : LiveValue,
            revision == 0 ? null : revision.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
