using Calico.Sdk.Cli;
using Calico.Sdk.Kubespray;

namespace Calico.Sdk.Testing;

/// <summary>Runs the <c>calico-sdk</c> command line in process and keeps what it printed.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args) => Run(new StringWriter(), args);

    /// <summary>Runs with a given standard error (to observe progress lines as they are written).</summary>
    public static (int Exit, string Out, string Err) Run(StringWriter stderr, params string[] args)
    {
        var stdout = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes <paramref name="cluster"/> as a Kubespray inventory below <paramref name="directory"/> and returns the folder.</summary>
    public static string WriteInventory(CalicoCluster cluster, string directory)
    {
        cluster.Kubespray().WriteTo(directory);
        return directory;
    }
}

/// <summary>A standard error that runs a callback on every line written, at the moment it is written.</summary>
internal sealed class ObservedWriter(Action<string> onLine) : StringWriter
{
    public override void WriteLine(string? value)
    {
        onLine(value ?? string.Empty);
        base.WriteLine(value);
    }
}
