using System.Globalization;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Calico.Sdk.Rendering;

namespace Calico.Sdk.Resources;

/// <summary>How much an option the operator cannot express matters.</summary>
public enum OperatorGapSeverity
{
    /// <summary>Blocks the move: the operator cannot run this cluster as configured.</summary>
    Blocker,

    /// <summary>The setting is lost or changes behaviour under the operator; check the suggestion.</summary>
    Lost,

    /// <summary>The operator handles it itself; nothing to carry over.</summary>
    Managed,
}

/// <summary>A Kubespray option the operator-managed installation cannot express as Kubespray does.</summary>
/// <param name="Variable">The Kubespray variable, such as <c>calico_node_livenessprobe_timeout</c>.</param>
/// <param name="Value">Its value in this cluster.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Reason">Why the operator cannot carry it.</param>
/// <param name="Suggestion">What to do instead, when there is something.</param>
public sealed record OperatorGap(string Variable, string Value, OperatorGapSeverity Severity, string Reason, string? Suggestion = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()} {Variable}={Value}: {Reason}" + (Suggestion is null ? string.Empty : " — " + Suggestion);
}

/// <summary>
/// What an operator-managed Calico needs to match a Kubespray-managed one: the <see cref="Installation"/> (and
/// <see cref="ApiServer"/>), the <c>projectcalico.org/v3</c> resources the operator does not own, and the list of
/// options it cannot express (<see cref="Gaps"/>). Obtained with <c>cluster.Operator()</c>.
/// </summary>
public sealed record OperatorMigration
{
    /// <summary>Installation <c>default</c>.</summary>
    public Installation Installation { get; init; } = new();

    /// <summary>APIServer <c>default</c>, when <c>calico_apiserver_enabled</c>.</summary>
    public ApiServer? ApiServer { get; init; }

    /// <summary>ConfigMap <c>tigera-operator/kubernetes-services-endpoint</c>, needed for eBPF.</summary>
    public ConfigMap? ServicesEndpoint { get; init; }

    /// <summary>FelixConfiguration <c>default</c>, with the Felix settings Kubespray passes as environment variables moved into fields.</summary>
    public FelixConfiguration FelixConfiguration { get; init; } = new();

    /// <summary>Per-node FelixConfigurations (<c>node.&lt;name&gt;</c>), for settings Kubespray took from each node's address.</summary>
    public EquatableArray<FelixConfiguration> NodeFelixConfigurations { get; init; }

    /// <summary>BGPConfiguration <c>default</c>.</summary>
    public BGPConfiguration BgpConfiguration { get; init; } = new();

    /// <summary>BGPPeers.</summary>
    public EquatableArray<BGPPeer> BgpPeers { get; init; }

    /// <summary>Node labels, AS numbers and route-reflector cluster IDs.</summary>
    public EquatableArray<CalicoNode> Nodes { get; init; }

    /// <summary>IPAM configuration <c>default</c>.</summary>
    public IPAMConfiguration? IpamConfiguration { get; init; }

    /// <summary>The options the operator cannot express, or handles itself.</summary>
    public EquatableArray<OperatorGap> Gaps { get; init; }

    /// <summary>True when a gap is a <see cref="OperatorGapSeverity.Blocker"/>.</summary>
    public bool HasBlockers => Gaps.Any(g => g.Severity == OperatorGapSeverity.Blocker);

    /// <summary>The operator resources, then the v3 resources in apply order.</summary>
    public IEnumerable<IKubernetesResource> Objects
    {
        get
        {
            yield return Installation;
            if (ApiServer is not null)
            {
                yield return ApiServer;
            }

            if (ServicesEndpoint is not null)
            {
                yield return ServicesEndpoint;
            }

            yield return FelixConfiguration;
            foreach (var f in NodeFelixConfigurations)
            {
                yield return f;
            }

            if (IpamConfiguration is not null)
            {
                yield return IpamConfiguration;
            }

            foreach (var n in Nodes)
            {
                yield return n;
            }

            foreach (var p in BgpPeers)
            {
                yield return p;
            }

            yield return BgpConfiguration;
        }
    }

    /// <summary>
    /// Files: <c>00-operator.yaml</c> (Installation and friends, for kubectl), <c>10-calico-resources.yaml</c> (v3
    /// objects, for calicoctl or the Calico API server the operator installs) and <c>GAPS.md</c>.
    /// </summary>
    public RenderedFileSet Render()
    {
        var op = new List<IKubernetesResource> { Installation };
        if (ApiServer is not null)
        {
            op.Add(ApiServer);
        }

        if (ServicesEndpoint is not null)
        {
            op.Add(ServicesEndpoint);
        }

        return new RenderedFileSet(
        [
            new RenderedFile("00-operator.yaml", ManifestSerializer.ToYamlStream(op)),
            new RenderedFile("10-calico-resources.yaml", ManifestSerializer.ToYamlStream(Objects.Skip(op.Count))),
            new RenderedFile("GAPS.md", GapsMarkdown()),
        ]);
    }

    /// <summary>Writes <see cref="Render"/> below <paramref name="directory"/>.</summary>
    /// <param name="directory">Target folder.</param>
    public IReadOnlyList<string> WriteTo(string directory) => Render().WriteTo(directory);

    /// <summary>The gaps as a Markdown table.</summary>
    public string GapsMarkdown()
    {
        var lines = new List<string>
        {
            "# Options the Tigera operator cannot express",
            string.Empty,
            Gaps.IsEmpty ? "None: every Kubespray setting of this cluster carries over." : "| Severity | Variable | Value | Why | What to do |",
        };
        if (!Gaps.IsEmpty)
        {
            lines.Add("|---|---|---|---|---|");
            lines.AddRange(Gaps.Select(g => $"| {g.Severity} | `{g.Variable}` | `{g.Value.Replace("|", "\\|", StringComparison.Ordinal)}` | {g.Reason} | {g.Suggestion ?? string.Empty} |"));
        }

        return string.Join("\n", lines) + "\n";
    }
}

/// <summary>Builds the operator migration from <see cref="ResourceInputs"/>.</summary>
internal static class OperatorRenderer
{
    public static OperatorMigration Create(ResourceInputs i)
    {
        var kubespray = ResourceFactory.Create(i);
        var d = new ResourceInputs();
        var gaps = new List<OperatorGap>();
        void Gap(string variable, object value, OperatorGapSeverity severity, string reason, string? suggestion = null) =>
            gaps.Add(new OperatorGap(variable, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, severity, reason, suggestion));

        if (i.Datastore != CalicoDatastore.Kdd)
        {
            Gap("calico_datastore", "etcd", OperatorGapSeverity.Blocker, "the operator runs Calico on the Kubernetes datastore only",
                "migrate the datastore to kdd first (calicoctl datastore migrate); Kubespray cannot do it, it forces etcd when the node's CNI config names etcd");
        }

        var pools = new List<InstallationIPPool>();
        if (i.Ipv4Stack)
        {
            pools.Add(new InstallationIPPool
            {
                Name = i.PoolName,
                Cidr = i.PoolCidr.ToString(),
                BlockSize = i.BlockSize,
                Encapsulation = Encapsulation(i.IpipMode, i.VxlanMode),
                NatOutgoing = i.NatOutgoing ? "Enabled" : "Disabled",
            });
        }

        if (i.Ipv6Stack)
        {
            pools.Add(new InstallationIPPool
            {
                Name = i.PoolName + "-ipv6",
                Cidr = i.PoolCidrV6.ToString(),
                BlockSize = i.BlockSizeV6,
                Encapsulation = Encapsulation(i.IpipModeV6, i.VxlanModeV6),
                NatOutgoing = i.NatOutgoingV6 ? "Enabled" : "Disabled",
            });
        }

        var dataplane = i.BpfEnabled ? "BPF" : string.Equals(i.NftablesMode, "Enabled", StringComparison.OrdinalIgnoreCase) ? "Nftables" : "Iptables";
        if (string.Equals(i.NftablesMode, "Auto", StringComparison.OrdinalIgnoreCase))
        {
            Gap("calico_nftable_mode", i.NftablesMode, OperatorGapSeverity.Lost, "the operator chooses the dataplane explicitly (linuxDataplane); there is no Auto", "rendered as Iptables; choose Nftables if kube-proxy runs in nftables mode");
        }

        var installation = new Installation
        {
            Metadata = new ObjectMeta("default"),
            Spec = new InstallationSpec
            {
                Cni = new InstallationCni { Ipam = new InstallationIpam { Type = i.IpamHostLocal ? "HostLocal" : "Calico" } },
                CalicoNetwork = new CalicoNetworkSpec
                {
                    Bgp = i.Backend == NetworkBackend.Bird ? "Enabled" : "Disabled",
                    LinuxDataplane = dataplane,
                    Mtu = i.Mtu is { } mtu ? i.VethMtu ?? mtu : null,
                    ContainerIPForwarding = i.AllowIpForwarding ? "Enabled" : null,
                    IPPools = pools.ToEquatableArray(),
                    NodeAddressAutodetectionV4 = i.Ipv4Stack ? Autodetection(i.IpAutoMethod, v6: false, gaps) : null,
                    NodeAddressAutodetectionV6 = i.Ipv6Stack ? Autodetection(i.Ip6AutoMethod, v6: true, gaps) : null,
                },
                NodeMetricsPort = i.PrometheusMetricsEnabled ? i.PrometheusMetricsPort : null,
                TyphaMetricsPort = i.TyphaPrometheusMetricsEnabled ? i.TyphaPrometheusMetricsPort : null,
                CalicoNodeDaemonSet = new DaemonSetOverride
                {
                    Spec = new DaemonSetOverrideSpec
                    {
                        Template = new DaemonSetOverrideTemplate
                        {
                            Spec = new DaemonSetOverridePodSpec
                            {
                                NodeSelector = kubespray.CalicoNode.NodeSelector.Count == 0 ? null : kubespray.CalicoNode.NodeSelector,
                                Containers = EquatableArray.Create(new ContainerResourcesOverride { Name = "calico-node", Resources = kubespray.CalicoNode.Resources }),
                            },
                        },
                    },
                },
            },
        };

        if (i.Backend == NetworkBackend.None)
        {
            Gap("calico_network_backend", "none", OperatorGapSeverity.Lost, "policy-only Calico is a different operator setup (cni.type other than Calico)", "set spec.cni.type to the CNI that provides networking and remove calicoNetwork.ipPools");
        }

        if (i.Mtu is null && i.VethMtu is not null)
        {
            Gap("calico_veth_mtu", i.VethMtu, OperatorGapSeverity.Lost, "ignored by Kubespray without calico_mtu, so Calico detects the MTU today", $"set spec.calicoNetwork.mtu to {i.VethMtu} to keep the intended value");
        }

        // Felix settings Kubespray passes as calico-node environment variables; the operator owns that environment.
        var felix = kubespray.FelixConfiguration.Spec with
        {
            BpfEnabled = null,
            DefaultEndpointToHostAction = Pascal(i.EndpointToHostAction),
            HealthHost = i.HealthHost != d.HealthHost ? i.HealthHost : null,
            IptablesBackend = i.IptablesBackend != d.IptablesBackend ? i.IptablesBackend : null,
            ChainInsertMode = i.ChainInsertMode != d.ChainInsertMode ? i.ChainInsertMode : null,
            LogSeverityScreen = Pascal(i.LogLevel),
            UsageReportingEnabled = i.UsageReporting,
            PrometheusMetricsEnabled = i.PrometheusMetricsEnabled ? true : null,
            PrometheusGoMetricsEnabled = i.PrometheusMetricsEnabled ? i.PrometheusGoMetricsEnabled : null,
            PrometheusProcessMetricsEnabled = i.PrometheusMetricsEnabled ? i.PrometheusProcessMetricsEnabled : null,
            MtuIfacePattern = i.MtuIfacePattern,
            VxlanVni = i.Backend == NetworkBackend.Vxlan && i.VxlanVni != d.VxlanVni ? i.VxlanVni : null,
            VxlanPort = i.Backend == NetworkBackend.Vxlan && i.VxlanPort != d.VxlanPort ? i.VxlanPort : null,
            KubeNodePortRanges = i.KubeProxyMode == "ipvs" && i.NodePortRange is { } range ? EquatableArray.Create(range.Replace('-', ':')) : null,
        };

        var nodeFelix = new List<FelixConfiguration>();
        if (i.UseDefaultRouteSrcIpAddr)
        {
            foreach (var n in i.Nodes)
            {
                if (n.Ip is { AddressFamily: AddressFamily.InterNetwork } ip)
                {
                    nodeFelix.Add(new FelixConfiguration
                    {
                        Metadata = new ObjectMeta("node." + n.Name),
                        Spec = new FelixConfigurationSpec { DeviceRouteSourceAddress = ip.ToString() },
                    });
                }
                else
                {
                    Gap("calico_use_default_route_src_ipaddr", "true", OperatorGapSeverity.Lost, $"Kubespray sets FELIX_DEVICEROUTESOURCEADDRESS from the pod's host IP; host {n.Name} has no IPv4 'ip' to write into FelixConfiguration node.{n.Name}", $"set 'ip' for {n.Name}");
                }
            }
        }

        if (i.IgnoreLooseRpf)
        {
            Gap("calico_node_ignorelooserpf", "true", OperatorGapSeverity.Managed, "FELIX_IGNORELOOSERPF is no longer a Felix parameter; Felix ignores it under Kubespray too");
        }

        if (i.IptablesLockTimeoutSecs != d.IptablesLockTimeoutSecs)
        {
            Gap("calico_iptables_lock_timeout_secs", i.IptablesLockTimeoutSecs, OperatorGapSeverity.Managed, "FELIX_IPTABLESLOCKTIMEOUTSECS is no longer a Felix parameter; Felix ignores it under Kubespray too");
        }

        if (i.LivenessProbeTimeout != d.LivenessProbeTimeout)
        {
            Gap("calico_node_livenessprobe_timeout", i.LivenessProbeTimeout, OperatorGapSeverity.Lost, "the operator sets calico-node's probes itself; the Installation has no probe settings");
        }

        if (i.ReadinessProbeTimeout != d.ReadinessProbeTimeout)
        {
            Gap("calico_node_readinessprobe_timeout", i.ReadinessProbeTimeout, OperatorGapSeverity.Lost, "the operator sets calico-node's probes itself; the Installation has no probe settings");
        }

        foreach (var e in i.ExtraEnvs)
        {
            var field = FelixFieldForEnv(e.Key);
            Gap("calico_node_extra_envs", $"{e.Key}={e.Value}", OperatorGapSeverity.Lost, "the operator owns calico-node's environment; extra variables cannot be added",
                field is null ? null : $"set FelixConfiguration default spec.{field} instead");
        }

        if (i.CniName != d.CniName)
        {
            Gap("calico_cni_name", i.CniName, OperatorGapSeverity.Lost, "the operator names the CNI network k8s-pod-network");
        }

        if (i.CniLogFilePath != d.CniLogFilePath)
        {
            Gap("calico_cni_log_file_path", i.CniLogFilePath ?? "false", OperatorGapSeverity.Lost, "the operator sets the CNI plugin's log file itself");
        }

        if (!i.FeatureControl.IsEmpty)
        {
            Gap("calico_feature_control", string.Join(",", i.FeatureControl.Select(f => f.Key)), OperatorGapSeverity.Lost, "the operator writes the CNI configuration; there is no feature_control setting");
        }

        if (!i.EnableNetworkPolicy)
        {
            Gap("enable_network_policy", "false", OperatorGapSeverity.Lost, "the operator always enables Kubernetes network policy in the CNI plugin and runs calico-kube-controllers");
        }

        if (i.TyphaEnabled)
        {
            Gap("typha_replicas", i.TyphaReplicas, OperatorGapSeverity.Managed, "the operator always runs Typha and scales it with the node count");
            if (i.TyphaMaxConnectionsLowerLimit != d.TyphaMaxConnectionsLowerLimit)
            {
                Gap("typha_max_connections_lower_limit", i.TyphaMaxConnectionsLowerLimit, OperatorGapSeverity.Lost, "Typha's environment belongs to the operator");
            }

            if (i.TyphaSecure)
            {
                Gap("typha_secure", "true", OperatorGapSeverity.Managed, "the operator always secures Typha with its own certificates");
            }
        }

        if (i.Ipv4PoolIpip != d.Ipv4PoolIpip)
        {
            Gap("calico_ipv4pool_ipip", i.Ipv4PoolIpip, OperatorGapSeverity.Managed, "the operator creates the pools from spec.calicoNetwork.ipPools; calico-node never creates a default pool");
        }

        if (i.Version != CalicoVersion.KubesprayDefault)
        {
            Gap("calico_version", i.Version.ToString(), OperatorGapSeverity.Managed, "the operator's release decides the Calico version", "install the tigera-operator release that ships this Calico version");
        }

        ConfigMap? endpoint = null;
        if (i.BpfEnabled)
        {
            Gap("calico_bpf_enabled", "true", OperatorGapSeverity.Lost, "Kubespray keeps kube-proxy away on fresh installs (it skips kubeadm's kube-proxy addon); the operator never removes a running kube-proxy",
                "stop kube-proxy and clean up its state as in steps 4 and 5 of MigrationPlans.EnableEbpf");
            var (host, port) = ResourceFactory.ApiserverEndpoint(i);
            endpoint = new ConfigMap
            {
                Metadata = new ObjectMeta("kubernetes-services-endpoint", "tigera-operator"),
                Data = StringMap.Of(("KUBERNETES_SERVICE_HOST", host), ("KUBERNETES_SERVICE_PORT", port.ToString(CultureInfo.InvariantCulture))),
            };
        }

        return new OperatorMigration
        {
            Installation = installation,
            ApiServer = i.ApiserverEnabled ? new ApiServer { Metadata = new ObjectMeta("default") } : null,
            ServicesEndpoint = endpoint,
            FelixConfiguration = kubespray.FelixConfiguration with { Spec = felix },
            NodeFelixConfigurations = nodeFelix.ToEquatableArray(),
            BgpConfiguration = kubespray.BgpConfiguration,
            BgpPeers = kubespray.BgpPeers,
            Nodes = kubespray.Nodes,
            IpamConfiguration = kubespray.IpamConfiguration,
            Gaps = gaps.ToEquatableArray(),
        };
    }

    private static string Encapsulation(EncapsulationMode ipip, EncapsulationMode vxlan) => (ipip, vxlan) switch
    {
        (EncapsulationMode.Always, _) => "IPIP",
        (EncapsulationMode.CrossSubnet, _) => "IPIPCrossSubnet",
        (_, EncapsulationMode.Always) => "VXLAN",
        (_, EncapsulationMode.CrossSubnet) => "VXLANCrossSubnet",
        _ => "None",
    };

    private static string Pascal(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant();

    private static NodeAddressAutodetection Autodetection(string? method, bool v6, List<OperatorGap> gaps)
    {
        if (method is null)
        {
            // Kubespray: IPv4 reaches the node IP (kubelet's --node-ip); IPv6 uses calico-node's default, first-found.
            return v6 ? new NodeAddressAutodetection { FirstFound = true } : new NodeAddressAutodetection { Kubernetes = "NodeInternalIP" };
        }

        var eq = method.IndexOf('=', StringComparison.Ordinal);
        var (name, arg) = eq < 0 ? (method, string.Empty) : (method[..eq], method[(eq + 1)..]);
        switch (name)
        {
            case "first-found":
                return new NodeAddressAutodetection { FirstFound = true };
            case "kubernetes-internal-ip":
                return new NodeAddressAutodetection { Kubernetes = "NodeInternalIP" };
            case "interface":
                return new NodeAddressAutodetection { Interface = arg };
            case "skip-interface":
                return new NodeAddressAutodetection { SkipInterface = arg };
            case "can-reach":
                return new NodeAddressAutodetection { CanReach = arg };
            case "cidr":
                return new NodeAddressAutodetection { Cidrs = arg.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToEquatableArray() };
            default:
                gaps.Add(new OperatorGap(v6 ? "calico_ip6_auto_method" : "calico_ip_auto_method", method, OperatorGapSeverity.Lost, $"'{name}' is not an autodetection method the Installation knows", "rendered as firstFound; choose one of interface, skipInterface, canReach, cidrs, kubernetes"));
                return new NodeAddressAutodetection { FirstFound = true };
        }
    }

    /// <summary>The FelixConfiguration field an extra <c>FELIX_*</c> environment variable sets, from the CRD schema.</summary>
    private static string? FelixFieldForEnv(string env)
    {
        if (!env.StartsWith("FELIX_", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var wanted = env[6..];
        var props = CrdSchemaValidator.OpenApiSchema(ApiVersions.ProjectCalicoV3, "FelixConfiguration")?["properties"]?["spec"]?["properties"] as JsonObject;
        return props?.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, wanted, StringComparison.OrdinalIgnoreCase));
    }
}
