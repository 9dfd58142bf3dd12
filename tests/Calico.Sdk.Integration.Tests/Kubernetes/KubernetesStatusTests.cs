using System.Net;
using System.Text.Json.Nodes;
using Calico.Sdk.Cluster;
using Calico.Sdk.Integration.Tests.Support;
using Calico.Sdk.Kubernetes;

namespace Calico.Sdk.Integration.Tests.Kubernetes;

/// <summary>Status and the node source, read through the Kubernetes adapter from <see cref="FakeKubernetesApiServer"/> (a fake).</summary>
public sealed class KubernetesStatusTests : IAsyncLifetime
{
    private const string V1 = "/apis/crd.projectcalico.org/v1/";
    private FakeKubernetesApiServer _server = null!;

    public Task InitializeAsync()
    {
        _server = FakeKubernetesApiServer.Start("crd.projectcalico.org");
        _server.Seed("/api/v1/nodes/cp1", """
            {"apiVersion":"v1","kind":"Node","metadata":{"name":"cp1","labels":{"node-role.kubernetes.io/control-plane":""},
              "annotations":{"projectcalico.org/IPv4Address":"10.0.0.1/24","projectcalico.org/ASNumber":"65001"}},
             "spec":{"taints":[{"key":"node-role.kubernetes.io/control-plane","effect":"NoSchedule"}]},
             "status":{"addresses":[{"type":"InternalIP","address":"10.0.0.1"},{"type":"Hostname","address":"cp1"}]}}
            """);
        _server.Seed("/api/v1/nodes/rr1", """
            {"apiVersion":"v1","kind":"Node","metadata":{"name":"rr1","labels":{"calico-rr-id":"rr1","calico-group-id":"rr1","i-am-a-route-reflector":"true"},
              "annotations":{"projectcalico.org/IPv4Address":"10.0.0.2/24","projectcalico.org/IPv6Address":"fd00::2/64","projectcalico.org/RouteReflectorClusterID":"1.0.0.1"}},
             "spec":{"taints":[{"key":"node-role.kubernetes.io/calico-rr","effect":"NoSchedule"}]},
             "status":{"addresses":[{"type":"InternalIP","address":"10.0.0.2"}]}}
            """);
        _server.Seed("/api/v1/nodes/worker1", """
            {"apiVersion":"v1","kind":"Node","metadata":{"name":"worker1","labels":{"calico-group-id":"rr1"}},
             "status":{"addresses":[{"type":"InternalIP","address":"10.0.0.3"},{"type":"InternalIP","address":"fd00::3"}]}}
            """);
        _server.Seed(V1 + "bgpconfigurations/default", """{"apiVersion":"crd.projectcalico.org/v1","kind":"BGPConfiguration","metadata":{"name":"default"},"spec":{"asNumber":65400}}""");
        _server.Seed("/api/v1/namespaces/kube-system/pods/calico-node-aaaaa", """
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"calico-node-aaaaa","namespace":"kube-system","labels":{"k8s-app":"calico-node"}},
             "spec":{"nodeName":"cp1","hostNetwork":true,"containers":[{"name":"calico-node"}]},
             "status":{"phase":"Running","containerStatuses":[{"name":"calico-node","ready":true,"restartCount":0,"image":"calico/node","imageID":"x"}]}}
            """);
        _server.Seed("/api/v1/namespaces/kube-system/pods/calico-node-bbbbb", """
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"calico-node-bbbbb","namespace":"kube-system","labels":{"k8s-app":"calico-node"}},
             "spec":{"nodeName":"rr1","hostNetwork":true,"containers":[{"name":"calico-node"}]},
             "status":{"phase":"Running","containerStatuses":[{"name":"calico-node","ready":false,"restartCount":7,"image":"calico/node","imageID":"x"}]}}
            """);
        _server.Seed(V1 + "caliconodestatuses/cp1", """
            {"apiVersion":"crd.projectcalico.org/v1","kind":"CalicoNodeStatus","metadata":{"name":"cp1"},"spec":{"node":"cp1","classes":["BGP"]},
             "status":{"bgp":{"peersV4":[{"peerIP":"10.0.0.2","type":"NodePeer","state":"Established","since":"2026-11-26"}],
                              "peersV6":[{"peerIP":"fd00::2","type":"NodePeer","state":"Connect","since":"2026-11-26"}]}}}
            """);
        _server.Seed("/api/v1/namespaces/default/pods/web-0", """
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-0","namespace":"default"},
             "spec":{"nodeName":"worker1","serviceAccountName":"web","containers":[{"name":"web"}]},
             "status":{"phase":"Running","podIPs":[{"ip":"10.233.64.5"},{"ip":"fd85::5"}]}}
            """);
        _server.Seed("/api/v1/namespaces/default/pods/job-1", """
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"job-1","namespace":"default"},"spec":{"nodeName":"worker1","containers":[{"name":"job"}]},"status":{"phase":"Succeeded","podIPs":[{"ip":"10.233.64.6"}]}}
            """);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Nodes_ShowBgpSettings_CalicoNodePods_AndSessions()
    {
        await using var store = KubernetesDatastore.Connect(_server.Configuration);

        var status = await store.StatusAsync(StatusKind.Nodes);

        Assert.Equal(
            [
                new NodeStatus("cp1", "65001", "10.0.0.1/24", ""),
                new NodeStatus("rr1", "(65400)", "10.0.0.2/24", "fd00::2/64", "1.0.0.1"),
                new NodeStatus("worker1", "", "", ""),
            ],
            status.Nodes.ToArray());
        Assert.Equal(
            [
                new CalicoNodePod("cp1", "calico-node-aaaaa", "Running", 1, 1, 0),
                new CalicoNodePod("rr1", "calico-node-bbbbb", "Running", 0, 1, 7),
                new CalicoNodePod("worker1", "", "", 0, 0, 0),
            ],
            status.CalicoNodePods.ToArray());
        Assert.Equal(["CAL5042 nodes[rr1]", "CAL5042 nodes[worker1]", "CAL5043 nodes[cp1].bgp[fd00::2]", "CAL5044 nodes[rr1]", "CAL5044 nodes[worker1]"], status.Findings.Select(f => f.Code + " " + f.Path).Order());
        Assert.Contains("7 restart(s)", status.Findings.Single(f => f.Path == "nodes[rr1]" && f.Code == "CAL5042").Message);

        var text = StatusFormatter.ToTable(status);
        Assert.Contains("NODE      CALICO-NODE POD     STATUS    READY   RESTARTS   \n", text);
        Assert.Contains("rr1       calico-node-bbbbb   Running   0/1     7          \n", text);
        Assert.Contains("worker1   <none>              -         0/0     0          \n", text);
        Assert.Contains("Node cp1\nIPv4 BGP status\n", text);
        Assert.Contains("| fd00::2      | node specific | start | 2026-11-26 | Connect |\n", text);
        var json = JsonNode.Parse(StatusFormatter.ToJson(status))!;
        Assert.False((bool)json["healthy"]!);
        Assert.Equal(7, (int)json["calicoNodePods"]![1]!["restarts"]!);
        Assert.False((bool)json["calicoNodePods"]![1]!["ready"]!);
    }

    [Fact]
    public async Task Pools_HostEndpoints_AndWorkloadEndpointsDerivedFromPods()
    {
        _server.Seed(V1 + "ippools/default-pool", """{"apiVersion":"crd.projectcalico.org/v1","kind":"IPPool","metadata":{"name":"default-pool","annotations":{"projectcalico.org/metadata":"{\"creationTimestamp\":null}"}},"spec":{"cidr":"10.233.64.0/18","blockSize":26,"vxlanMode":"Always","natOutgoing":true}}""");
        _server.Seed(V1 + "hostendpoints/cp1-eth0", """{"apiVersion":"crd.projectcalico.org/v1","kind":"HostEndpoint","metadata":{"name":"cp1-eth0"},"spec":{"node":"cp1","interfaceName":"eth0","expectedIPs":["10.0.0.1"]}}""");
        await using var store = KubernetesDatastore.Connect(_server.Configuration);

        var pools = await store.StatusAsync(StatusKind.IPPools);
        var heps = await store.StatusAsync(StatusKind.HostEndpoints);
        var weps = await store.StatusAsync(StatusKind.WorkloadEndpoints);

        Assert.Equal(new IPPoolStatus("default-pool", "10.233.64.0/18", true, "Never", "Always", false, false, "all()", "Automatic"), Assert.Single(pools.IPPools));
        Assert.Equal(new HostEndpointStatus("cp1-eth0", "cp1", "eth0", "10.0.0.1", ""), Assert.Single(heps.HostEndpoints));
        Assert.Equal(
            new WorkloadEndpointStatus("default", "worker1-k8s-web--0-eth0", "web-0", "worker1", "10.233.64.5/32,fd85::5/128", "cali0d7763386da", "kns.default,ksa.default.web", ""),
            Assert.Single(weps.WorkloadEndpoints));
        Assert.True(pools.Healthy);
    }

    [Fact]
    public async Task NodeSource_ReadsRolesAddressesAndCalicoSettings_IntoTheModel()
    {
        await using var store = KubernetesDatastore.Connect(_server.Configuration);

        var nodes = await store.ReadNodesAsync();
        var cluster = CalicoCluster.Define().Nodes(n => n.AddDiscovered(nodes)).Build();

        Assert.Equal(
            [
                new DiscoveredNode("cp1", NodeRoles.ControlPlane, IPAddress.Parse("10.0.0.1"), null, new AsNumber(65001), null, null, null),
                new DiscoveredNode("rr1", NodeRoles.RouteReflector, IPAddress.Parse("10.0.0.2"), IPAddress.Parse("fd00::2"), null, "1.0.0.1", "rr1", "rr1"),
                new DiscoveredNode("worker1", NodeRoles.Worker, IPAddress.Parse("10.0.0.3"), IPAddress.Parse("fd00::3"), null, null, null, "rr1"),
            ],
            nodes.ToArray());
        Assert.Equal(NodeRoles.ControlPlane, cluster.RolesOf("cp1"));
        Assert.Equal(NodeRoles.RouteReflector, cluster.RolesOf("rr1"));
        Assert.Equal(NodeRoles.Worker, cluster.RolesOf("worker1"));
        Assert.Equal(new AsNumber(65001), cluster.GetForHost("cp1", CalicoOptions.LocalAs));
        Assert.Equal("1.0.0.1", cluster.GetForHost("rr1", CalicoOptions.ClusterId));
        Assert.Equal("rr1", cluster.GetForHost("worker1", CalicoOptions.GroupId));
        Assert.Equal(IPAddress.Parse("10.0.0.3"), cluster.GetForHost("worker1", CalicoOptions.Ip));
        Assert.Equal(IPAddress.Parse("fd00::3"), cluster.GetForHost("worker1", CalicoOptions.Ip6));
    }
}
