using Calico.Sdk.Resources;

namespace Calico.Sdk.Integration.Tests.Support;

/// <summary>Clusters the adapter tests apply: Kubespray's route-reflector example, a dual-stack one, and one with many nodes.</summary>
public static class SampleClusters
{
    /// <summary>Kubespray's route-reflector example (docs/CNI/calico.md), IPIP, AS 65400.</summary>
    public static CalicoCluster RouteReflectors(CalicoDatastore datastore = CalicoDatastore.Etcd) => CalicoCluster.Define()
        .Datastore(d => d.Type(datastore))
        .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Never))
        .Bgp(b => b.GlobalAsNumber(65400))
        .Nodes(n => n
            .Host("rr0", "10.210.1.10", r => r.RouteReflector())
            .Host("rr1", "10.210.1.11", r => r.RouteReflector())
            .Host("node2", "10.210.1.12", r => r.ControlPlane().Etcd().Worker())
            .Host("node3", "10.210.1.13", r => r.ControlPlane().Etcd().Worker())
            .Host("node4", "10.210.1.14", r => r.Etcd().Worker())
            .Host("node5", "10.210.1.15", r => r.Worker())
            .Group("rack0", g => g.Hosts("rr0", "rr1", "node2", "node3", "node4", "node5").ClusterId("1.0.0.1").RouteReflectorId("rr1").GroupId("rr1")))
        .Build();

    /// <summary>Dual stack, VXLAN, three nodes.</summary>
    public static CalicoCluster DualStack(CalicoDatastore datastore = CalicoDatastore.Etcd) => CalicoCluster.Define()
        .Datastore(d => d.Type(datastore))
        .Network(n => n.Backend(NetworkBackend.Vxlan).Vxlan(EncapsulationMode.Always).Ipv6Stack())
        .Nodes(n => n
            .Host("node1", "10.0.0.1", r => r.ControlPlane().Etcd().Worker())
            .Host("node2", "10.0.0.2", r => r.Worker())
            .Host("node3", "10.0.0.3", r => r.Worker()))
        .Build();

    /// <summary>Router peering with a per-node AS number on every one of <paramref name="count"/> workers: one Calico Node object each.</summary>
    public static CalicoCluster ManyNodes(int count, CalicoDatastore datastore = CalicoDatastore.Etcd)
    {
        var builder = CalicoCluster.Define()
            .Datastore(d => d.Type(datastore))
            .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.Never).Vxlan(EncapsulationMode.Never))
            .Bgp(b => b.PeerWithRouter().GlobalAsNumber(64512));
        builder.Nodes(n =>
        {
            n.Host("cp0", "10.1.0.1", r => r.ControlPlane().Etcd());
            for (var i = 0; i < count; i++)
            {
                var name = $"worker{i:D5}";
                n.Host(name, $"10.{1 + (i / 65000)}.{(i / 250) % 256}.{(i % 250) + 2}", r => r.Worker().LocalAs((uint)(4200000000 + i)).Peer("10.255.0.1", 65000, name: "tor"));
            }
        });
        return builder.Build();
    }

    /// <summary>The Calico resources of a cluster (rendered even if validation has findings: the adapters are under test here).</summary>
    public static CalicoResourceSet Render(CalicoCluster cluster) => cluster.Calico(new CalicoRenderOptions { Force = true });
}
