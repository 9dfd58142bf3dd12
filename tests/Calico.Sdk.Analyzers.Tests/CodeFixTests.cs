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

public class MoreCodeFixTests
{
    // cp1 is a route reflector without cluster_id; rr2 has one, alone in its cluster until cp1 joins it.
    // The finding points at the latest call setting what the rule reads: here PeerWithRouteReflectors().
    private const string Rr = "CalicoCluster.Define().Bgp(b => b.PeerWithRouteReflectors())";
    private const string RrMarked = "CalicoCluster.Define().Bgp(b => b.{|CAL1005:{|CAL4009:PeerWithRouteReflectors()|}|})";
    private const string Hosts = "Nodes(n => n.Host(\"cp1\", h => h.ControlPlane().Etcd().Worker().RouteReflector()).Host(\"w1\", h => h.Worker()).Host(\"rr2\", h => h.RouteReflector(\"1.0.0.1\")))";

    [Fact]
    public Task RouteReflectorWithoutClusterId_Triggers() => Verify.AnalyzerAsync(
        RrMarked + "." + Hosts + ".Build()");

    [Fact]
    public Task RouteReflectorWithoutClusterId_GetsOne() => Verify.FixAsync(
        RrMarked + "." + Hosts + ".Build()",
        Rr + "." + Hosts.Replace("RouteReflector())", "RouteReflector(\"1.0.0.1\"))", StringComparison.Ordinal) + ".Build()");

    [Fact]
    public Task RouteReflectorWithoutClusterId_InAGroup_GetsAClusterIdCall() => Verify.FixAsync(
        RrMarked + ".Nodes(n => n.Host(\"cp1\", h => h.ControlPlane().Etcd().Worker().InGroup(\"calico_rr\")).Host(\"rr2\", h => h.RouteReflector(\"1.0.0.1\"))).Build()",
        Rr + ".Nodes(n => n.Host(\"cp1\", h => h.ControlPlane().Etcd().Worker().InGroup(\"calico_rr\").ClusterId(\"1.0.0.1\")).Host(\"rr2\", h => h.RouteReflector(\"1.0.0.1\"))).Build()");

    [Fact]
    public Task RouteReflectorWithClusterId_DoesNotTrigger() => Verify.AnalyzerAsync(
        Rr + "." + Hosts.Replace("RouteReflector())", "RouteReflector(\"1.0.0.1\"))", StringComparison.Ordinal) + ".Build()");

    // calico_veth_mtu above calico_mtu minus the VXLAN overhead: set to 1450. Pods then still get calico_mtu 1500
    // through the CNI configuration, which CAL4019 reports on the fixed code.
    [Fact]
    public Task VethMtuOverhead_SetsTheExpectedVethMtu() => Verify.FixAsync(
        "CalicoCluster.Define().Network(n => n.Backend(NetworkBackend.Vxlan).Ipip(EncapsulationMode.Never).Vxlan(EncapsulationMode.Always).Mtu(1500).{|CAL2014:VethMtu(1520)|}).Build()",
        "CalicoCluster.Define().Network(n => n.Backend(NetworkBackend.Vxlan).Ipip(EncapsulationMode.Never).Vxlan(EncapsulationMode.Always).Mtu(1500).{|CAL4019:VethMtu(1450)|}).Build()",
        iterations: 1);

    [Fact]
    public Task VethMtuOverhead_DoesNotTrigger_WhenEqual() => Verify.AnalyzerAsync(
        "CalicoCluster.Define().Network(n => n.Backend(NetworkBackend.Vxlan).Ipip(EncapsulationMode.Never).Vxlan(EncapsulationMode.Always).Mtu(1450).VethMtu(1450)).Build()");

    [Fact]
    public Task PodMtuAboveTunnelMtu_SetsMtuToVethMtu() => Verify.FixAsync(
        "CalicoCluster.Define().Network(n => n.Backend(NetworkBackend.Vxlan).Ipip(EncapsulationMode.Never).Vxlan(EncapsulationMode.Always).VethMtu(1450).{|CAL4019:Mtu(1500)|}).Build()",
        "CalicoCluster.Define().Network(n => n.Backend(NetworkBackend.Vxlan).Ipip(EncapsulationMode.Never).Vxlan(EncapsulationMode.Always).VethMtu(1450).Mtu(1450)).Build()");
}
