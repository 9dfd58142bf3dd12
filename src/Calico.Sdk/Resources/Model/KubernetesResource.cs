using System.Text.Json.Serialization;

namespace Calico.Sdk.Resources;

/// <summary>
/// A Kubernetes-shaped object: <c>apiVersion</c>, <c>kind</c>, <c>metadata</c> and a body. Every resource Calico.Sdk
/// renders implements it, so that rendering, ordering, API-group conversion and schema validation treat them alike.
/// The JSON names are Kubernetes' camelCase names, so that KubernetesClient (<c>KubernetesJson.Deserialize</c>) and
/// any other Kubernetes client read the serialised form as it is.
/// </summary>
public interface IKubernetesResource
{
    /// <summary>The <c>apiVersion</c>, such as <c>projectcalico.org/v3</c>.</summary>
    string ApiVersion { get; }

    /// <summary>The <c>kind</c>, such as <c>IPPool</c>.</summary>
    string Kind { get; }

    /// <summary>Name, namespace, labels and annotations.</summary>
    ObjectMeta Metadata { get; }

    /// <summary>A copy with another API version, kind and metadata (the body unchanged); used to move a resource between API groups.</summary>
    /// <param name="apiVersion">The new <c>apiVersion</c>.</param>
    /// <param name="kind">The new <c>kind</c>.</param>
    /// <param name="metadata">The new metadata.</param>
    IKubernetesResource WithIdentity(string apiVersion, string kind, ObjectMeta metadata);
}

/// <summary>The part of Kubernetes' <c>ObjectMeta</c> that rendered resources use. Immutable, with value equality.</summary>
public sealed record ObjectMeta
{
    /// <summary>Creates metadata.</summary>
    public ObjectMeta()
    {
    }

    /// <summary>Creates metadata with a name.</summary>
    /// <param name="name">The object name.</param>
    /// <param name="namespace">The namespace, for namespaced kinds.</param>
    public ObjectMeta(string name, string? @namespace = null)
    {
        Name = name;
        Namespace = @namespace;
    }

    /// <summary><c>metadata.name</c>.</summary>
    [JsonPropertyName("name")]
    [JsonPropertyOrder(0)]
    public string Name { get; init; } = string.Empty;

    /// <summary><c>metadata.namespace</c>; null for cluster-scoped kinds.</summary>
    [JsonPropertyName("namespace")]
    [JsonPropertyOrder(1)]
    public string? Namespace { get; init; }

    /// <summary><c>metadata.labels</c>, ordered by key; null when there are none.</summary>
    [JsonPropertyName("labels")]
    [JsonPropertyOrder(2)]
    public StringMap? Labels { get; init; }

    /// <summary><c>metadata.annotations</c>, ordered by key; null when there are none.</summary>
    [JsonPropertyName("annotations")]
    [JsonPropertyOrder(3)]
    public StringMap? Annotations { get; init; }

    /// <summary>Returns the metadata with a label set.</summary>
    /// <param name="key">Label key.</param>
    /// <param name="value">Label value.</param>
    public ObjectMeta WithLabel(string key, string value) => this with { Labels = (Labels ?? StringMap.Empty).With(key, value) };

    /// <summary>Returns the metadata with an annotation set.</summary>
    /// <param name="key">Annotation key.</param>
    /// <param name="value">Annotation value.</param>
    public ObjectMeta WithAnnotation(string key, string value) => this with { Annotations = (Annotations ?? StringMap.Empty).With(key, value) };
}

/// <summary>The API versions and kinds Calico.Sdk renders.</summary>
public static class ApiVersions
{
    /// <summary><c>projectcalico.org/v3</c>: the Calico API (calicoctl, the Calico API server, and v3 CRDs).</summary>
    public const string ProjectCalicoV3 = "projectcalico.org/v3";

    /// <summary><c>crd.projectcalico.org/v1</c>: the CRDs behind Calico's Kubernetes datastore.</summary>
    public const string CrdProjectCalicoV1 = "crd.projectcalico.org/v1";

    /// <summary><c>v1</c>: Kubernetes core (ConfigMap, Node).</summary>
    public const string CoreV1 = "v1";

    /// <summary><c>apps/v1</c>: DaemonSet and Deployment.</summary>
    public const string AppsV1 = "apps/v1";

    /// <summary><c>operator.tigera.io/v1</c>: the Tigera operator's API (Installation, APIServer).</summary>
    public const string OperatorV1 = "operator.tigera.io/v1";
}
