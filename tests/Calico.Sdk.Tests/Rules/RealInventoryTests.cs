using Calico.Sdk.Kubespray;
using Calico.Sdk.Output;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Rules;

/// <summary>Validation of inventories read from files: Kubespray's own examples pass, a broken one gives every finding at once, located.</summary>
public class RealInventoryTests
{
    private static ValidationReport Lint(string folder)
    {
        var imported = KubesprayInventory.Import(TestData.Path(folder));
        Assert.NotNull(imported.Cluster);
        return imported.Cluster!.Validate().WithImportFindings(imported.Findings);
    }

    [Fact]
    public void KubespraysRouteReflectorExample_HasNoFinding()
    {
        var report = Lint("kubespray-rr-example");
        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings));
    }

    [Fact]
    public void KubespraysSampleInventory_HasNoRuleFinding()
    {
        var report = Lint("kubespray-sample");
        Assert.DoesNotContain(report.Findings, f => string.CompareOrdinal(f.Code, "CAL1000") > 0);
    }

    [Fact]
    public void ABrokenInventory_ReportsEveryMistake_AtOnce_Located()
    {
        var report = Lint("broken-calico");
        var codes = report.Findings.Select(f => f.Code).ToHashSet();
        foreach (var expected in new[] { "CAL1005", "CAL1008", "CAL1010", "CAL1025", "CAL3003", "CAL3008", "CAL3016", "CAL4003", "CAL4004", "CAL4015" })
        {
            Assert.Contains(expected, codes);
        }

        Assert.Contains(report.Findings, f => f.Code == "CAL3008" && f.Path == "peers[0].as");
        Assert.Contains(report.Findings, f => f.Code == "CAL4015" && f.Path == "peers[0].sourceAddress");
        Assert.Contains(report.Findings, f => f.Code == "CAL1005" && f.Path == "hosts[rr0].cluster_id");
        foreach (var f in report.Findings.Where(f => f.Path.StartsWith("calico_", StringComparison.Ordinal) || f.Path.StartsWith("peers", StringComparison.Ordinal) || f.Path.StartsWith("typha_", StringComparison.Ordinal)))
        {
            Assert.EndsWith("k8s-net-calico.yml", f.Location?.File ?? string.Empty);
        }

        // One problem, one finding: the rules state what the importer found, more precisely.
        Assert.DoesNotContain(report.Findings, f => f.Code == "CAL0050" && f.Path == "calico_network_backend");
        Assert.DoesNotContain(report.Findings, f => f.Code == "CAL0051" && f.Path == "calico_pool_blocksize");
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void ABrokenInventory_WritesAsSarif_WithFileLocations()
    {
        var sarif = SarifReport.ToJson(Lint("broken-calico").Findings);
        Assert.Contains("k8s-net-calico.yml", sarif, StringComparison.Ordinal);
        Assert.Contains("\"ruleId\": \"CAL1008\"", sarif, StringComparison.Ordinal);
    }
}
