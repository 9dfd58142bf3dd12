using System.Text.Json.Nodes;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Cluster;

/// <summary>
/// Brings objects into the one form drift and merging work on, <c>projectcalico.org/v3</c>: a
/// <c>crd.projectcalico.org/v1</c> custom resource (its <c>projectcalico.org/metadata</c> annotation unpacked, kind
/// <c>IPAMConfig</c> renamed), and a Kubernetes <c>Node</c> (its <c>projectcalico.org/*</c> annotations read into a Calico
/// Node's <c>spec.bgp</c>), as Calico's Kubernetes datastore reads them.
/// </summary>
public static class CalicoObjectForms
{
    /// <summary>Kubernetes Node annotation: the node's IPv4 address and prefix (<c>spec.bgp.ipv4Address</c>).</summary>
    public const string IPv4AddressAnnotation = "projectcalico.org/IPv4Address";

    /// <summary>Kubernetes Node annotation: the node's IPv6 address and prefix (<c>spec.bgp.ipv6Address</c>).</summary>
    public const string IPv6AddressAnnotation = "projectcalico.org/IPv6Address";

    /// <summary>Kubernetes Node annotation: the IPIP tunnel address (<c>spec.bgp.ipv4IPIPTunnelAddr</c>).</summary>
    public const string IpipTunnelAddressAnnotation = "projectcalico.org/IPv4IPIPTunnelAddr";

    /// <summary>A rendered resource as a <c>projectcalico.org/v3</c> JSON object.</summary>
    /// <param name="resource">A resource in any of the forms Calico.Sdk renders.</param>
    public static JsonObject ToV3(IKubernetesResource resource)
    {
        var json = ManifestSerializer.ToJsonNode(resource);

        // A fresh tree in v3 form already: no copy needed.
        return resource.ApiVersion == ApiVersions.ProjectCalicoV3 ? json : ToV3(json);
    }

    /// <summary>A <c>crd.projectcalico.org/v1</c> object, a Kubernetes Node or a <c>projectcalico.org/v3</c> object as a new <c>projectcalico.org/v3</c> JSON object.</summary>
    /// <param name="obj">The object (not changed).</param>
    public static JsonObject ToV3(JsonObject obj)
    {
        var apiVersion = ClusterJson.String(obj, "apiVersion");
        var kind = ClusterJson.String(obj, "kind");
        if (apiVersion == ApiVersions.CoreV1 && kind == "Node")
        {
            return FromKubernetesNode(obj);
        }

        var copy = (JsonObject)obj.DeepClone();
        if (apiVersion != ApiVersions.CrdProjectCalicoV1)
        {
            return copy;
        }

        copy["apiVersion"] = ApiVersions.ProjectCalicoV3;
        if (kind == "IPAMConfig")
        {
            copy["kind"] = "IPAMConfiguration";
        }

        var meta = ClusterJson.Child(copy, "metadata");
        if (meta["annotations"] is JsonObject annotations && ClusterJson.ParseObject(ClusterJson.String(annotations, CalicoApiGroups.MetadataAnnotation)) is { } v3Meta)
        {
            annotations.Remove(CalicoApiGroups.MetadataAnnotation);
            foreach (var map in new[] { "labels", "annotations" })
            {
                if (v3Meta[map] is JsonObject fromAnnotation)
                {
                    var target = ClusterJson.Child(meta, map);
                    foreach (var (key, value) in fromAnnotation)
                    {
                        target[key] = value?.DeepClone();
                    }
                }
            }

            if (annotations.Count == 0)
            {
                meta.Remove("annotations");
            }
        }

        return copy;
    }

    /// <summary>Whether an object is a Kubernetes (core <c>v1</c>) Node.</summary>
    /// <param name="obj">The object.</param>
    public static bool IsKubernetesNode(JsonObject obj) => ClusterJson.String(obj, "apiVersion") == ApiVersions.CoreV1 && ClusterJson.String(obj, "kind") == "Node";

    private static JsonObject FromKubernetesNode(JsonObject node)
    {
        var annotations = ClusterJson.At(node, "metadata", "annotations") as JsonObject;
        var meta = new JsonObject { ["name"] = ClusterJson.String(node, "metadata", "name") };
        if (ClusterJson.String(node, "metadata", "resourceVersion") is { } rv)
        {
            meta["resourceVersion"] = rv;
        }

        if (ClusterJson.At(node, "metadata", "labels") is JsonObject labels)
        {
            meta["labels"] = labels.DeepClone();
        }

        var bgp = new JsonObject();
        void Copy(string annotation, string field)
        {
            if (ClusterJson.String(annotations, annotation) is { Length: > 0 } value)
            {
                bgp[field] = value;
            }
        }

        Copy(IPv4AddressAnnotation, "ipv4Address");
        Copy(IPv6AddressAnnotation, "ipv6Address");
        Copy(IpipTunnelAddressAnnotation, "ipv4IPIPTunnelAddr");
        Copy(CalicoApiGroups.RouteReflectorClusterIdAnnotation, "routeReflectorClusterID");

        // Calico writes the AS number in decimal and accepts asdot on read; a value it cannot read is ignored, as Calico does.
        if (ClusterJson.String(annotations, CalicoApiGroups.AsNumberAnnotation) is { Length: > 0 } asText
            && AsNumber.TryParse(asText, out var asNumber, out _))
        {
            bgp["asNumber"] = JsonValue.Create(asNumber.Value);
        }

        var spec = new JsonObject();
        if (bgp.Count > 0)
        {
            spec["bgp"] = bgp;
        }

        return new JsonObject
        {
            ["kind"] = "Node",
            ["apiVersion"] = ApiVersions.ProjectCalicoV3,
            ["metadata"] = meta,
            ["spec"] = spec,
        };
    }
}
