namespace Calico.Sdk.Analyzers.Tests;

public class CodeFixTests
{
    [Fact]
    public Task IpipNeedsBird_SetsIpipToNever() => Verify.FixAsync(
        "CalicoCluster.Define().Network(n => n.Backend(NetworkBackend.Vxlan).Vxlan(EncapsulationMode.Never).{|CAL2001:Ipip(EncapsulationMode.Always)|}).Build()",
        // With VXLAN also Never the pool is then unencapsulated, which the vxlan backend cannot route: CAL2002 says so.
        "CalicoCluster.Define().Network(n => n.Backend(NetworkBackend.Vxlan).Vxlan(EncapsulationMode.Never).{|CAL2002:Ipip(EncapsulationMode.Never)|}).Build()");

    [Fact]
    public Task IpipNeedsBird_SwitchesBackendToBird() => Verify.FixAsync(
        "CalicoCluster.Define().Network(n => n.Vxlan(EncapsulationMode.Never).Ipip(EncapsulationMode.Always).{|CAL2001:Backend(NetworkBackend.None)|}).Build()",
        "CalicoCluster.Define().Network(n => n.Vxlan(EncapsulationMode.Never).Ipip(EncapsulationMode.Always).Backend(NetworkBackend.Bird)).Build()");

    [Fact]
    public Task IpipAndVxlan_TurnsOneOff() => Verify.FixAsync(
        "CalicoCluster.Define().Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.Always).{|CAL1010:Vxlan(EncapsulationMode.Always)|}).Build()",
        "CalicoCluster.Define().Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Never)).Build()");

    [Fact]
    public Task TyphaBeyond50Nodes_EnablesTyphaWithReplicas()
    {
        var hosts = "CalicoCluster.Define().Nodes(n => n.Host(\"cp1\", h => h.ControlPlane().Etcd())"
            + string.Concat(Enumerable.Range(1, 59).Select(i => $".Host(\"w{i}\", h => h.Worker())")) + ")";
        return Verify.FixAsync(
            hosts + ".Typha(t => t.{|CAL2004:Enabled(false)|}).Build()",
            hosts + ".Typha(t => t.Enabled().Replicas(2)).Build()");
    }
}
