using BenchmarkDotNet.Attributes;
using Calico.Sdk.Kubespray;
using Calico.Sdk.Rendering;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Benchmarks;

/// <summary>
/// Rendering every Calico resource for a 5,000-host cluster in racks of 40 with two route reflectors each (target:
/// under 100 ms from model to files). <see cref="ModelToFiles"/> is that figure: reading the model, building the
/// typed resources and writing every file. The others split it up and add what the facade does around it.
/// </summary>
[MemoryDiagnoser]
public class CalicoResourceBenchmarks
{
    private CalicoCluster _cluster = null!;
    private CalicoResources _resources = null!;

    /// <summary>Number of hosts.</summary>
    [Params(5000)]
    public int Hosts { get; set; }

    /// <summary>Builds the cluster and the typed resources once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _cluster = SampleClusters.RackedCluster(Hosts);
        _resources = ResourceFactory.Create(ModelMapping.Read(_cluster));
        if (_resources.Nodes.Count != Hosts)
        {
            throw new InvalidOperationException($"expected settings for all {Hosts} nodes, got {_resources.Nodes.Count}; the benchmark would measure the wrong thing");
        }
    }

    // A copy of the cluster with cold caches, made inside each measured call (about 2 ms of the figure), so that model
    // reading is measured in full while BenchmarkDotNet can still run many invocations per iteration.
    private CalicoCluster Fresh() => new(_cluster.Hosts, _cluster.Groups);

    /// <summary>Model → typed resources → every file (YAML, projectcalico.org/v3, with apply.sh): the headline figure.</summary>
    [Benchmark(Baseline = true)]
    public int ModelToFiles() => ResourceFileRenderer.Render(ResourceFactory.Create(ModelMapping.Read(Fresh())), new CalicoRenderOptions()).Count();

    /// <summary>Model → typed resources only (what an IaC program consumes).</summary>
    [Benchmark]
    public CalicoResources ModelToTypedResources() => ResourceFactory.Create(ModelMapping.Read(Fresh()));

    /// <summary>Typed resources → files, YAML for calicoctl.</summary>
    [Benchmark]
    public RenderedFileSet FilesYamlV3() => new(ResourceFileRenderer.Render(_resources, new CalicoRenderOptions()));

    /// <summary>Typed resources → files, YAML for the Kubernetes datastore (metadata annotation, Kubernetes Nodes).</summary>
    [Benchmark]
    public RenderedFileSet FilesYamlCrdV1() => new(ResourceFileRenderer.Render(_resources, new CalicoRenderOptions { ApiGroup = CalicoApiGroup.CrdProjectCalicoV1 }));

    /// <summary>Typed resources → one JSON file per object.</summary>
    [Benchmark]
    public RenderedFileSet FilesJson() => new(ResourceFileRenderer.Render(_resources, new CalicoRenderOptions { Format = ManifestFormat.Json }));

    /// <summary>The whole facade: every validation rule, resources, CRD schema checks, files.</summary>
    [Benchmark]
    public RenderedFileSet Facade() => Fresh().Calico().Render();
}
