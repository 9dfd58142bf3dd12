using System.Text.Json.Nodes;
using Calico.Sdk.Kubespray;
using Calico.Sdk.Resources;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Resources;

public class ResourceFactoryTests
{
    private static readonly string[] DefaultEnvOrder =
    [
        "DATASTORE_TYPE", "WAIT_FOR_DATASTORE", "FELIX_VXLANVNI", "FELIX_VXLANPORT", "CALICO_NETWORKING_BACKEND", "CLUSTER_TYPE",
        "CALICO_K8S_NODE_REF", "CALICO_DISABLE_FILE_LOGGING", "FELIX_DEFAULTENDPOINTTOHOSTACTION", "FELIX_HEALTHHOST",
        "FELIX_IPTABLESBACKEND", "FELIX_IPTABLESLOCKTIMEOUTSECS", "CALICO_IPV4POOL_IPIP", "CALICO_IPV4POOL_VXLAN", "FELIX_IPV6SUPPORT",
        "FELIX_LOGSEVERITYSCREEN", "CALICO_STARTUP_LOGLEVEL", "FELIX_USAGEREPORTINGENABLED", "FELIX_NFTABLESMODE", "FELIX_CHAININSERTMODE",
        "FELIX_PROMETHEUSMETRICSENABLED", "FELIX_PROMETHEUSMETRICSPORT", "FELIX_PROMETHEUSGOMETRICSENABLED",
        "FELIX_PROMETHEUSPROCESSMETRICSENABLED", "NODEIP", "IP_AUTODETECTION_METHOD", "IP", "NODENAME", "FELIX_HEALTHENABLED",
        "FELIX_IGNORELOOSERPF", "CALICO_MANAGE_CNI",
    ];

    private static CalicoResources Render(Action<CalicoClusterBuilder>? configure = null, Action<NodesBuilder>? nodes = null)
    {
        var b = CalicoCluster.Define();
        configure?.Invoke(b);
        b.Nodes(nodes ?? (n => n.Host("cp1", "10.0.0.1", h => h.ControlPlane().Etcd().Worker()).Host("w1", "10.0.0.2", h => h.Worker())));
        return b.Build().Calico(new CalicoRenderOptions { Force = true }).Resources;
    }

    [Fact]
    public void Defaults_are_kubespray_defaults()
    {
        var r = Render();
        var felix = r.FelixConfiguration.Spec;
        Assert.Equal("default", r.FelixConfiguration.Metadata.Name);
        Assert.Equal((false, true, "0s", string.Empty, false, "Tunnel", false, "Info", string.Empty, "Disabled"),
            (felix.IpipEnabled, felix.VxlanEnabled, felix.ReportingInterval, felix.BpfLogLevel, felix.BpfEnabled, felix.BpfExternalServiceMode, felix.WireguardEnabled, felix.LogSeverityScreen, felix.FeatureDetectOverride, felix.FloatingIPs));
        var pool = Assert.Single(r.IPPools);
        Assert.Equal("default-pool", pool.Metadata.Name);
        Assert.Equal(new IPPoolSpec { Cidr = "10.233.64.0/18", BlockSize = 26, IpipMode = "Never", VxlanMode = "Always", NatOutgoing = true }, pool.Spec);
        Assert.Equal(new BGPConfigurationSpec { ListenPort = 179, LogSeverityScreen = "Info", AsNumber = 64512, NodeToNodeMeshEnabled = true, ServiceExternalIPs = EquatableArray<ServiceIPBlock>.Empty }, r.BgpConfiguration.Spec);
        Assert.Empty(r.BgpPeers);
        Assert.Empty(r.Nodes);
        Assert.Equal(new IPAMConfigurationSpec { StrictAffinity = false, AutoAllocateBlocks = true, MaxBlocksPerHost = 0 }, r.IpamConfiguration!.Spec);
        Assert.Null(r.Typha);
        Assert.Empty(r.Notes);
        Assert.Equal(DefaultEnvOrder, r.CalicoNode.Env.Select(e => e.Name));
    }

    [Fact]
    public void Calico_config_holds_backend_cluster_type_and_the_cni_network_configuration()
    {
        var data = Render(b => b.Network(n => n.Backend(NetworkBackend.Bird).Vxlan(EncapsulationMode.Never))).CalicoConfig.Data;
        Assert.Equal(["calico_backend", "cluster_type", "cni_network_config"], data.Keys);
        Assert.Equal("bird", data["calico_backend"]);
        Assert.Equal("kubespray,bgp", data["cluster_type"]);
        var cni = JsonNode.Parse(data["cni_network_config"])!;
        Assert.Equal("k8s-pod-network", (string?)cni["name"]);
        Assert.Equal("0.3.1", (string?)cni["cniVersion"]);
        Assert.Equal(["calico", "portmap", "bandwidth"], cni["plugins"]!.AsArray().Select(p => (string?)p!["type"]));
        var calico = cni["plugins"]![0]!;
        Assert.Equal(["datastore_type", "nodename", "type", "log_level", "log_file_path", "ipam", "policy", "kubernetes"], calico.AsObject().Select(p => p.Key));
        Assert.Equal("true", (string?)calico["ipam"]!["assign_ipv4"]);
        Assert.Null(calico["ipam"]!["assign_ipv6"]);
    }

    [Fact]
    public void Cni_configuration_follows_ipam_mtu_feature_control_forwarding_policy_and_log_options()
    {
        var data = Render(b => b
            .Network(n => n.Ipv6Stack().Mtu(1440))
            .Ipam(i => i.HostLocal())
            .Cni(c => c.AllowIpForwarding().LogFilePath(null).FeatureControl("floating_ips").FeatureControl(new InventoryMapping(EquatableArray.Create(
                new MappingEntry("ip_addrs_no_ipam", InventoryValue.Boolean(false)), new MappingEntry("mode", InventoryValue.String("on"))))))
            .Cluster(c => c.NetworkPolicy(false))).CalicoConfig.Data;
        var calico = JsonNode.Parse(data["cni_network_config"])!["plugins"]![0]!;
        Assert.Equal("host-local", (string?)calico["ipam"]!["type"]);
        Assert.Equal("usePodCidr", (string?)calico["ipam"]!["subnet"]);
        Assert.Null(calico["log_file_path"]);
        Assert.Null(calico["policy"]);
        Assert.True((bool)calico["container_settings"]!["allow_ip_forwarding"]!);
        Assert.Equal(1440, (int)calico["mtu"]!);
        Assert.False((bool)calico["feature_control"]!["ip_addrs_no_ipam"]!);
        Assert.Equal("on", (string?)calico["feature_control"]!["mode"]);
    }

    [Fact]
    public void Etcd_datastore_gives_etcd_keys_env_and_no_ipam_configuration()
    {
        var r = Render(b => b.Datastore(d => d.Type(CalicoDatastore.Etcd)), n => n
            .Host("cp1", "10.0.0.1", h => h.ControlPlane().Etcd().Worker())
            .Host("e2", "10.0.0.2", h => h.Etcd().AccessIp(System.Net.IPAddress.Parse("192.168.0.2")))
            .Host("e3", "10.0.0.3", h => h.Etcd()));
        Assert.Equal("https://10.0.0.1:2379,https://192.168.0.2:2379,https://10.0.0.3:2379", r.CalicoConfig.Data["etcd_endpoints"]);
        Assert.Equal("/calico-secrets/ca_cert.crt", r.CalicoConfig.Data["etcd_ca"]);
        Assert.Equal(["ETCD_ENDPOINTS", "ETCD_CA_CERT_FILE", "ETCD_KEY_FILE", "ETCD_CERT_FILE"], r.CalicoNode.Env.Take(4).Select(e => e.Name));
        Assert.DoesNotContain(r.CalicoNode.Env, e => e.Name is "DATASTORE_TYPE" or "WAIT_FOR_DATASTORE");
        Assert.Null(r.IpamConfiguration);
        Assert.Empty(r.CalicoNode.UpgradeIpamEnv);
        Assert.Contains(r.Notes, n => n.Subject.StartsWith("IPAMConfiguration", StringComparison.Ordinal));
        var calico = JsonNode.Parse(r.CalicoConfig.Data["cni_network_config"])!["plugins"]![0]!;
        Assert.Null(calico["datastore_type"]);
        Assert.Equal("/etc/calico/certs/cert.crt", (string?)calico["etcd_cert_file"]);
    }

    [Theory]
    [InlineData(true, false, new[] { "10.233.0.0/18" })]
    [InlineData(false, true, new[] { "fd85:ee78:d8a6:8607::1000/116" })]
    [InlineData(true, true, new[] { "10.233.0.0/18", "fd85:ee78:d8a6:8607::1000/116" })]
    public void Service_cluster_ips_get_one_entry_per_address_family(bool v4, bool v6, string[] expected)
    {
        var r = Render(b => b.Network(n => n.Ipv4Stack(v4).Ipv6Stack(v6)).Bgp(g => g.AdvertiseClusterIps()));
        Assert.Equal(expected, r.BgpConfiguration.Spec.ServiceClusterIPs!.Value.Select(s => s.Cidr));
        Assert.Equal(v4 && v6, r.Notes.Any(n => n.Subject.EndsWith("serviceClusterIPs", StringComparison.Ordinal)));
    }

    [Fact]
    public void Service_ips_and_as_number_follow_their_options()
    {
        var r = Render(b => b.Bgp(g => g.NoGlobalAsNumber().AdvertiseServiceLoadBalancerIps(Cidr.Parse("198.51.100.0/24")).AdvertiseServiceExternalIps(Cidr.Parse("192.0.2.0/24"))));
        Assert.Null(r.BgpConfiguration.Spec.AsNumber);
        Assert.Null(r.BgpConfiguration.Spec.ServiceClusterIPs);
        Assert.Equal(["198.51.100.0/24"], r.BgpConfiguration.Spec.ServiceLoadBalancerIPs!.Value.Select(s => s.Cidr));
        Assert.Equal(["192.0.2.0/24"], r.BgpConfiguration.Spec.ServiceExternalIPs!.Value.Select(s => s.Cidr));
    }

    [Fact]
    public void Router_peering_creates_global_peers_from_cp0_only_and_node_peers_for_every_host()
    {
        var r = Render(b => b.Network(n => n.Backend(NetworkBackend.Bird)).Bgp(g => g.PeerWithRouter()), n => n
            .Host("cp1", "10.0.0.1", h => h.ControlPlane().Worker()
                .Peer(new BgpPeerEntry("10.0.0.254", 65000) { Scope = PeerScope.Global })
                .Peer(new BgpPeerEntry("fd00::1", 65001) { Scope = PeerScope.Global, Name = "core" })
                .Peer(new BgpPeerEntry("10.0.0.253", 65002)))
            .Host("cp2", "10.0.0.2", h => h.ControlPlane().Worker().Peer(new BgpPeerEntry("10.9.9.9", 65009) { Scope = PeerScope.Global }))
            .Host("w1", "10.0.0.3", h => h.Worker()
                .Peer(new BgpPeerEntry("fd00::2", 65003) { Scope = PeerScope.Node, SourceAddress = PeerSourceAddress.None, NumAllowedLocalAsNumbers = 2, Filters = EquatableArray.Create("f1") })
                .Peer(new BgpPeerEntry("10.0.0.252", 65004) { NumAllowedLocalAsNumbers = 0 })));
        Assert.Equal(["global-10.0.0.254", "global-core", "cp1-10.0.0.253", "w1-fd00--2", "w1-10.0.0.252"], r.BgpPeers.Select(p => p.Metadata.Name));
        Assert.Equal(new BGPPeerSpec { PeerIP = "10.0.0.254", AsNumber = 65000 }, r.BgpPeers[0].Spec);
        Assert.Equal(new BGPPeerSpec { Node = "cp1", PeerIP = "10.0.0.253", AsNumber = 65002, SourceAddress = "UseNodeIP" }, r.BgpPeers[2].Spec);
        Assert.Equal(new BGPPeerSpec { Node = "w1", PeerIP = "fd00::2", AsNumber = 65003, SourceAddress = "None", NumAllowedLocalASNumbers = 2, Filters = EquatableArray.Create("f1") }, r.BgpPeers[3].Spec);
        Assert.Null(r.BgpPeers[4].Spec.NumAllowedLocalASNumbers);
        Assert.False(r.BgpConfiguration.Spec.NodeToNodeMeshEnabled);
        Assert.Equal("64512", r.CalicoConfig.Data["as"]);
    }

    [Fact]
    public void Local_as_patches_nodes_only_while_calico_rr_is_empty()
    {
        void Nodes(NodesBuilder n) => n.Host("cp1", "10.0.0.1", h => h.ControlPlane().Worker().LocalAs(65101)).Host("w1", "10.0.0.2", h => h.Worker().LocalAs(65102));
        var peering = Render(b => b.Network(n => n.Backend(NetworkBackend.Bird)).Bgp(g => g.PeerWithRouter()), Nodes);
        Assert.Equal([65101u, 65102u], peering.Nodes.Select(n => n.Spec.Bgp!.AsNumber!.Value));
        Assert.Equal("cp1", peering.Nodes[0].Spec.OrchRefs!.Value.Single().NodeName);
        Assert.Equal("65101", peering.CalicoConfig.Data["as"]);

        var withRr = Render(b => b.Network(n => n.Backend(NetworkBackend.Bird)).Bgp(g => g.PeerWithRouter()), n =>
        {
            Nodes(n);
            n.Host("rr0", "10.0.0.9", h => h.RouteReflector("1.0.0.1"));
        });
        Assert.All(withRr.Nodes, n => Assert.Null(n.Spec.Bgp?.AsNumber));
    }

    [Fact]
    public void Route_reflectors_get_labels_cluster_ids_and_the_three_kinds_of_peers()
    {
        var r = Render(b => b.Network(n => n.Backend(NetworkBackend.Bird)), n => n
            .Host("cp1", "10.0.0.1", h => h.ControlPlane().Worker().GroupId("g1"))
            .Host("rr0", "10.0.0.8", h => h.RouteReflector("1.0.0.1").RouteReflectorId("r0").GroupId("g0"))
            .Host("rr1", "10.0.0.9", h => h.RouteReflector("1.0.0.2")));
        Assert.Equal(["r0-to-node", "peer-to-rrs", "rr-mesh"], r.BgpPeers.Select(p => p.Metadata.Name));
        Assert.Equal(new BGPPeerSpec { NodeSelector = "calico-group-id == 'g0'", PeerSelector = "calico-rr-id == 'r0'" }, r.BgpPeers[0].Spec);
        Assert.Equal(new BGPPeerSpec { NodeSelector = "!has(i-am-a-route-reflector)", PeerSelector = "has(i-am-a-route-reflector)" }, r.BgpPeers[1].Spec);
        Assert.Equal(new BGPPeerSpec { NodeSelector = "has(i-am-a-route-reflector)", PeerSelector = "has(i-am-a-route-reflector)" }, r.BgpPeers[2].Spec);
        var rr0 = r.Nodes.Single(x => x.Metadata.Name == "rr0");
        Assert.Equal(StringMap.Of(("calico-group-id", "g0"), ("calico-rr-id", "r0"), ("i-am-a-route-reflector", "true")), rr0.Metadata.Labels);
        Assert.Equal("1.0.0.1", rr0.Spec.Bgp!.RouteReflectorClusterID);
        Assert.Equal(StringMap.Of(("calico-group-id", "g1")), r.Nodes.Single(x => x.Metadata.Name == "cp1").Metadata.Labels);
        Assert.False(r.BgpConfiguration.Spec.NodeToNodeMeshEnabled);
    }

    [Fact]
    public void Peer_to_rrs_is_not_created_when_cp0_has_both_ids()
    {
        var r = ResourceCases.RouteReflectorExample().Calico().Resources;
        Assert.Equal(["rr1-to-node", "rr-mesh"], r.BgpPeers.Select(p => p.Metadata.Name));
        Assert.Equal(["rr0", "rr1", "node2", "node3", "node4", "node5"], r.Nodes.Select(n => n.Metadata.Name));
    }

    [Fact]
    public void The_imported_route_reflector_example_renders_like_the_one_built_in_code()
    {
        var imported = KubesprayInventory.Import(TestData.Path("kubespray-rr-example")).Cluster!;
        Assert.Equal(ResourceCases.RouteReflectorExample().Calico().Resources, imported.Calico().Resources);
    }

    [Fact]
    public void Environment_follows_kubespray_conditions()
    {
        var r = Render(b => b
            .Network(n => n.Backend(NetworkBackend.Bird).Vxlan(EncapsulationMode.Never).Mtu(1480).VethMtu(1460).Ipv6Stack().IpAutodetectionMethod("interface=eth0").Ip6AutodetectionMethod("first-found").MtuInterfacePattern("^eth"))
            .Cluster(c => c.ProxyMode(KubeProxyMode.Ipvs).NodePortRange(30000, 32767))
            .Felix(f => f.UseDefaultRouteSourceAddress().ExtraEnv("FELIX_BPFKUBEPROXYIPTABLESCLEANUPENABLED", "false").UsageReporting())
            .Ipam(i => i.HostLocal())
            .Typha(t => t.Enabled().Secure()));
        var env = r.CalicoNode;
        Assert.Null(env["FELIX_VXLANVNI"]);
        Assert.Equal("30000:32767", env["FELIX_KUBENODEPORTRANGES"]);
        Assert.Equal("1460/1460/1460", $"{env["FELIX_IPINIPMTU"]}/{env["FELIX_VXLANMTU"]}/{env["FELIX_WIREGUARDMTU"]}");
        Assert.Equal("interface=eth0", env["IP_AUTODETECTION_METHOD"]);
        Assert.Null(env["NODEIP"]);
        Assert.Equal("True", env["FELIX_IPV6SUPPORT"]);
        Assert.Equal("True", env["FELIX_USAGEREPORTINGENABLED"]);
        Assert.Equal("autodetect", env["IP6"]);
        Assert.Equal("first-found", env["IP6_AUTODETECTION_METHOD"]);
        Assert.Equal("^eth", env["FELIX_MTUIFACEPATTERN"]);
        Assert.Equal("<field status.hostIP>", env["FELIX_DEVICEROUTESOURCEADDRESS"]);
        Assert.Equal("true", env["USE_POD_CIDR"]);
        Assert.Equal("<configmap calico-config/typha_service_name>", env["FELIX_TYPHAK8SSERVICENAME"]);
        Assert.Equal("typha-server", env["FELIX_TYPHACN"]);
        Assert.Equal("FELIX_BPFKUBEPROXYIPTABLESCLEANUPENABLED", r.CalicoNode.Env[^1].Name);
        Assert.Contains(r.CalicoNode.InstallCniEnv, e => e.Name == "CNI_MTU" && e.Value == "1460");
        Assert.Empty(r.CalicoNode.UpgradeIpamEnv);
        var order = r.CalicoNode.Env.Select(e => e.Name).ToList();
        Assert.True(order.IndexOf("IP") < order.IndexOf("IP6") && order.IndexOf("IP6") < order.IndexOf("IP6_AUTODETECTION_METHOD") && order.IndexOf("IP6_AUTODETECTION_METHOD") < order.IndexOf("FELIX_MTUIFACEPATTERN"));
    }

    [Fact]
    public void Veth_mtu_without_mtu_is_ignored_as_by_kubespray_and_noted()
    {
        var r = Render(b => b.Network(n => n.VethMtu(1400)));
        Assert.Null(r.CalicoNode["FELIX_VXLANMTU"]);
        Assert.Contains(r.Notes, n => n.Message.Contains("calico_veth_mtu", StringComparison.Ordinal));
    }

    [Fact]
    public void Node_port_ranges_need_ipvs()
    {
        Assert.Null(Render(b => b.Cluster(c => c.ProxyMode(KubeProxyMode.Iptables).NodePortRange(30000, 32767))).CalicoNode["FELIX_KUBENODEPORTRANGES"]);
        Assert.Null(Render().CalicoNode["FELIX_KUBENODEPORTRANGES"]);
    }

    [Fact]
    public void Ipv6_only_sets_ip_none_and_renders_only_the_ipv6_pool()
    {
        var r = ResourceCases.Ipv6Only().Calico().Resources;
        Assert.Equal("none", r.CalicoNode["IP"]);
        Assert.Equal("default-pool-ipv6", Assert.Single(r.IPPools).Metadata.Name);
        Assert.Equal("fd00:10:244::/56", r.IPPools[0].Spec.Cidr);
        Assert.Null(JsonNode.Parse(r.CalicoConfig.Data["cni_network_config"])!["plugins"]![0]!["ipam"]!["assign_ipv4"]);
    }

    [Fact]
    public void Nftables_mode_is_only_rendered_from_calico_329()
    {
        Assert.DoesNotContain(ResourceFactory.Create(new ResourceInputs { Version = CalicoVersion.Parse("3.28.2") }).CalicoNode.Env, e => e.Name == "FELIX_NFTABLESMODE");
        Assert.Contains(ResourceFactory.Create(new ResourceInputs { Version = CalicoVersion.Parse("3.29.0") }).CalicoNode.Env, e => e.Name == "FELIX_NFTABLESMODE");
    }

    [Fact]
    public void Probes_resources_selector_and_annotations_follow_the_options()
    {
        var r = Render(b => b
            .Network(n => n.Backend(NetworkBackend.Bird))
            .Workloads(w => w.NodeLivenessProbeTimeout(5).NodeReadinessProbeTimeout(7).NodeCpuLimit(Quantity.Parse("2")).NodeSelector("node-role: calico"))
            .Felix(f => f.PrometheusMetricsEnabled().PrometheusMetricsPort(9191)));
        var n = r.CalicoNode;
        Assert.Equal(["/bin/calico-node", "-felix-live", "-bird-live"], n.LivenessProbe.Exec.Command);
        Assert.Equal(["/bin/calico-node", "-bird-ready", "-felix-ready"], n.ReadinessProbe.Exec.Command);
        Assert.Equal((5, 7, 6, 10), (n.LivenessProbe.TimeoutSeconds!.Value, n.ReadinessProbe.TimeoutSeconds!.Value, n.LivenessProbe.FailureThreshold!.Value, n.LivenessProbe.InitialDelaySeconds!.Value));
        Assert.Equal(StringMap.Of(("cpu", "2"), ("memory", "500M")), n.Resources.Limits);
        Assert.Equal(StringMap.Of(("node-role", "calico")), n.NodeSelector);
        Assert.Equal(StringMap.Of(("prometheus.io/scrape", "true"), ("prometheus.io/port", "9191")), n.PodAnnotations);
        Assert.Equal(StringMap.Of(("memory", "500M")), Render().CalicoNode.Resources.Limits);
    }

    [Fact]
    public void Typha_settings_follow_the_options()
    {
        var t = Render(b => b.Typha(t => t.Enabled().Replicas(3).Secure().PrometheusMetricsEnabled().MaxConnectionsLowerLimit(500))).Typha!;
        Assert.Equal(3, t.Replicas);
        Assert.Equal(
            ["TYPHA_LOGSEVERITYSCREEN", "TYPHA_LOGFILEPATH", "TYPHA_LOGSEVERITYSYS", "TYPHA_CONNECTIONREBALANCINGMODE", "TYPHA_DATASTORETYPE", "TYPHA_HEALTHENABLED", "TYPHA_MAXCONNECTIONSLOWERLIMIT",
             "TYPHA_CAFILE", "TYPHA_CLIENTCN", "TYPHA_SERVERCERTFILE", "TYPHA_SERVERKEYFILE", "TYPHA_PROMETHEUSMETRICSENABLED", "TYPHA_PROMETHEUSMETRICSPORT"],
            t.Env.Select(e => e.Name));
        Assert.Equal("500", t.Env.Single(e => e.Name == "TYPHA_MAXCONNECTIONSLOWERLIMIT").Value);
        Assert.Equal(3, t.ToPatch().Spec.Replicas);
    }

    [Theory]
    [InlineData(null, null, false, null, null, "localhost", "6443")]
    [InlineData("10.0.0.100", 8443, false, null, null, null, null)]
    [InlineData("10.0.0.100", 8443, true, null, null, "10.0.0.100", "8443")]
    [InlineData("10.0.0.100", null, true, null, "api.example.org", "api.example.org", "6443")]
    [InlineData(null, null, true, 8383, null, "10.0.0.1", "6443")]
    public void Services_endpoint_follows_kube_apiserver_global_endpoint(string? lb, int? lbPort, bool bpf, int? lbApiserverPort, string? domain, string? host, string? port)
    {
        var r = Render(b =>
        {
            b.Dataplane(d => d.Ebpf(bpf));
            b.Cluster(c =>
            {
                if (lb is not null)
                {
                    c.LoadBalancerApiserver(lb, lbPort);
                }

                if (lbApiserverPort is { } p)
                {
                    c.LoadBalancerApiserverPort(p);
                }

                if (domain is not null)
                {
                    c.ApiserverLoadBalancerDomainName(domain);
                }
            });
        });
        var data = r.KubernetesServicesEndpoint.Data;
        Assert.Equal(host, data.TryGetValue("KUBERNETES_SERVICE_HOST", out var h) ? h : null);
        Assert.Equal(port, data.TryGetValue("KUBERNETES_SERVICE_PORT", out var p) ? p : null);
    }

    [Fact]
    public void Wireguard_on_ipv6_also_enables_wireguard_v6_and_says_so()
    {
        var r = Render(b => b.Dataplane(d => d.Wireguard()).Network(n => n.Ipv6Stack()));
        Assert.True(r.FelixConfiguration.Spec.WireguardEnabledV6);
        Assert.Contains(r.Notes, n => n.Subject.EndsWith("wireguardEnabledV6", StringComparison.Ordinal));
        Assert.Null(Render(b => b.Dataplane(d => d.Wireguard())).FelixConfiguration.Spec.WireguardEnabledV6);
    }

    [Fact]
    public void A_felix_log_level_that_the_environment_overrides_is_noted()
    {
        var r = Render(b => b.Felix(f => f.LogSeverityScreen(CalicoLogLevel.Debug)));
        Assert.Equal("Debug", r.FelixConfiguration.Spec.LogSeverityScreen);
        Assert.Contains(r.Notes, n => n.Message.Contains("FELIX_LOGSEVERITYSCREEN", StringComparison.Ordinal));
    }

    [Fact]
    public void Additional_pools_follow_the_managed_ones()
    {
        var extra = new IPPool { Metadata = new ObjectMeta("rack1"), Spec = new IPPoolSpec { Cidr = "10.240.0.0/24", BlockSize = 28, NodeSelector = "rack == 'r1'" } };
        var set = CalicoCluster.Define().Nodes(n => n.Host("cp1", "10.0.0.1", h => h.ControlPlane().Etcd().Worker())).Build().Calico(new CalicoRenderOptions { AdditionalPools = EquatableArray.Create(extra) });
        Assert.Equal(["default-pool", "rack1"], set.Resources.IPPools.Select(p => p.Metadata.Name));
        Assert.Contains("name: rack1", set.Render()["10-ippools.yaml"]!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Calico_objects_are_in_apply_order_with_the_mesh_switch_last()
    {
        var kinds = ResourceCases.RouteReflectorExample().Calico().Resources.CalicoObjects.Select(o => o.Kind).Distinct();
        Assert.Equal(["FelixConfiguration", "IPPool", "IPAMConfiguration", "Node", "BGPPeer", "BGPConfiguration"], kinds);
    }
}
