using System.Net;

namespace Calico.Sdk.Tests.Catalog;

/// <summary>The builder in the user's vocabulary, read back through the typed views.</summary>
public class BuilderAndViewTests
{
    [Fact]
    public void AreaBuilders_SetWhatTheViewsShow()
    {
        var cluster = CalicoCluster.Define()
            .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.CrossSubnet).Vxlan(EncapsulationMode.Never).Mtu(1450).VethMtu(1400))
            .Pools(p => p.Name("default-pool").Cidr("10.233.64.0/18").BlockSize(27).NatOutgoing(true))
            .Bgp(b => b.GlobalAsNumber(65400).PeerWithRouter().GlobalPeer("10.99.0.1", 65000).AdvertiseServiceExternalIps("192.0.2.0/24"))
            .Dataplane(d => d.Ebpf(true).BpfServiceMode(BpfServiceMode.Dsr).Wireguard(true))
            .Felix(f => f.HealthHost("0.0.0.0").ExtraEnv("FELIX_X", "1").ExtraEnv("FELIX_Y", "2").ExtraEnv("FELIX_X", "3"))
            .Typha(t => t.Enabled().Replicas(3).Secure())
            .Ipam(i => i.StrictAffinity().MaxBlocksPerHost(4))
            .Cni(c => c.LogFilePath(null).FeatureControl("ip_addrs_no_ipam"))
            .Datastore(d => d.Type(CalicoDatastore.Etcd).EtcdDeploymentType(EtcdDeploymentType.Kubeadm))
            .Images(i => i.Version("3.30.4").QuayImageRepo("registry.example.com").PullPolicy(ImagePullPolicy.Always))
            .Workloads(w => w.NodeCpuLimit("1").PolicyControllerLogLevel(CalicoLogLevel.Debug))
            .Cluster(c => c.ProxyMode(KubeProxyMode.Nftables).NodePortRange(30000, 32767).LoadBalancerApiserver("10.99.0.44", 8383).IgnoreAssertErrors())
            .Build();

        Assert.Equal(EncapsulationMode.CrossSubnet, cluster.Network.IpipMode);
        Assert.Equal(1450, cluster.Network.Mtu);
        Assert.Equal(1400, cluster.Network.VethMtu);
        Assert.Equal(27, cluster.Pools.BlockSize);
        Assert.Equal(Cidr.Parse("10.233.64.0/18"), cluster.Pools.Cidr);
        Assert.Null(cluster.Pools.CidrIpv6);
        Assert.Equal(new AsNumber(65400), cluster.Bgp.GlobalAsNumber);
        Assert.True(cluster.Bgp.PeerWithRouter);
        Assert.True(Assert.Single(cluster.Bgp.Peers!.Value).IsGlobal);
        Assert.True(cluster.Dataplane.BpfEnabled);
        Assert.Equal(BpfServiceMode.Dsr, cluster.Dataplane.BpfServiceMode);
        Assert.Equal([new StringPair("FELIX_Y", "2"), new StringPair("FELIX_X", "3")], cluster.Felix.ExtraEnvs!.Value);
        Assert.Equal(3, cluster.Typha.Replicas);
        Assert.True(cluster.Typha.Secure);
        Assert.Equal(string.Empty, cluster.Cni.LogFilePath);
        Assert.Equal(InventoryValue.Boolean(true), cluster.Cni.FeatureControl["ip_addrs_no_ipam"]);
        Assert.Equal(CalicoDatastore.Etcd, cluster.Datastore.Type);
        Assert.Equal("3.30.4", cluster.Images.Version);
        Assert.Null(cluster.Images.NodeImageTag);
        Assert.Equal(Quantity.Parse("1"), cluster.Workloads.NodeCpuLimit);
        Assert.Equal("30000-32767", cluster.Cluster.NodePortRange);
        Assert.Equal(new LoadBalancerApiserver("10.99.0.44", 8383), cluster.Cluster.LoadBalancerApiserver);
        Assert.Equal(Cidr.Parse("10.233.64.0/18"), cluster.Cluster.PodsSubnet);

        // Options set in code live where Kubespray's sample inventory keeps them.
        Assert.NotNull(cluster.Group(KubesprayGroups.All)!.Vars.Options.Find("loadbalancer_apiserver"));
        Assert.NotNull(cluster.Group(KubesprayGroups.All)!.Vars.Options.Find("ignore_assert_errors"));
        Assert.NotNull(cluster.Group(KubesprayGroups.K8sCluster)!.Vars.Options.Find("calico_ipip_mode"));
    }

    [Fact]
    public void HostAndGroupOptions_ShowOnTheNodes()
    {
        var cluster = CalicoCluster.Define()
            .Nodes(n => n
                .Host("rr0", "10.210.1.10", h => h.RouteReflector())
                .Host("node2", "10.210.1.12", h => h
                    .ControlPlane().Etcd().Worker()
                    .AccessIp(IPAddress.Parse("192.0.2.12"))
                    .Ip6(IPAddress.Parse("fd00::12"))
                    .LocalAs(65012)
                    .Peer("10.99.0.34", 65010, sourceAddress: PeerSourceAddress.None)
                    .Peer("10.99.0.35", 65010, filters: ["no-default"]))
                .Group("rack0", g => g.Hosts("rr0", "node2").ClusterId("1.0.0.1").RouteReflectorId("rr1").GroupId("rr1")))
            .Build();

        Assert.Equal(["rr0", "node2"], cluster.Nodes.Select(n => n.Name));
        var rr0 = cluster.Node("rr0")!;
        Assert.Equal(NodeRoles.RouteReflector, rr0.Roles);
        Assert.Equal("10.210.1.10", rr0.AnsibleHost);
        Assert.Equal(IPAddress.Parse("10.210.1.10"), rr0.Ip);
        Assert.Equal("1.0.0.1", rr0.ClusterId);
        Assert.Equal("rr1", rr0.RouteReflectorId);
        Assert.Null(rr0.LocalAs);
        Assert.Null(rr0.Peers);

        var node2 = cluster.Node("node2")!;
        Assert.Equal(IPAddress.Parse("192.0.2.12"), node2.AccessIp);
        Assert.Equal(IPAddress.Parse("fd00::12"), node2.Ip6);
        Assert.Equal(new AsNumber(65012), node2.LocalAs);
        Assert.Equal("rr1", node2.GroupId);
        Assert.Equal(2, node2.Peers!.Value.Count);
        Assert.Equal(PeerSourceAddress.None, node2.Peers.Value[0].SourceAddress);
        Assert.Equal(["no-default"], node2.Peers.Value[1].Filters);
        Assert.Null(cluster.Node("nope"));
    }

    [Fact]
    public void UnsetOptions_ReadAsNull_AndDefaultsAsKubespraysValues()
    {
        var cluster = CalicoCluster.Define().Build();
        Assert.Null(cluster.Network.Mtu);
        Assert.Null(cluster.Network.Ipv6Stack);
        Assert.Null(cluster.Bgp.Peers);
        Assert.Null(cluster.Cluster.LoadBalancerApiserver);
        Assert.Equal(26, cluster.Pools.BlockSize);
        Assert.Equal(Ipv4PoolIpipMode.Off, cluster.Network.Ipv4PoolIpip);
        Assert.Equal("3.31.7", cluster.Images.Version);
        Assert.Equal("/var/log/calico/cni/cni.log", cluster.Cni.LogFilePath);
        Assert.Empty(cluster.Nodes);
    }
}
