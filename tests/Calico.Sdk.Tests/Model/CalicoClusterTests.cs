namespace Calico.Sdk.Tests.Model;

public class CalicoClusterTests
{
    [Fact]
    public void Build_ProducesEqualClustersForEqualChains()
    {
        static CalicoCluster Make() => CalicoCluster.Define()
            .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Never))
            .Bgp(b => b.GlobalAsNumber(65400))
            .Nodes(n => n
                .Host("rr0", "10.210.1.10", h => h.RouteReflector())
                .Host("node2", "10.210.1.12", h => h.ControlPlane().Etcd().Worker())
                .Group("rack0", g => g.Hosts("rr0", "node2").ClusterId("1.0.0.1")))
            .Build();

        var a = Make();
        var b = Make();
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(EncapsulationMode.Always, a.Get(CalicoOptions.IpipMode));
        Assert.Equal(NodeRoles.ControlPlane | NodeRoles.Etcd | NodeRoles.Worker, a.RolesOf("node2"));
        Assert.Equal("1.0.0.1", a.GetForHost("rr0", CalicoOptions.ClusterId));
    }

    [Fact]
    public void Get_ReturnsKubesprayDefault_WhenUnset()
    {
        var cluster = CalicoCluster.Define().Build();
        Assert.Equal(NetworkBackend.Vxlan, cluster.Get(CalicoOptions.NetworkBackend));
        Assert.Equal(EncapsulationMode.Always, cluster.Get(CalicoOptions.VxlanMode));
        Assert.Equal(new AsNumber(64512), cluster.Get(CalicoOptions.GlobalAsNumber));
    }

    [Fact]
    public void DifferentValues_AreNotEqual()
    {
        var a = CalicoCluster.Define().Typha(t => t.Enabled()).Build();
        var b = CalicoCluster.Define().Typha(t => t.Enabled(false)).Build();
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Builder_CannotBeReusedAfterBuild()
    {
        var builder = CalicoCluster.Define();
        builder.Build();
        Assert.Throws<InvalidOperationException>(() => builder.Typha(t => t.Enabled()));
    }
}
