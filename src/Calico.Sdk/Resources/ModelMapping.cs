namespace Calico.Sdk.Resources;

/// <summary>
/// The one place that reads the model for the renderers: turns a <see cref="CalicoCluster"/> into
/// <see cref="ResourceInputs"/> through the option catalog, applying Kubespray's derived defaults and its rule that
/// cluster-level tasks see the variables of the first control-plane host (cp0).
/// </summary>
internal static class ModelMapping
{
    public static ResourceInputs Read(CalicoCluster cluster)
    {
        var controlPlane = cluster.HostsOf(KubesprayGroups.ControlPlane);
        var cp0 = controlPlane.Count > 0 ? controlPlane[0] : null;
        var v = new View(cluster, cp0);
        var d = new ResourceInputs();
        var lb = v.Ref(CalicoOptions.LoadBalancerApiserver);

        return new ResourceInputs
        {
            Version = CalicoValidator.TargetVersion(cluster),
            Datastore = v.Get(CalicoOptions.Datastore),
            Backend = v.Get(CalicoOptions.NetworkBackend),
            Ipv4Stack = v.Get(CalicoOptions.Ipv4Stack),
            Ipv6Stack = v.Struct(CalicoOptions.Ipv6Stack) ?? v.Struct(CalicoOptions.EnableDualStackNetworks) ?? false,
            PoolName = v.Get(CalicoOptions.PoolName),
            PoolCidr = v.Struct(CalicoOptions.PoolCidr) ?? v.Get(CalicoOptions.KubePodsSubnet),
            BlockSize = v.Get(CalicoOptions.PoolBlockSize),
            IpipMode = v.Get(CalicoOptions.IpipMode),
            VxlanMode = v.Get(CalicoOptions.VxlanMode),
            NatOutgoing = v.Get(CalicoOptions.NatOutgoing),
            PoolCidrV6 = v.Struct(CalicoOptions.PoolCidrIpv6) ?? v.Get(CalicoOptions.KubePodsSubnetIpv6),
            BlockSizeV6 = v.Get(CalicoOptions.PoolBlockSizeIpv6),
            IpipModeV6 = v.Get(CalicoOptions.IpipModeIpv6),
            VxlanModeV6 = v.Get(CalicoOptions.VxlanModeIpv6),
            NatOutgoingV6 = v.Get(CalicoOptions.NatOutgoingIpv6),
            ReportingInterval = v.Get(CalicoOptions.ReportingInterval).Text,
            BpfLogLevel = v.Spelled(CalicoOptions.BpfLogLevel),
            BpfEnabled = v.Get(CalicoOptions.BpfEnabled),
            BpfServiceMode = v.Spelled(CalicoOptions.BpfServiceMode),
            WireguardEnabled = v.Get(CalicoOptions.WireguardEnabled),
            FelixLogSeverityScreen = v.Spelled(CalicoOptions.LogSeverityScreen),
            FeatureDetectOverride = v.Get(CalicoOptions.FeatureDetectOverride),
            FloatingIps = v.Spelled(CalicoOptions.FloatingIps),
            BgpListenPort = v.Get(CalicoOptions.BgpListenPort),
            GlobalAsNumber = v.Get(CalicoOptions.GlobalAsNumber),
            NoGlobalAsNumber = v.Struct(CalicoOptions.NoGlobalAsNumber) ?? false,
            PeerWithRouter = v.Struct(CalicoOptions.PeerWithRouter) ?? false,
            PeerWithCalicoRr = v.Struct(CalicoOptions.PeerWithCalicoRr) ?? cluster.HostsOf(KubesprayGroups.CalicoRr).Count > 0,
            AdvertiseClusterIps = v.Struct(CalicoOptions.AdvertiseClusterIps) ?? false,
            ServiceAddresses = v.Get(CalicoOptions.KubeServiceAddresses),
            PodsSubnet = v.Get(CalicoOptions.KubePodsSubnet),
            PodsSubnetV6 = v.Get(CalicoOptions.KubePodsSubnetIpv6),
            ServiceAddressesV6 = v.Get(CalicoOptions.KubeServiceAddressesIpv6),
            LoadBalancerIps = v.Get(CalicoOptions.AdvertiseServiceLoadBalancerIps).Select(c => c.ToString()).ToEquatableArray(),
            ExternalIps = v.Get(CalicoOptions.AdvertiseServiceExternalIps).Select(c => c.ToString()).ToEquatableArray(),
            IpamStrictAffinity = v.Get(CalicoOptions.IpamStrictAffinity),
            IpamAutoAllocateBlocks = v.Get(CalicoOptions.IpamAutoAllocateBlocks),
            IpamMaxBlocksPerHost = v.Get(CalicoOptions.IpamMaxBlocksPerHost),
            IpamHostLocal = v.Get(CalicoOptions.IpamHostLocal),
            CniName = v.Get(CalicoOptions.CniName),
            CniLogFilePath = v.Get(CalicoOptions.CniLogFilePath) is { Length: > 0 } logPath ? logPath : null,
            AllowIpForwarding = v.Get(CalicoOptions.CniAllowIpForwarding),
            FeatureControl = FeatureControl(v.Get(CalicoOptions.CniFeatureControl)),
            EnableNetworkPolicy = v.Get(CalicoOptions.EnableNetworkPolicy),
            Mtu = v.Struct(CalicoOptions.Mtu),
            VethMtu = v.Struct(CalicoOptions.VethMtu),
            TyphaEnabled = v.Get(CalicoOptions.TyphaEnabled),
            TyphaSecure = v.Get(CalicoOptions.TyphaSecure),
            TyphaReplicas = v.Get(CalicoOptions.TyphaReplicas),
            TyphaMaxConnectionsLowerLimit = v.Get(CalicoOptions.TyphaMaxConnectionsLowerLimit),
            TyphaPrometheusMetricsEnabled = v.Get(CalicoOptions.TyphaPrometheusMetricsEnabled),
            TyphaPrometheusMetricsPort = v.Get(CalicoOptions.TyphaPrometheusMetricsPort),
            EndpointToHostAction = v.TryGet(CalicoOptions.EndpointToHostAction, out var action) ? Spell(CalicoOptions.EndpointToHostAction, action) : d.EndpointToHostAction,
            HealthHost = v.Get(CalicoOptions.HealthHost),
            KubeProxyMode = v.Spelled(CalicoOptions.KubeProxyMode),
            NodePortRange = v.Ref(CalicoOptions.KubeApiserverNodePortRange),
            IptablesBackend = v.Spelled(CalicoOptions.IptablesBackend),
            IptablesLockTimeoutSecs = v.Get(CalicoOptions.IptablesLockTimeoutSeconds),
            Ipv4PoolIpip = v.Spelled(CalicoOptions.Ipv4PoolIpip),
            LogLevel = v.Spelled(CalicoOptions.LogLevel),
            StartupLogLevel = v.Spelled(CalicoOptions.NodeStartupLogLevel),
            UsageReporting = v.Get(CalicoOptions.UsageReporting),
            NftablesMode = v.Spelled(CalicoOptions.NftablesMode),
            ChainInsertMode = v.Spelled(CalicoOptions.ChainInsertMode),
            PrometheusMetricsEnabled = v.Get(CalicoOptions.PrometheusMetricsEnabled),
            PrometheusMetricsPort = v.Get(CalicoOptions.PrometheusMetricsPort),
            PrometheusGoMetricsEnabled = v.Get(CalicoOptions.PrometheusGoMetricsEnabled),
            PrometheusProcessMetricsEnabled = v.Get(CalicoOptions.PrometheusProcessMetricsEnabled),
            IpAutoMethod = v.Ref(CalicoOptions.IpAutodetectionMethod),
            Ip6AutoMethod = v.Ref(CalicoOptions.Ip6AutodetectionMethod),
            MtuIfacePattern = v.Ref(CalicoOptions.MtuInterfacePattern),
            UseDefaultRouteSrcIpAddr = v.Struct(CalicoOptions.UseDefaultRouteSourceAddress) ?? false,
            IgnoreLooseRpf = v.Get(CalicoOptions.IgnoreLooseRpf),
            ExtraEnvs = v.Struct(CalicoOptions.NodeExtraEnvs) ?? default,
            VxlanVni = v.Get(CalicoOptions.VxlanVni),
            VxlanPort = v.Get(CalicoOptions.VxlanPort),
            LivenessProbeTimeout = v.Struct(CalicoOptions.NodeLivenessProbeTimeout) ?? d.LivenessProbeTimeout,
            ReadinessProbeTimeout = v.Struct(CalicoOptions.NodeReadinessProbeTimeout) ?? d.ReadinessProbeTimeout,
            CpuLimit = v.Get(CalicoOptions.NodeCpuLimit).Text,
            MemoryLimit = v.Get(CalicoOptions.NodeMemoryLimit).Text,
            CpuRequests = v.Get(CalicoOptions.NodeCpuRequests).Text,
            MemoryRequests = v.Get(CalicoOptions.NodeMemoryRequests).Text,
            DaemonSetNodeSelector = v.Get(CalicoOptions.NodeSelector),
            LoadBalancerAddress = lb?.Address,
            LoadBalancerPort = lb?.Port,
            LoadBalancerLocalhost = v.Struct(CalicoOptions.LoadBalancerApiserverLocalhost) ?? lb is null,
            LoadBalancerApiserverPort = v.Struct(CalicoOptions.LoadBalancerApiserverPort),
            KubeApiserverPort = v.Get(CalicoOptions.KubeApiserverPort),
            ApiserverLoadBalancerDomainName = v.Ref(CalicoOptions.ApiserverLoadBalancerDomainName),
            CertDir = v.Get(CalicoOptions.CertDir),
            EtcdEndpoints = cluster.HostsOf(KubesprayGroups.Etcd).Select(h => $"https://{AccessAddress(cluster, h)}:2379").ToEquatableArray(),
            ApiserverEnabled = v.Get(CalicoOptions.ApiserverEnabled),
            FirstControlPlane = cp0,
            FirstControlPlaneAddress = cp0 is null ? null : AccessAddress(cluster, cp0),
            Nodes = cluster.HostsOf(KubesprayGroups.K8sCluster).Select(h => ReadNode(cluster, h)).ToEquatableArray(),
        };
    }

    private static NodeInputs ReadNode(CalicoCluster cluster, string host)
    {
        var v = new View(cluster, host);
        return new NodeInputs
        {
            Name = host,
            Roles = cluster.RolesOf(host),
            Ip = v.Ref(CalicoOptions.Ip),
            LocalAs = v.Struct(CalicoOptions.LocalAs),
            ClusterId = v.Ref(CalicoOptions.ClusterId),
            RrId = v.Ref(CalicoOptions.RouteReflectorId),
            GroupId = v.Ref(CalicoOptions.GroupId),
            Peers = (v.Struct(CalicoOptions.Peers) ?? default).Select(Peer).ToEquatableArray(),
        };
    }

    private static PeerInput Peer(BgpPeerEntry p) => new()
    {
        RouterId = p.RouterId,
        As = p.As,
        Scope = p.Scope switch { PeerScope.Global => "global", PeerScope.Node => "node", _ => null },
        Name = p.Name,
        Filters = p.Filters,
        NumAllowedLocalAsNumbers = p.NumAllowedLocalAsNumbers,
        SourceAddress = p.SourceAddress?.ToString(),
    };

    /// <summary>cp0's <c>main_access_ip</c>: <c>access_ip</c>, else <c>ip</c>, else the host name.</summary>
    private static string AccessAddress(CalicoCluster cluster, string host)
    {
        var v = new View(cluster, host);
        return (v.Ref(CalicoOptions.AccessIp) ?? v.Ref(CalicoOptions.Ip))?.ToString() ?? host;
    }

    private static EquatableArray<FeatureControlEntry> FeatureControl(InventoryMapping map) =>
        map.Entries
            .Where(e => e.Value is InventoryScalar { Kind: not ScalarKind.Null })
            .Select(e => (InventoryScalar)e.Value is { Kind: ScalarKind.Boolean } b
                ? new FeatureControlEntry(e.Key, b.Canonical == "true")
                : new FeatureControlEntry(e.Key, ((InventoryScalar)e.Value).Kind == ScalarKind.String ? ((InventoryScalar)e.Value).Text : ((InventoryScalar)e.Value).Canonical))
            .ToEquatableArray();

    /// <summary>Kubespray's spelling of a value, from the option's own converter (the catalog is the one definition).</summary>
    private static string Spell<T>(CalicoOption<T> option, T value)
        where T : notnull => option.Format(value) switch
        {
            InventoryScalar s => s.Text,
            var other => other.Describe(),
        };

    /// <summary>Options as one host sees them (cp0 for cluster-level values), or cluster-wide without a host.</summary>
    private sealed class View(CalicoCluster cluster, string? host)
    {
        private readonly string? _host = host is not null && cluster.Host(host) is not null ? host : null;

        public bool TryGet<T>(CalicoOption<T> option, out T value)
            where T : notnull => _host is null ? cluster.TryGet(option, out value) : cluster.TryGetForHost(_host, option, out value);

        public T Get<T>(CalicoOption<T> option)
            where T : notnull => TryGet(option, out var value) ? value : option.Default!;

        public T? Struct<T>(CalicoOption<T> option)
            where T : struct => TryGet(option, out var value) ? value : null;

        public T? Ref<T>(CalicoOption<T> option)
            where T : class => TryGet(option, out var value) ? value : null;

        public string Spelled<T>(CalicoOption<T> option)
            where T : notnull => Spell(option, Get(option));
    }
}
