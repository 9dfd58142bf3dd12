using System.Text.Json.Nodes;
using Calico.Sdk.Cluster;
using Calico.Sdk.Etcd;
using Calico.Sdk.Integration.Tests.Support;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Integration.Tests.Etcd;

/// <summary>Apply, re-apply, merge semantics, dry run and pruning against a real etcd.</summary>
public sealed class EtcdApplyTests(EtcdFixture etcd) : IClassFixture<EtcdFixture>, IAsyncLifetime
{
    private const string Prefix = CalicoEtcdKeys.ResourcePrefix;

    public Task InitializeAsync() => etcd.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Apply_WritesCalicoKeysAndValues_AsCalicoctlStoresThem()
    {
        await using var store = etcd.Connect();
        var set = SampleClusters.Render(SampleClusters.RouteReflectors());

        var result = await store.ApplyAsync(set);

        Assert.True(result.Succeeded, result.ToString());
        Assert.True(result.HasChanges);
        Assert.All(result.Changes, c => Assert.Equal(ChangeAction.Create, c.Action));
        var pool = await etcd.GetAsync(Prefix + "ippools/default-pool");
        Assert.NotNull(pool);
        Assert.StartsWith("{\"kind\":\"IPPool\",\"apiVersion\":\"projectcalico.org/v3\",\"metadata\":{\"name\":\"default-pool\",\"uid\":\"", pool);
        var json = JsonNode.Parse(pool)!.AsObject();
        Assert.Matches("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", ClusterJson.String(json, "metadata", "creationTimestamp"));
        Assert.Null(ClusterJson.At(json, "metadata", "resourceVersion"));
        Assert.Equal("Always", ClusterJson.String(json, "spec", "ipipMode"));
        Assert.Equal("all()", ClusterJson.String(json, "spec", "nodeSelector"));
        Assert.Equal(["Workload", "Tunnel"], ClusterJson.Strings(json, "spec", "allowedUses"));
        Assert.Equal("Automatic", ClusterJson.String(json, "spec", "assignmentMode"));
        Assert.Equal(26, (int)ClusterJson.At(json, "spec", "blockSize")!);

        var felix = JsonNode.Parse((await etcd.GetAsync(Prefix + "felixconfigurations/default"))!)!;
        Assert.Equal("Disabled", ClusterJson.String(felix, "spec", "floatingIPs"));
        var bgp = JsonNode.Parse((await etcd.GetAsync(Prefix + "bgpconfigurations/default"))!)!;
        Assert.Equal(65400, (int)ClusterJson.At(bgp, "spec", "asNumber")!);
        Assert.False((bool)ClusterJson.At(bgp, "spec", "nodeToNodeMeshEnabled")!);

        // Route reflectors get their cluster ID and labels; selectors with quotes are stored with Go's escaping.
        var rr0 = JsonNode.Parse((await etcd.GetAsync(Prefix + "nodes/rr0"))!)!;
        Assert.Equal("1.0.0.1", ClusterJson.String(rr0, "spec", "bgp", "routeReflectorClusterID"));
        Assert.Equal("true", ClusterJson.String(rr0, "metadata", "labels", "i-am-a-route-reflector"));
        foreach (var peer in set.Resources.BgpPeers)
        {
            Assert.NotNull(await etcd.GetAsync(Prefix + "bgppeers/" + peer.Metadata.Name));
        }
    }

    [Fact]
    public async Task Reapply_ChangesNothing_AndSaysSo()
    {
        await using var store = etcd.Connect();
        var set = SampleClusters.Render(SampleClusters.DualStack());
        Assert.True((await store.ApplyAsync(set)).Succeeded);
        var revision = await etcd.RevisionAsync();

        var again = await store.ApplyAsync(set);

        Assert.True(again.Succeeded, again.ToString());
        Assert.False(again.HasChanges);
        Assert.All(again.Changes, c => Assert.Equal(ChangeAction.Unchanged, c.Action));
        Assert.StartsWith("No changes: ", again.Summary);
        Assert.Equal(revision, await etcd.RevisionAsync());
    }

    [Fact]
    public async Task DryRun_WritesNothing_AndListsWhatItWouldDo()
    {
        await using var store = etcd.Connect();
        var revision = await etcd.RevisionAsync();

        var result = await store.ApplyAsync(SampleClusters.Render(SampleClusters.RouteReflectors()), new ApplyOptions { DryRun = true });

        Assert.True(result.DryRun);
        Assert.StartsWith("Dry run: would create ", result.Summary);
        Assert.All(result.Changes, c => Assert.Equal(ChangeAction.Create, c.Action));
        Assert.All(result.Changes, c => Assert.NotNull(c.Intended));
        Assert.Equal(revision, await etcd.RevisionAsync());
        Assert.Null(await etcd.GetAsync(Prefix + "ippools/default-pool"));
    }

    [Fact]
    public async Task ExistingPool_KeepsItsBlockSize_OtherFieldsMerge()
    {
        await etcd.Raw.PutAsync(Prefix + "ippools/default-pool",
            """{"kind":"IPPool","apiVersion":"projectcalico.org/v3","metadata":{"name":"default-pool","uid":"u-1","creationTimestamp":"2026-01-01T00:00:00Z"},"spec":{"cidr":"10.233.64.0/18","blockSize":24,"ipipMode":"Never","vxlanMode":"Never","natOutgoing":true,"nodeSelector":"all()","disableBGPExport":true}}""");
        await using var store = etcd.Connect();

        var result = await store.ApplyAsync(SampleClusters.Render(SampleClusters.RouteReflectors()));

        Assert.True(result.Succeeded, result.ToString());
        var finding = Assert.Single(result.Findings, f => f.Code == ClusterFindings.BlockSizeKept.Code);
        Assert.Contains("keeps its block size 24", finding.Message);
        var pool = JsonNode.Parse((await etcd.GetAsync(Prefix + "ippools/default-pool"))!)!;
        Assert.Equal(24, (int)ClusterJson.At(pool, "spec", "blockSize")!);
        Assert.Equal("Always", ClusterJson.String(pool, "spec", "ipipMode"));
        Assert.True(ClusterJson.Bool(pool, "spec", "disableBGPExport"), "a field Kubespray does not manage is kept");
        Assert.Equal("u-1", ClusterJson.String(pool, "metadata", "uid"));
        Assert.Equal("2026-01-01T00:00:00Z", ClusterJson.String(pool, "metadata", "creationTimestamp"));
        var change = result.Changes.Single(c => c.Resource.Kind == "IPPool");
        Assert.Equal(ChangeAction.Update, change.Action);
        Assert.Contains(change.Fields, f => f.Path == "spec.ipipMode" && f.Live == "\"Never\"" && f.Desired == "\"Always\"");
        Assert.DoesNotContain(change.Fields, f => f.Path == "spec.blockSize");
    }

    [Fact]
    public async Task ExistingPool_WithAnotherCidr_IsNotWritten()
    {
        await etcd.Raw.PutAsync(Prefix + "ippools/default-pool",
            """{"kind":"IPPool","apiVersion":"projectcalico.org/v3","metadata":{"name":"default-pool"},"spec":{"cidr":"10.10.0.0/16","blockSize":26}}""");
        await using var store = etcd.Connect();

        var result = await store.ApplyAsync(SampleClusters.Render(SampleClusters.RouteReflectors()));

        Assert.Contains(result.Findings, f => f.Code == ClusterFindings.ImmutableField.Code && f.Message.Contains("10.10.0.0/16"));
        Assert.Equal(ChangeAction.Skipped, result.Changes.Single(c => c.Resource.Kind == "IPPool").Action);
        Assert.Contains("10.10.0.0/16", await etcd.GetAsync(Prefix + "ippools/default-pool"));
    }

    [Fact]
    public async Task FelixDefault_IsReadMergedWritten_UnmanagedFieldsKept()
    {
        // What calico-node writes at start-up, plus a setting an operator made by hand.
        await etcd.Raw.PutAsync(Prefix + "felixconfigurations/default",
            """{"kind":"FelixConfiguration","apiVersion":"projectcalico.org/v3","metadata":{"name":"default","uid":"f-1","creationTimestamp":"2026-01-01T00:00:00Z"},"spec":{"reportingInterval":"0s","logSeverityScreen":"Warning","healthPort":9199,"bpfLogLevel":""}}""");
        await using var store = etcd.Connect();

        var result = await store.ApplyAsync(SampleClusters.Render(SampleClusters.RouteReflectors()));

        Assert.True(result.Succeeded, result.ToString());
        var felix = JsonNode.Parse((await etcd.GetAsync(Prefix + "felixconfigurations/default"))!)!;
        Assert.Equal(9199, (int)ClusterJson.At(felix, "spec", "healthPort")!);
        Assert.Equal("Info", ClusterJson.String(felix, "spec", "logSeverityScreen"));
        Assert.True(ClusterJson.Bool(felix, "spec", "ipipEnabled"));
        Assert.Equal("f-1", ClusterJson.String(felix, "metadata", "uid"));
        var change = result.Changes.Single(c => c.Resource.Kind == "FelixConfiguration");
        Assert.Equal(ChangeAction.Update, change.Action);
        Assert.Contains(change.Fields, f => f.Path == "spec.logSeverityScreen" && f.Live == "\"Warning\"");
    }

    [Fact]
    public async Task Prune_OnlyWhenAsked_ListedBeforeDeleting_EnabledPoolsKept()
    {
        await using var store = etcd.Connect();
        var set = SampleClusters.Render(SampleClusters.RouteReflectors());
        Assert.True((await store.ApplyAsync(set)).Succeeded);
        await etcd.Raw.PutAsync(Prefix + "bgppeers/old-tor", """{"kind":"BGPPeer","apiVersion":"projectcalico.org/v3","metadata":{"name":"old-tor"},"spec":{"peerIP":"10.0.0.254","asNumber":65001}}""");
        await etcd.Raw.PutAsync(Prefix + "ippools/old-enabled", """{"kind":"IPPool","apiVersion":"projectcalico.org/v3","metadata":{"name":"old-enabled"},"spec":{"cidr":"10.50.0.0/16"}}""");
        await etcd.Raw.PutAsync(Prefix + "ippools/old-disabled", """{"kind":"IPPool","apiVersion":"projectcalico.org/v3","metadata":{"name":"old-disabled"},"spec":{"cidr":"10.60.0.0/16","disabled":true}}""");

        var withoutPrune = await store.ApplyAsync(set);
        Assert.False(withoutPrune.HasChanges);
        Assert.NotNull(await etcd.GetAsync(Prefix + "bgppeers/old-tor"));

        var plan = await store.PlanAsync(store.ObjectsFor(set.Resources), new ApplyOptions { Prune = true });
        Assert.Equal(["BGPPeer/old-tor", "IPPool/old-disabled"], plan.PruneCandidates.Select(r => r.ToString()).Order().ToArray());

        var seenBeforeDelete = new List<(string Resource, bool StillThere)>();
        var progress = new SyncProgress(p =>
        {
            if (p.Phase == ApplyPhase.Pruning && p.Action == ChangeAction.Delete && p.Message.StartsWith("Deleting", StringComparison.Ordinal))
            {
                var key = CalicoEtcdKeys.Key(p.Resource!);
                seenBeforeDelete.Add((p.Resource!.ToString(), etcd.GetAsync(key).GetAwaiter().GetResult() is not null));
            }
        });
        var pruned = await store.ExecuteAsync(plan, progress);

        Assert.True(pruned.Succeeded, pruned.ToString());
        Assert.Equal(2, pruned.Count(ChangeAction.Delete));
        Assert.All(seenBeforeDelete, s => Assert.True(s.StillThere, s.Resource + " was reported before its delete"));
        Assert.Equal(2, seenBeforeDelete.Count);
        Assert.Null(await etcd.GetAsync(Prefix + "bgppeers/old-tor"));
        Assert.Null(await etcd.GetAsync(Prefix + "ippools/old-disabled"));
        Assert.NotNull(await etcd.GetAsync(Prefix + "ippools/old-enabled"));
        Assert.Contains(pruned.Findings, f => f.Code == ClusterFindings.PoolNotDisabled.Code && f.Path == "IPPool/old-enabled");
        Assert.Equal(2, pruned.Findings.Count(f => f.Code == ClusterFindings.Pruned.Code));
    }

    [Fact]
    public async Task ManyNodes_AreReadAndWrittenInBatchedTransactions()
    {
        const int count = 1000;
        var resources = SampleClusters.RouterPeering(count);
        await using var store = etcd.Connect();

        // calico-node registered every node already: the apply patches their BGP settings.
        var nodes = resources.OfType<CalicoNode>().ToList();
        Assert.Equal(count, nodes.Count);
        foreach (var chunk in nodes.Chunk(100))
        {
            await Task.WhenAll(chunk.Select(n => etcd.Raw.PutAsync(
                Prefix + "nodes/" + n.Metadata.Name,
                $$$"""{"kind":"Node","apiVersion":"projectcalico.org/v3","metadata":{"name":"{{{n.Metadata.Name}}}"},"spec":{"bgp":{"ipv4Address":"10.9.0.1/24"}},"status":{}}""")));
        }

        var result = await store.ApplyAsync(resources);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(count, result.Changes.Count(c => c.Resource.Kind == "Node" && c.Action == ChangeAction.Update));

        // Reads: one page per kind with more objects than a batch, one transaction of gets for the rest.
        // Writes: one transaction per 128 objects of a kind.
        var byKind = result.Changes.GroupBy(c => c.Resource.Kind).ToList();
        var reads = byKind.Count(g => g.Count() > 128) + 1;
        var writes = byKind.Sum(g => (int)Math.Ceiling(g.Count() / 128.0));
        Assert.Equal(reads + writes, result.RoundTrips);
        var node = JsonNode.Parse((await etcd.GetAsync(Prefix + "nodes/worker00007"))!)!;
        Assert.Equal(4200000007L, (long)ClusterJson.At(node, "spec", "bgp", "asNumber")!);
        Assert.Equal("10.9.0.1/24", ClusterJson.String(node, "spec", "bgp", "ipv4Address"));
    }
}
