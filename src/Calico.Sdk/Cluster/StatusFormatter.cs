using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Cluster;

/// <summary>
/// Text and JSON for what the cluster commands print. Tables have calicoctl's <c>-o wide</c> columns and its layout
/// (Go's tabwriter with minimum width 5 and padding 3: every cell padded, an empty line after each table); BGP
/// sessions look like <c>calicoctl node status</c>. JSON is indented, camelCase, LF, with a final newline.
/// </summary>
public static class StatusFormatter
{
    private static readonly JsonSerializerOptions JsonOptions = CreateJsonOptions();

    /// <summary>The status as tables.</summary>
    /// <param name="status">The status.</param>
    public static string ToTable(ClusterStatus status)
    {
        var sb = new StringBuilder();
        switch (status.Kind)
        {
            case StatusKind.IPPools:
                sb.Append(GoTable(
                    ["NAME", "CIDR", "NAT", "IPIPMODE", "VXLANMODE", "DISABLED", "DISABLEBGPEXPORT", "SELECTOR", "ASSIGNMENTMODE"],
                    status.IPPools.Select(p => new[] { p.Name, p.Cidr, Bool(p.NatOutgoing), p.IpipMode, p.VxlanMode, Bool(p.Disabled), Bool(p.DisableBgpExport), p.Selector, p.AssignmentMode })));
                break;
            case StatusKind.WorkloadEndpoints:
                sb.Append(GoTable(
                    ["NAMESPACE", "NAME", "WORKLOAD", "NODE", "NETWORKS", "INTERFACE", "PROFILES", "NATS"],
                    status.WorkloadEndpoints.Select(w => new[] { w.Namespace, w.Name, w.Workload, w.Node, w.Networks, w.Interface, w.Profiles, w.Nats })));
                break;
            case StatusKind.HostEndpoints:
                sb.Append(GoTable(
                    ["NAME", "NODE", "INTERFACE", "IPS", "PROFILES"],
                    status.HostEndpoints.Select(h => new[] { h.Name, h.Node, h.Interface, h.Ips, h.Profiles })));
                break;
            default:
                sb.Append(GoTable(["NAME", "ASN", "IPV4", "IPV6"], status.Nodes.Select(n => new[] { n.Name, n.AsNumber, n.IPv4Address, n.IPv6Address })));
                if (status.CalicoNodePods.Count > 0)
                {
                    sb.Append(GoTable(
                        ["NODE", "CALICO-NODE POD", "STATUS", "READY", "RESTARTS"],
                        status.CalicoNodePods.Select(p => new[]
                        {
                            p.Node, p.Pod.Length == 0 ? "<none>" : p.Pod, p.Pod.Length == 0 ? "-" : p.Phase,
                            $"{p.ReadyContainers.ToString(CultureInfo.InvariantCulture)}/{p.Containers.ToString(CultureInfo.InvariantCulture)}",
                            p.Restarts.ToString(CultureInfo.InvariantCulture),
                        })));
                }

                foreach (var b in status.Bgp)
                {
                    sb.Append("Node ").Append(b.Node);
                    if (b.LastUpdated is not null)
                    {
                        sb.Append(" (CalicoNodeStatus updated ").Append(b.LastUpdated).Append(')');
                    }

                    sb.Append('\n');
                    AppendPeers(sb, "IPv4", b.PeersV4);
                    AppendPeers(sb, "IPv6", b.PeersV6);
                }

                break;
        }

        foreach (var f in status.Findings)
        {
            sb.Append(f).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The status as JSON: <c>kind</c>, <c>datastore</c>, <c>healthy</c>, the rows of the kind, <c>findings</c>.</summary>
    /// <param name="status">The status.</param>
    public static string ToJson(ClusterStatus status)
    {
        var o = new JsonObject
        {
            ["kind"] = StatusKinds.Name(status.Kind),
            ["datastore"] = status.Datastore,
            ["healthy"] = status.Healthy,
        };
        switch (status.Kind)
        {
            case StatusKind.IPPools:
                o["ipPools"] = Node(status.IPPools);
                break;
            case StatusKind.WorkloadEndpoints:
                o["workloadEndpoints"] = Node(status.WorkloadEndpoints);
                break;
            case StatusKind.HostEndpoints:
                o["hostEndpoints"] = Node(status.HostEndpoints);
                break;
            default:
                o["nodes"] = Node(status.Nodes);
                o["calicoNodePods"] = Node(status.CalicoNodePods);
                o["bgp"] = Node(status.Bgp);
                break;
        }

        o["findings"] = Node(status.Findings);
        return Text(o);
    }

    /// <summary>An apply result as JSON: summary, every object with its action and changed fields, findings, round trips.</summary>
    /// <param name="result">The result.</param>
    public static string ToJson(ApplyResult result) => Text(new JsonObject
    {
        ["datastore"] = result.Datastore,
        ["dryRun"] = result.DryRun,
        ["succeeded"] = result.Succeeded,
        ["hasChanges"] = result.HasChanges,
        ["summary"] = result.Summary,
        ["changes"] = Node(result.Changes),
        ["findings"] = Node(result.Findings),
        ["roundTrips"] = result.RoundTrips,
    });

    /// <summary>A drift report as JSON: verdict, every object with its state and differing fields, findings.</summary>
    /// <param name="report">The report.</param>
    public static string ToJson(DriftReport report) => Text(new JsonObject
    {
        ["datastore"] = report.Datastore,
        ["hasDrift"] = report.HasDrift,
        ["blocksKubesprayUpgrade"] = report.BlocksKubesprayUpgrade,
        ["resources"] = Node(report.Resources),
        ["findings"] = Node(report.Findings),
        ["roundTrips"] = report.RoundTrips,
    });

    /// <summary>
    /// A table laid out as Go's <c>tabwriter.NewWriter(w, 5, 1, 3, ' ', 0)</c> lays out calicoctl's templates: every
    /// cell (header included) is followed by a tab, so each is padded to its column's width (widest cell + 3, at
    /// least 5); then an empty line.
    /// </summary>
    /// <param name="headers">Column headings.</param>
    /// <param name="rows">Cells, one array per row, as many as headings.</param>
    public static string GoTable(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var lines = new List<IReadOnlyList<string>> { headers };
        lines.AddRange(rows);
        var widths = new int[headers.Count];
        for (var c = 0; c < widths.Length; c++)
        {
            widths[c] = Math.Max(5, lines.Max(l => Width(l[c])) + 3);
        }

        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            for (var c = 0; c < widths.Length; c++)
            {
                sb.Append(line[c]).Append(' ', widths[c] - Width(line[c]));
            }

            sb.Append('\n');
        }

        return sb.Append('\n').ToString();
    }

    private static void AppendPeers(StringBuilder sb, string family, EquatableArray<BgpPeerStatus> peers)
    {
        sb.Append(family).Append(" BGP status\n");
        if (peers.Count == 0)
        {
            sb.Append("No ").Append(family).Append(" peers found.\n\n");
            return;
        }

        string[] headers = ["PEER ADDRESS", "PEER TYPE", "STATE", "SINCE", "INFO"];
        var rows = peers.Select(p => new[] { p.PeerAddress, p.PeerType, p.State, p.Since, p.Info }).ToList();
        var widths = headers.Select((h, i) => Math.Max(Width(h), rows.Count == 0 ? 0 : rows.Max(r => Width(r[i])))).ToArray();
        var rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+\n";
        void Row(IReadOnlyList<string> cells)
        {
            sb.Append('|');
            for (var i = 0; i < cells.Count; i++)
            {
                sb.Append(' ').Append(cells[i]).Append(' ', widths[i] - Width(cells[i]) + 1).Append('|');
            }

            sb.Append('\n');
        }

        sb.Append(rule);
        Row(headers);
        sb.Append(rule);
        foreach (var r in rows)
        {
            Row(r);
        }

        sb.Append(rule).Append('\n');
    }

    // Go's tabwriter counts runes, not UTF-16 code units.
    private static int Width(string text) => text.EnumerateRunes().Count();

    private static string Bool(bool value) => value ? "true" : "false";

    private static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, JsonOptions);

    private static string Text(JsonNode node) => node.ToJsonString(JsonOptions).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        o.Converters.Add(new EquatableArrayJsonConverterFactory());
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
