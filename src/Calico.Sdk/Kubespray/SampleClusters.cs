namespace Calico.Sdk.Kubespray;

/// <summary>
/// Generated clusters of a given size for benchmarks, load tests and examples: racks of hosts, each rack with two
/// route reflectors sharing a <c>cluster_id</c>, three control-plane/etcd hosts, BIRD with IPIP.
/// </summary>
public static class SampleClusters
{
    /// <summary>Builds a cluster of <paramref name="hosts"/> hosts in racks of <paramref name="hostsPerRack"/>.</summary>
    /// <param name="hosts">Number of hosts (at least 3).</param>
    /// <param name="hostsPerRack">Hosts per rack (at least 3); the first two of each rack are its route reflectors.</param>
    public static CalicoCluster RackedCluster(int hosts, int hostsPerRack = 40)
    {
        if (hosts < 3 || hostsPerRack < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(hosts), "at least 3 hosts and 3 hosts per rack");
        }

        return CalicoCluster.Define()
            .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Never))
            .Bgp(b => b.GlobalAsNumber(65400))
            .Typha(t => t.Enabled().Replicas(Math.Max(1, hosts / 200)))
            .Nodes(n =>
            {
                for (var i = 0; i < hosts; i++)
                {
                    var rack = i / hostsPerRack;
                    var inRack = i % hostsPerRack;
                    var name = $"node{i:D5}";
                    var address = $"10.{rack / 250}.{rack % 250}.{inRack + 10}";
                    n.Host(name, address, h =>
                    {
                        if (i < 3)
                        {
                            h.ControlPlane().Etcd();
                        }

                        if (inRack < 2)
                        {
                            h.RouteReflector();
                        }
                        else
                        {
                            h.Worker();
                        }
                    });
                }

                for (var rack = 0; rack * hostsPerRack < hosts; rack++)
                {
                    var members = Enumerable.Range(rack * hostsPerRack, Math.Min(hostsPerRack, hosts - (rack * hostsPerRack))).Select(i => $"node{i:D5}").ToArray();
                    var r = rack;
                    n.Group($"rack{rack:D3}", g => g.Hosts(members)
                        .ClusterId($"1.0.{r / 250}.{(r % 250) + 1}")
                        .Set(CalicoOptions.RouteReflectorId, $"rr{r:D3}")
                        .Set(CalicoOptions.GroupId, $"rr{r:D3}"));
                }
            })
            .Build();
    }
}
