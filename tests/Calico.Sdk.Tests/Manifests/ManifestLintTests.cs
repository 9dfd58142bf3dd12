using System.Text.RegularExpressions;
using Calico.Sdk.Cli;
using Calico.Sdk.Manifests;
using Calico.Sdk.Resources;
using Calico.Sdk.Tests.Support;
using FsCheck;
using TestData = Calico.Sdk.Tests.Support.TestData;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calico.Sdk.Tests.Manifests;

/// <summary>Linting standalone Calico manifests: CRD schemas plus Calico's field rules, located in the file.</summary>
public partial class ManifestLintTests
{
    private static ManifestLintResult LintFile(string name) => CalicoManifests.Lint([TestData.Path("manifests", name)]);

    [Fact]
    public void Broken_manifest_reports_every_mistake_at_its_line()
    {
        var result = LintFile("broken.yaml");
        var got = result.Findings.Where(f => f.Severity != FindingSeverity.Info).Select(f => $"{f.Code}@{f.Location!.Value.Line}").ToList();
        string[] expected =
        [
            "CAL3806@7", "CAL3808@9",
            "CAL3808@18", "CAL3805@19",
            "CAL3811@26", "CAL3811@27", "CAL3811@28", "CAL3805@29",
            "CAL3810@36", "CAL3900@37",
            "CAL3809@44", "CAL3809@45", "CAL3809@46",
            "CAL3812@55",
            "CAL3813@60",
            "CAL3803@68",
        ];
        Assert.Equal(expected, got);
        Assert.All(result.Findings, f => Assert.EndsWith("broken.yaml", f.Location!.Value.File, StringComparison.Ordinal));
        Assert.All(result.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Hint)));
        Assert.True(result.HasErrors);
        Assert.Equal(8, result.Objects.Count);
    }

    [Fact]
    public void Findings_name_the_object_and_field()
    {
        var f = LintFile("broken.yaml").Findings.First(x => x.Code == "CAL3806");
        Assert.Equal("IPPool/pods-v4/spec/cidr", f.Path);
        Assert.Contains("10.233.64.0/18", f.Hint, StringComparison.Ordinal);
        Assert.Equal(9, f.Location!.Value.Column);
    }

    [Fact]
    public void Json_list_of_valid_objects_passes()
    {
        var result = LintFile("valid.json");
        Assert.Empty(result.Findings);
        Assert.Equal(["default-pool", "tor"], result.Objects.Select(o => o.Name));
        Assert.Equal("/items/1", result.Objects[1].Pointer);
    }

    [Fact]
    public void Json_locations_point_into_the_json_text()
    {
        var json = "{\n  \"apiVersion\": \"projectcalico.org/v3\",\n  \"kind\": \"IPPool\",\n  \"metadata\": {\"name\": \"p\"},\n  \"spec\": {\"cidr\": \"10.0.0.0/16\", \"ipipMode\": \"always\"}\n}\n";
        var f = Assert.Single(CalicoManifests.LintText(json, "pool.json").Findings);
        Assert.Equal("CAL3900", f.Code);
        Assert.Equal(new SourceLocation("pool.json", 5, 47), f.Location);
    }

    [Theory]
    [InlineData("apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  cidr: [10.0.0.0/16\n", "CAL3800")]
    [InlineData("- just\n- a list\n", "CAL3801")]
    [InlineData("apiVersion: projectcalico.org/v3\nkind: IPPool\nspec:\n  cidr: 10.0.0.0/16\n", "CAL3801")]
    [InlineData("apiVersion: projectcalico.org/v3\nkind: IPAMConfig\nmetadata:\n  name: default\n", "CAL3801")]
    [InlineData("apiVersion: crd.projectcalico.org/v1\nkind: Node\nmetadata:\n  name: n1\n", "CAL3801")]
    [InlineData("a: &a [1, 2]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n", "CAL3800")]
    public void Unreadable_or_malformed_documents_are_findings(string text, string code)
    {
        var result = CalicoManifests.LintText(text, "m.yaml");
        var f = Assert.Single(result.Findings);
        Assert.Equal(code, f.Code);
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.NotNull(f.Location);
    }

    [Fact]
    public void Missing_file_is_unreadable_input()
    {
        var result = CalicoManifests.Lint([Path.Combine(Path.GetTempPath(), "calico-sdk-no-such-file.yaml")]);
        Assert.True(result.HasUnreadableInput);
        Assert.Equal("CAL3800", Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void Every_rendered_golden_folder_lints_without_errors_or_warnings()
    {
        var folders = Directory.GetDirectories(TestData.Path("golden", "resources"), "*", SearchOption.AllDirectories)
            .Where(d => Directory.GetFiles(d, "*.yaml").Length + Directory.GetFiles(d, "*.json").Length > 0 && !d.Contains("migrations", StringComparison.Ordinal))
            .ToList();
        Assert.True(folders.Count >= 12, $"expected the golden resource folders, found {folders.Count}");
        foreach (var folder in folders)
        {
            var result = CalicoManifests.Lint([folder]);
            Assert.True(result.Objects.Count > 0, folder);
            var problems = result.Findings.Where(f => f.Severity != FindingSeverity.Info).ToList();
            Assert.True(problems.Count == 0, folder + ":\n" + string.Join("\n", problems));
        }
    }

    [Property(MaxTest = 40, Arbitrary = [typeof(Resources.SchemaPropertyTests.ValidClusterArbitrary)])]
    public bool Rendered_resources_of_any_valid_model_lint_without_errors_in_both_api_groups(CalicoCluster cluster)
    {
        foreach (var group in new[] { CalicoApiGroup.ProjectCalicoV3, CalicoApiGroup.CrdProjectCalicoV1 })
        {
            foreach (var file in cluster.Calico(new CalicoRenderOptions { ApiGroup = group, Force = true }).Render().Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)))
            {
                var result = CalicoManifests.LintText(file.Content, file.Path);
                // Warnings may repeat what the model's rules warn about (IPAM combinations); errors never may.
                if (result.HasErrors)
                {
                    throw new InvalidOperationException(file.Path + ":\n" + string.Join("\n", result.Findings));
                }
            }
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public bool Damaged_manifests_never_throw_and_every_finding_is_located(PositiveInt position, char replacement, bool truncate)
    {
        var text = File.ReadAllText(TestData.Path("manifests", "broken.yaml"));
        var at = position.Get % text.Length;
        var damaged = truncate ? text.Substring(0, at) : text.Substring(0, at) + replacement + text.Substring(at + 1);
        var result = CalicoManifests.LintText(damaged, "damaged.yaml");
        return result.Findings.All(f => f.Location is { Line: >= 1, Column: >= 1 } && f.Code.StartsWith("CAL", StringComparison.Ordinal));
    }

    /// <summary>The examples on each CAL38xx page are real: the bad one triggers the code, the good one does not.</summary>
    [Theory]
    [InlineData("CAL3801")]
    [InlineData("CAL3802")]
    [InlineData("CAL3803")]
    [InlineData("CAL3804")]
    [InlineData("CAL3805")]
    [InlineData("CAL3806")]
    [InlineData("CAL3807")]
    [InlineData("CAL3808")]
    [InlineData("CAL3809")]
    [InlineData("CAL3810")]
    [InlineData("CAL3811")]
    [InlineData("CAL3812")]
    [InlineData("CAL3813")]
    [InlineData("CAL3814")]
    public void Rule_page_examples_trigger_and_pass(string code)
    {
        var page = File.ReadAllText(RepoPaths.Path("docs", "rules", code + ".md"));
        var bad = Example(page, "## Example that triggers it");
        var good = Example(page, "## Example that passes");
        Assert.Contains(CalicoManifests.LintText(bad).Findings, f => f.Code == code);
        var goodFindings = CalicoManifests.LintText(good).Findings;
        Assert.DoesNotContain(goodFindings, f => f.Code == code);
        Assert.DoesNotContain(goodFindings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Every_manifest_code_has_a_test_of_its_page_examples()
    {
        var tested = typeof(ManifestLintTests).GetMethod(nameof(Rule_page_examples_trigger_and_pass))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).First()[0]).ToHashSet();
        var missing = ManifestFindings.All.Select(d => d.Code).Where(c => c != "CAL3800" && !tested.Contains(c));
        Assert.Empty(missing);
    }

    [Fact]
    public void Cli_lint_reads_manifests_and_inventories_together()
    {
        var stdout = new StringWriter();
        var exit = CliApp.Run(["lint", TestData.Path("manifests", "broken.yaml"), TestData.Path("kubespray-rr-example")], stdout, new StringWriter());
        Assert.Equal(CliApp.ErrorFindings, exit);
        Assert.Contains("broken.yaml:7:9: error CAL3806", stdout.ToString(), StringComparison.Ordinal);

        var clean = new StringWriter();
        Assert.Equal(CliApp.Ok, CliApp.Run(["lint", TestData.Path("golden", "resources", "rr-example", "crd.projectcalico.org_v1")], clean, new StringWriter()));
        Assert.Equal(CliApp.UsageError, CliApp.Run(["lint", Path.Combine(TestData.Root, "manifests", "no-such.yaml")], new StringWriter(), new StringWriter()));
    }

    [Fact]
    public void Inventories_are_not_mistaken_for_manifests()
    {
        Assert.False(CalicoManifests.IsManifest(TestData.Path("kubespray-rr-example")));
        Assert.False(CalicoManifests.IsManifest(TestData.Path("kubespray-sample")));
        Assert.True(CalicoManifests.IsManifest(TestData.Path("manifests")));
        Assert.True(CalicoManifests.IsManifest(TestData.Path("manifests", "valid.json")));
    }

    private static string Example(string page, string heading)
    {
        var section = page.Substring(page.IndexOf(heading, StringComparison.Ordinal));
        return FenceBody().Match(section).Groups[1].Value;
    }

    [GeneratedRegex("```(?:yaml|json)\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FenceBody();
}
