using System.Reflection;
using System.Text.Json.Nodes;
using Calico.Sdk.Cluster;
using Calico.Sdk.Resources;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Cluster;

/// <summary>Status tables and JSON, object forms, the apply summary, and the CAL5xxx catalog with its pages.</summary>
public class ClusterOutputTests
{
    [Fact]
    public void GoTable_PadsEveryCell_MinimumWidthFive_CountsRunes()
    {
        var table = StatusFormatter.GoTable(["A", "NAME"], [["x", "zürich-1"], ["yy", ""]]);

        Assert.Equal("A    NAME       \nx    zürich-1   \nyy              \n\n", table);
    }

    [Fact]
    public void BgpSessions_LookLikeCalicoctlNodeStatus()
    {
        var status = new ClusterStatus
        {
            Kind = StatusKind.Nodes,
            Bgp = EquatableArray.Create(new NodeBgpStatus("node1", "Ready", null, EquatableArray.Create(new BgpPeerStatus("172.17.8.102", "node-to-node mesh", "up", "2016-11-21", "Established")), default, null)),
        };

        var text = StatusFormatter.ToTable(status);

        Assert.EndsWith(
            "Node node1\nIPv4 BGP status\n"
            + "+--------------+-------------------+-------+------------+-------------+\n"
            + "| PEER ADDRESS | PEER TYPE         | STATE | SINCE      | INFO        |\n"
            + "+--------------+-------------------+-------+------------+-------------+\n"
            + "| 172.17.8.102 | node-to-node mesh | up    | 2016-11-21 | Established |\n"
            + "+--------------+-------------------+-------+------------+-------------+\n\n"
            + "IPv6 BGP status\nNo IPv6 peers found.\n\n",
            text);
    }

    [Fact]
    public void Json_HasTheRowsOfTheKind_CamelCase()
    {
        var status = new ClusterStatus
        {
            Kind = StatusKind.HostEndpoints,
            Datastore = "etcd http://127.0.0.1:2379",
            HostEndpoints = EquatableArray.Create(new HostEndpointStatus("h", "n", "eth0", "10.0.0.1", string.Empty)),
        };

        var json = JsonNode.Parse(StatusFormatter.ToJson(status))!;

        Assert.Equal("hostendpoints", (string?)json["kind"]);
        Assert.True((bool)json["healthy"]!);
        Assert.Equal("eth0", (string?)json["hostEndpoints"]![0]!["interface"]);
        Assert.Null(json["ipPools"]);
        Assert.EndsWith("}\n", StatusFormatter.ToJson(status));
    }

    [Theory]
    [InlineData("nodes", StatusKind.Nodes)]
    [InlineData("IPPool", StatusKind.IPPools)]
    [InlineData("wep", StatusKind.WorkloadEndpoints)]
    [InlineData("hostendpoints", StatusKind.HostEndpoints)]
    public void StatusKinds_ParseTheCommandLineNames(string text, StatusKind kind)
    {
        Assert.True(StatusKinds.TryParse(text, out var parsed));
        Assert.Equal(kind, parsed);
        Assert.True(StatusKinds.TryParse(StatusKinds.Name(kind), out parsed));
        Assert.Equal(kind, parsed);
        Assert.False(StatusKinds.TryParse("pods", out _));
    }

    [Fact]
    public void CrdV1Object_IsReadAsV3_MetadataAnnotationUnpacked()
    {
        var v1 = JsonNode.Parse("""
            {"apiVersion":"crd.projectcalico.org/v1","kind":"IPAMConfig","metadata":{"name":"default","labels":{"projectcalico.org/x":"1"},
             "annotations":{"projectcalico.org/metadata":"{\"creationTimestamp\":null,\"labels\":{\"team\":\"net\"}}"}},"spec":{"strictAffinity":false}}
            """)!.AsObject();

        var v3 = CalicoObjectForms.ToV3(v1);

        Assert.Equal("projectcalico.org/v3", ClusterJson.String(v3, "apiVersion"));
        Assert.Equal("IPAMConfiguration", ClusterJson.String(v3, "kind"));
        Assert.Equal("net", ClusterJson.String(v3, "metadata", "labels", "team"));
        Assert.Equal("1", ClusterJson.String(v3, "metadata", "labels", "projectcalico.org/x"));
        Assert.Null(ClusterJson.At(v3, "metadata", "annotations"));
    }

    [Fact]
    public void KubernetesNode_IsReadAsCalicoNode_AsnInAsdotAccepted_BadValuesIgnored()
    {
        var node = JsonNode.Parse("""
            {"apiVersion":"v1","kind":"Node","metadata":{"name":"n1","labels":{"a":"b"},"annotations":{"projectcalico.org/ASNumber":"1.10","projectcalico.org/IPv4Address":"10.0.0.1/24"}}}
            """)!.AsObject();
        var bad = JsonNode.Parse("""{"apiVersion":"v1","kind":"Node","metadata":{"name":"n2","annotations":{"projectcalico.org/ASNumber":"many"}}}""")!.AsObject();

        var v3 = CalicoObjectForms.ToV3(node);

        Assert.Equal(65546u, (uint)ClusterJson.At(v3, "spec", "bgp", "asNumber")!);
        Assert.Equal("10.0.0.1/24", ClusterJson.String(v3, "spec", "bgp", "ipv4Address"));
        Assert.Equal("b", ClusterJson.String(v3, "metadata", "labels", "a"));
        Assert.Null(ClusterJson.At(CalicoObjectForms.ToV3(bad), "spec", "bgp"));
    }

    [Fact]
    public void Summary_SaysWhatHappened()
    {
        var r = new ResourceRef("IPPool", "p");
        Assert.Equal("No changes: 2 object(s) already as rendered.", new ApplyResult { Changes = [new(r, ChangeAction.Unchanged), new(r, ChangeAction.Unchanged)] }.Summary);
        Assert.Equal("Created 1, unchanged 1.", new ApplyResult { Changes = [new(r, ChangeAction.Create), new(r, ChangeAction.Unchanged)] }.Summary);
        Assert.Equal("Dry run: would update 1.", new ApplyResult { DryRun = true, Changes = [new(r, ChangeAction.Update)] }.Summary);
        Assert.Equal("Updated 1, conflicts (not overwritten) 1.", new ApplyResult { Changes = [new(r, ChangeAction.Update), new(r, ChangeAction.Conflict)] }.Summary);
    }

    [Fact]
    public void ClusterFindings_AreAllListed_UniqueInCAL5000Range_WithAPage()
    {
        var fields = typeof(ClusterFindings).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(FindingDescriptor))
            .Select(f => (FindingDescriptor)f.GetValue(null)!)
            .ToList();

        Assert.Equal(fields.Select(f => f.Code).Order(), ClusterFindings.All.Select(f => f.Code).Order());
        Assert.Equal(fields.Count, fields.Select(f => f.Code).Distinct().Count());
        var problems = new List<string>();
        foreach (var d in fields)
        {
            Assert.Matches("^CAL50[0-9][0-9]$", d.Code);
            var page = RepoPaths.Path(d.HelpPath.Split('/'));
            if (!File.Exists(page))
            {
                problems.Add($"{d.Code}: no page {d.HelpPath}");
                continue;
            }

            var text = File.ReadAllText(page);
            if (!text.StartsWith($"# {d.Code}: {d.Title}\n", StringComparison.Ordinal))
            {
                problems.Add($"{d.HelpPath} must start with '# {d.Code}: {d.Title}'");
            }

            foreach (var section in new[] { "## What", "## Why", "## Example that triggers it", "## Example that passes", "## Fix", "## Source" })
            {
                if (!text.Contains("\n" + section + "\n", StringComparison.Ordinal))
                {
                    problems.Add($"{d.HelpPath} has no '{section}' section");
                }
            }

            if (!text.Contains($"| Severity | {d.Severity} |", StringComparison.Ordinal))
            {
                problems.Add($"{d.HelpPath} does not state the severity {d.Severity}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
