using System.Security.Cryptography;
using System.Text;
using Calico.Sdk.Cluster;
using k8s.Models;

namespace Calico.Sdk.Kubernetes;

/// <summary>
/// Workload endpoints as Calico derives them from pods in the Kubernetes datastore (there is no WorkloadEndpoint
/// object there): one per running, non-host-network pod with an IP, named <c>&lt;node&gt;-k8s-&lt;pod&gt;-eth0</c> (each
/// part with <c>-</c> doubled), interface <c>cali</c> + the first 11 hex digits of SHA-1(<c>namespace.pod</c>), profiles
/// <c>kns.&lt;namespace&gt;</c> and <c>ksa.&lt;namespace&gt;.&lt;service account&gt;</c>.
/// </summary>
public static class KubernetesWorkloadEndpoints
{
    /// <summary>Annotation in which Calico's CNI plugin records a pod's addresses.</summary>
    public const string PodIPsAnnotation = "cni.projectcalico.org/podIPs";

    /// <summary>The workload endpoint of a pod, or null when Calico has none for it (host network, not scheduled, finished, no IP yet).</summary>
    /// <param name="pod">The pod.</param>
    public static WorkloadEndpointStatus? FromPod(V1Pod pod)
    {
        var ns = pod.Metadata?.NamespaceProperty ?? "default";
        var name = pod.Metadata?.Name;
        var node = pod.Spec?.NodeName;
        if (name is null || string.IsNullOrEmpty(node) || pod.Spec?.HostNetwork == true || pod.Status?.Phase is "Succeeded" or "Failed")
        {
            return null;
        }

        var ips = pod.Metadata?.Annotations is { } a && a.TryGetValue(PodIPsAnnotation, out var annotated) && !string.IsNullOrWhiteSpace(annotated)
            ? annotated.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : (pod.Status?.PodIPs ?? []).Select(p => p.Ip).Where(ip => !string.IsNullOrEmpty(ip)).ToArray();
        if (ips.Length == 0)
        {
            return null;
        }

        var networks = ips.Select(ip => ip.Contains('/', StringComparison.Ordinal) ? ip : ip + (ip.Contains(':', StringComparison.Ordinal) ? "/128" : "/32"));
        var serviceAccount = pod.Spec?.ServiceAccountName is { Length: > 0 } sa ? sa : "default";
        return new WorkloadEndpointStatus(
            ns,
            EndpointName(node, name),
            name,
            node,
            string.Join(",", networks),
            InterfaceName(ns, name),
            $"kns.{ns},ksa.{ns}.{serviceAccount}",
            string.Empty);
    }

    /// <summary>Calico's workload endpoint name: <c>&lt;node&gt;-k8s-&lt;pod&gt;-eth0</c>, each part with <c>-</c> doubled.</summary>
    /// <param name="node">The node name.</param>
    /// <param name="pod">The pod name.</param>
    public static string EndpointName(string node, string pod) =>
        $"{Escape(node)}-k8s-{Escape(pod)}-eth0";

    /// <summary>The host-side veth name Calico's CNI plugin gives a pod: <c>cali</c> + 11 hex digits of SHA-1(<c>namespace.pod</c>).</summary>
    /// <param name="ns">The namespace.</param>
    /// <param name="pod">The pod name.</param>
    public static string InterfaceName(string ns, string pod)
    {
#pragma warning disable CA5350 // Calico's naming scheme, not a security use.
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(ns + "." + pod));
#pragma warning restore CA5350
        return "cali" + Convert.ToHexString(hash).ToLowerInvariant().Substring(0, 11);
    }

    private static string Escape(string part) => part.Replace("-", "--", StringComparison.Ordinal);
}
