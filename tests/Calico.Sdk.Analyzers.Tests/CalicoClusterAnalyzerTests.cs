namespace Calico.Sdk.Analyzers.Tests;

public class IpipNeedsBirdTests
{
    [Fact]
    public Task Triggers() => Verify.AnalyzerAsync(
        "CalicoCluster.Define().Network(n => n.Backend(NetworkBackend.Vxlan).Vxlan(EncapsulationMode.Never).{|CAL2001:Ipip(EncapsulationMode.Always)|}).Build()");

    [Fact]
    public Task Triggers_WithNoneBackend() => Verify.AnalyzerAsync(
        "CalicoCluster.Define().Network(n => n.Vxlan(EncapsulationMode.Never).Ipip(EncapsulationMode.CrossSubnet).{|CAL2001:Backend(NetworkBackend.None)|}).Build()");

    [Fact]
    public Task DoesNotTrigger() => Verify.AnalyzerAsync(
        "CalicoCluster.Define().Network(n => n.Backend(NetworkBackend.Bird).Vxlan(EncapsulationMode.Never).Ipip(EncapsulationMode.Always)).Build()");

    [Fact]
    public Task DoesNotTrigger_WhenValueIsNotConstant() => Verify.AnalyzerAsync(
        "CalicoCluster.Define().Network(n => n.Backend(count > 3 ? NetworkBackend.Bird : NetworkBackend.Vxlan).Vxlan(EncapsulationMode.Never).Ipip(EncapsulationMode.Always)).Build()");

    // CAL2001 applies before Calico 3.33 only: with calico_version computed at run time, the analyzer cannot tell.
    [Fact]
    public Task DoesNotTrigger_WhenCalicoVersionIsNotConstant() => Verify.AnalyzerAsync(
        "CalicoCluster.Define().Images(i => i.Version(\"v3.27.0\")).Images(i => i.Version(name)).Network(n => n.Backend(NetworkBackend.Vxlan).Vxlan(EncapsulationMode.Never).Ipip(EncapsulationMode.Always)).Build()");
}

public class IpipAndVxlanTests
{
    [Fact]
    public Task Triggers() => Verify.AnalyzerAsync(
        "CalicoCluster.Define().Network(n => n.Backend(NetworkBackend.Bird).Vxlan(EncapsulationMode.Always).{|CAL1010:Ipip(EncapsulationMode.Always)|}).Build()");

    [Fact]
    public Task DoesNotTrigger() => Verify.AnalyzerAsync(
        "CalicoCluster.Define().Network(n => n.Backend(NetworkBackend.Bird).Vxlan(EncapsulationMode.Never).Ipip(EncapsulationMode.Always)).Build()");

    [Fact]
    public Task DoesNotTrigger_WhenValueIsNotConstant() => Verify.AnalyzerAsync(
        "CalicoCluster.Define().Network(n => n.Backend(NetworkBackend.Bird).Vxlan(Enum.Parse<EncapsulationMode>(name)).Ipip(EncapsulationMode.Always)).Build()");
}

public class TyphaBeyond50NodesTests
{
    private static string Hosts(int count, string extra = "") =>
        "CalicoCluster.Define().Nodes(n => n.Host(\"cp1\", \"10.0.0.1\", h => h.ControlPlane().Etcd())"
        + string.Concat(Enumerable.Range(1, count - 1).Select(i => $".Host(\"w{i}\", h => h.Worker())"))
        + ")" + extra;

    [Fact]
    public Task Triggers() => Verify.AnalyzerAsync(
        Hosts(51, ".Datastore(d => d.Type(CalicoDatastore.Kdd)).Typha(t => t.{|CAL2004:Enabled(false)|}).Build()"));

    [Fact]
    public Task Triggers_WithDefaults_AtNodes() => Verify.AnalyzerAsync(
        "CalicoCluster.Define().{|CAL2004:" + Hosts(60)["CalicoCluster.Define().".Length..] + "|}.Build()");

    [Fact]
    public Task DoesNotTrigger() => Verify.AnalyzerAsync(
        Hosts(50, ".Typha(t => t.Enabled(false)).Build()"));

    [Fact]
    public Task DoesNotTrigger_WhenTyphaOn() => Verify.AnalyzerAsync(
        Hosts(80, ".Typha(t => t.Enabled().Replicas(1)).Build()"));

    [Fact]
    public Task DoesNotTrigger_WhenValueIsNotConstant() => Verify.AnalyzerAsync(
        Hosts(51, ".Typha(t => t.Enabled(count > 10)).Build()"));

    [Fact]
    public Task DoesNotTrigger_WhenHostsComeFromALoop() => Verify.AnalyzerAsync(
        "CalicoCluster.Define().Nodes(n => { for (var i = 0; i < 60; i++) { n.Host(\"w\" + i, h => h.Worker()); } }).Typha(t => t.Enabled(false)).Build()");
}
