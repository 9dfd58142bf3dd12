using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Calico.Sdk.Resources;

/// <summary>The API group Calico resources are rendered for.</summary>
public enum CalicoApiGroup
{
    /// <summary><c>projectcalico.org/v3</c>: for <c>calicoctl</c> (Kubespray's <c>calicoctl.sh</c>), the Calico API server, or v3 CRDs.</summary>
    ProjectCalicoV3,

    /// <summary><c>crd.projectcalico.org/v1</c>: written straight into the Kubernetes datastore with <c>kubectl</c>, as Calico itself stores them.</summary>
    CrdProjectCalicoV1,
}

/// <summary>Moves resources between <c>projectcalico.org/v3</c> and the <c>crd.projectcalico.org/v1</c> storage form.</summary>
public static class CalicoApiGroups
{
    /// <summary>The annotation in which Calico's Kubernetes datastore keeps the v3 metadata of a <c>crd.projectcalico.org/v1</c> object.</summary>
    public const string MetadataAnnotation = "projectcalico.org/metadata";

    /// <summary>Kubernetes Node annotation holding a Calico node's AS number.</summary>
    public const string AsNumberAnnotation = "projectcalico.org/ASNumber";

    /// <summary>Kubernetes Node annotation holding a Calico node's route-reflector cluster ID.</summary>
    public const string RouteReflectorClusterIdAnnotation = "projectcalico.org/RouteReflectorClusterID";

    /// <summary>The <c>apiVersion</c> of an API group.</summary>
    /// <param name="group">The group.</param>
    public static string ApiVersion(CalicoApiGroup group) =>
        group == CalicoApiGroup.ProjectCalicoV3 ? ApiVersions.ProjectCalicoV3 : ApiVersions.CrdProjectCalicoV1;

    /// <summary>
    /// Converts a <c>projectcalico.org/v3</c> resource to <paramref name="group"/>. For <c>crd.projectcalico.org/v1</c>:
    /// the apiVersion changes, <c>IPAMConfiguration</c> becomes kind <c>IPAMConfig</c>, only labels and annotations
    /// whose key contains <c>projectcalico.org/</c> or <c>operator.tigera.io/</c> stay on the object and the whole v3
    /// metadata goes into the <c>projectcalico.org/metadata</c> annotation, as Calico's Kubernetes datastore stores
    /// it; a Calico Node becomes the labels and <c>projectcalico.org/*</c> annotations of the Kubernetes Node. Other
    /// resources (ConfigMaps, workload patches) are returned unchanged.
    /// </summary>
    /// <param name="resource">A resource in its <c>projectcalico.org/v3</c> form.</param>
    /// <param name="group">The target group.</param>
    public static IKubernetesResource Convert(IKubernetesResource resource, CalicoApiGroup group)
    {
        if (group == CalicoApiGroup.ProjectCalicoV3 || resource.ApiVersion != ApiVersions.ProjectCalicoV3)
        {
            return resource;
        }

        if (resource is CalicoNode node)
        {
            return ToKubernetesNode(node);
        }

        var kind = resource.Kind == "IPAMConfiguration" ? "IPAMConfig" : resource.Kind;
        var meta = resource.Metadata;
        static bool Kept(string key) => key.Contains("projectcalico.org/", StringComparison.Ordinal) || key.Contains("operator.tigera.io/", StringComparison.Ordinal);
        var annotations = (meta.Annotations ?? StringMap.Empty).Where(Kept).With(MetadataAnnotation, MetadataJson(meta));
        var labels = meta.Labels?.Where(Kept);
        return resource.WithIdentity(ApiVersions.CrdProjectCalicoV1, kind, meta with
        {
            Labels = labels is { Count: > 0 } ? labels : null,
            Annotations = annotations,
        });
    }

    /// <summary>The v3 metadata as Calico serialises it into <see cref="MetadataAnnotation"/>: without name, namespace, uid and resourceVersion.</summary>
    /// <param name="meta">The v3 metadata.</param>
    public static string MetadataJson(ObjectMeta meta)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();

            // Go's ObjectMeta always writes creationTimestamp; a resource that was never stored has none.
            w.WriteNull("creationTimestamp");
            WriteMap(w, "labels", meta.Labels);
            WriteMap(w, "annotations", meta.Annotations);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteMap(Utf8JsonWriter w, string name, StringMap? map)
    {
        if (map is not { Count: > 0 })
        {
            return;
        }

        w.WriteStartObject(name);
        foreach (var e in map)
        {
            w.WriteString(e.Key, e.Value);
        }

        w.WriteEndObject();
    }

    /// <summary>A Calico Node's settings as labels and annotations of the Kubernetes Node (Kubernetes datastore).</summary>
    /// <param name="node">The Calico node settings.</param>
    public static KubernetesNodePatch ToKubernetesNode(CalicoNode node)
    {
        var annotations = new List<KeyValuePair<string, string>>();
        if (node.Spec.Bgp?.AsNumber is { } asNumber)
        {
            annotations.Add(new(AsNumberAnnotation, asNumber.ToString(CultureInfo.InvariantCulture)));
        }

        if (node.Spec.Bgp?.RouteReflectorClusterID is { } clusterId)
        {
            annotations.Add(new(RouteReflectorClusterIdAnnotation, clusterId));
        }

        return new KubernetesNodePatch
        {
            Metadata = new ObjectMeta(node.Metadata.Name)
            {
                Labels = node.Metadata.Labels,
                Annotations = annotations.Count == 0 ? null : StringMap.Create(annotations),
            },
        };
    }
}
