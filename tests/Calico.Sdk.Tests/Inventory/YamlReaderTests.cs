using System.Diagnostics;
using Calico.Sdk.Kubespray;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Inventory;

public class YamlReaderTests
{
    private static InventoryReadResult ReadFeatures() => InventoryReader.Read(TestData.Path("inventories", "yaml-features"));

    private static InventoryValue Var(RawHost host, string name) => host.Vars.Single(v => v.Name == name).Value;

    private static (int Line, int Column) At(InventoryValue? v) => (v!.Location!.Value.Line, v.Location.Value.Column);

    [Fact]
    public void Structure_NestedChildrenAndStringHostsSection()
    {
        var r = ReadFeatures();
        var inv = r.Inventory!;
        Assert.Equal(InventoryFormat.Yaml, inv.Format);
        Assert.Equal(["all", "kube_control_plane", "kube_node", "etcd", "k8s_cluster", "calico_rr"], inv.Groups.Select(g => g.Name));
        Assert.Equal(["kube_control_plane", "kube_node", "etcd", "k8s_cluster"], inv.Group("all")!.Children);
        Assert.Equal(["kube_control_plane", "kube_node", "calico_rr"], inv.Group("k8s_cluster")!.Children);

        // "hosts: node3" is one host, as in Ansible.
        Assert.Equal(["node3"], inv.Group("kube_node")!.Hosts);
        Assert.Equal(["node1", "node2", "node3", "node4"], inv.Hosts.Select(h => h.Name));
    }

    [Fact]
    public void Scalars_KeepStyleTagAndYaml11Type()
    {
        var node2 = ReadFeatures().Inventory!.Host("node2")!;
        Assert.Equal(InventoryValue.Boolean(true), Var(node2, "enabled"));
        Assert.Equal(InventoryValue.Integer(493), Var(node2, "mode")); // 0755 is octal in YAML 1.1
        Assert.Equal(InventoryValue.String("1e3"), Var(node2, "ratio")); // no '.', so a string in YAML 1.1
        Assert.Equal(InventoryValue.Integer(90), Var(node2, "when")); // sexagesimal
        var motd = Assert.IsType<InventoryScalar>(Var(node2, "motd"));
        Assert.Equal((ScalarStyle.Literal, "Welcome to node2.\n  Indented line.\n"), (motd.Style, motd.Text));
        var banner = Assert.IsType<InventoryScalar>(Var(node2, "banner"));
        Assert.Equal((ScalarStyle.Folded, "folded text on two lines"), (banner.Style, banner.Text));

        var secret = Assert.IsType<InventoryScalar>(Var(node2, "secret"));
        Assert.Equal("!vault", secret.Tag);
        Assert.Equal(ScalarStyle.Literal, secret.Style);
        Assert.Equal(
            "$ANSIBLE_VAULT;1.1;AES256\n62313365396662343061393464336163383764373764613633653634306231386433626436623361\n6134333665353966363534333632666535333761666131620a663537646436643839616531643561\n",
            secret.Text);
        var template = Assert.IsType<InventoryScalar>(Var(node2, "template"));
        Assert.Equal(("!unsafe", ScalarStyle.SingleQuoted, "{{ not_a_template }}"), (template.Tag, template.Style, template.Text));
    }

    [Fact]
    public void Locations_OfScalarsSequencesAndMappings()
    {
        var inv = ReadFeatures().Inventory!;
        var node1 = inv.Host("node1")!;
        var ip = node1.Vars.Single(v => v.Name == "ip");
        Assert.EndsWith("hosts.yaml", ip.KeyLocation!.Value.File, StringComparison.Ordinal);
        Assert.Equal((12, 7), (ip.KeyLocation.Value.Line, ip.KeyLocation.Value.Column));
        Assert.Equal((12, 11), At(ip.Value));

        var peers = (InventorySequence)Var(node1, "peers");
        Assert.Equal((15, 9), At(peers));
        var peer = (InventoryMapping)peers.Items[0];
        Assert.Equal((15, 11), At(peer));
        Assert.Equal((15, 22), At(peer["router_id"]));
        Assert.Equal((16, 15), At(peer["as"]));

        // An alias expands to the anchored node, with the anchored node's location.
        var ntp = (InventorySequence)Var(inv.Host("node2")!, "ntp");
        Assert.Equal((6, 18), At(ntp));
        Assert.Equal((7, 9), At(ntp.Items[0]));

        var nested = (InventoryMapping)inv.Group("k8s_cluster")!.Vars.Single(v => v.Name == "nested").Value;
        var list = (InventorySequence)nested["list"]!;
        Assert.Equal((66, 18), At(((InventoryMapping)list.Items[1])["d"]));
    }

    [Fact]
    public void MergeKeys_ResolvedLikePyYaml()
    {
        var inv = ReadFeatures().Inventory!;

        // "<<: *defaults" then an explicit key: the explicit one wins.
        var node3 = inv.Host("node3")!;
        Assert.Equal(InventoryValue.String("admin"), Var(node3, "ansible_user"));
        Assert.Equal(InventoryValue.String("overridden"), Var(node3, "ip_suffix"));

        // "<<: [*base, {b: 3, c: 4}]": the first mapping of the list wins; merged keys come first.
        var merged = (InventoryMapping)inv.Group("all")!.Vars.Single(v => v.Name == "merged").Value;
        Assert.Equal(["b", "c", "a", "d"], merged.Entries.Select(e => e.Key));
        Assert.Equal(InventoryValue.Integer(2), merged["b"]);
        Assert.Equal(InventoryValue.Integer(4), merged["c"]);
    }

    [Fact]
    public void NonStringPlainKeys_ReadAsAnsibleJsonWouldShowThem()
    {
        var nested = (InventoryMapping)ReadFeatures().Inventory!.Group("k8s_cluster")!.Vars.Single(v => v.Name == "nested").Value;
        Assert.Equal(InventoryValue.Boolean(false), nested["on"]); // 'on' was quoted: a string key
        Assert.Equal(InventoryValue.String("double"), nested["quoted key"]);
    }

    [Fact]
    public void DuplicateKeys_LastWinsWithCal0004()
    {
        var r = InventoryReader.Read(TestData.Path("inventories", "broken", "duplicate-keys.yml"));
        var dups = r.Findings.Where(f => f.Code == "CAL0004").Select(f => f.Location!.Value.Line).ToList();
        Assert.Equal([5, 10, 11], dups);
        var all = r.Inventory!.Group("all")!;
        Assert.Equal(["mode", "nested"], all.Vars.Select(v => v.Name));
        Assert.Equal(InventoryValue.String("last"), all.Vars[0].Value);
        Assert.Equal(InventoryValue.Integer(2), ((InventoryMapping)all.Vars[1].Value)["a"]);
        Assert.Equal(InventoryValue.String("10.0.0.2"), r.Inventory.Host("node1")!.Vars.Single().Value);
    }

    [Fact]
    public void SyntaxErrorInInventory_Cal0002WithPositionAndWhatCameBeforeIsKept()
    {
        var r = InventoryReader.Read(TestData.Path("inventories", "broken", "yaml-syntax.yaml"));
        var f = Assert.Single(r.Findings, f => f.Code == "CAL0002");
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Equal(9, f.Location!.Value.Line); // where YamlDotNet detects the unclosed flow mapping
        Assert.NotNull(f.Hint);
        Assert.Equal(["node1", "node2"], r.Inventory!.Group("kube_node")!.Hosts);
    }

    [Fact]
    public void SyntaxErrorInVarsFile_DoesNotStopTheRest()
    {
        var r = InventoryReader.Read(TestData.Path("inventories", "broken", "vars-syntax", "hosts.yml"));
        var f = Assert.Single(r.Findings);
        Assert.Equal("CAL0002", f.Code);
        Assert.EndsWith("20-broken.yml", f.Location!.Value.File, StringComparison.Ordinal);
        Assert.Equal((6, 9), (f.Location.Value.Line, f.Location.Value.Column)); // the unclosed quote

        var inv = r.Inventory!;
        Assert.Equal(["node1", "node2"], inv.Hosts.Select(h => h.Name));
        Assert.Equal(InventoryValue.String("10.0.0.1"), inv.Host("node1")!.Vars.Single().Value);

        // Variables completed before the error are kept; the broken one and everything after it in that file are not.
        Assert.Equal(
            [("before_error", "10-good.yml"), ("complete", "20-broken.yml"), ("also_complete", "20-broken.yml"), ("after_error", "30-good.yml")],
            inv.Group("all")!.Vars.Select(v => (v.Name, v.File!)));
    }

    [Fact]
    public void VarsFileStructure_ListAndMultiDocumentAreCal0006_EmptyIsIgnored()
    {
        var r = InventoryReader.Read(TestData.Path("inventories", "broken", "vars-structure", "hosts.yml"));
        var files = r.Findings.Select(f => (f.Code, Path.GetFileName(f.Location!.Value.File))).ToList();
        Assert.Equal([("CAL0006", "list.yml"), ("CAL0006", "multi.yml")], files);
        Assert.Empty(r.Inventory!.Group("all")!.Vars);
    }

    [Fact]
    public void NotAnInventory_Cal0006AndNoInventory()
    {
        var r = InventoryReader.Read(TestData.Path("inventories", "broken", "not-an-inventory.yaml"));
        Assert.Null(r.Inventory);
        Assert.Equal("CAL0006", Assert.Single(r.Findings).Code);
    }

    [Fact]
    public void AliasBomb_StopsFastWithCal0005()
    {
        var watch = Stopwatch.StartNew();
        var r = InventoryReader.Read(TestData.Path("inventories", "broken", "alias-bomb.yml"));
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        var f = Assert.Single(r.Findings);
        Assert.Equal("CAL0005", f.Code);
        Assert.NotNull(f.Location);
        Assert.Null(r.Inventory);
    }

    [Fact]
    public void InvalidUtf8_Cal0001AtTheByte()
    {
        var r = InventoryReader.Read(TestData.Path("inventories", "broken", "invalid-utf8.yaml"));
        var f = Assert.Single(r.Findings);
        Assert.Equal("CAL0001", f.Code);
        Assert.Equal((5, 18), (f.Location!.Value.Line, f.Location.Value.Column));
        Assert.Null(r.Inventory);
    }

    [Fact]
    public void ExtensionlessFile_IsToldApartByContent()
    {
        var source = new InMemoryInventoryFileSource();
        source.Add("a/hosts", File.ReadAllBytes(TestData.Path("inventories", "yaml-features", "hosts.yaml")));
        source.Add("b/hosts", File.ReadAllBytes(TestData.Path("kubespray-rr-example", "inventory.ini")));
        Assert.Equal(InventoryFormat.Yaml, InventoryReader.Read(source, "a/hosts").Inventory!.Format);
        Assert.Equal(InventoryFormat.Ini, InventoryReader.Read(source, "b/hosts").Inventory!.Format);
    }

    [Fact]
    public void JsonVarsFile_TypesNumbersTheJsonWay()
    {
        var source = new InMemoryInventoryFileSource();
        source.Add("inv/hosts.yml", File.ReadAllBytes(TestData.Path("inventories", "broken", "vars-structure", "hosts.yml")));
        source.Add("inv/group_vars/all.json", File.ReadAllBytes(TestData.Path("inventories", "vars.json")));
        var r = InventoryReader.Read(source, "inv/hosts.yml");
        Assert.Empty(r.Findings);
        var vars = r.Inventory!.Group("all")!.Vars.ToDictionary(v => v.Name, v => v.Value);
        Assert.Equal(ScalarKind.Float, ((InventoryScalar)vars["ratio"]).Kind); // 1e3 is a float in JSON
        Assert.Equal(InventoryValue.String("yes"), vars["word"]);
        Assert.Equal("all.json", r.Inventory.Group("all")!.Vars[0].File);
    }
}
