using BenchmarkDotNet.Attributes;

namespace Calico.Sdk.Benchmarks;

/// <summary>
/// Validation of a 5,000-host cluster in racks of 50, each rack with two route reflectors and its own cluster_id,
/// calico_rr_id and calico_group_id (target: under 20 ms). <see cref="Validate"/> reuses the cluster, as an editor or a
/// CI job that validates once per change does after the first run; <see cref="ValidateFreshModel"/> validates a new
/// model instance each time, so it also measures the host index that validation builds once per model.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private CalicoCluster _cluster = null!;

    /// <summary>Number of hosts.</summary>
    [Params(5000)]
    public int Hosts { get; set; }

    /// <summary>Builds the cluster and checks that it is valid, so that the benchmark measures checking, not reporting.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _cluster = RackedCluster(Hosts);
        var report = _cluster.Validate();
        if (report.HasErrors)
        {
            throw new InvalidOperationException("the generated cluster has errors: " + string.Join("; ", report.Errors));
        }
    }

    /// <summary>Validates the cluster with every rule.</summary>
    [Benchmark(Baseline = true)]
    public ValidationReport Validate() => _cluster.Validate();

    /// <summary>Validates a new instance of the same model (no cached host index).</summary>
    [Benchmark]
    public ValidationReport ValidateFreshModel() => new CalicoCluster(_cluster.Hosts, _cluster.Groups).Validate();

    private static CalicoCluster RackedCluster(int hosts)
    {
        const int rackSize = 50;
        var builder = CalicoCluster.Define()
            .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.CrossSubnet).Vxlan(EncapsulationMode.Never).Mtu(1500).VethMtu(1480))
            .Bgp(b => b.GlobalAsNumber(64512))
            .Typha(t => t.Enabled().Replicas(TyphaSizing.Recommended(hosts)))
            .Cluster(c => c.PodsSubnet("10.192.0.0/10").ServiceAddresses("10.96.0.0/16"));
        builder.Nodes(n =>
        {
            for (var rack = 0; rack * rackSize < hosts; rack++)
            {
                var members = new List<string>();
                for (var i = rack * rackSize; i < Math.Min(hosts, (rack + 1) * rackSize); i++)
                {
                    var name = $"node{i}";
                    var first = i - (rack * rackSize) < 2;
                    var controlPlane = i < 3;
                    n.Host(name, $"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}", h =>
                    {
                        if (controlPlane)
                        {
                            h.ControlPlane().Etcd();
                        }

                        if (first)
                        {
                            h.RouteReflector();
                        }
                        else
                        {
                            h.Worker();
                        }
                    });
                    members.Add(name);
                }

                var id = $"rack{rack}";
                n.Group(id, g => g.Hosts([.. members]).ClusterId($"1.0.{rack / 250}.{(rack % 250) + 1}").RouteReflectorId(id).GroupId(id));
            }
        });
        return builder.Build();
    }
}
