using System.Text.Json.Serialization;

namespace Calico.Sdk.Resources;

/// <summary>The Tigera operator's <c>Installation</c> (<c>operator.tigera.io/v1</c>), named <c>default</c>.</summary>
public sealed record Installation : KubernetesResource
{
    /// <summary>Creates an empty Installation.</summary>
    public Installation()
    {
        ApiVersion = ApiVersions.OperatorV1;
        Kind = "Installation";
    }

    /// <summary>The installation.</summary>
    [JsonPropertyName("spec")]
    public InstallationSpec Spec { get; init; } = new();
}

/// <summary>Installation <c>spec</c>: the part Calico.Sdk can derive from a Kubespray inventory.</summary>
public sealed record InstallationSpec
{
    /// <summary><c>variant</c>: <c>Calico</c>.</summary>
    [JsonPropertyName("variant")]
    public string Variant { get; init; } = "Calico";

    /// <summary><c>cni</c>.</summary>
    [JsonPropertyName("cni")]
    public InstallationCni Cni { get; init; } = new();

    /// <summary><c>calicoNetwork</c>.</summary>
    [JsonPropertyName("calicoNetwork")]
    public CalicoNetworkSpec CalicoNetwork { get; init; } = new();

    /// <summary><c>nodeMetricsPort</c> ← <c>calico_felix_prometheusmetricsport</c> when Felix metrics are on.</summary>
    [JsonPropertyName("nodeMetricsPort")]
    public int? NodeMetricsPort { get; init; }

    /// <summary><c>typhaMetricsPort</c> ← <c>typha_prometheusmetricsport</c> when Typha metrics are on.</summary>
    [JsonPropertyName("typhaMetricsPort")]
    public int? TyphaMetricsPort { get; init; }

    /// <summary><c>calicoNodeDaemonSet</c>: node selector and container resources of calico-node.</summary>
    [JsonPropertyName("calicoNodeDaemonSet")]
    public DaemonSetOverride? CalicoNodeDaemonSet { get; init; }
}

/// <summary>Installation <c>spec.cni</c>.</summary>
public sealed record InstallationCni
{
    /// <summary><c>type</c>: <c>Calico</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "Calico";

    /// <summary><c>ipam</c>.</summary>
    [JsonPropertyName("ipam")]
    public InstallationIpam Ipam { get; init; } = new();
}

/// <summary>Installation <c>spec.cni.ipam</c>.</summary>
public sealed record InstallationIpam
{
    /// <summary><c>type</c>: <c>Calico</c>, or <c>HostLocal</c> ← <c>calico_ipam_host_local</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "Calico";
}

/// <summary>Installation <c>spec.calicoNetwork</c>.</summary>
public sealed record CalicoNetworkSpec
{
    /// <summary><c>bgp</c>: Enabled with the bird backend, else Disabled.</summary>
    [JsonPropertyName("bgp")]
    public string? Bgp { get; init; }

    /// <summary><c>linuxDataplane</c>: Iptables, BPF (← <c>calico_bpf_enabled</c>) or Nftables (← <c>calico_nftable_mode: Enabled</c>).</summary>
    [JsonPropertyName("linuxDataplane")]
    public string? LinuxDataplane { get; init; }

    /// <summary><c>mtu</c> ← <c>calico_veth_mtu</c> or <c>calico_mtu</c>; null to let Calico detect it.</summary>
    [JsonPropertyName("mtu")]
    public int? Mtu { get; init; }

    /// <summary><c>containerIPForwarding</c> ← <c>calico_allow_ip_forwarding</c>.</summary>
    [JsonPropertyName("containerIPForwarding")]
    public string? ContainerIPForwarding { get; init; }

    /// <summary><c>ipPools</c>: the pools the operator creates and owns.</summary>
    [JsonPropertyName("ipPools")]
    [JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
    public EquatableArray<InstallationIPPool> IPPools { get; init; }

    /// <summary><c>nodeAddressAutodetectionV4</c> ← <c>calico_ip_auto_method</c>.</summary>
    [JsonPropertyName("nodeAddressAutodetectionV4")]
    public NodeAddressAutodetection? NodeAddressAutodetectionV4 { get; init; }

    /// <summary><c>nodeAddressAutodetectionV6</c> ← <c>calico_ip6_auto_method</c>.</summary>
    [JsonPropertyName("nodeAddressAutodetectionV6")]
    public NodeAddressAutodetection? NodeAddressAutodetectionV6 { get; init; }
}

/// <summary>One pool of <c>spec.calicoNetwork.ipPools</c>.</summary>
public sealed record InstallationIPPool
{
    /// <summary><c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary><c>cidr</c>.</summary>
    [JsonPropertyName("cidr")]
    public string Cidr { get; init; } = string.Empty;

    /// <summary><c>blockSize</c>.</summary>
    [JsonPropertyName("blockSize")]
    public int? BlockSize { get; init; }

    /// <summary><c>encapsulation</c>: IPIP, IPIPCrossSubnet, VXLAN, VXLANCrossSubnet or None.</summary>
    [JsonPropertyName("encapsulation")]
    public string Encapsulation { get; init; } = "None";

    /// <summary><c>natOutgoing</c>: Enabled or Disabled.</summary>
    [JsonPropertyName("natOutgoing")]
    public string NatOutgoing { get; init; } = "Enabled";

    /// <summary><c>nodeSelector</c>.</summary>
    [JsonPropertyName("nodeSelector")]
    public string NodeSelector { get; init; } = "all()";
}

/// <summary>How calico-node finds a node's address (one of the fields is set).</summary>
public sealed record NodeAddressAutodetection
{
    /// <summary><c>firstFound</c>.</summary>
    [JsonPropertyName("firstFound")]
    public bool? FirstFound { get; init; }

    /// <summary><c>kubernetes</c>: <c>NodeInternalIP</c>.</summary>
    [JsonPropertyName("kubernetes")]
    public string? Kubernetes { get; init; }

    /// <summary><c>interface</c>: a regular expression.</summary>
    [JsonPropertyName("interface")]
    public string? Interface { get; init; }

    /// <summary><c>skipInterface</c>: a regular expression.</summary>
    [JsonPropertyName("skipInterface")]
    public string? SkipInterface { get; init; }

    /// <summary><c>canReach</c>: an address or host name.</summary>
    [JsonPropertyName("canReach")]
    public string? CanReach { get; init; }

    /// <summary><c>cidrs</c>.</summary>
    [JsonPropertyName("cidrs")]
    [JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
    public EquatableArray<string>? Cidrs { get; init; }
}

/// <summary>A component override of the operator (<c>calicoNodeDaemonSet</c>): pod node selector and container resources.</summary>
public sealed record DaemonSetOverride
{
    /// <summary><c>spec</c>.</summary>
    [JsonPropertyName("spec")]
    public DaemonSetOverrideSpec Spec { get; init; } = new();
}

/// <summary><c>calicoNodeDaemonSet.spec</c>.</summary>
public sealed record DaemonSetOverrideSpec
{
    /// <summary><c>template</c>.</summary>
    [JsonPropertyName("template")]
    public DaemonSetOverrideTemplate Template { get; init; } = new();
}

/// <summary><c>calicoNodeDaemonSet.spec.template</c>.</summary>
public sealed record DaemonSetOverrideTemplate
{
    /// <summary><c>spec</c>.</summary>
    [JsonPropertyName("spec")]
    public DaemonSetOverridePodSpec Spec { get; init; } = new();
}

/// <summary><c>calicoNodeDaemonSet.spec.template.spec</c>.</summary>
public sealed record DaemonSetOverridePodSpec
{
    /// <summary><c>nodeSelector</c>.</summary>
    [JsonPropertyName("nodeSelector")]
    public StringMap? NodeSelector { get; init; }

    /// <summary><c>containers</c>: name and resources only.</summary>
    [JsonPropertyName("containers")]
    [JsonConverter(typeof(EquatableArrayJsonConverterFactory))]
    public EquatableArray<ContainerResourcesOverride>? Containers { get; init; }
}

/// <summary>A container override: name and resources.</summary>
public sealed record ContainerResourcesOverride
{
    /// <summary><c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary><c>resources</c>.</summary>
    [JsonPropertyName("resources")]
    public ResourceRequirements? Resources { get; init; }
}

/// <summary>The operator's <c>APIServer</c> (<c>operator.tigera.io/v1</c>), named <c>default</c>: installs the Calico API server.</summary>
public sealed record ApiServer : KubernetesResource
{
    /// <summary>Creates the resource.</summary>
    public ApiServer()
    {
        ApiVersion = ApiVersions.OperatorV1;
        Kind = "APIServer";
    }

    /// <summary><c>spec</c> (empty).</summary>
    [JsonPropertyName("spec")]
    public StringMap Spec { get; init; } = StringMap.Empty;
}
