using System.Text.Json;
using System.Text.Json.Nodes;

namespace Calico.Sdk.Cluster;

/// <summary>What a merge decided for one object.</summary>
public enum MergeVerdict
{
    /// <summary>The object does not exist: create it.</summary>
    Create,

    /// <summary>The merged object differs from the live one: write it.</summary>
    Update,

    /// <summary>The merged object equals the live one: nothing to write.</summary>
    Unchanged,

    /// <summary>The object must not be written (an immutable field differs); see the findings.</summary>
    Refused,
}

/// <summary>The outcome of merging one rendered object into the live one.</summary>
/// <param name="Resource">The object.</param>
/// <param name="Verdict">Create, update, unchanged or refused.</param>
/// <param name="Merged">The object to write (<c>projectcalico.org/v3</c> form); for <see cref="MergeVerdict.Unchanged"/> equal to (possibly the very instance of) the live one, for <see cref="MergeVerdict.Refused"/> the live one.</param>
/// <param name="Live">The live object, null when it does not exist.</param>
/// <param name="Fields">What the write changes (live → merged).</param>
/// <param name="Findings">Kept block sizes, immutable fields.</param>
public sealed record MergeOutcome(ResourceRef Resource, MergeVerdict Verdict, JsonObject Merged, JsonObject? Live, EquatableArray<FieldDifference> Fields, EquatableArray<Finding> Findings);

/// <summary>
/// Kubespray's merge semantics, shared by both datastore adapters. Kubespray reads every object it manages, puts its
/// own values on top with Ansible's <c>combine(recursive=True)</c> and writes the result back: fields it does not set
/// are kept, nested objects merge, lists are replaced, nothing is ever deleted. An existing IP pool keeps its block
/// size; a pool's CIDR cannot change (Calico refuses it).
/// </summary>
public static class CalicoMerge
{
    /// <summary>
    /// Ansible's <c>combine(live, desired, recursive=True)</c>: a new object with the properties of both; where both
    /// have an object, they merge; anything else (scalars, lists) comes from <paramref name="desired"/>.
    /// </summary>
    /// <param name="live">The base (not changed).</param>
    /// <param name="desired">What goes on top (not changed).</param>
    public static JsonObject Combine(JsonObject live, JsonObject desired)
    {
        var result = (JsonObject)live.DeepClone();
        foreach (var (key, value) in desired)
        {
            if (value is JsonObject d && result[key] is JsonObject l)
            {
                result[key] = Combine(l, d);
            }
            else
            {
                result[key] = value?.DeepClone();
            }
        }

        return result;
    }

    /// <summary>Merges a rendered object into the live one and decides what to write.</summary>
    /// <param name="desired">The rendered object, <c>projectcalico.org/v3</c> form (not changed).</param>
    /// <param name="live">The live object, <c>projectcalico.org/v3</c> form; null when it does not exist (not changed).</param>
    /// <param name="fillDefaults">Fill in the defaults Calico persists (<see cref="CalicoStoredDefaults.Apply"/>), as a datastore written without Calico's client needs (etcd).</param>
    public static MergeOutcome Plan(JsonObject desired, JsonObject? live, bool fillDefaults)
    {
        var r = CalicoDrift.RefOf(desired);

        // The common case of a re-apply: everything rendered is already there, nothing to merge or copy.
        if (live is not null && IsContainedIn(desired, live) && !(fillDefaults && CalicoStoredDefaults.AreMissing(live)))
        {
            return new MergeOutcome(r, MergeVerdict.Unchanged, live, live, default, default);
        }

        var findings = new List<Finding>();
        JsonObject merged;
        if (live is null)
        {
            merged = (JsonObject)desired.DeepClone();
        }
        else
        {
            merged = Combine(live, desired);
            if (r.Kind == "IPPool" && !KeepPoolInvariants(r, desired, live, merged, findings))
            {
                return new MergeOutcome(r, MergeVerdict.Refused, (JsonObject)live.DeepClone(), live, default, findings.ToEquatableArray());
            }
        }

        if (fillDefaults)
        {
            CalicoStoredDefaults.Apply(merged);
        }

        if (live is null)
        {
            return new MergeOutcome(r, MergeVerdict.Create, merged, null, CalicoDrift.Differences(null, merged), findings.ToEquatableArray());
        }

        var fields = CalicoDrift.Differences(live, merged);
        return new MergeOutcome(r, fields.Count == 0 ? MergeVerdict.Unchanged : MergeVerdict.Update, merged, live, fields, findings.ToEquatableArray());
    }

    /// <summary>Whether combining <paramref name="desired"/> into <paramref name="live"/> gives <paramref name="live"/> back: every rendered value is already there.</summary>
    private static bool IsContainedIn(JsonObject desired, JsonObject live)
    {
        foreach (var (key, value) in desired)
        {
            if (!live.TryGetPropertyValue(key, out var current))
            {
                return false;
            }

            var same = value is JsonObject d && current is JsonObject l ? IsContainedIn(d, l) : ClusterJson.DeepEquals(value, current);
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    private static bool KeepPoolInvariants(ResourceRef r, JsonObject desired, JsonObject live, JsonObject merged, List<Finding> findings)
    {
        var spec = ClusterJson.Child(merged, "spec");
        var liveCidr = ClusterJson.String(live, "spec", "cidr");
        var desiredCidr = ClusterJson.String(desired, "spec", "cidr");
        if (!string.IsNullOrEmpty(liveCidr) && desiredCidr is not null && liveCidr != desiredCidr)
        {
            if (Cidr.TryParse(liveCidr, out var a, out _) && Cidr.TryParse(desiredCidr, out var b, out _) && a.Masked() == b.Masked())
            {
                // The same network spelled differently: keep Calico's spelling, as clientv3 allows.
                spec["cidr"] = liveCidr;
            }
            else
            {
                findings.Add(ClusterFindings.ImmutableField.Create(
                    $"{r} spec.cidr",
                    $"{r} has CIDR {liveCidr} in the cluster, rendered {desiredCidr}; Calico does not allow a pool's CIDR to change, so the pool is not written.",
                    "keep calico_pool_cidr as it is, or move to a new pool with the pool CIDR migration plan"));
                return false;
            }
        }

        if (ClusterJson.At(desired, "spec", "blockSize") is JsonValue wanted)
        {
            var v6 = (liveCidr ?? desiredCidr)?.Contains(':', StringComparison.Ordinal) == true;
            var liveBlock = ClusterJson.At(live, "spec", "blockSize") is JsonValue lb && lb.GetValueKind() == JsonValueKind.Number && lb.GetValue<int>() != 0
                ? lb.GetValue<int>()
                : v6 ? 122 : 26;
            if (wanted.GetValueKind() == JsonValueKind.Number && wanted.GetValue<int>() != liveBlock)
            {
                findings.Add(ClusterFindings.BlockSizeKept.Create(
                    $"{r} spec.blockSize",
                    $"{r} keeps its block size {liveBlock} (rendered {wanted.GetValue<int>()}), as Kubespray's merge does: the block size of an existing pool cannot change.",
                    $"set {(v6 ? "calico_pool_blocksize_ipv6" : "calico_pool_blocksize")} to {liveBlock}, or move to a new pool with the pool CIDR migration plan"));
            }

            spec["blockSize"] = liveBlock;
        }

        return true;
    }
}
