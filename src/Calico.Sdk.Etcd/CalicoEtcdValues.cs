using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Calico.Sdk.Cluster;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Etcd;

/// <summary>
/// Calico's etcd value encoding. A v3 resource is stored as Go's <c>json.Marshal</c> of the whole object
/// (<c>model.SerializeValue</c>): <c>kind</c>, <c>apiVersion</c>, <c>metadata</c> (without <c>resourceVersion</c>, with
/// <c>uid</c> and <c>creationTimestamp</c> from creation), <c>spec</c>, then <c>status</c>; compact, with <c>&lt;</c>,
/// <c>&gt;</c> and <c>&amp;</c> escaped as Go does. Reading sets <c>metadata.resourceVersion</c> to the key's mod revision.
/// IPAM's configuration at <c>/calico/ipam/v2/config</c> uses the backend encoding instead
/// (<c>{"strict_affinity":…,"auto_allocate_blocks":…}</c>, zero values omitted).
/// </summary>
public static class CalicoEtcdValues
{
    private static readonly string[] TopOrder = ["kind", "apiVersion", "metadata", "spec", "status"];

    private static readonly string[] MetadataOrder =
    [
        "name", "generateName", "namespace", "uid", "generation", "creationTimestamp", "deletionTimestamp",
        "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences", "finalizers",
    ];

    // v3 IPAMConfiguration spec field ↔ backend field, in the backend's order.
    private static readonly (string V3, string Backend)[] IpamFields =
    [
        ("strictAffinity", "strict_affinity"),
        ("autoAllocateBlocks", "auto_allocate_blocks"),
        ("maxBlocksPerHost", "maxBlocksPerHost"),
        ("kubeVirtVMAddressPersistence", "kubeVirtVMAddressPersistence"),
        ("ipCooldownSeconds", "ipCooldownSeconds"),
    ];

    /// <summary>The stored value of a <c>projectcalico.org/v3</c> object (<see cref="CalicoEtcdKeys.IpamConfigKey"/>'s encoding for an IPAMConfiguration).</summary>
    /// <param name="resource">The object (not changed).</param>
    public static string Encode(JsonObject resource)
    {
        if (ClusterJson.String(resource, "kind") == "IPAMConfiguration")
        {
            return EncodeIpamConfig(resource);
        }

        var ordered = new JsonObject();
        foreach (var key in TopOrder.Where(resource.ContainsKey).Concat(resource.Select(p => p.Key).Where(k => !TopOrder.Contains(k))))
        {
            var value = resource[key];
            ordered[key] = key == "metadata" && value is JsonObject meta ? OrderMetadata(meta) : value?.DeepClone();
        }

        return GoEscape(ordered.ToJsonString(ManifestSerializer.Options));
    }

    /// <summary>
    /// Reads a stored value into its <c>projectcalico.org/v3</c> form with <c>metadata.resourceVersion</c> set to
    /// <paramref name="modRevision"/>; null when the value is not a JSON object.
    /// </summary>
    /// <param name="key">The key (tells the IPAM configuration from v3 resources).</param>
    /// <param name="value">The stored value.</param>
    /// <param name="modRevision">The key's mod revision.</param>
    public static JsonObject? Decode(string key, string value, long modRevision)
    {
        var obj = ClusterJson.ParseObject(value);
        if (obj is null)
        {
            return null;
        }

        if (key == CalicoEtcdKeys.IpamConfigKey)
        {
            obj = DecodeIpamConfig(obj);
        }

        ClusterJson.Child(obj, "metadata")["resourceVersion"] = modRevision.ToString(CultureInfo.InvariantCulture);
        return obj;
    }

    /// <summary>Sets <c>metadata.uid</c> (random UUID) and <c>metadata.creationTimestamp</c> (now, UTC, seconds) where not set, as clientv3 does on create.</summary>
    /// <param name="resource">The object to change.</param>
    /// <param name="now">The creation time.</param>
    public static void SetCreationMetadata(JsonObject resource, DateTimeOffset now)
    {
        var meta = ClusterJson.Child(resource, "metadata");
        if (string.IsNullOrEmpty(ClusterJson.String(meta, "uid")))
        {
            meta["uid"] = Guid.NewGuid().ToString();
        }

        if (string.IsNullOrEmpty(ClusterJson.String(meta, "creationTimestamp")))
        {
            meta["creationTimestamp"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }
    }

    private static JsonObject OrderMetadata(JsonObject meta)
    {
        var ordered = new JsonObject();
        foreach (var key in MetadataOrder.Where(meta.ContainsKey).Concat(meta.Select(p => p.Key).Where(k => !MetadataOrder.Contains(k))))
        {
            // resourceVersion is the key's revision and selfLink is never stored (resources.resourceToKVPair).
            if (key is "resourceVersion" or "selfLink" || meta[key] is null)
            {
                continue;
            }

            ordered[key] = meta[key]!.DeepClone();
        }

        return ordered;
    }

    private static string EncodeIpamConfig(JsonObject resource)
    {
        var spec = resource["spec"] as JsonObject;
        var backend = new JsonObject();
        foreach (var (v3, field) in IpamFields)
        {
            // Go omitempty: false, 0 and "" are not written.
            switch (spec?[v3])
            {
                case JsonValue v when v.GetValueKind() == JsonValueKind.True:
                    backend[field] = true;
                    break;
                case JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.ToJsonString() != "0":
                    backend[field] = v.DeepClone();
                    break;
                case JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0:
                    backend[field] = v.DeepClone();
                    break;
            }
        }

        return GoEscape(backend.ToJsonString(ManifestSerializer.Options));
    }

    private static JsonObject DecodeIpamConfig(JsonObject backend)
    {
        var spec = new JsonObject
        {
            ["strictAffinity"] = ClusterJson.Bool(backend, "strict_affinity"),
            ["autoAllocateBlocks"] = ClusterJson.Bool(backend, "auto_allocate_blocks"),
            ["maxBlocksPerHost"] = ClusterJson.At(backend, "maxBlocksPerHost")?.DeepClone() ?? 0,
        };
        foreach (var (v3, field) in IpamFields.Skip(3))
        {
            if (backend[field] is { } value)
            {
                spec[v3] = value.DeepClone();
            }
        }

        return new JsonObject
        {
            ["kind"] = "IPAMConfiguration",
            ["apiVersion"] = ApiVersions.ProjectCalicoV3,
            ["metadata"] = new JsonObject { ["name"] = "default" },
            ["spec"] = spec,
        };
    }

    // Go's encoder escapes <, > and & (and U+2028/U+2029) inside strings; none of them can occur outside a string.
    private static string GoEscape(string json)
    {
        if (json.AsSpan().IndexOfAny("<>&\u2028\u2029") < 0)
        {
            return json;
        }

        var sb = new StringBuilder(json.Length + 16);
        foreach (var c in json)
        {
            _ = c switch
            {
                '<' => sb.Append("\\u003c"),
                '>' => sb.Append("\\u003e"),
                '&' => sb.Append("\\u0026"),
                '\u2028' => sb.Append("\\u2028"),
                '\u2029' => sb.Append("\\u2029"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }
}
