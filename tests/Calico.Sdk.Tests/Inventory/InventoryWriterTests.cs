using System.Runtime.CompilerServices;
using Calico.Sdk.Kubespray;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Inventory;

public class InventoryWriterTests
{
    // Set CALICO_APPROVE_GOLDEN=1 to rewrite the golden files after a deliberate change; a missing one fails.
    private static readonly bool Approve = Environment.GetEnvironmentVariable("CALICO_APPROVE_GOLDEN") == "1";

    public static TheoryData<string> Datasets => InventoryDatasets.Names();

    private static RawInventory Read(string name)
    {
        var r = InventoryReader.Read(InventoryDatasets.PathOf(name));
        Assert.NotNull(r.Inventory);
        return r.Inventory!;
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Ini_RoundTrip_IsExact(string dataset)
    {
        var original = Read(dataset);
        var files = InventoryWriter.Write(original, InventoryFormat.Ini);
        var back = InventoryDatasets.ReadWritten(files, InventoryFormat.Ini);
        Assert.DoesNotContain(back.Findings, f => f.Severity == FindingSeverity.Error);
        InventoryAssert.Equal(InventoryDatasets.AfterIniMove(original), back.Inventory!);
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Yaml_RoundTrip_IsExact(string dataset)
    {
        var original = Read(dataset);
        var files = InventoryWriter.Write(original, InventoryFormat.Yaml);
        var back = InventoryDatasets.ReadWritten(files, InventoryFormat.Yaml);
        Assert.DoesNotContain(back.Findings, f => f.Severity == FindingSeverity.Error);
        InventoryAssert.Equal(original, back.Inventory!);
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Rewriting_IsStable(string dataset)
    {
        foreach (var format in new[] { InventoryFormat.Ini, InventoryFormat.Yaml })
        {
            var once = InventoryWriter.Write(Read(dataset), format);
            var twice = InventoryWriter.Write(InventoryDatasets.ReadWritten(once, format).Inventory!, format);
            Assert.Equal(once.Select(f => (f.Path, f.Content)), twice.Select(f => (f.Path, f.Content)));
        }
    }

    [Fact]
    public void VarsFiles_KeepSingleFileAndDirectoryForms()
    {
        var files = InventoryWriter.Write(Read("inventories/ini-features"), InventoryFormat.Ini);
        Assert.Equal(
            ["group_vars/all.yml", "group_vars/k8s_cluster/10-network.yml", "group_vars/k8s_cluster/20-calico.yml", "host_vars/node1.yml", "host_vars/node2/bgp.yml", "inventory.ini"],
            files.Select(f => f.Path));
    }

    [Fact]
    public void RuntimeGroup_OnlyFromGroupVars_IsNotDeclared()
    {
        var files = InventoryWriter.Write(Read("kubespray-sample"), InventoryFormat.Ini);
        Assert.DoesNotContain("k8s_cluster", files["inventory.ini"]!.Content, StringComparison.Ordinal);
        Assert.NotNull(files["group_vars/k8s_cluster/k8s-net-calico.yml"]);
        Assert.DoesNotContain("k8s_cluster", InventoryWriter.Write(Read("kubespray-sample"), InventoryFormat.Yaml)["hosts.yaml"]!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void InventoryFileName_CanBeChosen_VarsFilesGoBesideIt()
    {
        var files = InventoryWriter.Write(Read("kubespray-rr-example"), InventoryFormat.Yaml, "mycluster/hosts.yml");
        Assert.Equal(["mycluster/group_vars/k8s_cluster/k8s-net-calico.yml", "mycluster/hosts.yml"], files.Select(f => f.Path));
    }

    [Fact]
    public void IniHostOrder_IsKeptBySplittingSections()
    {
        var inv = new RawInventory();
        foreach (var h in new[] { "c", "a", "b" })
        {
            inv.Hosts.Add(new RawHost(h));
        }

        var g1 = new RawGroup("g1") { DeclaredInInventory = true };
        g1.Hosts.AddRange(["a", "b"]);
        var g2 = new RawGroup("g2") { DeclaredInInventory = true };
        g2.Hosts.AddRange(["c", "a"]);
        inv.Groups.AddRange([g1, g2]);
        var files = InventoryWriter.Write(inv, InventoryFormat.Ini);
        var back = InventoryDatasets.ReadWritten(files, InventoryFormat.Ini).Inventory!;
        InventoryAssert.Equal(inv, back);
    }

    [Fact]
    public void UnwritableNames_Throw()
    {
        var inv = new RawInventory();
        inv.Hosts.Add(new RawHost("node[1:2]"));
        Assert.Throws<ArgumentException>(() => InventoryWriter.Write(inv, InventoryFormat.Yaml));

        var groups = new RawInventory();
        groups.Groups.Add(new RawGroup("has space") { DeclaredInInventory = true });
        Assert.Throws<ArgumentException>(() => InventoryWriter.Write(groups, InventoryFormat.Ini));
        Assert.NotNull(InventoryWriter.Write(groups, InventoryFormat.Yaml)["hosts.yaml"]);
    }

    [Theory]
    [InlineData("kubespray-rr-example", InventoryFormat.Ini, "rr-example.ini")]
    [InlineData("kubespray-rr-example", InventoryFormat.Yaml, "rr-example.yaml")]
    [InlineData("inventories/yaml-features", InventoryFormat.Ini, "yaml-features.ini")]
    [InlineData("inventories/ini-features", InventoryFormat.Yaml, "ini-features.yaml")]
    public void Golden(string dataset, InventoryFormat format, string golden)
    {
        var files = InventoryWriter.Write(Read(dataset), format);
        var text = string.Concat(files.Select(f => $"### {f.Path}\n{f.Content}"));
        var path = Path.Combine(GoldenDirectory(), golden);
        if (Approve)
        {
            File.WriteAllText(path, text);
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run with CALICO_APPROVE_GOLDEN=1 to create it, then review it.");
        Assert.Equal(File.ReadAllText(path), text);
    }

    private static string GoldenDirectory([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Golden");
}
