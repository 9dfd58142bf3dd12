using Calico.Sdk.Cluster;
using Calico.Sdk.Integration.Tests.Support;
using Calico.Sdk.Kubernetes;
using Xunit.Abstractions;

namespace Calico.Sdk.Integration.Tests.Kubernetes;

/// <summary>Against a real cluster, opt-in with KUBECONFIG. Reads only: discovery, status, node source, and a diff.</summary>
public sealed class RealClusterTests(ITestOutputHelper output)
{
    [KubeconfigFact]
    public async Task RealCluster_ReadsStatusNodesAndDrift()
    {
        var kubeconfig = Environment.GetEnvironmentVariable("KUBECONFIG")!.Split(Path.PathSeparator)[0];
        await using var store = KubernetesDatastore.Connect(kubeconfig, Environment.GetEnvironmentVariable("KUBECONTEXT"));

        var group = await store.DiscoverAsync();
        Assert.NotNull(group);
        foreach (var kind in Enum.GetValues<StatusKind>())
        {
            var status = await store.StatusAsync(kind);
            output.WriteLine(StatusFormatter.ToTable(status));
            Assert.DoesNotContain(status.Findings, f => f.Code is "CAL5040" or "CAL5029");
        }

        var nodes = await store.ReadNodesAsync();
        Assert.NotEmpty(nodes);

        // What the running cluster would need from Kubespray's defaults: the drift report must come back, drift or not.
        var cluster = CalicoCluster.Define().Datastore(d => d.Type(CalicoDatastore.Kdd)).Nodes(n => n.AddDiscovered(nodes)).Build();
        var report = await store.DiffAsync(SampleClusters.Render(cluster));
        output.WriteLine(report.ToString());
        Assert.DoesNotContain(report.Findings, f => f.Code is "CAL5040" or "CAL5029");
    }
}
