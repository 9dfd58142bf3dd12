using System.Text.Json.Serialization;

namespace Calico.Sdk.Resources;

/// <summary>Base of every rendered resource: <c>apiVersion</c>, <c>kind</c> and <c>metadata</c>, serialised first.</summary>
public abstract record KubernetesResource : IKubernetesResource
{
    /// <inheritdoc />
    [JsonPropertyName("apiVersion")]
    [JsonPropertyOrder(-3)]
    public string ApiVersion { get; init; } = string.Empty;

    /// <inheritdoc />
    [JsonPropertyName("kind")]
    [JsonPropertyOrder(-2)]
    public string Kind { get; init; } = string.Empty;

    /// <inheritdoc />
    [JsonPropertyName("metadata")]
    [JsonPropertyOrder(-1)]
    public ObjectMeta Metadata { get; init; } = new();

    /// <inheritdoc />
    public IKubernetesResource WithIdentity(string apiVersion, string kind, ObjectMeta metadata) =>
        this with { ApiVersion = apiVersion, Kind = kind, Metadata = metadata };
}

/// <summary>Calico <c>FelixConfiguration</c> (cluster-scoped). Kubespray writes the one named <c>default</c>.</summary>
public sealed record FelixConfiguration : KubernetesResource
{
    /// <summary>Creates an empty <c>projectcalico.org/v3</c> FelixConfiguration.</summary>
    public FelixConfiguration()
    {
        ApiVersion = ApiVersions.ProjectCalicoV3;
        Kind = "FelixConfiguration";
    }

    /// <summary>The settings.</summary>
    [JsonPropertyName("spec")]
    public FelixConfigurationSpec Spec { get; init; } = new();
}

/// <summary>
/// FelixConfiguration <c>spec</c>: the fields Kubespray writes (in the order of its task) and the Felix settings that
/// Kubespray passes as calico-node environment variables, for the operator path and migrations. Null = not written.
/// </summary>
public sealed record FelixConfigurationSpec
{
    /// <summary><c>ipipEnabled</c> ← <c>calico_ipip_mode != Never</c>.</summary>
    [JsonPropertyName("ipipEnabled")]
    public bool? IpipEnabled { get; init; }

    /// <summary><c>vxlanEnabled</c> ← <c>calico_vxlan_mode != Never</c> (IPv4 variable only, as Kubespray).</summary>
    [JsonPropertyName("vxlanEnabled")]
    public bool? VxlanEnabled { get; init; }

    /// <summary><c>reportingInterval</c> ← <c>calico_felix_reporting_interval</c> (Go duration, default <c>0s</c>).</summary>
    [JsonPropertyName("reportingInterval")]
    public string? ReportingInterval { get; init; }

    /// <summary><c>bpfLogLevel</c> ← <c>calico_bpf_log_level</c> (<c>""</c>, Off, Info, Debug).</summary>
    [JsonPropertyName("bpfLogLevel")]
    public string? BpfLogLevel { get; init; }

    /// <summary><c>bpfEnabled</c> ← <c>calico_bpf_enabled</c>.</summary>
    [JsonPropertyName("bpfEnabled")]
    public bool? BpfEnabled { get; init; }

    /// <summary><c>bpfExternalServiceMode</c> ← <c>calico_bpf_service_mode</c> (Tunnel or DSR).</summary>
    [JsonPropertyName("bpfExternalServiceMode")]
    public string? BpfExternalServiceMode { get; init; }

    /// <summary><c>wireguardEnabled</c> ← <c>calico_wireguard_enabled</c>.</summary>
    [JsonPropertyName("wireguardEnabled")]
    public bool? WireguardEnabled { get; init; }

    /// <summary><c>wireguardEnabledV6</c>: not written by Kubespray; Calico.Sdk writes it with <c>calico_wireguard_enabled</c> when the cluster has IPv6, so that IPv6 traffic is encrypted too.</summary>
    [JsonPropertyName("wireguardEnabledV6")]
    public bool? WireguardEnabledV6 { get; init; }

    /// <summary><c>logSeverityScreen</c> ← <c>calico_felix_log_severity_screen</c> (default Info).</summary>
    [JsonPropertyName("logSeverityScreen")]
    public string? LogSeverityScreen { get; init; }

    /// <summary><c>featureDetectOverride</c> ← <c>calico_feature_detect_override</c>.</summary>
    [JsonPropertyName("featureDetectOverride")]
    public string? FeatureDetectOverride { get; init; }

    /// <summary><c>floatingIPs</c> ← <c>calico_felix_floating_ips</c> (Enabled or Disabled).</summary>
    [JsonPropertyName("floatingIPs")]
    public string? FloatingIPs { get; init; }

    /// <summary><c>bpfKubeProxyIptablesCleanupEnabled</c>: lets Felix remove kube-proxy's iptables rules in eBPF mode (migrations).</summary>
    [JsonPropertyName("bpfKubeProxyIptablesCleanupEnabled")]
    public bool? BpfKubeProxyIptablesCleanupEnabled { get; init; }

    /// <summary><c>defaultEndpointToHostAction</c> (Kubespray: env FELIX_DEFAULTENDPOINTTOHOSTACTION).</summary>
    [JsonPropertyName("defaultEndpointToHostAction")]
    public string? DefaultEndpointToHostAction { get; init; }

    /// <summary><c>healthHost</c> (Kubespray: env FELIX_HEALTHHOST).</summary>
    [JsonPropertyName("healthHost")]
    public string? HealthHost { get; init; }

    /// <summary><c>kubeNodePortRanges</c> (Kubespray: env FELIX_KUBENODEPORTRANGES), entries such as <c>30000:32767</c>.</summary>
    [JsonPropertyName("kubeNodePortRanges")]
    [JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
    public EquatableArray<string>? KubeNodePortRanges { get; init; }

    /// <summary><c>deviceRouteSourceAddress</c> (Kubespray: env FELIX_DEVICEROUTESOURCEADDRESS from the host IP); per-node configurations only.</summary>
    [JsonPropertyName("deviceRouteSourceAddress")]
    public string? DeviceRouteSourceAddress { get; init; }

    /// <summary><c>iptablesBackend</c> (Kubespray: env FELIX_IPTABLESBACKEND).</summary>
    [JsonPropertyName("iptablesBackend")]
    public string? IptablesBackend { get; init; }

    /// <summary><c>ipv6Support</c> (Kubespray: env FELIX_IPV6SUPPORT).</summary>
    [JsonPropertyName("ipv6Support")]
    public bool? Ipv6Support { get; init; }

    /// <summary><c>usageReportingEnabled</c> (Kubespray: env FELIX_USAGEREPORTINGENABLED).</summary>
    [JsonPropertyName("usageReportingEnabled")]
    public bool? UsageReportingEnabled { get; init; }

    /// <summary><c>nftablesMode</c> (Kubespray: env FELIX_NFTABLESMODE).</summary>
    [JsonPropertyName("nftablesMode")]
    public string? NftablesMode { get; init; }

    /// <summary><c>ipipMTU</c> (Kubespray: env FELIX_IPINIPMTU).</summary>
    [JsonPropertyName("ipipMTU")]
    public int? IpipMtu { get; init; }

    /// <summary><c>vxlanMTU</c> (Kubespray: env FELIX_VXLANMTU).</summary>
    [JsonPropertyName("vxlanMTU")]
    public int? VxlanMtu { get; init; }

    /// <summary><c>vxlanMTUV6</c> (not set by Kubespray).</summary>
    [JsonPropertyName("vxlanMTUV6")]
    public int? VxlanMtuV6 { get; init; }

    /// <summary><c>wireguardMTU</c> (Kubespray: env FELIX_WIREGUARDMTU).</summary>
    [JsonPropertyName("wireguardMTU")]
    public int? WireguardMtu { get; init; }

    /// <summary><c>wireguardMTUV6</c> (not set by Kubespray).</summary>
    [JsonPropertyName("wireguardMTUV6")]
    public int? WireguardMtuV6 { get; init; }

    /// <summary><c>chainInsertMode</c> (Kubespray: env FELIX_CHAININSERTMODE).</summary>
    [JsonPropertyName("chainInsertMode")]
    public string? ChainInsertMode { get; init; }

    /// <summary><c>prometheusMetricsEnabled</c> (Kubespray: env FELIX_PROMETHEUSMETRICSENABLED).</summary>
    [JsonPropertyName("prometheusMetricsEnabled")]
    public bool? PrometheusMetricsEnabled { get; init; }

    /// <summary><c>prometheusMetricsPort</c> (Kubespray: env FELIX_PROMETHEUSMETRICSPORT).</summary>
    [JsonPropertyName("prometheusMetricsPort")]
    public int? PrometheusMetricsPort { get; init; }

    /// <summary><c>prometheusGoMetricsEnabled</c> (Kubespray: env FELIX_PROMETHEUSGOMETRICSENABLED).</summary>
    [JsonPropertyName("prometheusGoMetricsEnabled")]
    public bool? PrometheusGoMetricsEnabled { get; init; }

    /// <summary><c>prometheusProcessMetricsEnabled</c> (Kubespray: env FELIX_PROMETHEUSPROCESSMETRICSENABLED).</summary>
    [JsonPropertyName("prometheusProcessMetricsEnabled")]
    public bool? PrometheusProcessMetricsEnabled { get; init; }

    /// <summary><c>mtuIfacePattern</c> (Kubespray: env FELIX_MTUIFACEPATTERN).</summary>
    [JsonPropertyName("mtuIfacePattern")]
    public string? MtuIfacePattern { get; init; }

    /// <summary><c>vxlanVNI</c> (Kubespray: env FELIX_VXLANVNI).</summary>
    [JsonPropertyName("vxlanVNI")]
    public int? VxlanVni { get; init; }

    /// <summary><c>vxlanPort</c> (Kubespray: env FELIX_VXLANPORT).</summary>
    [JsonPropertyName("vxlanPort")]
    public int? VxlanPort { get; init; }
}

/// <summary>Calico <c>IPPool</c> (cluster-scoped).</summary>
public sealed record IPPool : KubernetesResource
{
    /// <summary>Creates an empty <c>projectcalico.org/v3</c> IPPool.</summary>
    public IPPool()
    {
        ApiVersion = ApiVersions.ProjectCalicoV3;
        Kind = "IPPool";
    }

    /// <summary>The pool.</summary>
    [JsonPropertyName("spec")]
    public IPPoolSpec Spec { get; init; } = new();
}

/// <summary>IPPool <c>spec</c>. Kubespray writes the first five fields; the others are for additional pools.</summary>
public sealed record IPPoolSpec
{
    /// <summary><c>cidr</c>: the pool's network, strictly masked, in Calico's canonical form.</summary>
    [JsonPropertyName("cidr")]
    public string Cidr { get; init; } = string.Empty;

    /// <summary><c>blockSize</c>: prefix length of the IPAM blocks (IPv4 20–32, default 26; IPv6 116–128, default 122).</summary>
    [JsonPropertyName("blockSize")]
    public int? BlockSize { get; init; }

    /// <summary><c>ipipMode</c>: Always, CrossSubnet or Never.</summary>
    [JsonPropertyName("ipipMode")]
    public string? IpipMode { get; init; }

    /// <summary><c>vxlanMode</c>: Always, CrossSubnet or Never.</summary>
    [JsonPropertyName("vxlanMode")]
    public string? VxlanMode { get; init; }

    /// <summary><c>natOutgoing</c>: masquerade traffic leaving the pool.</summary>
    [JsonPropertyName("natOutgoing")]
    public bool? NatOutgoing { get; init; }

    /// <summary><c>nodeSelector</c>: the nodes that allocate from the pool (Calico's default <c>all()</c>).</summary>
    [JsonPropertyName("nodeSelector")]
    public string? NodeSelector { get; init; }

    /// <summary><c>disabled</c>: no new allocations from the pool.</summary>
    [JsonPropertyName("disabled")]
    public bool? Disabled { get; init; }

    /// <summary><c>disableBGPExport</c>: do not advertise the pool over BGP.</summary>
    [JsonPropertyName("disableBGPExport")]
    public bool? DisableBgpExport { get; init; }

    /// <summary><c>allowedUses</c>: Workload, Tunnel, LoadBalancer.</summary>
    [JsonPropertyName("allowedUses")]
    [JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
    public EquatableArray<string>? AllowedUses { get; init; }
}

/// <summary>Calico <c>BGPConfiguration</c> (cluster-scoped). Kubespray writes the one named <c>default</c>.</summary>
public sealed record BGPConfiguration : KubernetesResource
{
    /// <summary>Creates an empty <c>projectcalico.org/v3</c> BGPConfiguration.</summary>
    public BGPConfiguration()
    {
        ApiVersion = ApiVersions.ProjectCalicoV3;
        Kind = "BGPConfiguration";
    }

    /// <summary>The settings.</summary>
    [JsonPropertyName("spec")]
    public BGPConfigurationSpec Spec { get; init; } = new();
}

/// <summary>BGPConfiguration <c>spec</c>, the fields Kubespray writes.</summary>
public sealed record BGPConfigurationSpec
{
    /// <summary><c>listenPort</c> ← <c>calico_bgp_listen_port</c> (179).</summary>
    [JsonPropertyName("listenPort")]
    public int? ListenPort { get; init; }

    /// <summary><c>logSeverityScreen</c>: Kubespray writes <c>Info</c>.</summary>
    [JsonPropertyName("logSeverityScreen")]
    public string? LogSeverityScreen { get; init; }

    /// <summary><c>asNumber</c> ← <c>global_as_num</c>; omitted with <c>calico_no_global_as_num</c>. Always an integer.</summary>
    [JsonPropertyName("asNumber")]
    public uint? AsNumber { get; init; }

    /// <summary><c>nodeToNodeMeshEnabled</c>: false when peering with routers or route reflectors.</summary>
    [JsonPropertyName("nodeToNodeMeshEnabled")]
    public bool? NodeToNodeMeshEnabled { get; init; }

    /// <summary><c>serviceClusterIPs</c> ← <c>kube_service_addresses</c> (and <c>_ipv6</c>) with <c>calico_advertise_cluster_ips</c>: one entry per family.</summary>
    [JsonPropertyName("serviceClusterIPs")]
    [JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
    public EquatableArray<ServiceIPBlock>? ServiceClusterIPs { get; init; }

    /// <summary><c>serviceExternalIPs</c> ← <c>calico_advertise_service_external_ips</c> (always written, possibly empty).</summary>
    [JsonPropertyName("serviceExternalIPs")]
    [JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
    public EquatableArray<ServiceIPBlock>? ServiceExternalIPs { get; init; }

    /// <summary><c>serviceLoadBalancerIPs</c> ← <c>calico_advertise_service_loadbalancer_ips</c> (written when not empty).</summary>
    [JsonPropertyName("serviceLoadBalancerIPs")]
    [JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
    public EquatableArray<ServiceIPBlock>? ServiceLoadBalancerIPs { get; init; }
}

/// <summary>One advertised service range: <c>{cidr: …}</c>.</summary>
public sealed record ServiceIPBlock
{
    /// <summary>Creates a block.</summary>
    public ServiceIPBlock()
    {
    }

    /// <summary>Creates a block.</summary>
    /// <param name="cidr">The range in CIDR notation.</param>
    public ServiceIPBlock(string cidr) => Cidr = cidr;

    /// <summary><c>cidr</c>.</summary>
    [JsonPropertyName("cidr")]
    public string Cidr { get; init; } = string.Empty;
}

/// <summary>Calico <c>BGPPeer</c> (cluster-scoped).</summary>
public sealed record BGPPeer : KubernetesResource
{
    /// <summary>Creates an empty <c>projectcalico.org/v3</c> BGPPeer.</summary>
    public BGPPeer()
    {
        ApiVersion = ApiVersions.ProjectCalicoV3;
        Kind = "BGPPeer";
    }

    /// <summary>The peering.</summary>
    [JsonPropertyName("spec")]
    public BGPPeerSpec Spec { get; init; } = new();
}

/// <summary>BGPPeer <c>spec</c>: the fields Kubespray writes.</summary>
public sealed record BGPPeerSpec
{
    /// <summary><c>node</c>: the one node that peers (node-scoped peers).</summary>
    [JsonPropertyName("node")]
    public string? Node { get; init; }

    /// <summary><c>nodeSelector</c>: the nodes that peer (route-reflector peers).</summary>
    [JsonPropertyName("nodeSelector")]
    public string? NodeSelector { get; init; }

    /// <summary><c>peerIP</c>: the remote address.</summary>
    [JsonPropertyName("peerIP")]
    public string? PeerIP { get; init; }

    /// <summary><c>peerSelector</c>: the Calico nodes to peer with (route-reflector peers).</summary>
    [JsonPropertyName("peerSelector")]
    public string? PeerSelector { get; init; }

    /// <summary><c>asNumber</c>: the remote AS. Always an integer; must be empty with <see cref="PeerSelector"/>.</summary>
    [JsonPropertyName("asNumber")]
    public uint? AsNumber { get; init; }

    /// <summary><c>sourceAddress</c>: UseNodeIP or None.</summary>
    [JsonPropertyName("sourceAddress")]
    public string? SourceAddress { get; init; }

    /// <summary><c>filters</c>: BGPFilter names.</summary>
    [JsonPropertyName("filters")]
    [JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
    public EquatableArray<string>? Filters { get; init; }

    /// <summary><c>numAllowedLocalASNumbers</c>.</summary>
    [JsonPropertyName("numAllowedLocalASNumbers")]
    public int? NumAllowedLocalASNumbers { get; init; }
}

/// <summary>
/// Calico IPAM configuration: <c>projectcalico.org/v3</c> kind <c>IPAMConfiguration</c>, stored in the Kubernetes
/// datastore as <c>crd.projectcalico.org/v1</c> kind <c>IPAMConfig</c>. Must be named <c>default</c>.
/// </summary>
public sealed record IPAMConfiguration : KubernetesResource
{
    /// <summary>Creates an empty <c>projectcalico.org/v3</c> IPAMConfiguration.</summary>
    public IPAMConfiguration()
    {
        ApiVersion = ApiVersions.ProjectCalicoV3;
        Kind = "IPAMConfiguration";
    }

    /// <summary>The settings.</summary>
    [JsonPropertyName("spec")]
    public IPAMConfigurationSpec Spec { get; init; } = new();
}

/// <summary>IPAM configuration <c>spec</c>.</summary>
public sealed record IPAMConfigurationSpec
{
    /// <summary><c>strictAffinity</c> ← <c>calico_ipam_strictaffinity</c> (false).</summary>
    [JsonPropertyName("strictAffinity")]
    public bool StrictAffinity { get; init; }

    /// <summary><c>autoAllocateBlocks</c> ← <c>calico_ipam_autoallocateblocks</c> (true).</summary>
    [JsonPropertyName("autoAllocateBlocks")]
    public bool AutoAllocateBlocks { get; init; } = true;

    /// <summary><c>maxBlocksPerHost</c> ← <c>calico_ipam_maxblocksperhost</c> (0 = no limit).</summary>
    [JsonPropertyName("maxBlocksPerHost")]
    public int MaxBlocksPerHost { get; init; }
}

/// <summary>
/// The BGP part of a Calico <c>Node</c> (<c>projectcalico.org/v3</c>) as Kubespray sets it: labels, AS number and
/// route-reflector cluster ID. Not a whole Node: apply it as a patch (<c>calicoctl patch node</c>), never with
/// <c>calicoctl apply</c>, which would drop the addresses calico-node wrote. In the Kubernetes datastore the same
/// settings live on the Kubernetes Node (see <see cref="KubernetesNodePatch"/>).
/// </summary>
public sealed record CalicoNode : KubernetesResource
{
    /// <summary>Creates an empty <c>projectcalico.org/v3</c> Node.</summary>
    public CalicoNode()
    {
        ApiVersion = ApiVersions.ProjectCalicoV3;
        Kind = "Node";
    }

    /// <summary>The node settings.</summary>
    [JsonPropertyName("spec")]
    public CalicoNodeSpec Spec { get; init; } = new();
}

/// <summary>Calico Node <c>spec</c> (the part Kubespray patches).</summary>
public sealed record CalicoNodeSpec
{
    /// <summary><c>bgp</c>; null when Kubespray sets nothing on it.</summary>
    [JsonPropertyName("bgp")]
    public NodeBgpSpec? Bgp { get; init; }

    /// <summary><c>orchRefs</c>: Kubespray writes <c>[{nodeName: host, orchestrator: k8s}]</c> with <c>local_as</c>.</summary>
    [JsonPropertyName("orchRefs")]
    [JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
    public EquatableArray<OrchRef>? OrchRefs { get; init; }
}

/// <summary>Calico Node <c>spec.bgp</c> (the part Kubespray patches).</summary>
public sealed record NodeBgpSpec
{
    /// <summary><c>asNumber</c> ← the host's <c>local_as</c>.</summary>
    [JsonPropertyName("asNumber")]
    public uint? AsNumber { get; init; }

    /// <summary><c>routeReflectorClusterID</c> ← the route reflector's <c>cluster_id</c>.</summary>
    [JsonPropertyName("routeReflectorClusterID")]
    public string? RouteReflectorClusterID { get; init; }
}

/// <summary>An orchestrator reference of a Calico Node.</summary>
public sealed record OrchRef
{
    /// <summary><c>nodeName</c>.</summary>
    [JsonPropertyName("nodeName")]
    public string NodeName { get; init; } = string.Empty;

    /// <summary><c>orchestrator</c>: <c>k8s</c>.</summary>
    [JsonPropertyName("orchestrator")]
    public string Orchestrator { get; init; } = "k8s";
}

/// <summary>
/// The Calico settings of a Kubernetes <c>Node</c> in the Kubernetes datastore: labels, and the annotations Calico
/// reads its Node BGP fields from (<c>projectcalico.org/ASNumber</c>, <c>projectcalico.org/RouteReflectorClusterID</c>).
/// Only metadata: apply with <c>kubectl apply --server-side</c> or <c>kubectl patch</c>.
/// </summary>
public sealed record KubernetesNodePatch : KubernetesResource
{
    /// <summary>Creates an empty <c>v1</c> Node.</summary>
    public KubernetesNodePatch()
    {
        ApiVersion = ApiVersions.CoreV1;
        Kind = "Node";
    }
}

/// <summary>A Kubernetes <c>ConfigMap</c>.</summary>
public sealed record ConfigMap : KubernetesResource
{
    /// <summary>Creates an empty <c>v1</c> ConfigMap.</summary>
    public ConfigMap()
    {
        ApiVersion = ApiVersions.CoreV1;
        Kind = "ConfigMap";
    }

    /// <summary><c>data</c>, ordered by key; empty when there is none.</summary>
    [JsonPropertyName("data")]
    public StringMap Data { get; init; } = StringMap.Empty;
}

/// <summary>
/// Calico <c>CalicoNodeStatus</c> (cluster-scoped): asks calico-node to report the state of a node (its BGP sessions)
/// into <c>status</c>. The migration plans create them to check BGP sessions from the control plane.
/// </summary>
public sealed record CalicoNodeStatus : KubernetesResource
{
    /// <summary>Creates an empty <c>projectcalico.org/v3</c> CalicoNodeStatus.</summary>
    public CalicoNodeStatus()
    {
        ApiVersion = ApiVersions.ProjectCalicoV3;
        Kind = "CalicoNodeStatus";
    }

    /// <summary>What to report.</summary>
    [JsonPropertyName("spec")]
    public CalicoNodeStatusSpec Spec { get; init; } = new();
}

/// <summary>CalicoNodeStatus <c>spec</c>.</summary>
public sealed record CalicoNodeStatusSpec
{
    /// <summary><c>node</c>: the Calico node.</summary>
    [JsonPropertyName("node")]
    public string Node { get; init; } = string.Empty;

    /// <summary><c>classes</c>: Agent, BGP, Routes.</summary>
    [JsonPropertyName("classes")]
    [JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
    public EquatableArray<string> Classes { get; init; }

    /// <summary><c>updatePeriodSeconds</c>.</summary>
    [JsonPropertyName("updatePeriodSeconds")]
    public int? UpdatePeriodSeconds { get; init; }
}
