using Calico.Sdk.Resources;
using Xunit.Abstractions;

namespace Calico.Sdk.Tests.Resources;

public class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Print()
    {
        var cluster = CalicoCluster.Define()
            .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Never))
            .Bgp(b => b.GlobalAsNumber(65400))
            .Nodes(n => n
                .Host("rr0", "10.210.1.10", r => r.RouteReflector())
                .Host("rr1", "10.210.1.11", r => r.RouteReflector())
                .Host("node2", "10.210.1.12", r => r.ControlPlane().Etcd().Worker())
                .Host("node3", "10.210.1.13", r => r.ControlPlane().Etcd().Worker())
                .Host("node4", "10.210.1.14", r => r.Etcd().Worker())
                .Host("node5", "10.210.1.15", r => r.Worker())
                .Group("rack0", g => g.Hosts("rr0", "rr1", "node2", "node3", "node4", "node5").ClusterId("1.0.0.1")
                    .Variable("calico_rr_id", InventoryValue.String("rr1")).Variable("calico_group_id", InventoryValue.String("rr1"))))
            .Build();
        var set = cluster.Calico(new CalicoRenderOptions { Force = true });
        foreach (var f in set.Render())
        {
            output.WriteLine("=== " + f.Path);
            output.WriteLine(f.Content);
        }

        foreach (var f in cluster.Calico(new CalicoRenderOptions { Force = true, ApiGroup = CalicoApiGroup.CrdProjectCalicoV1 }).Render().Where(f => !f.Path.StartsWith("patches")))
        {
            output.WriteLine("=== v1 " + f.Path);
            output.WriteLine(f.Content);
        }
    }
}
