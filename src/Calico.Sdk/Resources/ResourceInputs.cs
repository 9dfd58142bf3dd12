using System.Net;

namespace Calico.Sdk.Resources;

/// <summary>
/// Everything the resource, operator and migration renderers read, as plain typed values: the cluster-wide settings
/// as the first control-plane host sees them (Kubespray runs every cluster-level Calico task there) and the per-host
/// settings of every <c>k8s_cluster</c> host. Built from a <see cref="CalicoCluster"/> by <see cref="ModelMapping"/>,
/// the one class that knows the option catalog; the renderers never read the model directly.
/// Enumerations Kubespray spells freely are kept as Kubespray's spelling.
/// </summary>
internal sealed record ResourceInputs
{
    public CalicoVersion Version { get; init; } = CalicoVersion.KubesprayDefault;

    public CalicoDatastore Datastore { get; init; } = CalicoDatastore.Kdd;

    public NetworkBackend Backend { get; init; } = NetworkBackend.Vxlan;

    public bool Ipv4Stack { get; init; } = true;

    public bool Ipv6Stack { get; init; }

    // ---- Pools ------------------------------------------------------------------------------------------------
    public string PoolName { get; init; } = "default-pool";

    public Cidr PoolCidr { get; init; } = Cidr.Parse("10.233.64.0/18");

    public int BlockSize { get; init; } = 26;

    public EncapsulationMode IpipMode { get; init; } = EncapsulationMode.Never;

    public EncapsulationMode VxlanMode { get; init; } = EncapsulationMode.Always;

    public bool NatOutgoing { get; init; } = true;

    public Cidr PoolCidrV6 { get; init; } = Cidr.Parse("fd85:ee78:d8a6:8607::1:0/112");

    public int BlockSizeV6 { get; init; } = 122;

    public EncapsulationMode IpipModeV6 { get; init; } = EncapsulationMode.Never;

    public EncapsulationMode VxlanModeV6 { get; init; } = EncapsulationMode.Always;

    public bool NatOutgoingV6 { get; init; }

    // ---- Felix (FelixConfiguration default) -----------------------------------------------------------------
    public string ReportingInterval { get; init; } = "0s";

    public string BpfLogLevel { get; init; } = string.Empty;

    public bool BpfEnabled { get; init; }

    public string BpfServiceMode { get; init; } = "Tunnel";

    public bool WireguardEnabled { get; init; }

    public string FelixLogSeverityScreen { get; init; } = "Info";

    public string FeatureDetectOverride { get; init; } = string.Empty;

    public string FloatingIps { get; init; } = "Disabled";

    // ---- BGP ----------------------------------------------------------------------------------------------------
    public int BgpListenPort { get; init; } = 179;

    public AsNumber GlobalAsNumber { get; init; } = new(64512);

    public bool NoGlobalAsNumber { get; init; }

    public bool PeerWithRouter { get; init; }

    public bool PeerWithCalicoRr { get; init; }

    public bool AdvertiseClusterIps { get; init; }

    public Cidr ServiceAddresses { get; init; } = Cidr.Parse("10.233.0.0/18");

    /// <summary><c>kube_pods_subnet</c>: pool CIDRs must lie within it (Kubespray's assert S15).</summary>
    public Cidr PodsSubnet { get; init; } = Cidr.Parse("10.233.64.0/18");

    /// <summary><c>kube_pods_subnet_ipv6</c>.</summary>
    public Cidr PodsSubnetV6 { get; init; } = Cidr.Parse("fd85:ee78:d8a6:8607::1:0/112");

    public Cidr ServiceAddressesV6 { get; init; } = Cidr.Parse("fd85:ee78:d8a6:8607::1000/116");

    public EquatableArray<string> LoadBalancerIps { get; init; }

    public EquatableArray<string> ExternalIps { get; init; }

    // ---- IPAM ---------------------------------------------------------------------------------------------------
    public bool IpamStrictAffinity { get; init; }

    public bool IpamAutoAllocateBlocks { get; init; } = true;

    public int IpamMaxBlocksPerHost { get; init; }

    public bool IpamHostLocal { get; init; }

    // ---- CNI ----------------------------------------------------------------------------------------------------
    public string CniName { get; init; } = "k8s-pod-network";

    /// <summary>Null when <c>calico_cni_log_file_path</c> is false (no file logging).</summary>
    public string? CniLogFilePath { get; init; } = "/var/log/calico/cni/cni.log";

    public bool AllowIpForwarding { get; init; }

    /// <summary><c>calico_feature_control</c>: booleans render bare, other values as strings.</summary>
    public EquatableArray<FeatureControlEntry> FeatureControl { get; init; }

    public bool EnableNetworkPolicy { get; init; } = true;

    public int? Mtu { get; init; }

    public int? VethMtu { get; init; }

    // ---- Typha --------------------------------------------------------------------------------------------------
    public bool TyphaEnabled { get; init; }

    public bool TyphaSecure { get; init; }

    public int TyphaReplicas { get; init; } = 1;

    public int TyphaMaxConnectionsLowerLimit { get; init; } = 300;

    public bool TyphaPrometheusMetricsEnabled { get; init; }

    public int TyphaPrometheusMetricsPort { get; init; } = 9093;

    // ---- calico-node --------------------------------------------------------------------------------------------
    public string EndpointToHostAction { get; init; } = "RETURN";

    public string HealthHost { get; init; } = "localhost";

    public string KubeProxyMode { get; init; } = "ipvs";

    /// <summary><c>kube_apiserver_node_port_range</c> as set in the inventory (<c>LOW-HIGH</c>); null when unset.</summary>
    public string? NodePortRange { get; init; }

    public string IptablesBackend { get; init; } = "Auto";

    public int IptablesLockTimeoutSecs { get; init; } = 10;

    public string Ipv4PoolIpip { get; init; } = "Off";

    public string LogLevel { get; init; } = "info";

    public string StartupLogLevel { get; init; } = "error";

    public bool UsageReporting { get; init; }

    public string NftablesMode { get; init; } = "Disabled";

    public string ChainInsertMode { get; init; } = "Insert";

    public bool PrometheusMetricsEnabled { get; init; }

    public int PrometheusMetricsPort { get; init; } = 9091;

    public bool PrometheusGoMetricsEnabled { get; init; } = true;

    public bool PrometheusProcessMetricsEnabled { get; init; } = true;

    public string? IpAutoMethod { get; init; }

    public string? Ip6AutoMethod { get; init; }

    public string? MtuIfacePattern { get; init; }

    public bool UseDefaultRouteSrcIpAddr { get; init; }

    public bool IgnoreLooseRpf { get; init; }

    public EquatableArray<StringPair> ExtraEnvs { get; init; }

    public int VxlanVni { get; init; } = 4096;

    public int VxlanPort { get; init; } = 4789;

    public int LivenessProbeTimeout { get; init; } = 10;

    public int ReadinessProbeTimeout { get; init; } = 10;

    public string CpuLimit { get; init; } = "0";

    public string MemoryLimit { get; init; } = "500M";

    public string CpuRequests { get; init; } = "150m";

    public string MemoryRequests { get; init; } = "64M";

    /// <summary><c>calico_ds_nodeselector</c>: a one-line <c>key: value</c> YAML fragment.</summary>
    public string DaemonSetNodeSelector { get; init; } = "kubernetes.io/os: linux";

    // ---- API server endpoint (kubernetes-services-endpoint) -------------------------------------------------------
    /// <summary><c>loadbalancer_apiserver.address</c>; null when <c>loadbalancer_apiserver</c> is not defined.</summary>
    public string? LoadBalancerAddress { get; init; }

    /// <summary><c>loadbalancer_apiserver.port</c>.</summary>
    public int? LoadBalancerPort { get; init; }

    /// <summary><c>loadbalancer_apiserver_localhost</c>; Kubespray's default is "loadbalancer_apiserver is not defined".</summary>
    public bool LoadBalancerLocalhost { get; init; } = true;

    /// <summary><c>loadbalancer_apiserver_port</c>; null when unset.</summary>
    public int? LoadBalancerApiserverPort { get; init; }

    public int KubeApiserverPort { get; init; } = 6443;

    /// <summary><c>apiserver_loadbalancer_domain_name</c> when set explicitly.</summary>
    public string? ApiserverLoadBalancerDomainName { get; init; }

    // ---- Datastore ----------------------------------------------------------------------------------------------
    public string CertDir { get; init; } = "/etc/calico/certs";

    /// <summary><c>etcd_access_addresses</c>: one URL per etcd host.</summary>
    public EquatableArray<string> EtcdEndpoints { get; init; }

    public bool ApiserverEnabled { get; init; }

    // ---- Topology -----------------------------------------------------------------------------------------------
    /// <summary>The first control-plane host (cp0), whose view every cluster-level value is; null without control plane.</summary>
    public string? FirstControlPlane { get; init; }

    /// <summary>cp0's <c>main_access_ip</c> (<c>access_ip</c>, else <c>ip</c>), else its name.</summary>
    public string? FirstControlPlaneAddress { get; init; }

    /// <summary>The <c>k8s_cluster</c> hosts in inventory order.</summary>
    public EquatableArray<NodeInputs> Nodes { get; init; }
}

/// <summary>One <c>k8s_cluster</c> host as the resource renderers see it.</summary>
internal sealed record NodeInputs
{
    public string Name { get; init; } = string.Empty;

    public NodeRoles Roles { get; init; }

    public bool IsRouteReflector => (Roles & NodeRoles.RouteReflector) != 0;

    public IPAddress? Ip { get; init; }

    public AsNumber? LocalAs { get; init; }

    public string? ClusterId { get; init; }

    public string? RrId { get; init; }

    public string? GroupId { get; init; }

    public EquatableArray<PeerInput> Peers { get; init; }
}

/// <summary>One entry of a host's <c>peers</c> list.</summary>
internal sealed record PeerInput
{
    public string RouterId { get; init; } = string.Empty;

    public AsNumber As { get; init; }

    /// <summary>The <c>scope</c> key as written: <c>global</c>, <c>node</c>, null when absent; anything else is dropped by Kubespray.</summary>
    public string? Scope { get; init; }

    public string? Name { get; init; }

    public EquatableArray<string> Filters { get; init; }

    public int? NumAllowedLocalAsNumbers { get; init; }

    public string? SourceAddress { get; init; }
}

/// <summary>One <c>calico_feature_control</c> entry.</summary>
/// <param name="Key">Feature name.</param>
/// <param name="Value">Its value: a boolean renders bare, anything else as a JSON string.</param>
internal sealed record FeatureControlEntry(string Key, object Value);
