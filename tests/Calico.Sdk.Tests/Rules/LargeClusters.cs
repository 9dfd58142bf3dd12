namespace Calico.Sdk.Tests.Rules;

/// <summary>Large generated clusters for performance checks (the benchmark project builds the same shape).</summary>
internal static class LargeClusters
{
    /// <summary>
    /// <paramref name="hosts"/> hosts in racks of 50: three control-plane hosts, two route reflectors per rack with the
    /// rack's cluster_id, calico_rr_id and calico_group_id in the rack's vars, BGP with IPIP, Typha sized to the cluster.
    /// </summary>
    public static CalicoCluster Racked(int hosts)
    {
        var b = CalicoCluster.Define()
            .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.CrossSubnet).Vxlan(EncapsulationMode.Never).Mtu(1500).VethMtu(1480))
            .Bgp(g => g.GlobalAsNumber(64512))
            .Typha(t => t.Enabled().Replicas(TyphaSizing.Recommended(hosts)))
            .Cluster(c => c.PodsSubnet("10.192.0.0/10").ServiceAddresses("10.96.0.0/16"));
        b.Nodes(n =>
        {
            const int rackSize = 50;
            for (var rack = 0; rack * rackSize < hosts; rack++)
            {
                var members = new List<string>();
                for (var i = rack * rackSize; i < Math.Min(hosts, (rack + 1) * rackSize); i++)
                {
                    var name = $"node{i}";
                    var address = $"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}";
                    var index = i - (rack * rackSize);
                    n.Host(name, address, h =>
                    {
                        if (i < 3)
                        {
                            h.ControlPlane().Etcd();
                        }

                        if (index < 2)
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
        return b.Build();
    }
}
