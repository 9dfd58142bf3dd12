using System.Text.Json.Nodes;
using Calico.Sdk.Cluster;
using Calico.Sdk.Integration.Tests.Support;
using Calico.Sdk.Kubernetes;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Integration.Tests.Kubernetes;

/// <summary>The Kubernetes adapter's requests, checked against <see cref="FakeKubernetesApiServer"/> (a fake, not a real API server).</summary>
public sealed class KubernetesApplyTests : IAsyncLifetime
{
    private const string V1 = "/apis/crd.projectcalico.org/v1/";
    private static readonly string[] Hosts = ["rr0", "rr1", "node2", "node3", "node4", "node5"];
    private FakeKubernetesApiServer _server = null!;

    public Task InitializeAsync()
    {
        _server = FakeKubernetesApiServer.Start("crd.projectcalico.org");
        foreach (var h in Hosts)
        {
            _server.Seed("/api/v1/nodes/" + h, $$$$"""{"apiVersion":"v1","kind":"Node","metadata":{"name":"{{{{h}}}}","labels":{"kubernetes.io/hostname":"{{{{h}}}}"},"annotations":{"projectcalico.org/IPv4Address":"10.210.1.1/24"}}}""");
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static CalicoResourceSet Rendered() => SampleClusters.Render(SampleClusters.RouteReflectors(CalicoDatastore.Kdd));

    private KubernetesDatastore Connect(KubernetesDatastoreOptions? options = null) => KubernetesDatastore.Connect(_server.Configuration, options);

    [Fact]
    public async Task Apply_UsesServerSideApply_ToCrdV1_InApplyOrder()
    {
        await using var store = Connect();
        var set = Rendered();

        var result = await store.ApplyAsync(set);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(CalicoApiGroup.CrdProjectCalicoV1, store.ApiGroup);
        Assert.Equal("GET /apis", _server.Requests[0].ToString());
        var writes = _server.Writes;
        Assert.All(writes, w =>
        {
            Assert.Equal("PATCH", w.Method);
            Assert.Equal("application/apply-patch+yaml", w.MediaType);
            Assert.Equal("calico-sdk", w.QueryValue("fieldManager"));
            Assert.Equal("true", w.QueryValue("force"));
            Assert.Null(w.QueryValue("dryRun"));
        });

        // Apply order: Felix, pools, IPAM, nodes, peers, BGPConfiguration last among Calico objects, then the ConfigMaps.
        var paths = writes.Select(w => w.Path).ToList();
        Assert.Equal(V1 + "felixconfigurations/default", paths[0]);
        Assert.Equal(V1 + "ippools/default-pool", paths[1]);
        Assert.Equal(V1 + "ipamconfigs/default", paths[2]);
        Assert.True(paths.IndexOf("/api/v1/nodes/rr0") < paths.IndexOf(V1 + "bgppeers/rr-mesh"));
        Assert.True(paths.IndexOf(V1 + "bgppeers/rr-mesh") < paths.IndexOf(V1 + "bgpconfigurations/default"));
        Assert.Equal("/api/v1/namespaces/kube-system/configmaps/calico-config", paths[^2]);
        Assert.Equal("/api/v1/namespaces/kube-system/configmaps/kubernetes-services-endpoint", paths[^1]);

        // Every object is read before it is applied.
        var requests = _server.Requests.Select(r => r.ToString()).ToList();
        Assert.True(requests.IndexOf("GET " + V1 + "ippools/default-pool") < requests.IndexOf("PATCH " + V1 + "ippools/default-pool?fieldManager=calico-sdk&force=true"));

        var pool = writes.Single(w => w.Path == V1 + "ippools/default-pool").Json!;
        Assert.Equal("crd.projectcalico.org/v1", (string?)pool["apiVersion"]);
        Assert.Equal("IPPool", (string?)pool["kind"]);
        Assert.Null(pool["metadata"]!["resourceVersion"]);
        Assert.Equal("""{"creationTimestamp":null}""", (string?)pool["metadata"]!["annotations"]![CalicoApiGroups.MetadataAnnotation]);
        Assert.Equal(26, (int)pool["spec"]!["blockSize"]!);
        var ipam = writes.Single(w => w.Path == V1 + "ipamconfigs/default").Json!;
        Assert.Equal("IPAMConfig", (string?)ipam["kind"]);

        var rr0 = writes.Single(w => w.Path == "/api/v1/nodes/rr0").Json!;
        Assert.Equal("1.0.0.1", (string?)rr0["metadata"]!["annotations"]!["projectcalico.org/RouteReflectorClusterID"]);
        Assert.Equal("true", (string?)rr0["metadata"]!["labels"]!["i-am-a-route-reflector"]);
        Assert.NotNull(rr0["metadata"]!["resourceVersion"]);
        Assert.Null(rr0["spec"]);
        var node = _server.Get("/api/v1/nodes/rr0")!;
        Assert.Equal("rr0", (string?)node["metadata"]!["labels"]!["kubernetes.io/hostname"]);
        Assert.Equal("10.210.1.1/24", (string?)node["metadata"]!["annotations"]!["projectcalico.org/IPv4Address"]);
    }

    [Fact]
    public async Task Reapply_SendsNoWrite_AndSaysSo()
    {
        await using var store = Connect();
        var set = Rendered();
        Assert.True((await store.ApplyAsync(set)).Succeeded);
        var writes = _server.Writes.Count;

        var again = await store.ApplyAsync(set);

        Assert.True(again.Succeeded, again.ToString());
        Assert.False(again.HasChanges, again.ToString());
        Assert.StartsWith("No changes: ", again.Summary);
        Assert.Equal(writes, _server.Writes.Count);
    }

    [Fact]
    public async Task DiscoveryOfTheCalicoApiServer_WritesProjectCalicoV3()
    {
        await using var server = FakeKubernetesApiServer.Start("crd.projectcalico.org", "projectcalico.org");
        await using var store = KubernetesDatastore.Connect(server.Configuration);

        var result = await store.ApplyAsync([Rendered().Resources.IPPools[0], Rendered().Resources.FelixConfiguration]);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(CalicoApiGroup.ProjectCalicoV3, store.ApiGroup);
        Assert.Equal(["/apis/projectcalico.org/v3/ippools/default-pool", "/apis/projectcalico.org/v3/felixconfigurations/default"], server.Writes.Select(w => w.Path));
        var pool = server.Writes[0].Json!;
        Assert.Equal("projectcalico.org/v3", (string?)pool["apiVersion"]);
        Assert.Null(pool["metadata"]!["annotations"]);
        Assert.Contains("projectcalico.org/v3", store.Description);
    }

    [Fact]
    public async Task ExistingPool_KeepsBlockSize_FelixDefaultIsMerged_AtTheRevisionRead()
    {
        var pool = _server.Seed(V1 + "ippools/default-pool", """{"apiVersion":"crd.projectcalico.org/v1","kind":"IPPool","metadata":{"name":"default-pool"},"spec":{"cidr":"10.233.64.0/18","blockSize":24,"ipipMode":"Never","vxlanMode":"Always","natOutgoing":true,"nodeSelector":"all()"}}""");
        var felix = _server.Seed(V1 + "felixconfigurations/default", """{"apiVersion":"crd.projectcalico.org/v1","kind":"FelixConfiguration","metadata":{"name":"default"},"spec":{"reportingInterval":"0s","healthPort":9199,"logSeverityScreen":"Warning"}}""");
        await using var store = Connect();

        var result = await store.ApplyAsync(Rendered());

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains(result.Findings, f => f.Code == ClusterFindings.BlockSizeKept.Code);
        var poolBody = _server.Writes.Single(w => w.Path == V1 + "ippools/default-pool").Json!;
        Assert.Equal(24, (int)poolBody["spec"]!["blockSize"]!);
        Assert.Equal("Always", (string?)poolBody["spec"]!["ipipMode"]);
        Assert.Equal((string?)pool["metadata"]!["resourceVersion"], (string?)poolBody["metadata"]!["resourceVersion"]);
        var felixBody = _server.Writes.Single(w => w.Path == V1 + "felixconfigurations/default").Json!;
        Assert.Equal(9199, (int)felixBody["spec"]!["healthPort"]!);
        Assert.Equal("Info", (string?)felixBody["spec"]!["logSeverityScreen"]);
        Assert.Equal((string?)felix["metadata"]!["resourceVersion"], (string?)felixBody["metadata"]!["resourceVersion"]);
        Assert.Null(felixBody["metadata"]!["uid"]);
        Assert.Null(felixBody["metadata"]!["managedFields"]);
    }

    [Fact]
    public async Task DryRun_SendsDryRunAll_StoresNothing()
    {
        await using var store = Connect();

        var result = await store.ApplyAsync(Rendered(), new ApplyOptions { DryRun = true });

        Assert.True(result.DryRun);
        Assert.StartsWith("Dry run: would create ", result.Summary);
        Assert.All(_server.Writes, w => Assert.Equal("All", w.QueryValue("dryRun")));
        Assert.Null(_server.Get(V1 + "ippools/default-pool"));
    }

    [Fact]
    public async Task ConcurrentChange_Conflict_IsReported_TheirVersionKept()
    {
        await using var store = Connect();
        var set = Rendered();
        Assert.True((await store.ApplyAsync(set)).Succeeded);
        _server.Edit(V1 + "bgpconfigurations/default", o => o["spec"]!["listenPort"] = 1790);
        var once = false;
        _server.BeforeWrite = r =>
        {
            if (!once && r.Path == V1 + "bgpconfigurations/default")
            {
                once = true;
                _server.Edit(r.Path, o => o["spec"]!["logSeverityScreen"] = "Debug");
            }
        };

        var result = await store.ApplyAsync(set);

        Assert.False(result.Succeeded);
        var conflict = Assert.Single(result.Changes, c => c.Action == ChangeAction.Conflict);
        Assert.Equal("BGPConfiguration/default", conflict.Resource.ToString());
        Assert.Contains("\"Debug\"", conflict.Live);
        Assert.Contains("\"listenPort\":179", conflict.Intended);
        Assert.Contains(result.Findings, f => f.Code == ClusterFindings.ConcurrentChange.Code);
        var stored = _server.Get(V1 + "bgpconfigurations/default")!;
        Assert.Equal("Debug", (string?)stored["spec"]!["logSeverityScreen"]);
        Assert.Equal(1790, (int)stored["spec"]!["listenPort"]!);

        var again = await store.ApplyAsync(set);
        Assert.True(again.Succeeded, again.ToString());
        Assert.Equal(179, (int)_server.Get(V1 + "bgpconfigurations/default")!["spec"]!["listenPort"]!);
    }

    [Fact]
    public async Task WithoutForce_AFieldOwnedElsewhere_IsAFieldManagerConflict()
    {
        _server.FieldConflicts.Add(V1 + "felixconfigurations/default");
        await using var store = Connect(new KubernetesDatastoreOptions { Force = false });

        var result = await store.ApplyAsync(Rendered());

        Assert.All(_server.Writes, w => Assert.Equal("false", w.QueryValue("force")));
        Assert.Contains(result.Findings, f => f.Code == ClusterFindings.FieldManagerConflict.Code && f.Message.Contains("kubectl-client-side-apply"));
        Assert.Equal(ChangeAction.Conflict, result.Changes[0].Action);
        Assert.Contains(result.Findings, f => f.Code == ClusterFindings.StepsSkipped.Code);
    }

    [Fact]
    public async Task Prune_ListsCandidatesBeforeDeleting_WithPreconditions()
    {
        await using var store = Connect();
        var set = Rendered();
        Assert.True((await store.ApplyAsync(set)).Succeeded);
        var peer = _server.Seed(V1 + "bgppeers/old-tor", """{"apiVersion":"crd.projectcalico.org/v1","kind":"BGPPeer","metadata":{"name":"old-tor"},"spec":{"peerIP":"10.0.0.254","asNumber":65001}}""");
        _server.Seed(V1 + "ippools/old-enabled", """{"apiVersion":"crd.projectcalico.org/v1","kind":"IPPool","metadata":{"name":"old-enabled"},"spec":{"cidr":"10.50.0.0/16"}}""");
        _server.Seed(V1 + "ippools/old-disabled", """{"apiVersion":"crd.projectcalico.org/v1","kind":"IPPool","metadata":{"name":"old-disabled"},"spec":{"cidr":"10.60.0.0/16","disabled":true}}""");

        Assert.False((await store.ApplyAsync(set)).HasChanges);
        Assert.DoesNotContain(_server.Writes, w => w.Method == "DELETE");

        var deletesAtReport = new List<int>();
        var progress = new SyncProgress(p =>
        {
            if (p.Phase == ApplyPhase.Pruning)
            {
                deletesAtReport.Add(_server.Writes.Count(w => w.Method == "DELETE"));
            }
        });
        var result = await store.ApplyAsync(set, new ApplyOptions { Prune = true }, progress);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal([0, 0], deletesAtReport);
        var deletes = _server.Writes.Where(w => w.Method == "DELETE").ToList();
        Assert.Equal([V1 + "ippools/old-disabled", V1 + "bgppeers/old-tor"], deletes.Select(d => d.Path).Order().Reverse());
        Assert.Equal((string?)peer["metadata"]!["resourceVersion"], (string?)deletes.Single(d => d.Path.EndsWith("old-tor", StringComparison.Ordinal)).Json!["preconditions"]!["resourceVersion"]);
        Assert.NotNull(_server.Get(V1 + "ippools/old-enabled"));
        Assert.Contains(result.Findings, f => f.Code == ClusterFindings.PoolNotDisabled.Code);
    }

    [Fact]
    public async Task MissingKubernetesNode_IsNotCreated()
    {
        await using var server = FakeKubernetesApiServer.Start();
        await using var store = KubernetesDatastore.Connect(server.Configuration);

        var result = await store.ApplyAsync(Rendered());

        Assert.Contains(result.Findings, f => f.Code == ClusterFindings.NodeNotRegistered.Code && f.Path == "Node/rr0");
        Assert.DoesNotContain(server.Writes, w => w.Path.StartsWith("/api/v1/nodes/", StringComparison.Ordinal));
        Assert.Equal(ChangeAction.Skipped, result.Changes.Single(c => c.Resource.ToString() == "Node/rr0").Action);
    }

    [Fact]
    public async Task NoCalicoApi_IsAFinding()
    {
        await using var server = FakeKubernetesApiServer.Start("apps");
        await using var store = KubernetesDatastore.Connect(server.Configuration);

        var result = await store.ApplyAsync(Rendered());

        Assert.Contains(result.Findings, f => f.Code == ClusterFindings.CalicoApiMissing.Code);
        Assert.Empty(server.Writes);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Kubeconfig_AndContext_PickTheServer()
    {
        var path = Path.Combine(Path.GetTempPath(), $"calico-sdk-kubeconfig-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: fake
              cluster:
                server: {_server.Url}
            - name: elsewhere
              cluster:
                server: http://127.0.0.1:9
            users:
            - name: tester
              user:
                token: not-a-secret
            contexts:
            - name: fake
              context:
                cluster: fake
                user: tester
            - name: elsewhere
              context:
                cluster: elsewhere
                user: tester
            current-context: elsewhere
            """);
        try
        {
            await using var store = KubernetesDatastore.Connect(path, "fake");

            var status = await store.StatusAsync(StatusKind.IPPools);

            Assert.Empty(status.Findings);
            Assert.Contains(_server.Url, store.Description);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task UnreachableApiServer_IsAFinding()
    {
        await using var store = KubernetesDatastore.Connect(new k8s.KubernetesClientConfiguration { Host = "http://127.0.0.1:9" }, new KubernetesDatastoreOptions { RequestTimeout = TimeSpan.FromSeconds(3) });

        var result = await store.ApplyAsync(Rendered());
        var status = await store.StatusAsync(StatusKind.Nodes);

        Assert.Contains(result.Findings, f => f.Code == ClusterFindings.Unavailable.Code);
        Assert.Contains(status.Findings, f => f.Code == ClusterFindings.Unavailable.Code);
    }

    [Fact]
    public async Task Diff_FieldByField_FromCrdV1Objects()
    {
        await using var store = Connect();
        var set = Rendered();
        Assert.True((await store.ApplyAsync(set)).Succeeded);
        _server.Edit(V1 + "ippools/default-pool", o => { o["spec"]!["blockSize"] = 27; o["spec"]!["ipipMode"] = "CrossSubnet"; });
        _server.Edit("/api/v1/nodes/rr0", o => o["metadata"]!["annotations"]!["projectcalico.org/RouteReflectorClusterID"] = "2.0.0.2");
        _server.Edit(V1 + "bgppeers/rr-mesh", o => o["metadata"]!["annotations"]![CalicoApiGroups.MetadataAnnotation] = """{"creationTimestamp":null,"labels":{"team":"net"}}""");

        var report = await store.DiffAsync(set);

        Assert.True(report.HasDrift);
        Assert.Equal(
            ["IPPool/default-pool spec.blockSize", "IPPool/default-pool spec.ipipMode"],
            report.Findings.Where(f => f.Code == ClusterFindings.UpgradeGuardMismatch.Code).Select(f => f.Path).Order());
        Assert.Contains(report.Findings, f => f.Code == ClusterFindings.FieldDrift.Code && f.Path == "Node/rr0 spec.bgp.routeReflectorClusterID");
        Assert.Equal(DriftState.InSync, report.Resources.Single(r => r.Resource.Name == "rr-mesh").State);
    }
}
