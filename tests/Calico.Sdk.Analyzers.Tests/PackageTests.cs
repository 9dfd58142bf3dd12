using System.Text.RegularExpressions;
using Calico.Sdk.Analyzers.Tests.Support;

namespace Calico.Sdk.Analyzers.Tests;

/// <summary>
/// Packs Calico.Sdk (and Calico.Sdk.Core, its dependency) into a temporary folder feed once: the analyzers ship inside
/// the package, so a consumer project that restores it from that feed, and the file-based sample
/// samples/ScriptCluster/cluster.cs, both show the CAL diagnostics in their build output. Packing uses the Release
/// build of the solution that CI makes first (<c>--no-build</c>); without one it builds.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);

    public PackedFeed()
    {
        Root = Directory.CreateTempSubdirectory("calico-sdk-pack-").FullName;
        Feed = Path.Combine(Root, "feed");
        foreach (var project in new[] { Repo.Path("src", "Calico.Sdk.Core"), Repo.Path("src", "Calico.Sdk") })
        {
            var (code, output) = DotNet.Run(Repo.Root, Timeout, null, "pack", project, "-c", "Release", "--no-build", "-o", Feed, "-nologo");
            if (code != 0)
            {
                (code, output) = DotNet.Run(Repo.Root, Timeout, null, "pack", project, "-c", "Release", "-o", Feed, "-nologo");
            }

            Assert.True(code == 0, "pack failed:\n" + output);
        }

        var package = Directory.GetFiles(Feed, "Calico.Sdk.*.nupkg").Select(Path.GetFileName).Single(f => !f!.StartsWith("Calico.Sdk.Core.", StringComparison.Ordinal))!;
        Version = package["Calico.Sdk.".Length..^".nupkg".Length];

        // The normal source from the repository's nuget.config, plus the local feed.
        var repoConfig = File.ReadAllText(Repo.Path("nuget.config"));
        NuGetConfig = repoConfig.Replace("</packageSources>", $"  <add key=\"calico-local\" value=\"{Feed}\" />\n  </packageSources>", StringComparison.Ordinal);
        Assert.Contains("calico-local", NuGetConfig, StringComparison.Ordinal);

        // A packages folder of our own: the machine's global folder may hold an older Calico.Sdk of the same version.
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string NuGetConfig { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public (int ExitCode, string Output) Build(string folder, params string[] arguments) =>
        DotNet.Run(folder, Timeout, Environment, ["build", .. arguments, "-nologo"]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public class PackageTests(PackedFeed feed) : IClassFixture<PackedFeed>
{
    [Fact]
    public void Package_HoldsTheAnalyzers()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed.Feed, $"Calico.Sdk.{feed.Version}.nupkg"));
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("analyzers/dotnet/cs/Calico.Sdk.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Calico.Sdk.CodeFixes.dll", entries);
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        Assert.DoesNotContain("Calico.Sdk.Analyzers", nuspec.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void ConsumerProject_RestoredFromTheFeed_ShowsTheDiagnostics()
    {
        var folder = Directory.CreateDirectory(Path.Combine(feed.Root, "consumer")).FullName;
        File.WriteAllText(Path.Combine(folder, "nuget.config"), feed.NuGetConfig);
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Calico.Sdk" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            using Calico.Sdk;

            var cluster = CalicoCluster.Define()
                .Network(n => n.Backend(NetworkBackend.Vxlan).Vxlan(EncapsulationMode.Never).Ipip(EncapsulationMode.Always))
                .Felix(f => f.EndpointToHostAction(EndpointToHostAction.Drop))
                .Build();
            Console.WriteLine(cluster.Validate().Findings.Count);
            """);

        var (code, output) = feed.Build(folder, "Consumer.csproj");

        // CAL2001 is an error (the build fails), CAL2013 a warning, each on the call that sets the value.
        Assert.NotEqual(0, code);
        Assert.Matches(new Regex(@"Program\.cs\(4,\d+\): error CAL2001: "), output);
        Assert.Matches(new Regex(@"Program\.cs\(5,\d+\): warning CAL2013: "), output);
        Assert.Contains("calico_endpoint_to_host_action", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ScriptSample_ShowsTheDiagnostic()
    {
        var sample = Repo.Path("samples", "ScriptCluster", "cluster.cs");
        var text = File.ReadAllText(sample);
        Assert.Contains($"#:package Calico.Sdk@{feed.Version}\n", text.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        var line = Array.FindIndex(File.ReadAllLines(sample), l => l.Contains("EndpointToHostAction.Drop", StringComparison.Ordinal)) + 1;
        Assert.True(line > 0);

        var folder = Directory.CreateDirectory(Path.Combine(feed.Root, "script")).FullName;
        File.Copy(sample, Path.Combine(folder, "cluster.cs"));
        File.WriteAllText(Path.Combine(folder, "nuget.config"), feed.NuGetConfig);

        var (code, output) = feed.Build(folder, "cluster.cs");

        Assert.True(code == 0, output);
        Assert.Matches(new Regex($@"cluster\.cs\({line},\d+\): warning CAL2013: "), output);
    }
}
