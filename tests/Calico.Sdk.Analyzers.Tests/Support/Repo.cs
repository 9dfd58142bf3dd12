namespace Calico.Sdk.Analyzers.Tests.Support;

/// <summary>Paths inside the repository, found from the test binaries by walking up to Calico.Sdk.slnx.</summary>
internal static class Repo
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Calico.Sdk.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Calico.Sdk.slnx not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>True when generated files may be rewritten (CALICO_SDK_UPDATE_DOCS=1), never in a plain run.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("CALICO_SDK_UPDATE_DOCS") == "1";
}
