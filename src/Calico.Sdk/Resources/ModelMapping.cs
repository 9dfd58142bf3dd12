using System.Globalization;
using System.Net;

namespace Calico.Sdk.Resources;

/// <summary>
/// The one place that reads the model for the renderers: turns a <see cref="CalicoCluster"/> into
/// <see cref="ResourceInputs"/>, applying Kubespray's defaults and its rule that cluster-level tasks see the first
/// control-plane host's variables.
/// </summary>
internal static class ModelMapping
{
    public static ResourceInputs Read(CalicoCluster cluster)
    {
        var controlPlane = cluster.HostsOf(KubesprayGroups.ControlPlane);
        var cp0 = controlPlane.Count > 0 ? controlPlane[0] : null;
        var v = new VariableView(cluster, cp0);
        var rrHosts = cluster.HostsOf(KubesprayGroups.CalicoRr);
        var lbApiserver = v.Raw("loadbalancer_apiserver") as InventoryMapping;
        var d = new ResourceInputs();

        var nodes = cluster.HostsOf(KubesprayGroups.K8sCluster)
            .Select(h => ReadNode(cluster, h))
            .ToEquatableArray();

        return new ResourceInputs
        {
            Version = CalicoValidator.TargetVersion(cluster),
            Datastore = v.Enum("calico_datastore", d.Datastore),
            Backend = v.Enum("calico_network_backend", d.Backend),
            Ipv4Stack = v.Bool("ipv4_stack", true),
            Ipv6Stack = v.Bool("ipv6_stack", v.Bool("enable_dual_stack_networks", false)),
            PoolName = v.Text("calico_pool_name", d.PoolName),
            PoolCidr = v.Network("calico_pool_cidr") ?? v.Network("kube_pods_subnet") ?? d.PoolCidr,
            BlockSize = v.Int("calico_pool_blocksize", d.BlockSize),
            IpipMode = v.Enum("calico_ipip_mode", d.IpipMode),
            VxlanMode = v.Enum("calico_vxlan_mode", d.VxlanMode),
            NatOutgoing = v.Bool("nat_outgoing", d.NatOutgoing),
            PoolCidrV6 = v.Network("calico_pool_cidr_ipv6") ?? v.Network("kube_pods_subnet_ipv6") ?? d.PoolCidrV6,
            BlockSizeV6 = v.Int("calico_pool_blocksize_ipv6", d.BlockSizeV6),
            IpipModeV6 = v.Enum("calico_ipip_mode_ipv6", d.IpipModeV6),
            VxlanModeV6 = v.Enum("calico_vxlan_mode_ipv6", d.VxlanModeV6),
            NatOutgoingV6 = v.Bool("nat_outgoing_ipv6", d.NatOutgoingV6),
            ReportingInterval = v.Text("calico_felix_reporting_interval", d.ReportingInterval),
            BpfLogLevel = v.Text("calico_bpf_log_level", d.BpfLogLevel),
            BpfEnabled = v.Bool("calico_bpf_enabled", d.BpfEnabled),
            BpfServiceMode = v.Text("calico_bpf_service_mode", d.BpfServiceMode),
            WireguardEnabled = v.Bool("calico_wireguard_enabled", d.WireguardEnabled),
            FelixLogSeverityScreen = v.Text("calico_felix_log_severity_screen", d.FelixLogSeverityScreen),
            FeatureDetectOverride = v.Text("calico_feature_detect_override", d.FeatureDetectOverride),
            FloatingIps = v.Text("calico_felix_floating_ips", d.FloatingIps),
            BgpListenPort = v.Int("calico_bgp_listen_port", d.BgpListenPort),
            GlobalAsNumber = v.As("global_as_num") ?? d.GlobalAsNumber,
            NoGlobalAsNumber = v.Bool("calico_no_global_as_num", false),
            PeerWithRouter = v.Bool("peer_with_router", false),
            PeerWithCalicoRr = v.Bool("peer_with_calico_rr", rrHosts.Count > 0),
            AdvertiseClusterIps = v.Bool("calico_advertise_cluster_ips", false),
            ServiceAddresses = v.Network("kube_service_addresses") ?? d.ServiceAddresses,
            ServiceAddressesV6 = v.Network("kube_service_addresses_ipv6") ?? d.ServiceAddressesV6,
            LoadBalancerIps = v.TextList("calico_advertise_service_loadbalancer_ips"),
            ExternalIps = v.TextList("calico_advertise_service_external_ips"),
            IpamStrictAffinity = v.Bool("calico_ipam_strictaffinity", d.IpamStrictAffinity),
            IpamAutoAllocateBlocks = v.Bool("calico_ipam_autoallocateblocks", d.IpamAutoAllocateBlocks),
            IpamMaxBlocksPerHost = v.Int("calico_ipam_maxblocksperhost", d.IpamMaxBlocksPerHost),
            IpamHostLocal = v.Bool("calico_ipam_host_local", d.IpamHostLocal),
            CniName = v.Text("calico_cni_name", d.CniName),
            CniLogFilePath = v.Raw("calico_cni_log_file_path") is { } logPath && VariableView.IsFalsy(logPath) ? null : v.Text("calico_cni_log_file_path", d.CniLogFilePath!),
            AllowIpForwarding = v.Bool("calico_allow_ip_forwarding", false),
            FeatureControl = v.FeatureControl("calico_feature_control"),
            EnableNetworkPolicy = v.Bool("enable_network_policy", d.EnableNetworkPolicy),
            Mtu = v.IntOrNull("calico_mtu"),
            VethMtu = v.IntOrNull("calico_veth_mtu"),
            TyphaEnabled = v.Bool("typha_enabled", false),
            TyphaSecure = v.Bool("typha_secure", false),
            TyphaReplicas = v.Int("typha_replicas", d.TyphaReplicas),
            TyphaMaxConnectionsLowerLimit = v.Int("typha_max_connections_lower_limit", d.TyphaMaxConnectionsLowerLimit),
            TyphaPrometheusMetricsEnabled = v.Bool("typha_prometheusmetricsenabled", false),
            TyphaPrometheusMetricsPort = v.Int("typha_prometheusmetricsport", d.TyphaPrometheusMetricsPort),
            EndpointToHostAction = v.Text("calico_endpoint_to_host_action", d.EndpointToHostAction),
            HealthHost = v.Text("calico_healthhost", d.HealthHost),
            KubeProxyMode = v.Text("kube_proxy_mode", d.KubeProxyMode),
            NodePortRange = v.TextOrNull("kube_apiserver_node_port_range"),
            IptablesBackend = v.Text("calico_iptables_backend", d.IptablesBackend),
            IptablesLockTimeoutSecs = v.Int("calico_iptables_lock_timeout_secs", d.IptablesLockTimeoutSecs),
            Ipv4PoolIpip = v.Text("calico_ipv4pool_ipip", d.Ipv4PoolIpip),
            LogLevel = v.Text("calico_loglevel", d.LogLevel),
            StartupLogLevel = v.Text("calico_node_startup_loglevel", d.StartupLogLevel),
            UsageReporting = v.Bool("calico_usage_reporting", false),
            NftablesMode = v.Text("calico_nftable_mode", d.NftablesMode),
            ChainInsertMode = v.Text("calico_felix_chaininsertmode", d.ChainInsertMode),
            PrometheusMetricsEnabled = v.Bool("calico_felix_prometheusmetricsenabled", false),
            PrometheusMetricsPort = v.Int("calico_felix_prometheusmetricsport", d.PrometheusMetricsPort),
            PrometheusGoMetricsEnabled = v.Bool("calico_felix_prometheusgometricsenabled", true),
            PrometheusProcessMetricsEnabled = v.Bool("calico_felix_prometheusprocessmetricsenabled", true),
            IpAutoMethod = v.TextOrNull("calico_ip_auto_method"),
            Ip6AutoMethod = v.TextOrNull("calico_ip6_auto_method"),
            MtuIfacePattern = v.TextOrNull("calico_felix_mtu_iface_pattern"),
            UseDefaultRouteSrcIpAddr = v.Bool("calico_use_default_route_src_ipaddr", false),
            IgnoreLooseRpf = v.Bool("calico_node_ignorelooserpf", false),
            ExtraEnvs = v.StringMap("calico_node_extra_envs"),
            VxlanVni = v.Int("calico_vxlan_vni", d.VxlanVni),
            VxlanPort = v.Int("calico_vxlan_port", d.VxlanPort),
            LivenessProbeTimeout = v.Int("calico_node_livenessprobe_timeout", d.LivenessProbeTimeout),
            ReadinessProbeTimeout = v.Int("calico_node_readinessprobe_timeout", d.ReadinessProbeTimeout),
            CpuLimit = v.Text("calico_node_cpu_limit", d.CpuLimit),
            MemoryLimit = v.Text("calico_node_memory_limit", d.MemoryLimit),
            CpuRequests = v.Text("calico_node_cpu_requests", d.CpuRequests),
            MemoryRequests = v.Text("calico_node_memory_requests", d.MemoryRequests),
            DaemonSetNodeSelector = v.Text("calico_ds_nodeselector", d.DaemonSetNodeSelector),
            LoadBalancerAddress = lbApiserver?["address"] is InventoryScalar a ? a.Text : null,
            LoadBalancerPort = lbApiserver?["port"] is InventoryScalar p && int.TryParse(p.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : null,
            LoadBalancerLocalhost = v.Bool("loadbalancer_apiserver_localhost", lbApiserver is null),
            LoadBalancerApiserverPort = v.IntOrNull("loadbalancer_apiserver_port"),
            KubeApiserverPort = v.Int("kube_apiserver_port", d.KubeApiserverPort),
            ApiserverLoadBalancerDomainName = v.TextOrNull("apiserver_loadbalancer_domain_name"),
            CertDir = v.Text("calico_cert_dir", d.CertDir),
            EtcdEndpoints = cluster.HostsOf(KubesprayGroups.Etcd).Select(h => $"https://{AccessAddress(cluster, h)}:2379").ToEquatableArray(),
            ApiserverEnabled = v.Bool("calico_apiserver_enabled", false),
            FirstControlPlane = cp0,
            FirstControlPlaneAddress = cp0 is null ? null : AccessAddress(cluster, cp0),
            Nodes = nodes,
        };
    }

    private static NodeInputs ReadNode(CalicoCluster cluster, string host)
    {
        var v = new VariableView(cluster, host);
        return new NodeInputs
        {
            Name = host,
            Roles = cluster.RolesOf(host),
            Ip = v.Raw("ip") switch
            {
                IPAddress ip => ip,
                InventoryScalar s when IPAddress.TryParse(s.Text, out var parsed) => parsed,
                _ => null,
            },
            LocalAs = v.As("local_as"),
            ClusterId = v.TextOrNull("cluster_id"),
            RrId = v.TextOrNull("calico_rr_id"),
            GroupId = v.TextOrNull("calico_group_id"),
            Peers = v.Peers("peers"),
        };
    }

    private static string AccessAddress(CalicoCluster cluster, string host)
    {
        var v = new VariableView(cluster, host);
        return v.TextOrNull("access_ip") ?? v.TextOrNull("ip") ?? host;
    }

    /// <summary>Reads variables by name as one host sees them (or cluster-wide), typed catalog options first, then raw variables.</summary>
    private sealed class VariableView(CalicoCluster cluster, string? host)
    {
        public static bool IsFalsy(object value) => value switch
        {
            bool b => !b,
            InventoryScalar { Kind: ScalarKind.Boolean } s => s.Canonical == "false",
            InventoryScalar { Kind: ScalarKind.Null } => true,
            InventoryScalar s => s.Text.Length == 0,
            string s => s.Length == 0,
            _ => false,
        };

        public object? Raw(string name)
        {
            if (CalicoOptions.Find(name) is { } option)
            {
                if (host is not null && cluster.Host(host) is not null)
                {
                    if (cluster.FindForHost(host, option) is { } found)
                    {
                        return found.Assignment.Value;
                    }
                }
                else if (cluster.ClusterOptions.Find(name) is { } a)
                {
                    return a.Value;
                }
            }

            return RawExtra(name);
        }

        public bool Bool(string name, bool fallback) => Raw(name) switch
        {
            bool b => b,
            InventoryScalar { Kind: ScalarKind.Boolean } s => s.Canonical == "true",
            InventoryScalar s when bool.TryParse(s.Text.Trim(), out var b) => b,
            _ => fallback,
        };

        public int Int(string name, int fallback) => IntOrNull(name) ?? fallback;

        public int? IntOrNull(string name) => Raw(name) switch
        {
            int i => i,
            long l => (int)l,
            InventoryScalar s when int.TryParse(s.Kind == ScalarKind.String ? s.Text.Trim() : s.Canonical, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) => i,
            _ => null,
        };

        public string Text(string name, string fallback) => TextOrNull(name) ?? fallback;

        public string? TextOrNull(string name) => Raw(name) switch
        {
            null => null,
            string s => s,
            InventoryScalar { Kind: ScalarKind.Null } => null,
            InventoryScalar s => s.Kind == ScalarKind.String ? s.Text : s.Canonical,
            InventoryValue => null,
            var other => other.ToString(),
        };

        public Cidr? Network(string name)
        {
            var raw = Raw(name);
            if (raw is Cidr typed)
            {
                return typed;
            }

            if (raw is InventoryScalar s && Cidr.TryParse(s.Text.Trim(), out var parsed, out _))
            {
                return parsed;
            }

            return null;
        }

        public AsNumber? As(string name) => Raw(name) switch
        {
            AsNumber a => a,
            InventoryScalar s when AsNumber.TryParse(s.Kind == ScalarKind.String ? s.Text : s.Canonical, out var a, out _) => a,
            _ => null,
        };

        public TEnum Enum<TEnum>(string name, TEnum fallback)
            where TEnum : struct, Enum => Raw(name) switch
            {
                TEnum e => e,
                InventoryScalar s when System.Enum.TryParse<TEnum>(s.Text.Trim(), ignoreCase: true, out var e) => e,
                _ => fallback,
            };

        public EquatableArray<string> TextList(string name) => Raw(name) switch
        {
            EquatableArray<string> list => list,
            EquatableArray<Cidr> list => list.Select(c => c.ToString()).ToEquatableArray(),
            InventorySequence seq => seq.Items.OfType<InventoryScalar>().Select(s => s.Text).ToEquatableArray(),
            _ => EquatableArray<string>.Empty,
        };

        public EquatableArray<StringPair> StringMap(string name) => Raw(name) switch
        {
            EquatableArray<StringPair> pairs => pairs,
            InventoryMapping map => map.Entries
                .Where(e => e.Value is InventoryScalar { Kind: not ScalarKind.Null })
                .Select(e => new StringPair(e.Key, ((InventoryScalar)e.Value).Kind == ScalarKind.String ? ((InventoryScalar)e.Value).Text : ((InventoryScalar)e.Value).Canonical))
                .ToEquatableArray(),
            _ => EquatableArray<StringPair>.Empty,
        };

        public EquatableArray<FeatureControlEntry> FeatureControl(string name) => Raw(name) switch
        {
            InventoryMapping map => map.Entries
                .Where(e => e.Value is InventoryScalar)
                .Select(e => (InventoryScalar)e.Value is { Kind: ScalarKind.Boolean } b
                    ? new FeatureControlEntry(e.Key, b.Canonical == "true")
                    : new FeatureControlEntry(e.Key, ((InventoryScalar)e.Value).Text))
                .ToEquatableArray(),
            _ => EquatableArray<FeatureControlEntry>.Empty,
        };

        public EquatableArray<PeerInput> Peers(string name)
        {
            if (Raw(name) is not InventorySequence seq)
            {
                return EquatableArray<PeerInput>.Empty;
            }

            var peers = new List<PeerInput>();
            foreach (var item in seq.Items.OfType<InventoryMapping>())
            {
                string? S(string key) => item[key] is InventoryScalar { Kind: not ScalarKind.Null } s ? (s.Kind == ScalarKind.String ? s.Text : s.Canonical) : null;
                if (S("router_id") is not { } routerId || !AsNumber.TryParse(S("as"), out var asNumber, out _))
                {
                    continue;
                }

                peers.Add(new PeerInput
                {
                    RouterId = routerId,
                    As = asNumber,
                    Scope = S("scope"),
                    Name = S("name"),
                    Filters = item["filters"] is InventorySequence f ? f.Items.OfType<InventoryScalar>().Select(x => x.Text).ToEquatableArray() : default,
                    NumAllowedLocalAsNumbers = int.TryParse(S("numallowedlocalasnumbers"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
                    SourceAddress = S("sourceaddress"),
                });
            }

            return peers.ToEquatableArray();
        }

        private object? RawExtra(string name)
        {
            object? winner = null;
            var groups = host is not null && cluster.Host(host) is not null
                ? cluster.GroupsOfInPrecedenceOrder(host)
                : cluster.Groups.Where(g => g.Name is KubesprayGroups.All or KubesprayGroups.K8sCluster or "k8s-cluster").ToList();
            foreach (var inventoryFile in new[] { true, false })
            {
                foreach (var g in groups)
                {
                    foreach (var raw in g.Vars.Extra)
                    {
                        if (raw.Name == name && (raw.File is null) == inventoryFile)
                        {
                            winner = raw.Value;
                        }
                    }
                }
            }

            if (host is not null && cluster.Host(host) is { } h)
            {
                foreach (var inventoryFile in new[] { true, false })
                {
                    foreach (var raw in h.Vars.Extra)
                    {
                        if (raw.Name == name && (raw.File is null) == inventoryFile)
                        {
                            winner = raw.Value;
                        }
                    }
                }
            }

            return winner;
        }
    }
}
