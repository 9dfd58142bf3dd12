using BenchmarkDotNet.Attributes;
using Calico.Sdk.Kubespray;
using Calico.Sdk.Rendering;

namespace Calico.Sdk.Benchmarks;

/// <summary>Import and render of a generated 5,000-host inventory with racks and route reflectors (targets: render &lt; 50 ms, import &lt; 200 ms, &lt; 100 MB allocated).</summary>
[MemoryDiagnoser]
public class KubesprayInventoryBenchmarks
{
    private CalicoCluster _cluster = null!;
    private string _directory = null!;

    /// <summary>Number of hosts.</summary>
    [Params(5000)]
    public int Hosts { get; set; }

    /// <summary>Builds the cluster and writes its inventory to a temporary folder.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _cluster = SampleClusters.RackedCluster(Hosts);
        _directory = Directory.CreateTempSubdirectory("calico-sdk-bench-").FullName;
        KubesprayInventory.Render(_cluster).WriteTo(_directory);
        var check = KubesprayInventory.Import(_directory);
        if (check.Cluster != _cluster)
        {
            throw new InvalidOperationException("the generated inventory does not round-trip; the benchmark would measure the wrong thing");
        }
    }

    /// <summary>Deletes the temporary folder.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    /// <summary>Renders inventory.ini, group_vars and host_vars in memory.</summary>
    [Benchmark]
    public RenderedFileSet Render() => KubesprayInventory.Render(_cluster);

    /// <summary>Reads and imports the inventory from disk.</summary>
    [Benchmark]
    public CalicoCluster? Import() => KubesprayInventory.Import(_directory).Cluster;
}
