using System.Text.Json.Nodes;
using Calico.Sdk.Cluster;
using Calico.Sdk.Etcd;
using Calico.Sdk.Integration.Tests.Support;
using Calico.Sdk.Resources;
using Calico.Sdk.Testing;

namespace Calico.Sdk.Integration.Tests.Etcd;

/// <summary>Concurrent writers and an etcd that dies in the middle of an apply: nothing overwritten, lost or written twice.</summary>
public sealed class EtcdConcurrencyTests(EtcdFixture etcd) : IClassFixture<EtcdFixture>, IAsyncLifetime
{
    private const string Prefix = CalicoEtcdKeys.ResourcePrefix;

    public Task InitializeAsync() => etcd.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ConcurrentUpdate_IsReported_NotOverwritten_LaterStepsWait_NextApplyMergesOnTop()
    {
        await using var store = etcd.Connect();
        var set = SampleClusters.Render(SampleClusters.RouteReflectors());
        Assert.True((await store.ApplyAsync(set)).Succeeded);

        // Someone turned NAT off and raised BGP logging; the next apply puts both back.
        await etcd.EditAsync(Prefix + "ippools/default-pool", o => o["spec"]!["natOutgoing"] = false);
        await etcd.EditAsync(Prefix + "bgpconfigurations/default", o => o["spec"]!["logSeverityScreen"] = "Debug");
        var plan = await store.PlanAsync(store.ObjectsFor(set.Resources));
        Assert.Equal(2, plan.Changes.Count(c => c.Action == ChangeAction.Update));

        // Between the read and the write, someone else changes the pool again.
        await etcd.EditAsync(Prefix + "ippools/default-pool", o => o["spec"]!["disableBGPExport"] = true);
        var theirs = await etcd.GetAsync(Prefix + "ippools/default-pool");

        var result = await store.ExecuteAsync(plan);

        Assert.False(result.Succeeded);
        var conflict = Assert.Single(result.Changes, c => c.Action == ChangeAction.Conflict);
        Assert.Equal("IPPool/default-pool", conflict.Resource.ToString());
        Assert.Equal(theirs, conflict.Live);
        Assert.Contains("\"natOutgoing\":true", conflict.Intended);
        var finding = Assert.Single(result.Findings, f => f.Code == ClusterFindings.ConcurrentChange.Code);
        Assert.Contains("not overwritten", finding.Message);
        Assert.Equal(theirs, await etcd.GetAsync(Prefix + "ippools/default-pool"));

        // Apply order: the BGPConfiguration step comes after the pools and waits.
        Assert.Equal(ChangeAction.Skipped, result.Changes.Single(c => c.Resource.Kind == "BGPConfiguration").Action);
        Assert.Contains(result.Findings, f => f.Code == ClusterFindings.StepsSkipped.Code);
        Assert.Contains("\"Debug\"", await etcd.GetAsync(Prefix + "bgpconfigurations/default"));

        var again = await store.ApplyAsync(set);

        Assert.True(again.Succeeded, again.ToString());
        var pool = JsonNode.Parse((await etcd.GetAsync(Prefix + "ippools/default-pool"))!)!;
        Assert.True(ClusterJson.Bool(pool, "spec", "natOutgoing"));
        Assert.True(ClusterJson.Bool(pool, "spec", "disableBGPExport"), "the concurrent change is kept");
        Assert.Contains("\"Info\"", await etcd.GetAsync(Prefix + "bgpconfigurations/default"));
    }

    [Fact]
    public async Task ConcurrentCreate_IsReported_TheirObjectKept()
    {
        await using var store = etcd.Connect();
        var set = SampleClusters.Render(SampleClusters.RouteReflectors());
        var plan = await store.PlanAsync(store.ObjectsFor(set.Resources));
        const string Theirs = """{"kind":"BGPConfiguration","apiVersion":"projectcalico.org/v3","metadata":{"name":"default"},"spec":{"asNumber":64999,"nodeToNodeMeshEnabled":true}}""";
        await etcd.Raw.PutAsync(Prefix + "bgpconfigurations/default", Theirs);

        var result = await store.ExecuteAsync(plan);

        var conflict = Assert.Single(result.Changes, c => c.Action == ChangeAction.Conflict);
        Assert.Equal("BGPConfiguration/default", conflict.Resource.ToString());
        Assert.Equal(Theirs, conflict.Live);
        Assert.Contains("65400", conflict.Intended);
        Assert.Equal(Theirs, await etcd.GetAsync(Prefix + "bgpconfigurations/default"));
        Assert.All(result.Changes.Where(c => c.Resource.Kind != "BGPConfiguration"), c => Assert.Equal(ChangeAction.Create, c.Action));
    }

    [Fact]
    public async Task AWriteThatAlreadyLanded_IsNotAConflict()
    {
        // As after a request that etcd applied but whose answer was lost: the key holds exactly what was to be written.
        await using var store = etcd.Connect();
        var set = SampleClusters.Render(SampleClusters.RouteReflectors());
        var plan = await store.PlanAsync(store.ObjectsFor(set.Resources));
        var felix = plan.Changes.Single(c => c.Resource.Kind == "FelixConfiguration");
        await etcd.Raw.PutAsync(Prefix + "felixconfigurations/default", felix.Intended!);

        var result = await store.ExecuteAsync(plan);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(ChangeAction.Create, result.Changes.Single(c => c.Resource.Kind == "FelixConfiguration").Action);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ExecuteAsync(plan));
    }

    [Fact]
    public async Task EtcdKilledMidApply_NextApplyCompletes_NothingLostOrDuplicated()
    {
        // Its own etcd: this test kills it.
        await using var server = await LocalEtcd.StartAsync(tls: false);
        var resources = SampleClusters.RouterPeering(600);
        await using var store = EtcdDatastore.Connect([server.Endpoint], options: new EtcdDatastoreOptions { Retries = 1, RequestTimeout = TimeSpan.FromSeconds(5) });
        var killedAfter = -1;
        var progress = new SyncProgress(p =>
        {
            if (killedAfter < 0 && p.Phase == ApplyPhase.Writing && p.Resource?.Kind == "Node")
            {
                killedAfter = p.Completed;
                server.KillAsync().GetAwaiter().GetResult();
            }
        });

        var first = await store.ApplyAsync(resources, progress: progress);

        Assert.True(killedAfter > 0, "etcd was killed during the node step");
        Assert.False(first.Succeeded);
        Assert.Contains(first.Findings, f => f.Code == ClusterFindings.Unavailable.Code);
        var written = first.Changes.Where(c => c.Action == ChangeAction.Create).Select(c => c.Resource).ToList();
        Assert.Contains(written, r => r.Kind == "Node");
        Assert.Contains(first.Changes, c => c.Action is ChangeAction.Failed or ChangeAction.Skipped);
        Assert.DoesNotContain(first.Changes, c => c.Action == ChangeAction.Conflict);

        await server.RestartAsync();
        var created = await UidsAsync(store, written);
        Assert.All(created.Values, Assert.NotNull);
        var second = await store.ApplyAsync(resources);

        Assert.True(second.Succeeded, second.ToString());
        Assert.All(written, r => Assert.Equal(ChangeAction.Unchanged, second.Changes.Single(c => c.Resource == r).Action));
        Assert.Equal(created, await UidsAsync(store, written));
        Assert.Equal(600, (await store.ListAsync("Node")).Count);
        Assert.Equal(600, (await store.ListAsync("BGPPeer")).Count);
        var live = (await store.ListAsync("Node")).ToDictionary(n => ClusterJson.String(n, "metadata", "name")!);
        foreach (var node in resources.OfType<CalicoNode>())
        {
            Assert.Equal(node.Spec.Bgp!.AsNumber, (uint?)ClusterJson.At(live[node.Metadata.Name], "spec", "bgp", "asNumber"));
        }

        var third = await store.ApplyAsync(resources);
        Assert.False(third.HasChanges, third.ToString());
    }

    private static async Task<Dictionary<ResourceRef, string?>> UidsAsync(EtcdDatastore store, IEnumerable<ResourceRef> refs)
    {
        var result = new Dictionary<ResourceRef, string?>();
        foreach (var r in refs)
        {
            result[r] = ClusterJson.String(await store.GetAsync(r), "metadata", "uid");
        }

        return result;
    }
}
