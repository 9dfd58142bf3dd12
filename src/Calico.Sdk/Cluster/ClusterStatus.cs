using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Calico.Sdk.Cluster;

/// <summary>What <c>status</c> shows.</summary>
public enum StatusKind
{
    /// <summary>Calico nodes with their BGP settings (<c>calicoctl get node -o wide</c>), calico-node pods (Kubernetes), BGP sessions (CalicoNodeStatus).</summary>
    Nodes,

    /// <summary>IP pools (<c>calicoctl get ippool -o wide</c>).</summary>
    IPPools,

    /// <summary>Workload endpoints, all namespaces (<c>calicoctl get workloadEndpoint -o wide -A</c>).</summary>
    WorkloadEndpoints,

    /// <summary>Host endpoints (<c>calicoctl get hostEndpoint -o wide</c>).</summary>
    HostEndpoints,
}

/// <summary>Names of <see cref="StatusKind"/> as a command line spells them.</summary>
public static class StatusKinds
{
    /// <summary>Parses <c>nodes</c>, <c>ippools</c>, <c>workloadendpoints</c>, <c>hostendpoints</c>, case-insensitively, also singular and calicoctl's short names (<c>ippool</c>, <c>wep</c>, <c>hep</c>).</summary>
    /// <param name="text">The name.</param>
    /// <param name="kind">The kind, when known.</param>
    public static bool TryParse(string? text, out StatusKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "node" or "nodes" or "no":
                kind = StatusKind.Nodes;
                return true;
            case "ippool" or "ippools" or "pool" or "pools":
                kind = StatusKind.IPPools;
                return true;
            case "workloadendpoint" or "workloadendpoints" or "wep" or "weps":
                kind = StatusKind.WorkloadEndpoints;
                return true;
            case "hostendpoint" or "hostendpoints" or "hep" or "heps":
                kind = StatusKind.HostEndpoints;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>The command-line name: <c>nodes</c>, <c>ippools</c>, <c>workloadendpoints</c>, <c>hostendpoints</c>.</summary>
    /// <param name="kind">The kind.</param>
    public static string Name(StatusKind kind) => kind.ToString().ToLowerInvariant();
}

/// <summary>One IP pool as <c>calicoctl get ippool -o wide</c> shows it.</summary>
/// <param name="Name">NAME.</param>
/// <param name="Cidr">CIDR.</param>
/// <param name="NatOutgoing">NAT.</param>
/// <param name="IpipMode">IPIPMODE (<c>Never</c> when unset).</param>
/// <param name="VxlanMode">VXLANMODE (<c>Never</c> when unset).</param>
/// <param name="Disabled">DISABLED.</param>
/// <param name="DisableBgpExport">DISABLEBGPEXPORT.</param>
/// <param name="Selector">SELECTOR (<c>all()</c> when unset, as Calico reads it).</param>
/// <param name="AssignmentMode">ASSIGNMENTMODE (<c>Automatic</c> when unset).</param>
public sealed record IPPoolStatus(string Name, string Cidr, bool NatOutgoing, string IpipMode, string VxlanMode, bool Disabled, bool DisableBgpExport, string Selector, string AssignmentMode)
{
    /// <summary>Reads a pool (<c>projectcalico.org/v3</c> or <c>crd.projectcalico.org/v1</c>; the spec is the same).</summary>
    /// <param name="pool">The pool.</param>
    public static IPPoolStatus From(JsonObject pool) => new(
        ClusterJson.String(pool, "metadata", "name") ?? string.Empty,
        ClusterJson.String(pool, "spec", "cidr") ?? string.Empty,
        ClusterJson.Bool(pool, "spec", "natOutgoing"),
        NonEmpty(ClusterJson.String(pool, "spec", "ipipMode"), "Never"),
        NonEmpty(ClusterJson.String(pool, "spec", "vxlanMode"), "Never"),
        ClusterJson.Bool(pool, "spec", "disabled"),
        ClusterJson.Bool(pool, "spec", "disableBGPExport"),
        NonEmpty(ClusterJson.String(pool, "spec", "nodeSelector"), "all()"),
        NonEmpty(ClusterJson.String(pool, "spec", "assignmentMode"), "Automatic"));

    internal static string NonEmpty(string? value, string fallback) => string.IsNullOrEmpty(value) ? fallback : value;
}

/// <summary>One Calico node as <c>calicoctl get node -o wide</c> shows it.</summary>
/// <param name="Name">NAME.</param>
/// <param name="AsNumber">ASN: the node's AS number, <c>(64512)</c> in parentheses when the node uses the global one, empty without BGP.</param>
/// <param name="IPv4Address">IPV4 (<c>spec.bgp.ipv4Address</c>).</param>
/// <param name="IPv6Address">IPV6 (<c>spec.bgp.ipv6Address</c>).</param>
/// <param name="RouteReflectorClusterId">Not a calicoctl column: <c>spec.bgp.routeReflectorClusterID</c>, for the JSON.</param>
public sealed record NodeStatus(string Name, string AsNumber, string IPv4Address, string IPv6Address, string? RouteReflectorClusterId = null)
{
    /// <summary>Reads a <c>projectcalico.org/v3</c> Node.</summary>
    /// <param name="node">The node.</param>
    /// <param name="globalAsNumber">BGPConfiguration <c>default</c> <c>asNumber</c>, or 64512.</param>
    public static NodeStatus From(JsonObject node, string globalAsNumber)
    {
        var bgp = ClusterJson.At(node, "spec", "bgp") as JsonObject;
        var asn = bgp is null ? string.Empty : ClusterJson.Text(bgp, "asNumber") is { Length: > 0 } a ? a : $"({globalAsNumber})";
        return new NodeStatus(
            ClusterJson.String(node, "metadata", "name") ?? string.Empty,
            asn,
            ClusterJson.String(bgp, "ipv4Address") ?? string.Empty,
            ClusterJson.String(bgp, "ipv6Address") ?? string.Empty,
            ClusterJson.String(bgp, "routeReflectorClusterID"));
    }
}

/// <summary>The calico-node pod of one node.</summary>
/// <param name="Node">The node.</param>
/// <param name="Pod">The pod name; empty when the node has none.</param>
/// <param name="Phase">Pod phase (<c>Running</c>, <c>Pending</c> …).</param>
/// <param name="ReadyContainers">Containers ready.</param>
/// <param name="Containers">Containers in the pod.</param>
/// <param name="Restarts">Container restarts, summed.</param>
public sealed record CalicoNodePod(string Node, string Pod, string Phase, int ReadyContainers, int Containers, int Restarts)
{
    /// <summary>Whether the pod is running.</summary>
    public bool Running => Phase == "Running";

    /// <summary>Whether every container is ready.</summary>
    public bool Ready => Running && Containers > 0 && ReadyContainers == Containers;
}

/// <summary>One BGP session as <c>calicoctl node status</c> shows it.</summary>
/// <param name="PeerAddress">PEER ADDRESS.</param>
/// <param name="PeerType">PEER TYPE: <c>node-to-node mesh</c>, <c>node specific</c> or <c>global</c>.</param>
/// <param name="State">STATE: <c>up</c> when established, else <c>start</c>.</param>
/// <param name="Since">SINCE.</param>
/// <param name="Info">INFO: the BGP session state, such as <c>Established</c>.</param>
public sealed record BgpPeerStatus(string PeerAddress, string PeerType, string State, string Since, string Info)
{
    /// <summary>Whether the session is established.</summary>
    public bool Established => Info == "Established";
}

/// <summary>The BGP status of one node, from its CalicoNodeStatus (<c>status.agent</c>, <c>status.bgp</c>).</summary>
/// <param name="Node">The node.</param>
/// <param name="BirdV4">State of BIRD for IPv4 (<c>Ready</c> …); null when not reported.</param>
/// <param name="BirdV6">State of BIRD for IPv6; null when not reported.</param>
/// <param name="PeersV4">IPv4 sessions.</param>
/// <param name="PeersV6">IPv6 sessions.</param>
/// <param name="LastUpdated">When calico-node last wrote the status.</param>
public sealed record NodeBgpStatus(string Node, string? BirdV4, string? BirdV6, EquatableArray<BgpPeerStatus> PeersV4, EquatableArray<BgpPeerStatus> PeersV6, string? LastUpdated)
{
    /// <summary>Reads a CalicoNodeStatus (either API group).</summary>
    /// <param name="status">The CalicoNodeStatus.</param>
    public static NodeBgpStatus From(JsonObject status)
    {
        static EquatableArray<BgpPeerStatus> Peers(JsonNode? list) =>
            (list as JsonArray ?? []).OfType<JsonObject>().Select(p =>
            {
                var state = ClusterJson.String(p, "state") ?? string.Empty;
                return new BgpPeerStatus(
                    ClusterJson.String(p, "peerIP") ?? string.Empty,
                    ClusterJson.String(p, "type") switch
                    {
                        "NodeMesh" => "node-to-node mesh",
                        "NodePeer" => "node specific",
                        "GlobalPeer" => "global",
                        var other => other ?? string.Empty,
                    },
                    state == "Established" ? "up" : "start",
                    ClusterJson.String(p, "since") ?? string.Empty,
                    state);
            }).ToEquatableArray();

        return new NodeBgpStatus(
            ClusterJson.String(status, "spec", "node") ?? ClusterJson.String(status, "metadata", "name") ?? string.Empty,
            ClusterJson.String(status, "status", "agent", "birdV4", "state"),
            ClusterJson.String(status, "status", "agent", "birdV6", "state"),
            Peers(ClusterJson.At(status, "status", "bgp", "peersV4")),
            Peers(ClusterJson.At(status, "status", "bgp", "peersV6")),
            ClusterJson.Text(status, "status", "lastUpdated"));
    }
}

/// <summary>One workload endpoint as <c>calicoctl get workloadEndpoint -o wide -A</c> shows it.</summary>
/// <param name="Namespace">NAMESPACE.</param>
/// <param name="Name">NAME.</param>
/// <param name="Workload">WORKLOAD (<c>spec.workload</c>, else <c>spec.pod</c>).</param>
/// <param name="Node">NODE.</param>
/// <param name="Networks">NETWORKS, joined with commas.</param>
/// <param name="Interface">INTERFACE.</param>
/// <param name="Profiles">PROFILES, joined with commas.</param>
/// <param name="Nats">NATS, joined with commas.</param>
public sealed record WorkloadEndpointStatus(string Namespace, string Name, string Workload, string Node, string Networks, string Interface, string Profiles, string Nats)
{
    /// <summary>Reads a <c>projectcalico.org/v3</c> WorkloadEndpoint.</summary>
    /// <param name="endpoint">The endpoint.</param>
    public static WorkloadEndpointStatus From(JsonObject endpoint)
    {
        var workload = ClusterJson.String(endpoint, "spec", "workload");
        var nats = (ClusterJson.At(endpoint, "spec", "ipNATs") as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(n => $"{{{ClusterJson.String(n, "internalIP")} {ClusterJson.String(n, "externalIP")}}}");
        return new WorkloadEndpointStatus(
            ClusterJson.String(endpoint, "metadata", "namespace") ?? string.Empty,
            ClusterJson.String(endpoint, "metadata", "name") ?? string.Empty,
            string.IsNullOrEmpty(workload) ? ClusterJson.String(endpoint, "spec", "pod") ?? string.Empty : workload,
            ClusterJson.String(endpoint, "spec", "node") ?? string.Empty,
            string.Join(",", ClusterJson.Strings(endpoint, "spec", "ipNetworks")),
            ClusterJson.String(endpoint, "spec", "interfaceName") ?? string.Empty,
            string.Join(",", ClusterJson.Strings(endpoint, "spec", "profiles")),
            string.Join(",", nats));
    }
}

/// <summary>One host endpoint as <c>calicoctl get hostEndpoint -o wide</c> shows it.</summary>
/// <param name="Name">NAME.</param>
/// <param name="Node">NODE.</param>
/// <param name="Interface">INTERFACE.</param>
/// <param name="Ips">IPS (<c>spec.expectedIPs</c> joined with commas).</param>
/// <param name="Profiles">PROFILES, joined with commas.</param>
public sealed record HostEndpointStatus(string Name, string Node, string Interface, string Ips, string Profiles)
{
    /// <summary>Reads a HostEndpoint (either API group).</summary>
    /// <param name="endpoint">The endpoint.</param>
    public static HostEndpointStatus From(JsonObject endpoint) => new(
        ClusterJson.String(endpoint, "metadata", "name") ?? string.Empty,
        ClusterJson.String(endpoint, "spec", "node") ?? string.Empty,
        ClusterJson.String(endpoint, "spec", "interfaceName") ?? string.Empty,
        string.Join(",", ClusterJson.Strings(endpoint, "spec", "expectedIPs")),
        string.Join(",", ClusterJson.Strings(endpoint, "spec", "profiles")));
}

/// <summary>What is running: the rows of one <see cref="StatusKind"/> and any findings. Format with <see cref="StatusFormatter"/>.</summary>
public sealed record ClusterStatus
{
    /// <summary>What was asked for.</summary>
    public StatusKind Kind { get; init; }

    /// <summary>Which datastore.</summary>
    public string Datastore { get; init; } = string.Empty;

    /// <summary>Calico nodes (<see cref="StatusKind.Nodes"/>).</summary>
    public EquatableArray<NodeStatus> Nodes { get; init; }

    /// <summary>calico-node pods, one per Kubernetes node (<see cref="StatusKind.Nodes"/>, Kubernetes datastore only).</summary>
    public EquatableArray<CalicoNodePod> CalicoNodePods { get; init; }

    /// <summary>BGP sessions per node from CalicoNodeStatus objects (<see cref="StatusKind.Nodes"/>).</summary>
    public EquatableArray<NodeBgpStatus> Bgp { get; init; }

    /// <summary>IP pools (<see cref="StatusKind.IPPools"/>).</summary>
    public EquatableArray<IPPoolStatus> IPPools { get; init; }

    /// <summary>Workload endpoints (<see cref="StatusKind.WorkloadEndpoints"/>).</summary>
    public EquatableArray<WorkloadEndpointStatus> WorkloadEndpoints { get; init; }

    /// <summary>Host endpoints (<see cref="StatusKind.HostEndpoints"/>).</summary>
    public EquatableArray<HostEndpointStatus> HostEndpoints { get; init; }

    /// <summary>Not ready calico-node pods, BGP sessions down, unreadable values, an unreachable datastore.</summary>
    public EquatableArray<Finding> Findings { get; init; }

    /// <summary>Requests sent to the datastore.</summary>
    public int RoundTrips { get; init; }

    /// <summary>Whether nothing is wrong (no warning or error finding).</summary>
    public bool Healthy => !Findings.Any(f => f.Severity != FindingSeverity.Info);

    /// <summary>The findings that come from BGP session state and calico-node readiness, shared by both adapters.</summary>
    /// <param name="pods">calico-node pods.</param>
    /// <param name="bgp">BGP statuses.</param>
    /// <param name="nodes">Nodes expected to report (for missing CalicoNodeStatus).</param>
    public static IEnumerable<Finding> HealthFindings(IEnumerable<CalicoNodePod> pods, IEnumerable<NodeBgpStatus> bgp, IEnumerable<string> nodes)
    {
        foreach (var p in pods.Where(p => !p.Ready))
        {
            var what = p.Pod.Length == 0
                ? $"node {p.Node} has no calico-node pod"
                : $"calico-node pod {p.Pod} on {p.Node} is {p.Phase}, {p.ReadyContainers.ToString(CultureInfo.InvariantCulture)}/{p.Containers.ToString(CultureInfo.InvariantCulture)} ready, {p.Restarts.ToString(CultureInfo.InvariantCulture)} restart(s)";
            yield return ClusterFindings.CalicoNodeNotReady.Create($"nodes[{p.Node}]", what + ".", "kubectl -n kube-system describe pod / logs of calico-node");
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in bgp)
        {
            reported.Add(s.Node);
            foreach (var (peer, family) in s.PeersV4.Select(p => (p, "IPv4")).Concat(s.PeersV6.Select(p => (p, "IPv6"))))
            {
                if (!peer.Established)
                {
                    yield return ClusterFindings.BgpSessionDown.Create(
                        $"nodes[{s.Node}].bgp[{peer.PeerAddress}]",
                        $"{family} BGP session of {s.Node} with {peer.PeerAddress} ({peer.PeerType}) is {(peer.Info.Length == 0 ? "not established" : peer.Info)}.",
                        "check the peer's AS number, reachability on TCP 179 and the BGPPeer selectors");
                }
            }
        }

        var silent = nodes.Where(n => !reported.Contains(n)).ToList();
        if (reported.Count == 0 && silent.Count > 0)
        {
            // None at all: one note rather than one per node.
            yield return ClusterFindings.NoNodeStatus.Create(
                "nodes",
                $"No CalicoNodeStatus objects: the BGP sessions of the {silent.Count.ToString(CultureInfo.InvariantCulture)} node(s) are not reported.",
                "create a CalicoNodeStatus per node with spec.node = the node and classes [Agent, BGP] to see them");
            yield break;
        }

        foreach (var n in silent)
        {
            yield return ClusterFindings.NoNodeStatus.Create(
                $"nodes[{n}]",
                $"No CalicoNodeStatus reports the BGP sessions of {n}.",
                "create a CalicoNodeStatus with spec.node = the node and classes [Agent, BGP] to see them");
        }
    }

    /// <summary>The global AS number as calicoctl shows it: BGPConfiguration <c>default</c> <c>spec.asNumber</c>, else 64512.</summary>
    /// <param name="bgpConfiguration">BGPConfiguration <c>default</c>, null when absent.</param>
    public static string GlobalAsNumber(JsonObject? bgpConfiguration) =>
        ClusterJson.At(bgpConfiguration, "spec", "asNumber") is JsonValue v && v.GetValueKind() is JsonValueKind.Number or JsonValueKind.String
            ? ClusterJson.Text(bgpConfiguration, "spec", "asNumber")!
            : "64512";
}
