using System.Text.Json.Nodes;
using Calico.Sdk.Cluster;

namespace Calico.Sdk.Tests.Cluster;

/// <summary>Kubespray's merge semantics: combine(recursive=True), pools keep their block size, CIDRs never change.</summary>
public class CalicoMergeTests
{
    private static JsonObject Obj(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void Combine_MergesObjects_ReplacesListsAndScalars_LeavesInputsAlone()
    {
        var live = Obj("""{"spec":{"a":1,"nested":{"x":1,"y":2},"list":[1,2,3],"kept":"yes"}}""");
        var desired = Obj("""{"spec":{"a":2,"nested":{"y":3,"z":4},"list":[9]}}""");

        var merged = CalicoMerge.Combine(live, desired);

        Assert.True(ClusterJson.DeepEquals(Obj("""{"spec":{"a":2,"nested":{"x":1,"y":3,"z":4},"list":[9],"kept":"yes"}}"""), merged));
        Assert.Equal("""{"spec":{"a":1,"nested":{"x":1,"y":2},"list":[1,2,3],"kept":"yes"}}""", live.ToJsonString());
        Assert.Equal("""{"spec":{"a":2,"nested":{"y":3,"z":4},"list":[9]}}""", desired.ToJsonString());
    }

    [Fact]
    public void Plan_Absent_IsCreate_WithPersistedDefaultsWhenAsked()
    {
        var desired = Obj("""{"kind":"IPPool","apiVersion":"projectcalico.org/v3","metadata":{"name":"p6"},"spec":{"cidr":"fd00::/64","vxlanMode":"Always"}}""");

        var plain = CalicoMerge.Plan(desired, null, fillDefaults: false);
        var filled = CalicoMerge.Plan(desired, null, fillDefaults: true);

        Assert.Equal(MergeVerdict.Create, plain.Verdict);
        Assert.Null(ClusterJson.At(plain.Merged, "spec", "blockSize"));
        Assert.Equal(122, (int)ClusterJson.At(filled.Merged, "spec", "blockSize")!);
        Assert.Equal("Always", ClusterJson.String(filled.Merged, "spec", "vxlanMode"));
        Assert.Equal("Never", ClusterJson.String(filled.Merged, "spec", "ipipMode"));
        Assert.Equal("all()", ClusterJson.String(filled.Merged, "spec", "nodeSelector"));
    }

    [Fact]
    public void Plan_SameValues_IsUnchanged_IgnoringServerMetadata()
    {
        var live = Obj("""{"kind":"BGPPeer","apiVersion":"projectcalico.org/v3","metadata":{"name":"p","uid":"u","resourceVersion":"7","creationTimestamp":"2026-01-01T00:00:00Z"},"spec":{"peerIP":"10.0.0.1","asNumber":65001}}""");
        var desired = Obj("""{"kind":"BGPPeer","apiVersion":"projectcalico.org/v3","metadata":{"name":"p"},"spec":{"asNumber":65001.0}}""");

        var outcome = CalicoMerge.Plan(desired, live, fillDefaults: false);

        Assert.Equal(MergeVerdict.Unchanged, outcome.Verdict);
        Assert.Empty(outcome.Fields);
    }

    [Fact]
    public void Plan_ExistingPool_KeepsItsBlockSize_AndSaysSo()
    {
        var live = Obj("""{"kind":"IPPool","metadata":{"name":"default-pool"},"spec":{"cidr":"10.233.64.0/18","blockSize":24,"ipipMode":"Always"}}""");
        var desired = Obj("""{"kind":"IPPool","metadata":{"name":"default-pool"},"spec":{"cidr":"10.233.64.0/18","blockSize":26,"ipipMode":"Never"}}""");

        var outcome = CalicoMerge.Plan(desired, live, fillDefaults: false);

        Assert.Equal(MergeVerdict.Update, outcome.Verdict);
        Assert.Equal(24, (int)ClusterJson.At(outcome.Merged, "spec", "blockSize")!);
        var finding = Assert.Single(outcome.Findings);
        Assert.Equal("CAL5020", finding.Code);
        Assert.Contains("calico_pool_blocksize to 24", finding.Hint);
        Assert.Equal([new FieldDifference("spec.ipipMode", "\"Never\"", "\"Always\"")], outcome.Fields.ToArray());
    }

    [Fact]
    public void Plan_PoolWithoutStoredBlockSize_KeepsCalicosDefault()
    {
        var live = Obj("""{"kind":"IPPool","metadata":{"name":"v6"},"spec":{"cidr":"fd00::/48"}}""");
        var desired = Obj("""{"kind":"IPPool","metadata":{"name":"v6"},"spec":{"cidr":"fd00::/48","blockSize":120}}""");

        var outcome = CalicoMerge.Plan(desired, live, fillDefaults: false);

        Assert.Equal(122, (int)ClusterJson.At(outcome.Merged, "spec", "blockSize")!);
        Assert.Equal("CAL5020", Assert.Single(outcome.Findings).Code);
    }

    [Fact]
    public void Plan_PoolCidr_SameNetworkSpelledDifferently_KeepsCalicosSpelling_AnotherNetworkIsRefused()
    {
        var live = Obj("""{"kind":"IPPool","metadata":{"name":"v6"},"spec":{"cidr":"fd85:ee78:d8a6:8607::1:0/112","blockSize":122}}""");
        var same = Obj("""{"kind":"IPPool","metadata":{"name":"v6"},"spec":{"cidr":"FD85:EE78:D8A6:8607:0::1:0/112"}}""");
        var other = Obj("""{"kind":"IPPool","metadata":{"name":"v6"},"spec":{"cidr":"fd85:ee78:d8a6:8608::/112"}}""");

        var kept = CalicoMerge.Plan(same, live, fillDefaults: false);
        var refused = CalicoMerge.Plan(other, live, fillDefaults: false);

        Assert.Equal(MergeVerdict.Unchanged, kept.Verdict);
        Assert.Equal(MergeVerdict.Refused, refused.Verdict);
        Assert.Equal("CAL5021", Assert.Single(refused.Findings).Code);
        Assert.True(ClusterJson.DeepEquals(live, refused.Merged));
    }

    [Fact]
    public void Plan_FelixDefault_KeepsFieldsKubesprayDoesNotManage()
    {
        var live = Obj("""{"kind":"FelixConfiguration","metadata":{"name":"default"},"spec":{"reportingInterval":"0s","healthPort":9199,"logSeverityScreen":"Warning"}}""");
        var desired = Obj("""{"kind":"FelixConfiguration","metadata":{"name":"default"},"spec":{"logSeverityScreen":"Info","ipipEnabled":true}}""");

        var outcome = CalicoMerge.Plan(desired, live, fillDefaults: false);

        Assert.Equal(9199, (int)ClusterJson.At(outcome.Merged, "spec", "healthPort")!);
        Assert.Equal("0s", ClusterJson.String(outcome.Merged, "spec", "reportingInterval"));
        Assert.Equal(["spec.ipipEnabled", "spec.logSeverityScreen"], outcome.Fields.Select(f => f.Path));
    }

    [Fact]
    public void Plan_NodeLabelsMerge_BgpAddressesStay()
    {
        var live = Obj("""{"kind":"Node","metadata":{"name":"rr0","labels":{"kubernetes.io/hostname":"rr0"}},"spec":{"bgp":{"ipv4Address":"10.0.0.10/24"}}}""");
        var desired = Obj("""{"kind":"Node","metadata":{"name":"rr0","labels":{"calico-rr-id":"rr1"}},"spec":{"bgp":{"routeReflectorClusterID":"1.0.0.1"}}}""");

        var outcome = CalicoMerge.Plan(desired, live, fillDefaults: false);

        Assert.Equal("rr0", ClusterJson.String(outcome.Merged, "metadata", "labels", "kubernetes.io/hostname"));
        Assert.Equal("10.0.0.10/24", ClusterJson.String(outcome.Merged, "spec", "bgp", "ipv4Address"));
        Assert.Equal(["metadata.labels['calico-rr-id']", "spec.bgp.routeReflectorClusterID"], outcome.Fields.Select(f => f.Path));
    }
}
