namespace Calico.Sdk.Integration.Tests.Support;

/// <summary>
/// A fact that needs a real Kubernetes cluster: it runs only when <c>KUBECONFIG</c> names an existing file, and is
/// reported as skipped (never as passed) otherwise. The one kind of skip in this test suite.
/// </summary>
public sealed class KubeconfigFactAttribute : FactAttribute
{
    public KubeconfigFactAttribute()
    {
        var path = Environment.GetEnvironmentVariable("KUBECONFIG");
        if (string.IsNullOrEmpty(path) || !File.Exists(path.Split(Path.PathSeparator)[0]))
        {
            Skip = "Opt-in: set KUBECONFIG to a real cluster's kubeconfig to run this test (it only reads).";
        }
    }
}
