using Calico.Sdk.Resources;

namespace Calico.Sdk.Tests.Resources;

public class OperatorTests
{
    private static OperatorMigration Operator(Action<CalicoClusterBuilder> configure)
    {
        var b = CalicoCluster.Define().Nodes(n => n.Host("cp1", "10.0.0.1", h => h.ControlPlane().Etcd().Worker()).Host("w1", "10.0.0.2", h => h.Worker()));
        configure(b);
        return b.Build().Operator(force: true);
    }

    [Theory]
    [InlineData(EncapsulationMode.Always, EncapsulationMode.Never, "IPIP")]
    [InlineData(EncapsulationMode.CrossSubnet, EncapsulationMode.Never, "IPIPCrossSubnet")]
    [InlineData(EncapsulationMode.Never, EncapsulationMode.Always, "VXLAN")]
    [InlineData(EncapsulationMode.Never, EncapsulationMode.CrossSubnet, "VXLANCrossSubnet")]
    [InlineData(EncapsulationMode.Never, EncapsulationMode.Never, "None")]
    public void Pool_encapsulation_maps_to_the_installation(EncapsulationMode ipip, EncapsulationMode vxlan, string expected)
    {
        var op = Operator(b => b.Network(n => n.Backend(NetworkBackend.Bird).Ipip(ipip).Vxlan(vxlan)));
        Assert.Equal(expected, Assert.Single(op.Installation.Spec.CalicoNetwork.IPPools).Encapsulation);
        Assert.Equal("Enabled", op.Installation.Spec.CalicoNetwork.Bgp);
    }

    [Theory]
    [InlineData(null, "kubernetes:NodeInternalIP")]
    [InlineData("first-found", "firstFound:True")]
    [InlineData("kubernetes-internal-ip", "kubernetes:NodeInternalIP")]
    [InlineData("interface=eth.*", "interface:eth.*")]
    [InlineData("skip-interface=docker.*", "skipInterface:docker.*")]
    [InlineData("can-reach=8.8.8.8", "canReach:8.8.8.8")]
    [InlineData("cidr=10.0.0.0/8,192.168.0.0/16", "cidrs:10.0.0.0/8,192.168.0.0/16")]
    public void Address_autodetection_maps_to_the_installation(string? method, string expected)
    {
        var op = Operator(b =>
        {
            if (method is not null)
            {
                b.Network(n => n.IpAutodetectionMethod(method));
            }
        });
        var a = op.Installation.Spec.CalicoNetwork.NodeAddressAutodetectionV4!;
        var actual = a.FirstFound is { } f ? $"firstFound:{f}" : a.Kubernetes is { } k ? $"kubernetes:{k}" : a.Interface is { } i ? $"interface:{i}"
            : a.SkipInterface is { } s ? $"skipInterface:{s}" : a.CanReach is { } c ? $"canReach:{c}" : $"cidrs:{string.Join(",", a.Cidrs!.Value)}";
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Dataplane_mtu_ipam_metrics_and_api_server_carry_over()
    {
        var op = Operator(b => b
            .Dataplane(d => d.Ebpf())
            .Network(n => n.Mtu(1450).VethMtu(1440))
            .Ipam(i => i.HostLocal())
            .Felix(f => f.PrometheusMetricsEnabled().PrometheusMetricsPort(9191))
            .Workloads(w => w.ApiserverEnabled()));
        var spec = op.Installation.Spec;
        Assert.Equal(("BPF", 1440, "HostLocal", 9191), (spec.CalicoNetwork.LinuxDataplane, spec.CalicoNetwork.Mtu, spec.Cni.Ipam.Type, spec.NodeMetricsPort));
        Assert.NotNull(op.ApiServer);
        Assert.Equal("tigera-operator", op.ServicesEndpoint!.Metadata.Namespace);
        Assert.Null(op.FelixConfiguration.Spec.BpfEnabled);
        Assert.Contains(op.Gaps, g => g.Variable == "calico_bpf_enabled");
    }

    [Fact]
    public void Options_the_operator_cannot_express_are_listed()
    {
        var op = Operator(b => b
            .Datastore(d => d.Type(CalicoDatastore.Etcd))
            .Workloads(w => w.NodeLivenessProbeTimeout(3).NodeReadinessProbeTimeout(4))
            .Felix(f => f.ExtraEnv("FELIX_BPFKUBEPROXYIPTABLESCLEANUPENABLED", "false").ExtraEnv("MY_VAR", "1"))
            .Cni(c => c.Name("other").FeatureControl("floating_ips"))
            .Cluster(c => c.NetworkPolicy(false)));
        Assert.True(op.HasBlockers);
        var byVariable = op.Gaps.ToLookup(g => g.Variable);
        Assert.Equal(OperatorGapSeverity.Blocker, byVariable["calico_datastore"].Single().Severity);
        Assert.Equal(OperatorGapSeverity.Lost, byVariable["calico_node_livenessprobe_timeout"].Single().Severity);
        Assert.Single(byVariable["calico_node_readinessprobe_timeout"]);
        Assert.Equal(["set FelixConfiguration default spec.bpfKubeProxyIptablesCleanupEnabled instead", null], byVariable["calico_node_extra_envs"].Select(g => g.Suggestion));
        Assert.Single(byVariable["calico_cni_name"]);
        Assert.Single(byVariable["calico_feature_control"]);
        Assert.Single(byVariable["enable_network_policy"]);
        Assert.Contains("| Blocker | `calico_datastore` | `etcd` |", op.GapsMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Typha_is_managed_by_the_operator()
    {
        var op = Operator(b => b.Typha(t => t.Enabled().Replicas(3).Secure()));
        Assert.All(op.Gaps.Where(g => g.Variable.StartsWith("typha", StringComparison.Ordinal)), g => Assert.Equal(OperatorGapSeverity.Managed, g.Severity));
    }

    [Fact]
    public void Felix_environment_becomes_felix_configuration_fields()
    {
        var op = Operator(b => b
            .Felix(f => f.EndpointToHostAction(EndpointToHostAction.Drop).HealthHost("0.0.0.0").LogLevel(CalicoLogLevel.Warning).UsageReporting().UseDefaultRouteSourceAddress())
            .Dataplane(d => d.ChainInsertMode(ChainInsertMode.Append).IptablesBackend(IptablesBackend.Nft))
            .Cluster(c => c.NodePortRange(30000, 32767)));
        var f = op.FelixConfiguration.Spec;
        Assert.Equal(("Drop", "0.0.0.0", "Warning", true, "Append", "NFT"), (f.DefaultEndpointToHostAction, f.HealthHost, f.LogSeverityScreen, f.UsageReportingEnabled!.Value, f.ChainInsertMode, f.IptablesBackend));
        Assert.Equal(["30000:32767"], f.KubeNodePortRanges!.Value);
        Assert.Equal(["node.cp1", "node.w1"], op.NodeFelixConfigurations.Select(n => n.Metadata.Name));
        Assert.Equal("10.0.0.2", op.NodeFelixConfigurations[1].Spec.DeviceRouteSourceAddress);
        Assert.All(op.Objects, o => Assert.True(!CrdSchemaValidator.Validate(o).HasSchema || CrdSchemaValidator.Validate(o).IsValid, CrdSchemaValidator.Validate(o).ToString()));
    }

    [Fact]
    public void Bgp_resources_the_operator_does_not_own_carry_over()
    {
        var op = ResourceCases.RouteReflectorExample().Operator();
        Assert.Equal(["rr1-to-node", "rr-mesh"], op.BgpPeers.Select(p => p.Metadata.Name));
        Assert.Equal(6, op.Nodes.Count);
        Assert.False(op.BgpConfiguration.Spec.NodeToNodeMeshEnabled);
        Assert.Empty(op.Gaps);
        Assert.Equal(["00-operator.yaml", "10-calico-resources.yaml", "GAPS.md"], op.Render().Select(f => f.Path));
    }
}
