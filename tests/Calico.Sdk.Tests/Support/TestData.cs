namespace Calico.Sdk.Tests.Support;

/// <summary>Paths of the committed test data (copied beside the test assembly).</summary>
internal static class TestData
{
    public static string Root => System.IO.Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The full path of a test data file or folder; fails the test when it is missing, so a missing input never passes.</summary>
    public static string Path(params string[] parts)
    {
        var full = System.IO.Path.Combine([Root, .. parts]);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            throw new FileNotFoundException($"Test data is missing: {full}");
        }

        return full;
    }
}
