using Calico.Sdk.Resources;

namespace Calico.Sdk.Kubernetes;

/// <summary>Choices for the Kubernetes datastore adapter.</summary>
public sealed record KubernetesDatastoreOptions
{
    /// <summary>The field manager of server-side apply. Default <c>calico-sdk</c>.</summary>
    public string FieldManager { get; init; } = "calico-sdk";

    /// <summary>
    /// Server-side apply with <c>force=true</c>: take over fields another manager set (Kubespray's <c>kubectl</c> and
    /// <c>calicoctl</c> writes). Default true, as Kubespray's own apply overwrites them. False reports such fields as
    /// CAL5023 instead.
    /// </summary>
    public bool Force { get; init; } = true;

    /// <summary>
    /// The API group to write Calico objects to; null (the default) to ask discovery: <c>projectcalico.org/v3</c> when
    /// the Calico API server (or v3 CRDs) serve it, else <c>crd.projectcalico.org/v1</c>.
    /// </summary>
    public CalicoApiGroup? ApiGroup { get; init; }

    /// <summary>The namespace of the calico-node pods. Default <c>kube-system</c> (Kubespray's).</summary>
    public string CalicoNodeNamespace { get; init; } = "kube-system";

    /// <summary>The label selector of the calico-node pods. Default <c>k8s-app=calico-node</c>.</summary>
    public string CalicoNodeSelector { get; init; } = "k8s-app=calico-node";

    /// <summary>Timeout of each request. Default 30 seconds.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
