using System.Text;
using Calico.Sdk.Resources;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Resources;

public class ResourceDocsTests
{
    private const string Start = "<!-- field-map:start (generated from KubesprayFieldMap; a test keeps it current) -->\n";
    private const string End = "<!-- field-map:end -->";

    [Fact]
    public void The_variable_to_field_table_in_docs_is_current()
    {
        var path = RepoPaths.Path("docs", "resources.md");
        var text = File.ReadAllText(path);
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/resources.md lacks the field-map markers");
        var current = text[(start + Start.Length)..end];
        var expected = KubesprayFieldMap.ToMarkdown();
        if (current != expected && Golden.Approving)
        {
            File.WriteAllText(path, text[..(start + Start.Length)] + expected + text[end..], new UTF8Encoding(false));
            return;
        }

        Assert.True(current == expected, "docs/resources.md is stale: run the tests with CALICO_SDK_APPROVE=1 to regenerate the table");
    }

    [Fact]
    public void Every_mapped_variable_is_a_catalog_option_or_a_peers_key()
    {
        var names = KubesprayFieldMap.Entries
            .SelectMany(e => e.Variable.Split(", "))
            .Where(v => !v.StartsWith("peers[]", StringComparison.Ordinal) && v != "calico_rr (group)")
            .Distinct();
        Assert.All(names, n => Assert.True(CalicoOptions.Find(n) is not null, $"{n} is not in the catalog"));
    }

    [Theory]
    [InlineData("rules/CAL3900.md")]
    [InlineData("resources.md")]
    [InlineData("mtu.md")]
    [InlineData("migrations.md")]
    [InlineData("operator.md")]
    [InlineData("iac.md")]
    public void Every_page_exists(string page) => Assert.True(File.Exists(RepoPaths.Path("docs", page)), page);
}
