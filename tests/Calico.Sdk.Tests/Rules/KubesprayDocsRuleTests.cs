using static Calico.Sdk.Tests.Rules.RuleTestKit;

namespace Calico.Sdk.Tests.Rules;

/// <summary>CAL2xxx: rules Kubespray's Calico documentation states.</summary>
public class KubesprayDocsRuleTests
{
    private static CalicoClusterBuilder Ipip(NetworkBackend backend) =>
        Base().Network(n => n.Backend(backend).Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Never));

    private static CalicoClusterBuilder WithFacts(CalicoClusterBuilder b, string host, params (string Name, string Value)[] facts) =>
        b.Nodes(n => n.Host(host, h =>
        {
            foreach (var (name, value) in facts)
            {
                h.Variable(name, InventoryValue.String(value));
            }
        }));

    [Fact]
    public void IpipNeedsBird_Triggers()
    {
        var f = Triggers(CalicoRules.IpipNeedsBird, Ipip(NetworkBackend.Vxlan).Build());
        Assert.Contains("3.31.7", f[0].Message);
    }

    [Fact]
    public void IpipNeedsBird_DoesNotTrigger() => DoesNotTrigger(CalicoRules.IpipNeedsBird, Ipip(NetworkBackend.Bird).Build());

    [Fact]
    public void IpipNeedsBird_DoesNotApply_FromCalico333()
    {
        var report = Ipip(NetworkBackend.Vxlan).Build().Validate(new ValidationOptions { CalicoVersion = new CalicoVersion(3, 33, 0) });
        Assert.Empty(report.WithCode("CAL2001"));
    }

    [Fact]
    public void UnencapsulatedNeedsBird_Triggers() =>
        Triggers(CalicoRules.UnencapsulatedNeedsBird, Base().Network(n => n.Vxlan(EncapsulationMode.Never)).Build());

    [Fact]
    public void UnencapsulatedNeedsBird_Triggers_ForIpv6() =>
        Triggers(CalicoRules.UnencapsulatedNeedsBird, Base().Set(CalicoOptions.Ipv6Stack, true).Set(CalicoOptions.VxlanModeIpv6, EncapsulationMode.Never).Build());

    [Fact]
    public void UnencapsulatedNeedsBird_DoesNotTrigger() =>
        DoesNotTrigger(CalicoRules.UnencapsulatedNeedsBird, Base().Network(n => n.Backend(NetworkBackend.Bird).Vxlan(EncapsulationMode.Never)).Build());

    [Fact]
    public void Ipv6IpipAndVxlanExclusive_Triggers() =>
        Triggers(CalicoRules.Ipv6IpipAndVxlanExclusive, Base().Set(CalicoOptions.Ipv6Stack, true).Set(CalicoOptions.IpipModeIpv6, EncapsulationMode.CrossSubnet).Build());

    [Fact]
    public void Ipv6IpipAndVxlanExclusive_DoesNotTrigger() => DoesNotTrigger(CalicoRules.Ipv6IpipAndVxlanExclusive, Base().Set(CalicoOptions.Ipv6Stack, true).Build());

    [Fact]
    public void TyphaBeyond50Nodes_Triggers_WithAReplicaHint()
    {
        var f = Triggers(CalicoRules.TyphaBeyond50Nodes, Sized(300).Build());
        Assert.Contains("typha_replicas: 2", f[0].Hint);
        Assert.Contains("300 hosts", f[0].Message);
    }

    [Fact]
    public void TyphaBeyond50Nodes_DoesNotTrigger() => DoesNotTrigger(CalicoRules.TyphaBeyond50Nodes, Sized(50).Build());

    [Fact]
    public void TyphaBeyond50Nodes_DoesNotTrigger_WithTypha() => DoesNotTrigger(CalicoRules.TyphaBeyond50Nodes, Sized(300).Typha(t => t.Enabled().Replicas(2)).Build());

    [Fact]
    public void VxlanIpv6NeedsKernel312_Triggers()
    {
        var b = WithFacts(Base().Set(CalicoOptions.Ipv6Stack, true), "node2", ("ansible_kernel", "3.10.0-1160.el7.x86_64"));
        var f = Triggers(CalicoRules.VxlanIpv6NeedsKernel312, b.Build());
        Assert.Equal("hosts[node2].ansible_kernel", Assert.Single(f).Path);
    }

    [Fact]
    public void VxlanIpv6NeedsKernel312_DoesNotTrigger_WithANewKernelOrNoFacts() =>
        DoesNotTrigger(CalicoRules.VxlanIpv6NeedsKernel312, WithFacts(Base().Set(CalicoOptions.Ipv6Stack, true), "node2", ("ansible_kernel", "5.15.0-91-generic")).Build());

    [Fact]
    public void EbpfWithKubeProxy_Triggers() => Assert.Equal(FindingSeverity.Info, Triggers(CalicoRules.EbpfWithKubeProxy, Base().Dataplane(d => d.Ebpf()).Build())[0].Severity);

    [Fact]
    public void EbpfWithKubeProxy_DoesNotTrigger() => DoesNotTrigger(CalicoRules.EbpfWithKubeProxy, Base().Build());

    [Fact]
    public void EbpfIpvsLeftovers_Triggers() => Triggers(CalicoRules.EbpfIpvsLeftovers, Base().Dataplane(d => d.Ebpf()).Build());

    [Fact]
    public void EbpfIpvsLeftovers_DoesNotTrigger() =>
        DoesNotTrigger(CalicoRules.EbpfIpvsLeftovers, Base().Dataplane(d => d.Ebpf()).Cluster(c => c.ProxyMode(KubeProxyMode.Iptables)).Build());

    [Fact]
    public void EbpfOnUbuntuKvmKernel_Triggers() =>
        Triggers(CalicoRules.EbpfOnUbuntuKvmKernel, WithFacts(Base().Dataplane(d => d.Ebpf()), "node3", ("ansible_kernel", "5.15.0-1051-kvm"), ("ansible_distribution", "Ubuntu")).Build());

    [Fact]
    public void EbpfOnUbuntuKvmKernel_DoesNotTrigger() =>
        DoesNotTrigger(CalicoRules.EbpfOnUbuntuKvmKernel, WithFacts(Base().Dataplane(d => d.Ebpf()), "node3", ("ansible_kernel", "5.15.0-91-generic")).Build());

    [Fact]
    public void EbpfLocalhostLoadBalancerPort_Triggers() =>
        Triggers(CalicoRules.EbpfLocalhostLoadBalancerPort, Base().Dataplane(d => d.Ebpf()).Cluster(c => c.LoadBalancerApiserverPort(8383)).Build());

    [Fact]
    public void EbpfLocalhostLoadBalancerPort_DoesNotTrigger() =>
        DoesNotTrigger(CalicoRules.EbpfLocalhostLoadBalancerPort, Base().Dataplane(d => d.Ebpf()).Cluster(c => c.LoadBalancerApiserverPort(6443)).Build());

    [Fact]
    public void EbpfLocalhostLoadBalancerHostEndpoints_Triggers() => Triggers(CalicoRules.EbpfLocalhostLoadBalancerHostEndpoints, Base().Dataplane(d => d.Ebpf()).Build());

    [Fact]
    public void EbpfLocalhostLoadBalancerHostEndpoints_DoesNotTrigger_WithAnExternalLoadBalancer() =>
        DoesNotTrigger(CalicoRules.EbpfLocalhostLoadBalancerHostEndpoints, Base().Dataplane(d => d.Ebpf()).Cluster(c => c.LoadBalancerApiserver("10.99.0.44", 8383)).Build());

    [Fact]
    public void WireguardNeedsEpel_Triggers()
    {
        var b = WithFacts(Base().Dataplane(d => d.Wireguard()), "node2", ("ansible_distribution", "Rocky"), ("ansible_distribution_major_version", "8"));
        var f = Triggers(CalicoRules.WireguardNeedsEpel, b.Build());
        Assert.Contains("node2", f[0].Message);
        Assert.Equal("epel_enabled", f[0].Path);
    }

    [Fact]
    public void WireguardNeedsEpel_DoesNotTrigger()
    {
        var b = WithFacts(Base().Dataplane(d => d.Wireguard()).Cluster(c => c.EpelEnabled()), "node2", ("ansible_distribution", "Rocky"), ("ansible_distribution_major_version", "8"));
        DoesNotTrigger(CalicoRules.WireguardNeedsEpel, b.Build());
        DoesNotTrigger(CalicoRules.WireguardNeedsEpel, WithFacts(Base().Dataplane(d => d.Wireguard()), "node2", ("ansible_distribution", "Rocky"), ("ansible_distribution_major_version", "9")).Build());
    }

    [Fact]
    public void PeersReplacedNotMerged_Triggers()
    {
        var cluster = Base().Bgp(b => b.PeerWithRouter())
            .Nodes(n => n
                .Group("site", g => g.Hosts("node1", "node2", "node3").Peer(new BgpPeerEntry("10.99.0.34", 65001) { Scope = PeerScope.Global }))
                .Host("node1", h => h.Peer("10.99.0.2", 65002)))
            .Build();
        var f = Triggers(CalicoRules.PeersReplacedNotMerged, cluster);
        Assert.Equal("hosts[node1].peers", f[0].Path);
        Assert.Equal(FindingSeverity.Error, f[0].Severity);
        Assert.Contains("10.99.0.34", f[0].Message);
    }

    [Fact]
    public void PeersReplacedNotMerged_DoesNotTrigger_WhenTheEntriesAreRepeated()
    {
        var global = new BgpPeerEntry("10.99.0.34", 65001) { Scope = PeerScope.Global };
        var cluster = Base().Bgp(b => b.PeerWithRouter())
            .Nodes(n => n
                .Group("site", g => g.Hosts("node1", "node2", "node3").Peer(global))
                .Host("node1", h => h.Peers(global, new BgpPeerEntry("10.99.0.2", 65002))))
            .Build();
        DoesNotTrigger(CalicoRules.PeersReplacedNotMerged, cluster);
    }

    [Fact]
    public void EndpointToHostActionDrop_Triggers() => Triggers(CalicoRules.EndpointToHostActionDrop, Base().Felix(f => f.EndpointToHostAction(EndpointToHostAction.Drop)).Build());

    [Fact]
    public void EndpointToHostActionDrop_DoesNotTrigger() => DoesNotTrigger(CalicoRules.EndpointToHostActionDrop, Base().Felix(f => f.EndpointToHostAction(EndpointToHostAction.Return)).Build());

    [Fact]
    public void VethMtuOverhead_Triggers_WhenTheVethMtuIsTooLarge()
    {
        var f = Triggers(CalicoRules.VethMtuOverhead, Base().Network(n => n.Mtu(1500).VethMtu(1480)).Build());
        Assert.Contains("calico_veth_mtu: 1450", f[0].Hint);
        Assert.Equal(FindingSeverity.Error, f[0].Severity);
    }

    [Fact]
    public void VethMtuOverhead_DoesNotTrigger_WhenCalicoMtuIsThePodMtu()
    {
        DoesNotTrigger(CalicoRules.VethMtuOverhead, Base().Network(n => n.Mtu(1450)).Build());
        DoesNotTrigger(CalicoRules.VethMtuOverhead, Base().Network(n => n.Mtu(1450).VethMtu(1450)).Build());
    }

    [Fact]
    public void VethMtuOverhead_Warns_WhenTheVethMtuIsSmallerThanNeeded()
    {
        var f = Triggers(CalicoRules.VethMtuOverhead, Base().Network(n => n.Mtu(1500).VethMtu(1400)).Build());
        Assert.Equal(FindingSeverity.Warning, f[0].Severity);
    }

    [Fact]
    public void PodMtuAboveTunnelMtu_Triggers_WithEncapsulation()
    {
        var f = Triggers(CalicoRules.PodMtuAboveTunnelMtu, Base().Network(n => n.Mtu(1500).VethMtu(1450)).Build());
        Assert.Contains("calico_mtu: 1450", f[0].Hint);
    }

    [Fact]
    public void PodMtuAboveTunnelMtu_DoesNotTrigger_WithoutEncapsulationOrWithEqualValues()
    {
        DoesNotTrigger(CalicoRules.PodMtuAboveTunnelMtu, Base().Network(n => n.Mtu(1450).VethMtu(1450)).Build());
        DoesNotTrigger(CalicoRules.PodMtuAboveTunnelMtu, Base().Network(n => n.Backend(NetworkBackend.Bird).Vxlan(EncapsulationMode.Never).Mtu(1500).VethMtu(1450)).Build());
    }

    [Fact]
    public void VethMtuOverhead_Triggers_ForWireguardOverIpv6()
    {
        var f = Triggers(CalicoRules.VethMtuOverhead, Base().Set(CalicoOptions.Ipv6Stack, true).Dataplane(d => d.Wireguard()).Network(n => n.Mtu(1500).VethMtu(1440)).Build());
        Assert.Contains("calico_veth_mtu: 1420", f[0].Hint);
    }

    [Fact]
    public void VethMtuOverhead_DoesNotTrigger() => DoesNotTrigger(CalicoRules.VethMtuOverhead, Base().Network(n => n.Mtu(1500).VethMtu(1450)).Build());

    [Fact]
    public void CloudProviderIpipMode_Triggers() =>
        Triggers(CalicoRules.CloudProviderIpipMode, Base().Network(n => n.Backend(NetworkBackend.Bird).Vxlan(EncapsulationMode.Never)).Variable("cloud_provider", InventoryValue.String("aws"), KubesprayGroups.All).Build());

    [Fact]
    public void CloudProviderIpipMode_DoesNotTrigger() =>
        DoesNotTrigger(CalicoRules.CloudProviderIpipMode, Ipip(NetworkBackend.Bird).Variable("cloud_provider", InventoryValue.String("aws"), KubesprayGroups.All).Build());
}
