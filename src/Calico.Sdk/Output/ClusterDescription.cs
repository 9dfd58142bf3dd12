using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Calico.Sdk.Output;

/// <summary>Describes a cluster for people (a text summary) and for tools (JSON with Kubespray's variable names as keys).</summary>
public static class ClusterDescription
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>
    /// JSON: <c>cluster</c> (the cluster-wide options that are set, by Kubespray name), <c>hosts</c> (roles, groups,
    /// variables), <c>groups</c> (hosts, children, variables) and <c>findings</c>. Deterministic: same model, same bytes.
    /// </summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="findings">Findings to include.</param>
    public static string ToJson(CalicoCluster cluster, IEnumerable<Finding> findings)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Indented))
        {
            w.WriteStartObject();
            w.WritePropertyName("cluster");
            w.WriteStartObject();
            foreach (var a in cluster.ClusterOptions)
            {
                w.WritePropertyName(a.Option.Name);
                InventoryValueJson.Write(w, a.ToInventoryValue());
            }

            w.WriteEndObject();

            w.WritePropertyName("hosts");
            w.WriteStartObject();
            foreach (var h in cluster.Hosts)
            {
                w.WritePropertyName(h.Name);
                w.WriteStartObject();
                w.WritePropertyName("roles");
                w.WriteStartArray();
                foreach (var role in RoleNames(cluster.RolesOf(h.Name)))
                {
                    w.WriteStringValue(role);
                }

                w.WriteEndArray();
                w.WritePropertyName("vars");
                WriteVars(w, h.Vars);
                w.WriteEndObject();
            }

            w.WriteEndObject();

            w.WritePropertyName("groups");
            w.WriteStartObject();
            foreach (var g in cluster.Groups)
            {
                w.WritePropertyName(g.Name);
                w.WriteStartObject();
                w.WritePropertyName("hosts");
                w.WriteStartArray();
                foreach (var h in g.Hosts)
                {
                    w.WriteStringValue(h);
                }

                w.WriteEndArray();
                w.WritePropertyName("children");
                w.WriteStartArray();
                foreach (var c in g.Children)
                {
                    w.WriteStringValue(c);
                }

                w.WriteEndArray();
                w.WritePropertyName("vars");
                WriteVars(w, g.Vars);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WritePropertyName("findings");
            FindingReport.WriteJson(w, findings);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A short text summary: hosts with roles and addresses, the options set cluster-wide, then the findings.</summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="findings">Findings to include.</param>
    public static string ToText(CalicoCluster cluster, IEnumerable<Finding> findings)
    {
        var sb = new StringBuilder();
        var roles = cluster.Hosts.ToDictionary(h => h.Name, h => string.Join(",", RoleNames(cluster.RolesOf(h.Name))));
        var nameWidth = Math.Max(4, cluster.Hosts.Select(h => h.Name.Length).DefaultIfEmpty(0).Max());
        var roleWidth = Math.Max(5, roles.Values.Select(r => r.Length).DefaultIfEmpty(0).Max());
        sb.Append(CultureInfo.InvariantCulture, $"{cluster.Hosts.Count} hosts, {cluster.Groups.Count} groups\n");
        sb.Append("HOST".PadRight(nameWidth)).Append("  ").Append("ROLES".PadRight(roleWidth)).Append("  IP\n");
        foreach (var h in cluster.Hosts)
        {
            var ip = cluster.TryGetForHost(h.Name, CalicoOptions.Ip, out var address) ? address.ToString() : "-";
            sb.Append(h.Name.PadRight(nameWidth)).Append("  ").Append(roles[h.Name].PadRight(roleWidth)).Append("  ").Append(ip).Append('\n');
        }

        sb.Append("\nCluster-wide options set:\n");
        foreach (var a in cluster.ClusterOptions)
        {
            sb.Append("  ").Append(a.Option.Name).Append(": ").Append(a.ToInventoryValue().Describe()).Append('\n');
        }

        sb.Append('\n').Append(FindingReport.ToText(findings));
        return sb.ToString();
    }

    /// <summary>Kubespray group names of a role set.</summary>
    /// <param name="roles">The roles.</param>
    public static IEnumerable<string> RoleNames(NodeRoles roles)
    {
        if (roles.HasFlag(NodeRoles.ControlPlane))
        {
            yield return KubesprayGroups.ControlPlane;
        }

        if (roles.HasFlag(NodeRoles.Etcd))
        {
            yield return KubesprayGroups.Etcd;
        }

        if (roles.HasFlag(NodeRoles.Worker))
        {
            yield return KubesprayGroups.KubeNode;
        }

        if (roles.HasFlag(NodeRoles.RouteReflector))
        {
            yield return KubesprayGroups.CalicoRr;
        }
    }

    private static void WriteVars(Utf8JsonWriter w, VariableSet vars)
    {
        w.WriteStartObject();
        foreach (var a in vars.Options)
        {
            w.WritePropertyName(a.Option.Name);
            InventoryValueJson.Write(w, a.ToInventoryValue());
        }

        // A variable shadowed by a typed one of the same name has no effect; JSON keys must be unique.
        foreach (var v in vars.Extra.Where(v => vars.Options.Find(v.Name) is null))
        {
            w.WritePropertyName(v.Name);
            InventoryValueJson.Write(w, v.Value);
        }

        w.WriteEndObject();
    }
}
