using Calico.Sdk.Kubespray;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Inventory;

public class IniReaderTests
{
    private static InventoryReadResult ReadFeatures() => InventoryReader.Read(TestData.Path("inventories", "ini-features"));

    private static InventoryValue Var(RawHost host, string name) => host.Vars.Single(v => v.Name == name).Value;

    private static InventoryScalar Scalar(InventoryValue v) => Assert.IsType<InventoryScalar>(v);

    [Fact]
    public void Directory_FindsInventoryIni()
    {
        var r = ReadFeatures();
        Assert.NotNull(r.Inventory);
        Assert.Equal(InventoryFormat.Ini, r.Inventory!.Format);
        Assert.EndsWith("inventory.ini", r.Inventory.InventoryFile, StringComparison.Ordinal);
    }

    [Fact]
    public void HostRanges_ExpandNumericZeroPaddedAlphabeticAndStepped()
    {
        var inv = ReadFeatures().Inventory!;
        Assert.Equal(
            ["worker01", "worker02", "worker03", "edgea", "edgeb", "edgec", "spare10", "spare12", "spare14", "node3"],
            inv.Group("kube_node")!.Hosts);

        // Every host of a range line carries the line's variables.
        Assert.All(["worker01", "worker02", "worker03"], h => Assert.Equal("10.4.0", Scalar(Var(inv.Host(h)!, "ip_prefix")).Canonical));
    }

    [Fact]
    public void HostLineValues_AreShellSplitThenTypedLikePython()
    {
        var inv = ReadFeatures().Inventory!;
        var node1 = inv.Host("node1")!;

        // as_text="65001": the shell quotes are gone before literal_eval, so Ansible sees the number 65001.
        Assert.Equal(ScalarKind.Integer, Scalar(Var(node1, "as_text")).Kind);
        Assert.Equal(Var(node1, "as_number"), Var(node1, "as_text"));
        Assert.Equal(ScalarStyle.Ini, Scalar(Var(node1, "ip")).Style);
        Assert.Equal(ScalarKind.String, Scalar(Var(node1, "ip")).Kind);

        var node2 = inv.Host("node2")!;
        Assert.Equal("two words", Scalar(Var(node2, "note")).Canonical);
        Assert.Equal(ScalarKind.Boolean, Scalar(Var(node2, "flag")).Kind);
        Assert.DoesNotContain(node2.Vars, v => v.Name.Contains("comment", StringComparison.Ordinal)); // '# trailing comment' is a comment

        var node3 = inv.Host("node3")!;

        // quoted_twice="'123'": the shell removes the double quotes, Python the single ones: the string 123.
        Assert.Equal(InventoryValue.String("123"), Var(node3, "quoted_twice"));
    }

    [Fact]
    public void HostLineListLiteral_BecomesASequence()
    {
        var peers = Var(ReadFeatures().Inventory!.Host("node3")!, "peers");
        var list = Assert.IsType<InventorySequence>(peers);
        var peer = Assert.IsType<InventoryMapping>(Assert.Single(list.Items));
        Assert.Equal(InventoryValue.String("10.0.0.1"), peer["router_id"]);
        Assert.Equal(InventoryValue.Integer(64512), peer["as"]);
    }

    [Fact]
    public void PortSuffix_BecomesAnsiblePort()
    {
        var node2 = ReadFeatures().Inventory!.Host("node2")!;
        Assert.Equal("ansible_port", node2.Vars[0].Name);
        Assert.Equal(InventoryValue.Integer(2222), node2.Vars[0].Value);
    }

    [Fact]
    public void VarsSection_SplitsAtFirstEqualsWithoutShellRules()
    {
        var rack0 = ReadFeatures().Inventory!.Group("rack0")!;
        InventoryValue V(string name) => rack0.Vars.Single(v => v.Name == name).Value;

        // cluster_id="1.0.0.1" in :vars keeps Python's quotes: a string.
        Assert.Equal(InventoryValue.String("1.0.0.1"), V("cluster_id"));
        Assert.Equal(InventoryValue.Integer(65400), V("as_number"));
        Assert.Equal(InventoryValue.String("text # not a comment in :vars"), V("comment_kept"));
        Assert.Equal(InventoryValue.String(string.Empty), V("empty"));
        Assert.Equal(ScalarKind.Null, Scalar(V("none_value")).Kind);
        var pools = Assert.IsType<InventorySequence>(V("pools"));
        Assert.Equal([InventoryValue.String("10.233.64.0/18"), InventoryValue.String("10.233.128.0/18")], pools.Items.ToArray());
    }

    [Fact]
    public void ChildrenSections_KeepLineOrderAndAcceptLaterDeclarations()
    {
        var r = ReadFeatures();
        var inv = r.Inventory!;

        // rack0 is listed as a child before its [rack0] section: valid, as in Ansible.
        Assert.Equal(["kube_node", "kube_control_plane", "calico_rr", "rack0"], inv.Group("k8s_cluster")!.Children);
        Assert.Equal(["kube_control_plane"], inv.Group("etcd")!.Children);
        Assert.DoesNotContain(r.Findings, f => f.Code == "CAL0010");

        // Groups in the order of their first section; the ones known only from group_vars/ come last.
        Assert.Equal(["ungrouped", "kube_control_plane", "etcd", "kube_node", "calico_rr", "k8s_cluster", "rack0", "all"], inv.Groups.Select(g => g.Name));
        Assert.All(inv.Groups, g => Assert.True(g.DeclaredInInventory, g.Name));
    }

    [Fact]
    public void HostBeforeAnySection_IsUngroupedAndReported()
    {
        var r = ReadFeatures();
        Assert.Equal(["bastion"], r.Inventory!.Group("ungrouped")!.Hosts);
        var f = Assert.Single(r.Findings, f => f.Code == "CAL0008");
        Assert.Equal("hosts[bastion]", f.Path);
        Assert.Equal((3, 1), (f.Location!.Value.Line, f.Location.Value.Column));
    }

    [Fact]
    public void Locations_PointAtNamesAndValues()
    {
        var inv = ReadFeatures().Inventory!;
        var node3 = inv.Host("node3")!;
        var peers = node3.Vars.Single(v => v.Name == "peers");
        Assert.EndsWith("inventory.ini", peers.KeyLocation!.Value.File, StringComparison.Ordinal);
        Assert.Equal((8, 29), (peers.KeyLocation.Value.Line, peers.KeyLocation.Value.Column));

        // The value starts after the shell quote; list items point into the literal.
        Assert.Equal((8, 36), (peers.Value.Location!.Value.Line, peers.Value.Location.Value.Column));
        var peer = (InventoryMapping)((InventorySequence)peers.Value).Items[0];
        Assert.Equal((8, 37), (peer.Location!.Value.Line, peer.Location.Value.Column));
        Assert.Equal((8, 51), (peer["router_id"]!.Location!.Value.Line, peer["router_id"]!.Location!.Value.Column));

        var asNumber = inv.Group("rack0")!.Vars.Single(v => v.Name == "as_number");
        Assert.Equal((34, 1), (asNumber.KeyLocation!.Value.Line, asNumber.KeyLocation.Value.Column));
        Assert.Equal((34, 13), (asNumber.Value.Location!.Value.Line, asNumber.Value.Location.Value.Column));
        Assert.Equal((7, 1), (inv.Host("node2")!.Location!.Value.Line, inv.Host("node2")!.Location!.Value.Column));
    }

    [Fact]
    public void Errors_AreReportedAndTheRestIsRead()
    {
        var r = InventoryReader.Read(TestData.Path("inventories", "broken", "ini-errors.ini"));
        var inv = r.Inventory!;
        var codes = r.Findings.Select(f => (f.Code, f.Location!.Value.Line)).ToList();
        Assert.Contains(("CAL0003", 3), codes); // unclosed quote
        Assert.Contains(("CAL0003", 4), codes); // a token without '='
        Assert.Contains(("CAL0003", 5), codes); // bad range
        Assert.Contains(("CAL0003", 7), codes); // [bad section]
        Assert.Contains(("CAL0003", 10), codes); // [g:unknown]
        Assert.Contains(("CAL0003", 14), codes); // :vars line without '='
        Assert.Contains(("CAL0003", 17), codes); // host ending in ':'

        // Lines that are fine are read, before and after the broken ones.
        Assert.Equal(["good1", "good2", "good3"], inv.Group("web")!.Hosts);
        Assert.Equal(InventoryValue.Integer(1), inv.Group("web")!.Vars.Single().Value);
        Assert.DoesNotContain(inv.Hosts, h => h.Name == "skipped");
    }

    [Fact]
    public void Bom_IsReportedAndIgnored()
    {
        var source = new InMemoryInventoryFileSource();
        source.Add("inv/hosts.ini", [0xEF, 0xBB, 0xBF, .. "[g]\nh1\n"u8.ToArray()]);
        var r = InventoryReader.Read(source, "inv/hosts.ini");
        var f = Assert.Single(r.Findings);
        Assert.Equal("CAL0003", f.Code);
        Assert.Equal(["h1"], r.Inventory!.Group("g")!.Hosts);
    }

    [Fact]
    public void InvalidUtf8_OnACommentLine_IsFine_ElsewhereCal0001WithLocation()
    {
        var r = InventoryReader.Read(TestData.Path("inventories", "broken", "invalid-utf8.ini"));
        var f = Assert.Single(r.Findings);
        Assert.Equal("CAL0001", f.Code);
        Assert.Equal((4, 4), (f.Location!.Value.Line, f.Location.Value.Column));
        Assert.Equal(["node1", "node3"], r.Inventory!.Group("g")!.Hosts);
    }
}
