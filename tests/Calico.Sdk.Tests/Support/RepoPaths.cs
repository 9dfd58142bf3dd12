namespace Calico.Sdk.Tests.Support;

/// <summary>Files of the repository itself (docs/ …), for tests that keep generated files current.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root: the nearest folder above the test assembly that holds Calico.Sdk.slnx.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Calico.Sdk.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds Calico.Sdk.slnx.");
        }
    }

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
