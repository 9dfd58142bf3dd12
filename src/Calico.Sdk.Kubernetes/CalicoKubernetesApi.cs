using System.Text.Json;
using System.Text.Json.Nodes;
using Calico.Sdk.Cluster;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Kubernetes;

/// <summary>Where a Calico kind lives in the Kubernetes API, per API group (Calico's <c>k8s/resources</c> mapping).</summary>
/// <param name="Group">The API group, such as <c>crd.projectcalico.org</c>.</param>
/// <param name="Version">The version, such as <c>v1</c>.</param>
/// <param name="Plural">The resource, such as <c>ippools</c>.</param>
/// <param name="Kind">The kind in that group (<c>IPAMConfig</c> in <c>crd.projectcalico.org/v1</c>).</param>
public sealed record CalicoKubernetesResource(string Group, string Version, string Plural, string Kind)
{
    /// <summary><c>group/version</c>.</summary>
    public string ApiVersion => Group + "/" + Version;

    /// <summary>The URL path of an object of this resource (cluster-scoped).</summary>
    /// <param name="name">The object name.</param>
    public string Path(string name) => $"/apis/{Group}/{Version}/{Plural}/{name}";
}

/// <summary>
/// The Calico kinds the adapter reads and writes through the Kubernetes API, and the conversions between Calico's
/// <c>projectcalico.org/v3</c> form and what is stored: <c>crd.projectcalico.org/v1</c> custom resources (metadata in
/// the <c>projectcalico.org/metadata</c> annotation) and, for Calico nodes, annotations and labels of the Kubernetes Node.
/// </summary>
public static class CalicoKubernetesApi
{
    private static readonly Dictionary<string, string> Plurals = new(StringComparer.Ordinal)
    {
        ["IPPool"] = "ippools",
        ["FelixConfiguration"] = "felixconfigurations",
        ["BGPConfiguration"] = "bgpconfigurations",
        ["BGPPeer"] = "bgppeers",
        ["BGPFilter"] = "bgpfilters",
        ["IPAMConfiguration"] = "ipamconfigurations",
        ["KubeControllersConfiguration"] = "kubecontrollersconfigurations",
        ["HostEndpoint"] = "hostendpoints",
        ["CalicoNodeStatus"] = "caliconodestatuses",
        ["ClusterInformation"] = "clusterinformations",
    };

    // Never copied into an apply body: the API server owns them, and applying them would take their ownership.
    private static readonly string[] ServerMetadata = ["uid", "creationTimestamp", "generation", "managedFields", "selfLink", "ownerReferences", "finalizers", "deletionTimestamp", "deletionGracePeriodSeconds"];

    /// <summary>Whether <paramref name="kind"/> (a <c>projectcalico.org/v3</c> kind) is a custom resource Calico keeps in the Kubernetes API.</summary>
    /// <param name="kind">The kind.</param>
    public static bool IsCustomResource(string kind) => Plurals.ContainsKey(kind == "IPAMConfig" ? "IPAMConfiguration" : kind);

    /// <summary>Where a <c>projectcalico.org/v3</c> kind lives in <paramref name="group"/>.</summary>
    /// <param name="kind">The v3 kind.</param>
    /// <param name="group">The API group.</param>
    /// <exception cref="ArgumentException">Not a Calico custom resource kind.</exception>
    public static CalicoKubernetesResource Resource(string kind, CalicoApiGroup group)
    {
        if (!Plurals.TryGetValue(kind, out var plural))
        {
            throw new ArgumentException($"{kind} is not a Calico custom resource.", nameof(kind));
        }

        return group == CalicoApiGroup.ProjectCalicoV3
            ? new CalicoKubernetesResource("projectcalico.org", "v3", plural, kind)
            : kind == "IPAMConfiguration"
                ? new CalicoKubernetesResource("crd.projectcalico.org", "v1", "ipamconfigs", "IPAMConfig")
                : new CalicoKubernetesResource("crd.projectcalico.org", "v1", plural, kind);
    }

    /// <summary>
    /// The server-side apply body of a merged <c>projectcalico.org/v3</c> object: converted to <paramref name="group"/>
    /// (as Calico's Kubernetes datastore stores it), without what the API server owns, with
    /// <c>metadata.resourceVersion</c> set to <paramref name="resourceVersion"/> so that the apply only succeeds at the
    /// revision read.
    /// </summary>
    /// <param name="merged">The object to apply, <c>projectcalico.org/v3</c> form.</param>
    /// <param name="group">The API group written to.</param>
    /// <param name="resourceVersion">The resourceVersion read; null for a new object.</param>
    public static JsonObject ApplyBody(JsonObject merged, CalicoApiGroup group, string? resourceVersion)
    {
        var kind = ClusterJson.String(merged, "kind")!;
        var target = Resource(kind, group);
        var meta = merged["metadata"] as JsonObject ?? [];
        var body = new JsonObject
        {
            ["apiVersion"] = target.ApiVersion,
            ["kind"] = target.Kind,
        };
        var bodyMeta = new JsonObject { ["name"] = ClusterJson.String(meta, "name") };
        if (resourceVersion is not null)
        {
            bodyMeta["resourceVersion"] = resourceVersion;
        }

        if (group == CalicoApiGroup.ProjectCalicoV3)
        {
            foreach (var map in new[] { "labels", "annotations" })
            {
                if (meta[map] is JsonObject m && m.Count > 0)
                {
                    bodyMeta[map] = m.DeepClone();
                }
            }
        }
        else
        {
            // As Calico's ConvertCalicoResourceToK8sResource: Calico-owned keys stay on the object, the whole v3
            // metadata goes into the projectcalico.org/metadata annotation.
            var labels = Kept(meta["labels"] as JsonObject);
            var annotations = Kept(meta["annotations"] as JsonObject);
            annotations[CalicoApiGroups.MetadataAnnotation] = MetadataAnnotation(meta);
            if (labels.Count > 0)
            {
                bodyMeta["labels"] = labels;
            }

            bodyMeta["annotations"] = annotations;
        }

        body["metadata"] = bodyMeta;
        foreach (var (key, value) in merged)
        {
            if (key is not ("apiVersion" or "kind" or "metadata" or "status"))
            {
                body[key] = value?.DeepClone();
            }
        }

        return body;
    }

    /// <summary>The apply body of a ConfigMap (or another core object): the merged object without server-owned metadata and status, at <paramref name="resourceVersion"/>.</summary>
    /// <param name="merged">The merged object.</param>
    /// <param name="resourceVersion">The resourceVersion read; null for a new object.</param>
    public static JsonObject CoreApplyBody(JsonObject merged, string? resourceVersion)
    {
        var body = (JsonObject)merged.DeepClone();
        body.Remove("status");
        var meta = ClusterJson.Child(body, "metadata");
        foreach (var key in ServerMetadata)
        {
            meta.Remove(key);
        }

        meta.Remove("resourceVersion");
        if (resourceVersion is not null)
        {
            meta["resourceVersion"] = resourceVersion;
        }

        return body;
    }

    /// <summary>
    /// The apply body that puts a Calico node's rendered settings on its Kubernetes Node: the rendered labels, the
    /// <c>projectcalico.org/ASNumber</c> and <c>projectcalico.org/RouteReflectorClusterID</c> annotations, plus the
    /// labels and annotations this field manager applied before (with their live values), so that nothing Kubespray
    /// semantics would keep is removed.
    /// </summary>
    /// <param name="desired">The rendered Calico node, <c>projectcalico.org/v3</c> form.</param>
    /// <param name="liveNode">The Kubernetes Node as read.</param>
    /// <param name="fieldManager">The field manager.</param>
    public static JsonObject NodeApplyBody(JsonObject desired, JsonObject liveNode, string fieldManager)
    {
        var labels = new JsonObject();
        var annotations = new JsonObject();
        var liveLabels = ClusterJson.At(liveNode, "metadata", "labels") as JsonObject;
        var liveAnnotations = ClusterJson.At(liveNode, "metadata", "annotations") as JsonObject;
        foreach (var key in OwnedKeys(liveNode, fieldManager, "f:labels"))
        {
            if (liveLabels?[key] is { } v)
            {
                labels[key] = v.DeepClone();
            }
        }

        foreach (var key in OwnedKeys(liveNode, fieldManager, "f:annotations"))
        {
            if (liveAnnotations?[key] is { } v)
            {
                annotations[key] = v.DeepClone();
            }
        }

        if (ClusterJson.At(desired, "metadata", "labels") is JsonObject wanted)
        {
            foreach (var (key, value) in wanted)
            {
                labels[key] = value?.DeepClone();
            }
        }

        if (ClusterJson.At(desired, "spec", "bgp", "asNumber") is JsonValue asn)
        {
            annotations[CalicoApiGroups.AsNumberAnnotation] = ClusterJson.Text(asn);
        }

        if (ClusterJson.String(desired, "spec", "bgp", "routeReflectorClusterID") is { } clusterId)
        {
            annotations[CalicoApiGroups.RouteReflectorClusterIdAnnotation] = clusterId;
        }

        var meta = new JsonObject { ["name"] = ClusterJson.String(liveNode, "metadata", "name") };
        if (ClusterJson.String(liveNode, "metadata", "resourceVersion") is { } rv)
        {
            meta["resourceVersion"] = rv;
        }

        if (labels.Count > 0)
        {
            meta["labels"] = labels;
        }

        if (annotations.Count > 0)
        {
            meta["annotations"] = annotations;
        }

        return new JsonObject { ["apiVersion"] = ApiVersions.CoreV1, ["kind"] = "Node", ["metadata"] = meta };
    }

    /// <summary>The label or annotation keys a field manager owns on an object, from its <c>metadata.managedFields</c> (<c>fieldsV1</c>).</summary>
    /// <param name="obj">The object as read.</param>
    /// <param name="fieldManager">The manager.</param>
    /// <param name="map"><c>f:labels</c> or <c>f:annotations</c>.</param>
    public static IEnumerable<string> OwnedKeys(JsonObject obj, string fieldManager, string map)
    {
        if (ClusterJson.At(obj, "metadata", "managedFields") is not JsonArray entries)
        {
            yield break;
        }

        foreach (var entry in entries.OfType<JsonObject>().Where(e => ClusterJson.String(e, "manager") == fieldManager))
        {
            if (ClusterJson.At(entry, "fieldsV1", "f:metadata", map) is JsonObject keys)
            {
                foreach (var (key, _) in keys)
                {
                    if (key.StartsWith("f:", StringComparison.Ordinal))
                    {
                        yield return key.Substring(2);
                    }
                }
            }
        }
    }

    private static JsonObject Kept(JsonObject? map)
    {
        var result = new JsonObject();
        foreach (var (key, value) in map ?? [])
        {
            if (key != CalicoApiGroups.MetadataAnnotation
                && (key.Contains("projectcalico.org/", StringComparison.Ordinal) || key.Contains("operator.tigera.io/", StringComparison.Ordinal)))
            {
                result[key] = value?.DeepClone();
            }
        }

        return result;
    }

    private static string MetadataAnnotation(JsonObject meta)
    {
        // Go's ObjectMeta always writes creationTimestamp (null for an object Calico never stored).
        var v3 = new JsonObject { ["creationTimestamp"] = meta["creationTimestamp"]?.DeepClone() };
        foreach (var map in new[] { "labels", "annotations" })
        {
            if (meta[map] is JsonObject m)
            {
                var copy = new JsonObject();
                foreach (var (key, value) in m)
                {
                    if (key != CalicoApiGroups.MetadataAnnotation)
                    {
                        copy[key] = value?.DeepClone();
                    }
                }

                if (copy.Count > 0)
                {
                    v3[map] = copy;
                }
            }
        }

        return v3.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
