using System.Text;
using Calico.Sdk.Rendering;

namespace Calico.Sdk.Tests.Support;

/// <summary>
/// Golden files: rendered output is compared byte for byte with files committed under <c>tests/data/golden/</c>.
/// A mismatch fails and writes the actual output next to the expected file as <c>*.actual</c> (gitignored). A missing
/// golden file fails too: golden files are created or replaced only when <c>CALICO_SDK_APPROVE=1</c>, never by a
/// passing run.
/// </summary>
internal static class Golden
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static bool Approving => Environment.GetEnvironmentVariable("CALICO_SDK_APPROVE") == "1";

    /// <summary>Compares a whole folder of golden files with <paramref name="files"/>: same set of files, same bytes.</summary>
    /// <param name="folder">Folder below <c>tests/data/golden</c>, such as <c>resources/rr-example/projectcalico.org_v3</c>.</param>
    /// <param name="files">The rendered files.</param>
    public static void AssertFolder(string folder, IEnumerable<RenderedFile> files)
    {
        var root = RepoPaths.Path("tests", "data", "golden", folder);
        var problems = new List<string>();
        var produced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in files)
        {
            produced.Add(f.Path);
            var problem = Compare(Path.Combine(root, f.Path.Replace('/', Path.DirectorySeparatorChar)), f.Content);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        if (Directory.Exists(root))
        {
            foreach (var existing in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(p => !p.EndsWith(".actual", StringComparison.Ordinal)))
            {
                var relative = Path.GetRelativePath(root, existing).Replace(Path.DirectorySeparatorChar, '/');
                if (!produced.Contains(relative))
                {
                    if (Approving)
                    {
                        File.Delete(existing);
                    }
                    else
                    {
                        problems.Add($"{folder}/{relative} is a golden file that is no longer rendered (delete it, or approve with CALICO_SDK_APPROVE=1)");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Compares one golden file with <paramref name="content"/>.</summary>
    /// <param name="relativePath">Path below <c>tests/data/golden</c>.</param>
    /// <param name="content">The rendered text.</param>
    public static void AssertFile(string relativePath, string content)
    {
        var problem = Compare(RepoPaths.Path("tests", "data", "golden", relativePath), content);
        Assert.True(problem is null, problem);
    }

    private static string? Compare(string expectedPath, string actual)
    {
        var actualPath = expectedPath + ".actual";
        if (Approving)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual, Utf8);
            File.Delete(actualPath);
            return null;
        }

        if (!File.Exists(expectedPath))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(actualPath, actual, Utf8);
            return $"golden file {expectedPath} is missing; the output is in {actualPath} (approve with CALICO_SDK_APPROVE=1)";
        }

        var expected = File.ReadAllBytes(expectedPath);
        var bytes = Utf8.GetBytes(actual);
        if (expected.AsSpan().SequenceEqual(bytes))
        {
            File.Delete(actualPath);
            return null;
        }

        File.WriteAllBytes(actualPath, bytes);
        return $"{expectedPath} differs from the rendered output ({FirstDifference(Utf8.GetString(expected), actual)}); the output is in {actualPath} (approve with CALICO_SDK_APPROVE=1)";
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                return $"line {i + 1}: expected '{el}', got '{al}'";
            }
        }

        return "same lines, different bytes";
    }
}
