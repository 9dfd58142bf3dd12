using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Catalog;

public class OptionReferenceTests
{
    [Fact]
    public void OptionReferenceIsCurrent()
    {
        var path = RepoPaths.Path("docs", "options.md");
        var expected = OptionReference.Render();
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (actual == expected)
        {
            return;
        }

        // Rewriting is an explicit request, never a side effect of an ordinary run.
        if (Environment.GetEnvironmentVariable(OptionReference.UpdateVariable) == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.Fail(
            $"docs/options.md does not match CalicoOptions.All ({(actual is null ? "the file is missing" : "it is out of date")}). " +
            $"Regenerate it with: {OptionReference.UpdateVariable}=1 dotnet test tests/Calico.Sdk.Tests --filter OptionReferenceIsCurrent");
    }
}
