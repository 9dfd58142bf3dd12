using System.Globalization;
using System.Text;
using Calico.Sdk.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Calico.Sdk.Analyzers.Tests;

/// <summary>
/// AnalyzerReleases.Shipped.md and Unshipped.md list every diagnostic the analyzer reports, with its category and
/// default severity. Roslyn's own release tracking (RS2000–RS2002) cannot check this analyzer, because its descriptors
/// are built from the rule catalog at run time rather than written as literals; this test does the check instead.
/// </summary>
public class ReleaseTrackingTests
{
    private static string Folder => Repo.Path("analyzers", "Calico.Sdk.Analyzers");

    [Fact]
    public void EveryReportedDiagnostic_IsTracked_WithItsCategoryAndSeverity()
    {
        var tracked = Read(Path.Combine(Folder, "AnalyzerReleases.Shipped.md")).Concat(Read(Path.Combine(Folder, "AnalyzerReleases.Unshipped.md")))
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var supported = new CalicoClusterAnalyzer().SupportedDiagnostics;
        Assert.NotEmpty(supported);

        var problems = new List<string>();
        foreach (var d in supported)
        {
            if (!tracked.TryGetValue(d.Id, out var row))
            {
                problems.Add($"{d.Id} is reported but in neither release file");
            }
            else if (row.Category != d.Category || row.Severity != d.DefaultSeverity.ToString())
            {
                problems.Add($"{d.Id} is tracked as {row.Category}/{row.Severity}, reported as {d.Category}/{d.DefaultSeverity}");
            }
        }

        var ids = supported.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(tracked.Keys.Where(id => !ids.Contains(id)).Select(id => $"{id} is tracked but the analyzer does not report it"));
        if (problems.Count > 0 && Repo.Updating)
        {
            File.WriteAllText(Path.Combine(Folder, "AnalyzerReleases.Unshipped.md"), RenderUnshipped(supported, Read(Path.Combine(Folder, "AnalyzerReleases.Shipped.md"))));
            return;
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\nregenerate with: CALICO_SDK_UPDATE_DOCS=1 dotnet test tests/Calico.Sdk.Analyzers.Tests --filter ReleaseTracking");
    }

    [Fact]
    public void Reader_SeesTheRows()
    {
        // Guards the test above against a reader that silently finds nothing.
        var rows = Read(Path.Combine(Folder, "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(rows, r => r.Id == "CAL2001" && r.Severity == "Error");
    }

    private static List<(string Id, string Category, string Severity)> Read(string path) =>
        File.ReadAllLines(path)
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Where(c => c.Length >= 3 && c[0].StartsWith("CAL", StringComparison.Ordinal))
            .Select(c => (c[0], c[1], c[2]))
            .ToList();

    private static string RenderUnshipped(IEnumerable<DiagnosticDescriptor> supported, List<(string Id, string Category, string Severity)> shipped)
    {
        var done = shipped.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append("; Unshipped analyzer release\n; https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md\n\n");
        sb.Append("### New Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\n");
        foreach (var d in supported.Where(d => !done.Contains(d.Id)).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{d.Id} | {d.Category} | {d.DefaultSeverity} | {nameof(CalicoClusterAnalyzer)}\n");
        }

        return sb.ToString();
    }
}
