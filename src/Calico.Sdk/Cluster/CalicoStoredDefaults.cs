using System.Text.Json;
using System.Text.Json.Nodes;

namespace Calico.Sdk.Cluster;

/// <summary>
/// The defaults Calico writes into a stored object (clientv3 defaulting plus the CRD schema defaults it applies in
/// etcd mode), and the values Calico assumes for a field that is not set. The etcd adapter writes objects the way
/// <c>calicoctl create</c> stores them; drift uses the assumed values to tell "unset, same effect" from a real
/// difference.
/// </summary>
public static class CalicoStoredDefaults
{
    private static readonly (string Field, Func<bool, JsonNode> Value)[] PoolDefaults =
    [
        ("blockSize", v6 => JsonValue.Create(v6 ? 122 : 26)),
        ("ipipMode", _ => JsonValue.Create("Never")),
        ("vxlanMode", _ => JsonValue.Create("Never")),
        ("nodeSelector", _ => JsonValue.Create("all()")),
        ("allowedUses", _ => new JsonArray("Workload", "Tunnel")),
        ("assignmentMode", _ => JsonValue.Create("Automatic")),
    ];

    private static readonly (string Field, string Value)[] FelixDefaults =
    [
        ("floatingIPs", "Disabled"),
        ("bpfConnectTimeLoadBalancing", "TCP"),
        ("bpfHostNetworkedNATWithoutCTLB", "Enabled"),
        ("nftablesMode", "Auto"),
        ("nftablesFlowTableOffload", "Disabled"),
    ];

    private static readonly (string Field, string Value)[] BgpConfigurationDefaults =
    [
        ("logSeverityScreen", "Info"),
        ("serviceLoadBalancerAggregation", "Enabled"),
    ];

    // What Calico assumes for an unset field (its Go zero value or documented default), for drift only.
    private static readonly Dictionary<(string Kind, string Field), Func<bool, JsonNode>> Assumed = new()
    {
        [("IPPool", "natOutgoing")] = _ => JsonValue.Create(false),
        [("IPPool", "disabled")] = _ => JsonValue.Create(false),
        [("IPPool", "disableBGPExport")] = _ => JsonValue.Create(false),
        [("BGPConfiguration", "nodeToNodeMeshEnabled")] = _ => JsonValue.Create(true),
        [("BGPConfiguration", "listenPort")] = _ => JsonValue.Create(179),
        [("BGPConfiguration", "asNumber")] = _ => JsonValue.Create(64512),
        [("BGPConfiguration", "logSeverityScreen")] = _ => JsonValue.Create("Info"),
        [("IPAMConfiguration", "strictAffinity")] = _ => JsonValue.Create(false),
        [("IPAMConfiguration", "autoAllocateBlocks")] = _ => JsonValue.Create(true),
        [("IPAMConfiguration", "maxBlocksPerHost")] = _ => JsonValue.Create(0),
    };

    /// <summary>
    /// Fills in, in place, the defaults Calico persists for a <c>projectcalico.org/v3</c> object: IPPool block size
    /// (26, or 122 for IPv6), modes <c>Never</c>, <c>nodeSelector: all()</c>, <c>allowedUses: [Workload, Tunnel]</c>,
    /// <c>assignmentMode: Automatic</c>; FelixConfiguration <c>floatingIPs</c>, <c>bpfConnectTimeLoadBalancing</c>,
    /// <c>bpfHostNetworkedNATWithoutCTLB</c>, <c>nftablesMode</c>, <c>nftablesFlowTableOffload</c> and the always-written
    /// <c>bpfLogLevel: ""</c>; BGPConfiguration <c>logSeverityScreen</c> and <c>serviceLoadBalancerAggregation</c>;
    /// Node <c>spec</c> and <c>status</c> objects. Fields already set are left alone.
    /// </summary>
    /// <param name="resource">The object (kind read from its <c>kind</c>).</param>
    public static void Apply(JsonObject resource)
    {
        var kind = ClusterJson.String(resource, "kind");
        switch (kind)
        {
            case "IPPool":
            {
                var spec = ClusterJson.Child(resource, "spec");
                var v6 = IsIPv6Pool(spec);
                foreach (var (field, value) in PoolDefaults)
                {
                    if (IsUnset(spec[field]) || (field == "blockSize" && spec[field] is JsonValue b && b.GetValueKind() == JsonValueKind.Number && b.GetValue<int>() == 0))
                    {
                        spec[field] = value(v6);
                    }
                }

                break;
            }

            case "FelixConfiguration":
            {
                var spec = ClusterJson.Child(resource, "spec");
                foreach (var (field, value) in FelixDefaults)
                {
                    if (IsUnset(spec[field]))
                    {
                        spec[field] = value;
                    }
                }

                if (!spec.ContainsKey("bpfLogLevel"))
                {
                    spec["bpfLogLevel"] = string.Empty;
                }

                break;
            }

            case "BGPConfiguration":
            {
                var spec = ClusterJson.Child(resource, "spec");
                foreach (var (field, value) in BgpConfigurationDefaults)
                {
                    if (IsUnset(spec[field]))
                    {
                        spec[field] = value;
                    }
                }

                break;
            }

            case "Node":
                ClusterJson.Child(resource, "spec");
                ClusterJson.Child(resource, "status");
                break;
        }
    }

    /// <summary>Whether <see cref="Apply"/> would add anything to <paramref name="resource"/> (which it does not change).</summary>
    /// <param name="resource">A <c>projectcalico.org/v3</c> object.</param>
    public static bool AreMissing(JsonObject resource)
    {
        var spec = resource["spec"] as JsonObject;
        return ClusterJson.String(resource, "kind") switch
        {
            "IPPool" => spec is null || PoolDefaults.Any(d => IsUnset(spec[d.Field])) || (spec["blockSize"] is JsonValue b && b.GetValueKind() == JsonValueKind.Number && b.GetValue<int>() == 0),
            "FelixConfiguration" => spec is null || FelixDefaults.Any(d => IsUnset(spec[d.Field])) || !spec.ContainsKey("bpfLogLevel"),
            "BGPConfiguration" => spec is null || BgpConfigurationDefaults.Any(d => IsUnset(spec[d.Field])),
            "Node" => spec is null || resource["status"] is not JsonObject,
            _ => false,
        };
    }

    /// <summary>
    /// Whether a rendered <paramref name="value"/> for <c>spec.&lt;field&gt;</c> has the same effect as leaving the
    /// field unset: it equals what Calico persists or assumes for an unset field, or it is an empty string.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <param name="field">The top-level spec field.</param>
    /// <param name="value">The rendered value.</param>
    /// <param name="spec">The rendered spec, to tell an IPv6 pool from an IPv4 one.</param>
    public static bool IsSameAsUnset(string kind, string field, JsonNode? value, JsonObject? spec)
    {
        if (value is JsonValue s && s.GetValueKind() == JsonValueKind.String && s.GetValue<string>().Length == 0)
        {
            return true;
        }

        var v6 = spec is not null && IsIPv6Pool(spec);
        JsonNode? assumed = kind switch
        {
            "IPPool" => PoolDefaults.Where(d => d.Field == field).Select(d => d.Value(v6)).FirstOrDefault(),
            "FelixConfiguration" => FelixDefaults.Where(d => d.Field == field).Select(d => (JsonNode)d.Value).FirstOrDefault(),
            "BGPConfiguration" => BgpConfigurationDefaults.Where(d => d.Field == field).Select(d => (JsonNode)d.Value).FirstOrDefault(),
            _ => null,
        };
        if (assumed is null && Assumed.TryGetValue((kind, field), out var f))
        {
            assumed = f(v6);
        }

        return assumed is not null && ClusterJson.DeepEquals(assumed, value);
    }

    private static bool IsUnset(JsonNode? node) =>
        node is null || (node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length == 0);

    private static bool IsIPv6Pool(JsonObject spec) => ClusterJson.String(spec, "cidr")?.Contains(':', StringComparison.Ordinal) == true;
}
