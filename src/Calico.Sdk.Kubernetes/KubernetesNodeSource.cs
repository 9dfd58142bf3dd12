using System.Net;
using System.Net.Sockets;
using Calico.Sdk.Cluster;
using Calico.Sdk.Resources;
using k8s.Models;

namespace Calico.Sdk.Kubernetes;

/// <summary>
/// A node of a running cluster as the node model needs it: read from a Kubernetes Node and its Calico annotations and
/// labels, so that a cluster description can start from what runs.
/// </summary>
/// <param name="Name">The node name (Kubespray's inventory hostname).</param>
/// <param name="Roles">Control plane (label <c>node-role.kubernetes.io/control-plane</c>), route reflector (taint or label <c>node-role.kubernetes.io/calico-rr</c>, or label <c>i-am-a-route-reflector</c>), worker (any node whose taints do not keep workloads off). The etcd role cannot be seen from Kubernetes and is never set.</param>
/// <param name="IPv4Address">The node IPv4 address: <c>projectcalico.org/IPv4Address</c> without its prefix, else the InternalIP.</param>
/// <param name="IPv6Address">The node IPv6 address, the same way.</param>
/// <param name="AsNumber">The node's own AS number (<c>projectcalico.org/ASNumber</c>), Kubespray's <c>local_as</c>.</param>
/// <param name="RouteReflectorClusterId">The route-reflector cluster ID (<c>projectcalico.org/RouteReflectorClusterID</c>), Kubespray's <c>cluster_id</c>.</param>
/// <param name="RouteReflectorId">Label <c>calico-rr-id</c>, Kubespray's <c>calico_rr_id</c>.</param>
/// <param name="GroupId">Label <c>calico-group-id</c>, Kubespray's <c>calico_group_id</c>.</param>
public sealed record DiscoveredNode(
    string Name,
    NodeRoles Roles,
    IPAddress? IPv4Address,
    IPAddress? IPv6Address,
    AsNumber? AsNumber,
    string? RouteReflectorClusterId,
    string? RouteReflectorId,
    string? GroupId);

/// <summary>Reads Kubernetes Nodes into <see cref="DiscoveredNode"/>s and adds them to a cluster description.</summary>
public static class KubernetesNodeSource
{
    /// <summary>The control-plane role label kubeadm sets.</summary>
    public const string ControlPlaneLabel = "node-role.kubernetes.io/control-plane";

    /// <summary>The taint (and label) Kubespray gives route reflectors that are not workers.</summary>
    public const string CalicoRrTaint = "node-role.kubernetes.io/calico-rr";

    /// <summary>Reads nodes, sorted by name.</summary>
    /// <param name="nodes">Kubernetes Nodes.</param>
    public static IReadOnlyList<DiscoveredNode> FromNodes(IEnumerable<V1Node> nodes) =>
        nodes.Select(FromNode).OrderBy(n => n.Name, StringComparer.Ordinal).ToList();

    /// <summary>Reads one node.</summary>
    /// <param name="node">A Kubernetes Node.</param>
    public static DiscoveredNode FromNode(V1Node node)
    {
        var labels = node.Metadata?.Labels ?? new Dictionary<string, string>();
        var annotations = node.Metadata?.Annotations ?? new Dictionary<string, string>();
        var taints = node.Spec?.Taints ?? [];
        var roles = NodeRoles.None;
        if (labels.ContainsKey(ControlPlaneLabel) || labels.ContainsKey("node-role.kubernetes.io/master"))
        {
            roles |= NodeRoles.ControlPlane;
        }

        if (labels.ContainsKey(CalicoRrTaint) || taints.Any(t => t.Key == CalicoRrTaint) || labels.TryGetValue("i-am-a-route-reflector", out var rr) && rr == "true")
        {
            roles |= NodeRoles.RouteReflector;
        }

        if (!taints.Any(t => t.Effect == "NoSchedule" && t.Key is ControlPlaneLabel or CalicoRrTaint or "node-role.kubernetes.io/master"))
        {
            roles |= NodeRoles.Worker;
        }

        var addresses = node.Status?.Addresses ?? [];
        IPAddress? Address(string annotation, AddressFamily family)
        {
            if (annotations.TryGetValue(annotation, out var text) && IPAddress.TryParse(text.Split('/')[0], out var a) && a.AddressFamily == family)
            {
                return a;
            }

            return addresses.Where(x => x.Type == "InternalIP")
                .Select(x => IPAddress.TryParse(x.Address, out var ip) ? ip : null)
                .FirstOrDefault(ip => ip?.AddressFamily == family);
        }

        AsNumber? asNumber = annotations.TryGetValue(CalicoApiGroups.AsNumberAnnotation, out var asText) && Calico.Sdk.AsNumber.TryParse(asText, out var parsed, out _) ? parsed : null;
        return new DiscoveredNode(
            node.Metadata?.Name ?? string.Empty,
            roles,
            Address(CalicoObjectForms.IPv4AddressAnnotation, AddressFamily.InterNetwork),
            Address(CalicoObjectForms.IPv6AddressAnnotation, AddressFamily.InterNetworkV6),
            asNumber,
            annotations.TryGetValue(CalicoApiGroups.RouteReflectorClusterIdAnnotation, out var cid) && cid.Length > 0 ? cid : null,
            labels.TryGetValue("calico-rr-id", out var rrId) ? rrId : null,
            labels.TryGetValue("calico-group-id", out var groupId) ? groupId : null);
    }

    /// <summary>
    /// Adds discovered nodes as inventory hosts: <c>ansible_host</c> and <c>ip</c> from the IPv4 address, <c>ip6</c>,
    /// groups from the roles, <c>local_as</c>, <c>cluster_id</c>, <c>calico_rr_id</c>, <c>calico_group_id</c>.
    /// </summary>
    /// <param name="builder">The cluster's node builder.</param>
    /// <param name="nodes">From <see cref="KubernetesDatastore.ReadNodesAsync"/>.</param>
    public static NodesBuilder AddDiscovered(this NodesBuilder builder, IEnumerable<DiscoveredNode> nodes)
    {
        foreach (var n in nodes)
        {
            void Configure(HostBuilder h)
            {
                if (n.Roles.HasFlag(NodeRoles.ControlPlane))
                {
                    h.ControlPlane();
                }

                if (n.Roles.HasFlag(NodeRoles.Worker))
                {
                    h.Worker();
                }

                if (n.Roles.HasFlag(NodeRoles.RouteReflector))
                {
                    h.RouteReflector();
                }

                if (n.IPv6Address is { } v6)
                {
                    h.Ip6(v6);
                }

                if (n.AsNumber is { } asn)
                {
                    h.LocalAs(asn);
                }

                if (n.RouteReflectorClusterId is { } cid)
                {
                    h.ClusterId(cid);
                }

                if (n.RouteReflectorId is { } rrId)
                {
                    h.RouteReflectorId(rrId);
                }

                if (n.GroupId is { } groupId)
                {
                    h.GroupId(groupId);
                }
            }

            if (n.IPv4Address is { } v4)
            {
                builder.Host(n.Name, v4.ToString(), Configure);
            }
            else
            {
                builder.Host(n.Name, Configure);
            }
        }

        return builder;
    }
}
