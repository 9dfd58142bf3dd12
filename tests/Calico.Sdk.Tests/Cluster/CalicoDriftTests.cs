using System.Text.Json.Nodes;
using Calico.Sdk.Cluster;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Tests.Cluster;

/// <summary>The drift engine both adapters use: every rendered field, Kubespray's upgrade guard for every pool, defaults.</summary>
public class CalicoDriftTests
{
    private static JsonObject Obj(string json) => JsonNode.Parse(json)!.AsObject();

    private static IPPool Pool(string name, string cidr, int blockSize, string ipip, string vxlan) => new()
    {
        Metadata = new ObjectMeta(name),
        Spec = new IPPoolSpec { Cidr = cidr, BlockSize = blockSize, IpipMode = ipip, VxlanMode = vxlan, NatOutgoing = true },
    };

    [Fact]
    public void Missing_IsCAL5003()
    {
        var drift = CalicoDrift.Compare(Pool("default-pool", "10.233.64.0/18", 26, "Never", "Always"), null);

        Assert.Equal(DriftState.Missing, drift.State);
        Assert.Equal("CAL5003", Assert.Single(drift.Findings).Code);
    }

    [Fact]
    public void SameValues_AreInSync_FieldsNotRenderedAreIgnored()
    {
        var live = Obj("""{"kind":"IPPool","metadata":{"name":"default-pool","uid":"x"},"spec":{"cidr":"10.233.64.0/18","blockSize":26,"ipipMode":"Never","vxlanMode":"Always","natOutgoing":true,"nodeSelector":"rack == 'a'","disableBGPExport":true}}""");

        var drift = CalicoDrift.Compare(Pool("default-pool", "10.233.64.0/18", 26, "Never", "Always"), live);

        Assert.Equal(DriftState.InSync, drift.State);
        Assert.Empty(drift.Findings);
    }

    [Theory]
    [InlineData("default-pool", "10.233.64.0/18", "blockSize", "24", "calico_pool_blocksize")]
    [InlineData("default-pool", "10.233.64.0/18", "ipipMode", "\"CrossSubnet\"", "calico_ipip_mode")]
    [InlineData("default-pool", "10.233.64.0/18", "vxlanMode", "\"Never\"", "calico_vxlan_mode")]
    [InlineData("default-pool", "10.233.64.0/18", "cidr", "\"10.233.0.0/18\"", "calico_pool_cidr")]
    [InlineData("default-pool-ipv6", "fd85:ee78:d8a6:8607::1:0/112", "blockSize", "120", "calico_pool_blocksize_ipv6")]
    [InlineData("default-pool-ipv6", "fd85:ee78:d8a6:8607::1:0/112", "vxlanMode", "\"CrossSubnet\"", "calico_vxlan_mode_ipv6")]
    public void GuardFields_OfEveryPool_AreCAL5001_NamingTheKubesprayVariable(string name, string cidr, string field, string liveValue, string variable)
    {
        var v6 = cidr.Contains(':', StringComparison.Ordinal);
        var desired = Pool(name, cidr, v6 ? 122 : 26, "Never", "Always");
        var live = ManifestSerializer.ToJsonNode(desired);
        live["spec"]![field] = JsonNode.Parse(liveValue);

        var drift = CalicoDrift.Compare(desired, live);

        Assert.Equal(DriftState.Differs, drift.State);
        var finding = Assert.Single(drift.Findings);
        Assert.Equal("CAL5001", finding.Code);
        Assert.Equal($"IPPool/{name} spec.{field}", finding.Path);
        Assert.Contains("Your inventory doesn't match the current cluster configuration", finding.Message);
        Assert.Contains(variable, finding.Hint);
        Assert.Equal(v6, finding.Message.Contains("does not check IPv6 pools", StringComparison.Ordinal));
        Assert.Equal(new FieldDifference("spec." + field, ClusterJson.Compact(ManifestSerializer.ToJsonNode(desired)["spec"]![field]), liveValue.Replace(" ", string.Empty, StringComparison.Ordinal)), drift.Fields[0]);
    }

    [Fact]
    public void UnsetGuardField_WithCalicosDefault_IsOnlyANote()
    {
        var live = Obj("""{"kind":"IPPool","metadata":{"name":"default-pool"},"spec":{"cidr":"10.233.64.0/18","vxlanMode":"Always","natOutgoing":true}}""");

        var drift = CalicoDrift.Compare(Pool("default-pool", "10.233.64.0/18", 26, "Never", "Always"), live);

        Assert.Equal(DriftState.InSync, drift.State);
        Assert.Equal(["CAL5004 IPPool/default-pool spec.blockSize", "CAL5004 IPPool/default-pool spec.ipipMode"], drift.Findings.Select(f => f.Code + " " + f.Path).Order());
    }

    [Fact]
    public void UnsetField_WithoutTheSameDefault_IsDrift_EmptyStringIsNotSet()
    {
        var desired = new FelixConfiguration { Metadata = new ObjectMeta("default"), Spec = new FelixConfigurationSpec { IpipEnabled = false, BpfLogLevel = string.Empty, FloatingIPs = "Disabled" } };
        var live = Obj("""{"kind":"FelixConfiguration","metadata":{"name":"default"},"spec":{}}""");

        var drift = CalicoDrift.Compare(desired, live);

        Assert.Equal(DriftState.Differs, drift.State);
        Assert.Equal(["CAL5002 FelixConfiguration/default spec.ipipEnabled", "CAL5004 FelixConfiguration/default spec.floatingIPs"], drift.Findings.Select(f => f.Code + " " + f.Path).Order());
    }

    [Fact]
    public void Labels_AreComparedKeyByKey_NestedSpecFieldByField()
    {
        var desired = new CalicoNode
        {
            Metadata = new ObjectMeta("rr0").WithLabel("calico-rr-id", "rr1").WithLabel("i-am-a-route-reflector", "true"),
            Spec = new CalicoNodeSpec { Bgp = new NodeBgpSpec { RouteReflectorClusterID = "1.0.0.1" } },
        };
        var live = Obj("""{"kind":"Node","metadata":{"name":"rr0","labels":{"calico-rr-id":"rr2","i-am-a-route-reflector":"true","other":"x"}},"spec":{"bgp":{"ipv4Address":"10.0.0.1/24","routeReflectorClusterID":"1.0.0.2"}}}""");

        var drift = CalicoDrift.Compare(desired, live);

        Assert.Equal(
            [new FieldDifference("metadata.labels['calico-rr-id']", "\"rr1\"", "\"rr2\""), new FieldDifference("spec.bgp.routeReflectorClusterID", "\"1.0.0.1\"", "\"1.0.0.2\"")],
            drift.Fields.ToArray());
        Assert.All(drift.Findings, f => Assert.Equal("CAL5002", f.Code));
    }

    [Fact]
    public void Lists_AreComparedWhole()
    {
        var desired = new BGPConfiguration { Metadata = new ObjectMeta("default"), Spec = new BGPConfigurationSpec { ServiceExternalIPs = EquatableArray.Create(new ServiceIPBlock("192.0.2.0/24")) } };
        var live = Obj("""{"kind":"BGPConfiguration","metadata":{"name":"default"},"spec":{"serviceExternalIPs":[{"cidr":"192.0.2.0/24"},{"cidr":"198.51.100.0/24"}]}}""");

        var drift = CalicoDrift.Compare(desired, live);

        Assert.Equal("spec.serviceExternalIPs", Assert.Single(drift.Fields).Path);
    }

    [Fact]
    public void Differences_IgnoreWhatTheDatastoreWrites()
    {
        var live = Obj("""{"kind":"X","metadata":{"name":"a","uid":"1","resourceVersion":"5","creationTimestamp":"t","managedFields":[]},"spec":{"a":1}}""");
        var written = Obj("""{"kind":"X","metadata":{"name":"a","uid":"2"},"spec":{"a":1,"b":{"c":2}}}""");

        Assert.Equal([new FieldDifference("spec.b.c", "2", null)], CalicoDrift.Differences(live, written).ToArray());
        Assert.Equal(4, CalicoDrift.Differences(null, written).Count);
    }

    [Fact]
    public void Report_SaysWhetherKubesprayWouldStop()
    {
        var live = ManifestSerializer.ToJsonNode(Pool("default-pool", "10.233.64.0/18", 24, "Never", "Always"));
        var drift = CalicoDrift.Compare(Pool("default-pool", "10.233.64.0/18", 26, "Never", "Always"), live);
        var report = new DriftReport { Datastore = "test", Resources = EquatableArray.Create(drift), Findings = drift.Findings };

        Assert.True(report.HasDrift);
        Assert.True(report.BlocksKubesprayUpgrade);
        Assert.StartsWith("Drift: 1 of 1 object(s) differ from test.\n  IPPool/default-pool: Differs\n    spec.blockSize: 24 → 26\n", report.ToString());
    }
}
