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

    /// <summary>
    /// What Kubespray renders for router peering (<c>peer_with_router</c>) with <c>local_as</c> on each of
    /// <paramref name="count"/> workers: FelixConfiguration, the pool, a Node (AS number) and a node-scoped BGPPeer per
    /// worker, then BGPConfiguration. Built from the rendering of a small cluster plus typed per-node objects, because
    /// rendering thousands of inventory hosts is not what these tests measure.
    /// </summary>
    public static IReadOnlyList<IKubernetesResource> RouterPeering(int count)
    {
        var small = Render(RouteReflectors()).Resources;
        var nodes = Enumerable.Range(0, count).Select(i => new CalicoNode
        {
            Metadata = new ObjectMeta(WorkerName(i)),
            Spec = new CalicoNodeSpec
            {
                Bgp = new NodeBgpSpec { AsNumber = 4200000000u + (uint)i },
                OrchRefs = EquatableArray.Create(new OrchRef { NodeName = WorkerName(i) }),
            },
        });
        var peers = Enumerable.Range(0, count).Select(i => new BGPPeer
        {
            Metadata = new ObjectMeta(WorkerName(i) + "-tor"),
            Spec = new BGPPeerSpec { Node = WorkerName(i), PeerIP = "10.255.0.1", AsNumber = 65000, SourceAddress = "UseNodeIP" },
        });
        return [small.FelixConfiguration, .. small.IPPools, .. nodes, .. peers, small.BgpConfiguration with { Spec = small.BgpConfiguration.Spec with { AsNumber = 64512 } }];
    }

    /// <summary>The name of worker <paramref name="i"/> in <see cref="RouterPeering"/>.</summary>
    public static string WorkerName(int i) => $"worker{i:D5}";

    /// <summary>
    /// The Calico resources of a cluster (rendered even if validation has findings: the adapters are under test here).
    /// Cached per cluster: rendering validates against the CRD schemas, which costs seconds the first time.
    /// </summary>
    public static CalicoResourceSet Render(CalicoCluster cluster) =>
        Rendered.GetOrAdd(cluster, c => new Lazy<CalicoResourceSet>(() => c.Calico(new CalicoRenderOptions { Force = true }))).Value;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<CalicoCluster, Lazy<CalicoResourceSet>> Rendered = new();
}
