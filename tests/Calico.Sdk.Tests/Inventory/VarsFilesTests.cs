using Calico.Sdk.Kubespray;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Inventory;

public class VarsFilesTests
{
    [Fact]
    public void GroupVars_SingleFileAndDirectoryForms_KeepTheirFileNames()
    {
        var r = InventoryReader.Read(TestData.Path("inventories", "ini-features"));
        var inv = r.Inventory!;
        Assert.Equal([("kube_version", "all.yml"), ("dns_mode", "all.yml")], inv.Group("all")!.Vars.Where(v => v.File is not null).Select(v => (v.Name, v.File!)));

        // Files of a directory in sorted order; a variable set in two of them keeps the later file's value (CAL0009).
        Assert.Equal(
            [("kube_network_plugin", "10-network.yml"), ("calico_pool_blocksize", "10-network.yml"), ("calico_ipip_mode", "20-calico.yml"), ("calico_vxlan_mode", "20-calico.yml"), ("calico_network_backend", "20-calico.yml")],
            inv.Group("k8s_cluster")!.Vars.Select(v => (v.Name, v.File!)));
        Assert.Equal(InventoryValue.String("Always"), inv.Group("k8s_cluster")!.Vars.Single(v => v.Name == "calico_ipip_mode").Value);
        var shadow = Assert.Single(r.Findings, f => f.Code == "CAL0009");
        Assert.Equal("groups[k8s_cluster].calico_ipip_mode", shadow.Path);
        Assert.EndsWith("20-calico.yml", shadow.Location!.Value.File, StringComparison.Ordinal);

        // README.md inside a vars directory is not read.
        var ignored = Assert.Single(r.Findings, f => f.Code == "CAL0012");
        Assert.EndsWith("README.md", ignored.Location!.Value.File, StringComparison.Ordinal);
    }

    [Fact]
    public void HostVars_FileAndDirectory_AfterInventoryVars()
    {
        var inv = InventoryReader.Read(TestData.Path("inventories", "ini-features")).Inventory!;
        var node1 = inv.Host("node1")!;
        Assert.Equal([null, null, null, null, null, "node1.yml", "node1.yml"], node1.Vars.Select(v => v.File));
        var peers = (InventorySequence)node1.Vars.Single(v => v.Name == "peers").Value;
        Assert.Equal(InventoryValue.String("65000"), ((InventoryMapping)peers.Items[0])["as"]);
        Assert.Equal("bgp.yml", inv.Host("node2")!.Vars.Last().File);
    }

    [Fact]
    public void NestedDirectories_GiveRelativeFileNames_ShadowedCandidatesAreCal0012()
    {
        var source = new InMemoryInventoryFileSource();
        source.Add("inv/inventory.ini", File.ReadAllBytes(TestData.Path("kubespray-rr-example", "inventory.ini")));
        source.Add("inv/group_vars/all/a.yml", "a: 1\n");
        source.Add("inv/group_vars/all/sub/b.yml", "b: 2\n");
        source.Add("inv/group_vars/all/.hidden.yml", "hidden: 3\n");
        source.Add("inv/group_vars/all/backup.yml~", "backup: 4\n");
        source.Add("inv/group_vars/all.yml", "shadowed: 5\n");
        source.Add("inv/group_vars/rack0.yml", "first: 6\n");
        source.Add("inv/group_vars/rack0.yaml", "second: 7\n");
        var r = InventoryReader.Read(source, "inv");
        var inv = r.Inventory!;
        Assert.Equal([("a", "a.yml"), ("b", "sub/b.yml")], inv.Group("all")!.Vars.Select(v => (v.Name, v.File!)));
        Assert.Equal("rack0.yml", inv.Group("rack0")!.Vars.Last().File);
        Assert.Equal(["inv/group_vars/all.yml", "inv/group_vars/rack0.yaml"], r.Findings.Where(f => f.Code == "CAL0012").Select(f => f.Location!.Value.File));
    }

    [Fact]
    public void UnknownGroupsAndHosts_Cal0010_ButKubesprayRuntimeGroupsAreExpected()
    {
        var r = InventoryReader.Read(TestData.Path("inventories", "broken", "unknown-refs"));
        var inv = r.Inventory!;
        var unknown = r.Findings.Where(f => f.Code == "CAL0010").Select(f => f.Path).ToList();
        // Sorted by file: group_vars/, host_vars/, then the inventory file.
        Assert.Equal(["groups[typo_group]", "hosts[ghost]", "groups[k8s_cluster].children", "groups[undeclared]"], unknown);

        // Runtime groups: vars kept, no finding; unknown group: vars kept in a host-less group.
        var k8s = inv.Group("k8s-cluster")!;
        Assert.False(k8s.DeclaredInInventory);
        Assert.Equal("legacy", k8s.Vars.Single().Name);
        Assert.True(inv.Group("k8s_cluster")!.DeclaredInInventory); // the inventory lists it as [k8s_cluster:children]
        Assert.Equal(InventoryValue.String("Never"), inv.Group("typo_group")!.Vars.Single().Value);
        Assert.Empty(inv.Group("typo_group")!.Hosts);
        Assert.Null(inv.Host("ghost"));

        // The undefined child is added (Ansible would reject the file) so that writing it out gives a valid inventory.
        Assert.Contains("missing_child", inv.Group("k8s_cluster")!.Children);
        Assert.Equal(FindingSeverity.Error, r.Findings.Single(f => f.Path == "groups[k8s_cluster].children").Severity);
    }

    [Fact]
    public void KubesprayGroupVarsWithoutTheGroup_AreKeptWithoutFinding()
    {
        var r = InventoryReader.Read(TestData.Path("kubespray-sample"));

        // The sample really sets etcd_data_dir in both all/all.yml and all/etcd.yml.
        var f = Assert.Single(r.Findings);
        Assert.Equal(("CAL0009", "groups[all].etcd_data_dir"), (f.Code, f.Path));
        var k8s = r.Inventory!.Group("k8s_cluster")!;
        Assert.False(k8s.DeclaredInInventory);
        Assert.Empty(k8s.Hosts);
        Assert.Contains(k8s.Vars, v => v.Name == "calico_pool_blocksize" && v.File == "k8s-net-calico.yml");
    }
}
