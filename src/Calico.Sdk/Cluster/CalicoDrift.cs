using System.Text;
using System.Text.Json.Nodes;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Cluster;

/// <summary>Whether a rendered object matches the cluster.</summary>
public enum DriftState
{
    /// <summary>Every rendered field has the rendered value in the cluster (or is unset where Calico's default is the same).</summary>
    InSync,

    /// <summary>At least one rendered field differs.</summary>
    Differs,

    /// <summary>The object does not exist in the cluster.</summary>
    Missing,

    /// <summary>The object exists in the cluster but is not rendered (a kind Calico.Sdk writes: IP pools, BGP peers).</summary>
    Unmanaged,
}

/// <summary>Drift of one object.</summary>
/// <param name="Resource">The object.</param>
/// <param name="State">In sync, differs, missing or unmanaged.</param>
/// <param name="Fields">Every rendered field whose live value differs (including unset-but-same-by-default ones).</param>
/// <param name="Findings">One finding per field (or one for a missing or unmanaged object).</param>
public sealed record ResourceDrift(ResourceRef Resource, DriftState State, EquatableArray<FieldDifference> Fields, EquatableArray<Finding> Findings);

/// <summary>Desired against live, object by object and field by field.</summary>
public sealed record DriftReport
{
    /// <summary>Which datastore, such as <c>Kubernetes https://10.0.0.1:6443 (crd.projectcalico.org/v1)</c>.</summary>
    public string Datastore { get; init; } = string.Empty;

    /// <summary>Every rendered object, then the unmanaged ones.</summary>
    public EquatableArray<ResourceDrift> Resources { get; init; }

    /// <summary>Every finding: per field, per object, and about the datastore itself (unreachable, unreadable values).</summary>
    public EquatableArray<Finding> Findings { get; init; }

    /// <summary>Requests sent to the datastore.</summary>
    public int RoundTrips { get; init; }

    /// <summary>Whether anything rendered differs from the cluster or is missing there.</summary>
    public bool HasDrift => Resources.Any(r => r.State is DriftState.Differs or DriftState.Missing);

    /// <summary>Whether Kubespray's upgrade guard would stop on this cluster (a CAL5001 finding).</summary>
    public bool BlocksKubesprayUpgrade => Findings.Any(f => f.Code == ClusterFindings.UpgradeGuardMismatch.Code);

    /// <summary>A one-line verdict, then every object that is not in sync with its fields, then the findings.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        var drifted = Resources.Count(r => r.State != DriftState.InSync);
        sb.Append(HasDrift ? $"Drift: {drifted} of {Resources.Count} object(s) differ from {Datastore}." : $"No drift: {Resources.Count} object(s) as rendered in {Datastore}.")
            .Append('\n');
        foreach (var r in Resources.Where(r => r.State != DriftState.InSync))
        {
            sb.Append("  ").Append(r.Resource).Append(": ").Append(r.State).Append('\n');
            foreach (var f in r.Fields)
            {
                sb.Append("    ").Append(f).Append('\n');
            }
        }

        foreach (var f in Findings)
        {
            sb.Append(f).Append('\n');
        }

        return sb.ToString();
    }
}

/// <summary>
/// The drift engine both datastore adapters use: compares a rendered <c>projectcalico.org/v3</c> object with the live
/// one, for every field the renderer set (labels and annotations key by key, spec field by field, lists as a whole),
/// and turns each difference into a finding. Fields the renderer does not set are not compared: Kubespray preserves
/// them, and so does apply. The IP pool fields Kubespray's upgrade guard compares give CAL5001 for every pool,
/// IPv6 included (Kubespray's own IPv6 check never runs).
/// </summary>
public static class CalicoDrift
{
    private static readonly string[] GuardFields = ["cidr", "blockSize", "ipipMode", "vxlanMode"];

    // Written by the datastore, never by a renderer: not compared, not shown.
    private static readonly HashSet<string> ServerMetadata = new(StringComparer.Ordinal)
    {
        "uid", "creationTimestamp", "resourceVersion", "generation", "managedFields", "selfLink", "deletionTimestamp", "deletionGracePeriodSeconds",
    };

    /// <summary>Compares a rendered object with the live one.</summary>
    /// <param name="desired">The rendered object (<c>projectcalico.org/v3</c> form).</param>
    /// <param name="live">The live object in its <c>projectcalico.org/v3</c> form; null when it does not exist.</param>
    public static ResourceDrift Compare(IKubernetesResource desired, JsonObject? live) => Compare(ManifestSerializer.ToJsonNode(desired), live);

    /// <summary>Compares a rendered object (as JSON) with the live one.</summary>
    /// <param name="desired">The rendered object (<c>projectcalico.org/v3</c> form).</param>
    /// <param name="live">The live object in its <c>projectcalico.org/v3</c> form; null when it does not exist.</param>
    public static ResourceDrift Compare(JsonObject desired, JsonObject? live)
    {
        var r = RefOf(desired);
        if (live is null)
        {
            var missing = ClusterFindings.MissingResource.Create(
                r.ToString(),
                $"{r} does not exist in the cluster.",
                "apply creates it");
            return new ResourceDrift(r, DriftState.Missing, default, EquatableArray.Create(missing));
        }

        var fields = new List<FieldDifference>();
        var findings = new List<Finding>();
        var desiredSpec = desired["spec"] as JsonObject;
        foreach (var (path, desiredValue, liveValue, topField) in RenderedLeaves(desired, live))
        {
            var finding = Classify(r, path, topField, desiredValue, liveValue, desiredSpec);
            if (finding is null)
            {
                continue;
            }

            fields.Add(new FieldDifference(path, ClusterJson.Compact(desiredValue), ClusterJson.Compact(liveValue)));
            findings.Add(finding);
        }

        var state = findings.Any(f => f.Severity != FindingSeverity.Info) ? DriftState.Differs : DriftState.InSync;
        return new ResourceDrift(r, state, fields.ToEquatableArray(), findings.ToEquatableArray());
    }

    /// <summary>An object in the cluster that is not rendered, as drift (CAL5005).</summary>
    /// <param name="resource">The object.</param>
    /// <param name="pruneHint">What apply would do with it.</param>
    public static ResourceDrift Unmanaged(ResourceRef resource, string pruneHint) =>
        new(resource, DriftState.Unmanaged, default, EquatableArray.Create(ClusterFindings.UnmanagedResource.Create(
            resource.ToString(), $"{resource} exists in the cluster but is not rendered.", pruneHint)));

    /// <summary>
    /// Every field that differs between two versions of a whole object (both directions, leaves and whole lists),
    /// ignoring what the datastore writes itself (uid, creation time, revision, managed fields): what a write changes.
    /// </summary>
    /// <param name="live">The object before (null when it does not exist).</param>
    /// <param name="written">The object written.</param>
    public static EquatableArray<FieldDifference> Differences(JsonObject? live, JsonObject written)
    {
        var result = new List<FieldDifference>();
        Diff(string.Empty, live, written, result, depth: 0);
        return result.ToEquatableArray();
    }

    /// <summary>The reference of an object given as JSON (<c>kind</c>, <c>metadata.name</c>, <c>metadata.namespace</c>).</summary>
    /// <param name="obj">The object.</param>
    public static ResourceRef RefOf(JsonObject obj) =>
        new(ClusterJson.String(obj, "kind") ?? "?", ClusterJson.String(obj, "metadata", "name") ?? "?", ClusterJson.String(obj, "metadata", "namespace"));

    /// <summary>A path segment: <c>.name</c> for plain names, <c>['key']</c> for map keys such as label keys.</summary>
    internal static string Segment(string parent, string key, bool mapKey) =>
        mapKey || !key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{parent}['{key}']"
            : parent.Length == 0 ? key : parent + "." + key;

    private static IEnumerable<(string Path, JsonNode? Desired, JsonNode? Live, string? TopField)> RenderedLeaves(JsonObject desired, JsonObject live)
    {
        foreach (var map in new[] { "labels", "annotations" })
        {
            if (ClusterJson.At(desired, "metadata", map) is JsonObject d)
            {
                var l = ClusterJson.At(live, "metadata", map) as JsonObject;
                foreach (var (key, value) in d)
                {
                    yield return (Segment("metadata." + map, key, mapKey: true), value, l?[key], null);
                }
            }
        }

        if (desired["spec"] is JsonObject spec)
        {
            foreach (var leaf in Leaves("spec", spec, live["spec"] as JsonObject, topField: null))
            {
                yield return leaf;
            }
        }
    }

    private static IEnumerable<(string, JsonNode?, JsonNode?, string?)> Leaves(string path, JsonObject desired, JsonObject? live, string? topField)
    {
        foreach (var (key, value) in desired)
        {
            var p = Segment(path, key, mapKey: false);
            var l = live?[key];
            var top = topField ?? key;
            if (value is JsonObject o && o.Count > 0)
            {
                foreach (var leaf in Leaves(p, o, l as JsonObject, top))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return (p, value, l, top);
            }
        }
    }

    private static Finding? Classify(ResourceRef r, string path, string? topField, JsonNode? desired, JsonNode? live, JsonObject? desiredSpec)
    {
        if (ClusterJson.DeepEquals(desired, live) || (live is null && desired is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && v.GetValue<string>().Length == 0))
        {
            // Go writes an empty string as nothing at all (omitempty): unset and "" are the same value.
            return null;
        }

        var isTopSpec = topField is not null && path == "spec." + topField;
        var v6 = ClusterJson.String(desiredSpec, "cidr")?.Contains(':', StringComparison.Ordinal) == true;
        var where = $"{r} {path}";
        var shownLive = live is null ? "unset" : ClusterJson.Compact(live);
        var shownDesired = ClusterJson.Compact(desired) ?? "unset";

        if (r.Kind == "IPPool" && isTopSpec && GuardFields.Contains(topField))
        {
            // Kubespray reads pools through calicoctl, which fills in the defaults: compare effective values.
            var sameAsDefault = live is null && CalicoStoredDefaults.IsSameAsUnset(r.Kind, topField!, desired, desiredSpec);
            if (sameAsDefault)
            {
                return ClusterFindings.DefaultedField.Create(where, $"{where} is unset in the cluster; Calico's default {shownDesired} is what is rendered.");
            }

            var variable = PoolVariable(topField!, v6);
            return ClusterFindings.UpgradeGuardMismatch.Create(
                where,
                $"{where}: cluster {shownLive}, rendered {shownDesired}. Kubespray's upgrade guard stops here (\"Your inventory doesn't match the current cluster configuration\")"
                + (v6 ? "; Kubespray does not check IPv6 pools, but the difference is real." : "."),
                topField is "cidr" or "blockSize"
                    ? $"set {variable} to the cluster's value, or move to a new pool with a migration plan ({topField} of an existing pool cannot change)"
                    : $"set {variable} to the cluster's value, or change the encapsulation with the IPIP-to-VXLAN migration plan");
        }

        if (live is null && isTopSpec && CalicoStoredDefaults.IsSameAsUnset(r.Kind, topField!, desired, desiredSpec))
        {
            return ClusterFindings.DefaultedField.Create(where, $"{where} is unset in the cluster; Calico's default has the same effect as the rendered {shownDesired}.");
        }

        return ClusterFindings.FieldDrift.Create(where, $"{where}: cluster {shownLive}, rendered {shownDesired}.", "apply writes the rendered value");
    }

    private static string PoolVariable(string field, bool v6)
    {
        var name = field switch
        {
            "cidr" => "calico_pool_cidr",
            "blockSize" => "calico_pool_blocksize",
            "ipipMode" => "calico_ipip_mode",
            _ => "calico_vxlan_mode",
        };
        return v6 ? name + "_ipv6" : name;
    }

    private static void Diff(string path, JsonNode? live, JsonNode? written, List<FieldDifference> result, int depth)
    {
        if (ClusterJson.DeepEquals(live, written))
        {
            return;
        }

        if (written is JsonObject wo && live is JsonObject or null)
        {
            var lo = live as JsonObject ?? [];
            var inMap = path.EndsWith(".labels", StringComparison.Ordinal) || path.EndsWith(".annotations", StringComparison.Ordinal);
            foreach (var key in lo.Select(p => p.Key).Union(wo.Select(p => p.Key)).OrderBy(k => k, StringComparer.Ordinal))
            {
                if (path == "metadata" && ServerMetadata.Contains(key))
                {
                    continue;
                }

                Diff(Segment(path, key, inMap), lo[key], wo[key], result, depth + 1);
            }

            return;
        }

        result.Add(new FieldDifference(path, ClusterJson.Compact(written), ClusterJson.Compact(live)));
    }
}
