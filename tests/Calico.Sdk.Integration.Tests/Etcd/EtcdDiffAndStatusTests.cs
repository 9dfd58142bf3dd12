using System.Text.Json.Nodes;
using Calico.Sdk.Cluster;
using Calico.Sdk.Etcd;
using Calico.Sdk.Integration.Tests.Support;

namespace Calico.Sdk.Integration.Tests.Etcd;

/// <summary>Drift after out-of-band edits, and status read from etcd.</summary>
public sealed class EtcdDiffAndStatusTests(EtcdFixture etcd) : IClassFixture<EtcdFixture>, IAsyncLifetime
{
    private const string Prefix = CalicoEtcdKeys.ResourcePrefix;

    public Task InitializeAsync() => etcd.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Diff_AfterApply_IsClean()
    {
        await using var store = etcd.Connect();
        var set = SampleClusters.Render(SampleClusters.DualStack());
        Assert.True((await store.ApplyAsync(set)).Succeeded);

        var report = await store.DiffAsync(set);

        Assert.False(report.HasDrift, report.ToString());
        Assert.All(report.Resources, r => Assert.Equal(DriftState.InSync, r.State));
        Assert.Empty(report.Findings);
        Assert.StartsWith("No drift: ", report.ToString());
    }

    [Fact]
    public async Task Diff_AfterOutOfBandEdits_NamesEveryField_IPv6PoolIncluded()
    {
        await using var store = etcd.Connect();
        var set = SampleClusters.Render(SampleClusters.DualStack());
        Assert.True((await store.ApplyAsync(set)).Succeeded);
        var v6 = set.Resources.IPPools.Single(p => p.Spec.Cidr.Contains(':', StringComparison.Ordinal)).Metadata.Name;
        var v4 = set.Resources.IPPools.Single(p => !p.Spec.Cidr.Contains(':', StringComparison.Ordinal)).Metadata.Name;

        await etcd.EditAsync(Prefix + "ippools/" + v4, o => { o["spec"]!["vxlanMode"] = "Never"; o["spec"]!["ipipMode"] = "Always"; });
        await etcd.EditAsync(Prefix + "ippools/" + v6, o => { o["spec"]!["blockSize"] = 120; o["spec"]!.AsObject().Remove("natOutgoing"); });
        await etcd.EditAsync(Prefix + "felixconfigurations/default", o => o["spec"]!["logSeverityScreen"] = "Debug");
        await etcd.Raw.DeleteAsync(Prefix + "bgpconfigurations/default");
        await etcd.Raw.PutAsync(Prefix + "bgppeers/by-hand", """{"kind":"BGPPeer","apiVersion":"projectcalico.org/v3","metadata":{"name":"by-hand"},"spec":{"peerIP":"10.0.0.9","asNumber":65009}}""");

        var report = await store.DiffAsync(set);

        Assert.True(report.HasDrift);
        Assert.True(report.BlocksKubesprayUpgrade);
        var guard = report.Findings.Where(f => f.Code == ClusterFindings.UpgradeGuardMismatch.Code).Select(f => f.Path).Order().ToArray();
        Assert.Equal([$"IPPool/{v4} spec.ipipMode", $"IPPool/{v4} spec.vxlanMode", $"IPPool/{v6} spec.blockSize"], guard);
        var blockSize = report.Findings.Single(f => f.Path == $"IPPool/{v6} spec.blockSize");
        Assert.Contains("cluster 120, rendered 122", blockSize.Message);
        Assert.Contains("calico_pool_blocksize_ipv6", blockSize.Hint);
        Assert.Contains(report.Findings, f => f.Code == ClusterFindings.FieldDrift.Code && f.Path == "FelixConfiguration/default spec.logSeverityScreen");
        Assert.Contains(report.Findings, f => f.Code == ClusterFindings.DefaultedField.Code && f.Path == $"IPPool/{v6} spec.natOutgoing");
        Assert.Equal(DriftState.Missing, report.Resources.Single(r => r.Resource.Kind == "BGPConfiguration").State);
        Assert.Equal(DriftState.Unmanaged, report.Resources.Single(r => r.Resource.Name == "by-hand").State);
        var v4Fields = report.Resources.Single(r => r.Resource.Name == v4).Fields;
        Assert.Contains(v4Fields, f => f.Path == "spec.vxlanMode" && f.Live == "\"Never\"" && f.Desired == "\"Always\"");

        // The JSON form carries the same verdict.
        var json = JsonNode.Parse(StatusFormatter.ToJson(report))!;
        Assert.True((bool)json["blocksKubesprayUpgrade"]!);
        Assert.Contains("CAL5001", json["findings"]!.ToJsonString());
    }

    [Fact]
    public async Task Status_IPPools_AsCalicoctlWide()
    {
        await using var store = etcd.Connect();
        Assert.True((await store.ApplyAsync(SampleClusters.Render(SampleClusters.RouteReflectors()))).Succeeded);
        await etcd.Raw.PutAsync(Prefix + "ippools/extra", """{"kind":"IPPool","apiVersion":"projectcalico.org/v3","metadata":{"name":"extra"},"spec":{"cidr":"10.99.0.0/16","disabled":true}}""");

        var status = await store.StatusAsync(StatusKind.IPPools);

        Assert.Equal(
            [
                new IPPoolStatus("default-pool", "10.233.64.0/18", true, "Always", "Never", false, false, "all()", "Automatic"),
                new IPPoolStatus("extra", "10.99.0.0/16", false, "Never", "Never", true, false, "all()", "Automatic"),
            ],
            status.IPPools.ToArray());
        var table = StatusFormatter.ToTable(status).Split('\n');
        Assert.Equal("NAME           CIDR             NAT     IPIPMODE   VXLANMODE   DISABLED   DISABLEBGPEXPORT   SELECTOR   ASSIGNMENTMODE   ", table[0]);
        Assert.Equal("default-pool   10.233.64.0/18   true    Always     Never       false      false              all()      Automatic        ", table[1]);
        var json = JsonNode.Parse(StatusFormatter.ToJson(status))!;
        Assert.Equal("ippools", (string?)json["kind"]);
        Assert.Equal("10.99.0.0/16", (string?)json["ipPools"]![1]!["cidr"]);
    }

    [Fact]
    public async Task Status_Nodes_ShowsAsNumbers_AndBgpSessionsFromCalicoNodeStatus()
    {
        await using var store = etcd.Connect();
        await etcd.Raw.PutAsync(Prefix + "bgpconfigurations/default", """{"kind":"BGPConfiguration","apiVersion":"projectcalico.org/v3","metadata":{"name":"default"},"spec":{"asNumber":65400}}""");
        await etcd.Raw.PutAsync(Prefix + "nodes/node1", """{"kind":"Node","apiVersion":"projectcalico.org/v3","metadata":{"name":"node1"},"spec":{"bgp":{"ipv4Address":"10.0.0.1/24","asNumber":65001}},"status":{}}""");
        await etcd.Raw.PutAsync(Prefix + "nodes/node2", """{"kind":"Node","apiVersion":"projectcalico.org/v3","metadata":{"name":"node2"},"spec":{"bgp":{"ipv4Address":"10.0.0.2/24","ipv6Address":"fd00::2/64"}},"status":{}}""");
        await etcd.Raw.PutAsync(Prefix + "caliconodestatuses/node1", """
            {"kind":"CalicoNodeStatus","apiVersion":"projectcalico.org/v3","metadata":{"name":"node1"},"spec":{"node":"node1","classes":["Agent","BGP"],"updatePeriodSeconds":10},
             "status":{"lastUpdated":"2026-11-26T10:00:00Z","agent":{"birdV4":{"state":"Ready"}},
               "bgp":{"numberEstablishedV4":1,"numberNotEstablishedV4":1,
                 "peersV4":[{"peerIP":"10.0.0.2","type":"NodeMesh","state":"Established","since":"09:58:01"},{"peerIP":"10.0.0.254","type":"GlobalPeer","state":"Active","since":"09:58:02"}]}}}
            """);

        var status = await store.StatusAsync(StatusKind.Nodes);

        Assert.Equal([new NodeStatus("node1", "65001", "10.0.0.1/24", ""), new NodeStatus("node2", "(65400)", "10.0.0.2/24", "fd00::2/64")], status.Nodes.ToArray());
        var bgp = Assert.Single(status.Bgp);
        Assert.Equal(new BgpPeerStatus("10.0.0.2", "node-to-node mesh", "up", "09:58:01", "Established"), bgp.PeersV4[0]);
        Assert.Equal(new BgpPeerStatus("10.0.0.254", "global", "start", "09:58:02", "Active"), bgp.PeersV4[1]);
        var down = Assert.Single(status.Findings, f => f.Code == ClusterFindings.BgpSessionDown.Code);
        Assert.Contains("10.0.0.254", down.Message);
        Assert.Contains(status.Findings, f => f.Code == ClusterFindings.NoNodeStatus.Code && f.Path == "nodes[node2]");
        Assert.False(status.Healthy);

        var text = StatusFormatter.ToTable(status);
        Assert.Contains("NAME    ASN       IPV4          IPV6         \n", text);
        Assert.Contains("node2   (65400)   10.0.0.2/24   fd00::2/64   \n", text);
        Assert.Contains("IPv4 BGP status\n+--------------+-------------------+-------+----------+-------------+\n| PEER ADDRESS | PEER TYPE         | STATE | SINCE    | INFO        |\n", text);
        Assert.Contains("| 10.0.0.2     | node-to-node mesh | up    | 09:58:01 | Established |\n", text);
        Assert.Contains("IPv6 BGP status\nNo IPv6 peers found.\n", text);
    }

    [Fact]
    public async Task Status_Endpoints_AsCalicoctlWide()
    {
        await using var store = etcd.Connect();
        await etcd.Raw.PutAsync(Prefix + "workloadendpoints/default/node1-k8s-web--0-eth0", """
            {"kind":"WorkloadEndpoint","apiVersion":"projectcalico.org/v3","metadata":{"name":"node1-k8s-web--0-eth0","namespace":"default"},
             "spec":{"orchestrator":"k8s","node":"node1","pod":"web-0","endpoint":"eth0","interfaceName":"cali1234567890a","ipNetworks":["10.233.64.5/32","fd85::5/128"],"profiles":["kns.default","ksa.default.default"],"ipNATs":[{"internalIP":"10.233.64.5","externalIP":"192.0.2.5"}]}}
            """);
        await etcd.Raw.PutAsync(Prefix + "hostendpoints/node1-eth0", """{"kind":"HostEndpoint","apiVersion":"projectcalico.org/v3","metadata":{"name":"node1-eth0"},"spec":{"node":"node1","interfaceName":"eth0","expectedIPs":["10.0.0.1","10.0.1.1"],"profiles":["host"]}}""");

        var weps = await store.StatusAsync(StatusKind.WorkloadEndpoints);
        var heps = await store.StatusAsync(StatusKind.HostEndpoints);

        Assert.Equal(
            new WorkloadEndpointStatus("default", "node1-k8s-web--0-eth0", "web-0", "node1", "10.233.64.5/32,fd85::5/128", "cali1234567890a", "kns.default,ksa.default.default", "{10.233.64.5 192.0.2.5}"),
            Assert.Single(weps.WorkloadEndpoints));
        Assert.Equal(new HostEndpointStatus("node1-eth0", "node1", "eth0", "10.0.0.1,10.0.1.1", "host"), Assert.Single(heps.HostEndpoints));
        Assert.StartsWith("NAMESPACE   NAME                    WORKLOAD   NODE    NETWORKS                     INTERFACE         PROFILES                          NATS                      \n", StatusFormatter.ToTable(weps));
        Assert.StartsWith("NAME         NODE    INTERFACE   IPS                 PROFILES   \nnode1-eth0   node1   eth0        10.0.0.1,10.0.1.1   host       \n\n", StatusFormatter.ToTable(heps));
    }

    [Fact]
    public async Task UnreachableEtcd_IsAFinding_NotAnException()
    {
        await using var store = EtcdDatastore.Connect(["http://127.0.0.1:9"], options: new EtcdDatastoreOptions { Retries = 0, RequestTimeout = TimeSpan.FromSeconds(2) });

        var result = await store.ApplyAsync(SampleClusters.Render(SampleClusters.RouteReflectors()));
        var status = await store.StatusAsync(StatusKind.IPPools);
        var diff = await store.DiffAsync(SampleClusters.Render(SampleClusters.RouteReflectors()));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Findings, f => f.Code == ClusterFindings.Unavailable.Code);
        Assert.All(result.Changes, c => Assert.Equal(ChangeAction.Skipped, c.Action));
        Assert.Contains(status.Findings, f => f.Code == ClusterFindings.Unavailable.Code);
        Assert.Contains(diff.Findings, f => f.Code == ClusterFindings.Unavailable.Code);
    }
}
