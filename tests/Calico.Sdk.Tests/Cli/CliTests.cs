using System.Text.Json;
using Calico.Sdk.Cli;
using Calico.Sdk.Testing;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("calico-sdk-cli-");

    public void Dispose() => _temp.Delete(recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Import_PrintsTheModelAsJson_WithKubesprayNames()
    {
        var (exit, output, _) = Run("import", TestData.Path("kubespray-rr-example"), "--format", "json");
        Assert.Equal(CliApp.Ok, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("bird", doc.RootElement.GetProperty("cluster").GetProperty("calico_network_backend").GetString());
        Assert.Equal(65400, doc.RootElement.GetProperty("cluster").GetProperty("global_as_num").GetInt32());
        Assert.Equal("1.0.0.1", doc.RootElement.GetProperty("groups").GetProperty("rack0").GetProperty("vars").GetProperty("cluster_id").GetString());
        var rr0Roles = doc.RootElement.GetProperty("hosts").GetProperty("rr0").GetProperty("roles").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(["calico_rr"], rr0Roles);
    }

    [Fact]
    public void Import_Text_ListsHostsAndFindings()
    {
        var (exit, output, _) = Run("import", TestData.Path("legacy-group-names"));
        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("node1", output, StringComparison.Ordinal);
        Assert.Contains("CAL0056", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnreadableInput_ExitsWith2()
    {
        var (exit, _, err) = Run("import", Path.Combine(_temp.FullName, "nothing-here"));
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("CAL000", err, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_ExitsWith2()
    {
        var (exit, _, err) = Run("import", "--no-such-option");
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("error", err, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderKubespray_WritesAnInventoryThatImportsToTheSameModel()
    {
        var outDir = Path.Combine(_temp.FullName, "out");
        var (exit, output, _) = Run("render", "kubespray", TestData.Path("kubespray-rr-example"), "--out", outDir, "--inventory-format", "yaml");
        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("hosts.yaml", output, StringComparison.Ordinal);
        var original = Calico.Sdk.Kubespray.KubesprayInventory.Import(TestData.Path("kubespray-rr-example")).Cluster;
        var rendered = Calico.Sdk.Kubespray.KubesprayInventory.Import(outDir).Cluster;
        Assert.True(original == rendered);
    }

    [Fact]
    public void Lint_CleanInventory_ExitsWith0()
    {
        var (exit, output, _) = Run("lint", TestData.Path("kubespray-rr-example"));
        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("0 errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_InventoryWithErrors_ExitsWith1_AndReportsEveryFindingWithItsLocation()
    {
        var dir = Path.Combine(_temp.FullName, "broken");
        Directory.CreateDirectory(Path.Combine(dir, "group_vars", "k8s_cluster"));
        File.WriteAllText(Path.Combine(dir, "inventory.ini"), "[kube_control_plane]\nnode1 ip=10.0.0.1\n\n[etcd:children]\nkube_control_plane\n\n[kube_node]\nnode1\n");
        File.WriteAllText(Path.Combine(dir, "group_vars", "k8s_cluster", "k8s-net-calico.yml"), "calico_ipip_mode: Always\ncalico_ipip_mdoe: Never\n");

        var (exit, output, _) = Run("lint", dir, "--format", "json");
        Assert.Equal(CliApp.ErrorFindings, exit);
        using var doc = JsonDocument.Parse(output);
        var codes = doc.RootElement.EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.Contains("CAL2001", codes);   // IPIP with the vxlan backend (the default)
        Assert.Contains("CAL0052", codes);   // misspelled variable, with a did-you-mean
        var ipip = doc.RootElement.EnumerateArray().First(f => f.GetProperty("code").GetString() == "CAL2001");
        Assert.EndsWith("k8s-net-calico.yml", ipip.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, ipip.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Lint_Sarif_IsSarif210()
    {
        var (_, output, _) = Run("lint", TestData.Path("legacy-group-names"), "--format", "sarif");
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        Assert.True(doc.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength() > 0);
    }

    [Fact]
    public void Lint_BadCalicoVersion_ExitsWith2()
    {
        var (exit, _, err) = Run("lint", TestData.Path("kubespray-rr-example"), "--calico-version", "three");
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("three", err, StringComparison.Ordinal);
    }
}
