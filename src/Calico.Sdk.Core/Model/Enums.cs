namespace Calico.Sdk;

/// <summary>Calico's networking backend (<c>calico_network_backend</c>).</summary>
public enum NetworkBackend
{
    /// <summary><c>bird</c>: BGP with BIRD; needed for IPIP and for unencapsulated (BGP-routed) pools.</summary>
    Bird,

    /// <summary><c>vxlan</c>: VXLAN without BGP (Kubespray's default since 2.19).</summary>
    Vxlan,

    /// <summary><c>none</c>: no Calico networking (policy only).</summary>
    None,
}

/// <summary>An IP pool's IPIP or VXLAN mode (<c>calico_ipip_mode</c>, <c>calico_vxlan_mode</c> and their IPv6 forms).</summary>
public enum EncapsulationMode
{
    /// <summary><c>Always</c>: encapsulate all traffic between hosts.</summary>
    Always,

    /// <summary><c>CrossSubnet</c>: encapsulate only traffic that crosses a subnet boundary.</summary>
    CrossSubnet,

    /// <summary><c>Never</c>: do not use this encapsulation.</summary>
    Never,
}

/// <summary>Calico's datastore (<c>calico_datastore</c>).</summary>
public enum CalicoDatastore
{
    /// <summary><c>kdd</c>: the Kubernetes API (Kubespray's default).</summary>
    Kdd,

    /// <summary><c>etcd</c>: a dedicated etcd cluster.</summary>
    Etcd,
}

/// <summary>The IPIP mode calico-node gives a default IPv4 pool it creates itself (<c>calico_ipv4pool_ipip</c>, env <c>CALICO_IPV4POOL_IPIP</c>).</summary>
/// <remarks>Kubespray spells the default <c>Off</c>; in YAML it must be quoted (<c>"Off"</c>), since YAML 1.1 reads a bare <c>Off</c> as false.</remarks>
public enum Ipv4PoolIpipMode
{
    /// <summary><c>Off</c>: no IPIP (Kubespray's default).</summary>
    Off,

    /// <summary><c>Always</c>: IPIP for all traffic between hosts.</summary>
    Always,

    /// <summary><c>CrossSubnet</c>: IPIP only across subnet boundaries.</summary>
    CrossSubnet,
}

/// <summary>Log level of Felix's eBPF programs (<c>calico_bpf_log_level</c>, FelixConfiguration <c>bpfLogLevel</c>).</summary>
public enum BpfLogLevel
{
    /// <summary><c>""</c>: not set, Felix's own default applies (Kubespray's default).</summary>
    Unspecified,

    /// <summary><c>Off</c>: no eBPF logging. Quote it in YAML (<c>"Off"</c>).</summary>
    Off,

    /// <summary><c>Info</c>.</summary>
    Info,

    /// <summary><c>Debug</c>: verbose; costs dataplane performance.</summary>
    Debug,
}

/// <summary>How the eBPF dataplane forwards traffic to services from outside the cluster (<c>calico_bpf_service_mode</c>, FelixConfiguration <c>bpfExternalServiceMode</c>).</summary>
public enum BpfServiceMode
{
    /// <summary><c>Tunnel</c>: replies go back through the node that received the request (Kubespray's default).</summary>
    Tunnel,

    /// <summary><c>DSR</c>: direct server return; replies leave from the node running the backend.</summary>
    Dsr,
}

/// <summary>Whether Felix honours floating IPs on workload endpoints (<c>calico_felix_floating_ips</c>, FelixConfiguration <c>floatingIPs</c>).</summary>
public enum FloatingIpsMode
{
    /// <summary><c>Disabled</c> (Kubespray's default).</summary>
    Disabled,

    /// <summary><c>Enabled</c>.</summary>
    Enabled,
}

/// <summary>Felix's nftables mode (<c>calico_nftable_mode</c>, env <c>FELIX_NFTABLESMODE</c>).</summary>
public enum NftablesMode
{
    /// <summary><c>Disabled</c>: use iptables (Kubespray's default).</summary>
    Disabled,

    /// <summary><c>Enabled</c>: program rules with nftables.</summary>
    Enabled,

    /// <summary><c>Auto</c>: let Felix decide from what kube-proxy uses.</summary>
    Auto,
}

/// <summary>Where Felix puts its iptables chains (<c>calico_felix_chaininsertmode</c>, env <c>FELIX_CHAININSERTMODE</c>).</summary>
public enum ChainInsertMode
{
    /// <summary><c>Insert</c>: Calico's chains go first (Kubespray's default).</summary>
    Insert,

    /// <summary><c>Append</c>: Calico's chains go after existing rules.</summary>
    Append,
}

/// <summary>Which iptables implementation Felix drives (<c>calico_iptables_backend</c>, env <c>FELIX_IPTABLESBACKEND</c>).</summary>
public enum IptablesBackend
{
    /// <summary><c>Legacy</c>: iptables-legacy.</summary>
    Legacy,

    /// <summary><c>Auto</c>: detect from the host (Kubespray's default).</summary>
    Auto,

    /// <summary><c>NFT</c>: iptables-nft.</summary>
    Nft,
}

/// <summary>What Felix does with traffic from a workload to its own host (<c>calico_endpoint_to_host_action</c>, env <c>FELIX_DEFAULTENDPOINTTOHOSTACTION</c>).</summary>
public enum EndpointToHostAction
{
    /// <summary><c>DROP</c>: drop it.</summary>
    Drop,

    /// <summary><c>RETURN</c>: hand it on to the host's own INPUT rules (the value Kubespray renders when unset).</summary>
    Return,

    /// <summary><c>ACCEPT</c>: accept it.</summary>
    Accept,
}

/// <summary>
/// A Calico component's log level. Kubespray writes it lowercase for the calico-node and kube-controllers
/// variables (<c>calico_loglevel</c>, <c>calico_node_startup_loglevel</c>, <c>calico_policy_controller_log_level</c>)
/// and capitalised for <c>calico_felix_log_severity_screen</c>; the catalog entry of each variable knows which.
/// </summary>
public enum CalicoLogLevel
{
    /// <summary><c>trace</c> / <c>Trace</c>.</summary>
    Trace,

    /// <summary><c>debug</c> / <c>Debug</c>.</summary>
    Debug,

    /// <summary><c>info</c> / <c>Info</c>.</summary>
    Info,

    /// <summary><c>warning</c> / <c>Warning</c>.</summary>
    Warning,

    /// <summary><c>error</c> / <c>Error</c>.</summary>
    Error,

    /// <summary><c>fatal</c> / <c>Fatal</c>.</summary>
    Fatal,
}

/// <summary>The network plugin Kubespray installs (<c>kube_network_plugin</c>). Calico.Sdk models <see cref="Calico"/>.</summary>
public enum KubeNetworkPlugin
{
    /// <summary><c>calico</c> (Kubespray's default).</summary>
    Calico,

    /// <summary><c>flannel</c>.</summary>
    Flannel,

    /// <summary><c>cloud</c>: the cloud provider's routes.</summary>
    Cloud,

    /// <summary><c>cilium</c>.</summary>
    Cilium,

    /// <summary><c>cni</c>: a CNI configuration provided by the user.</summary>
    Cni,

    /// <summary><c>kube-ovn</c>.</summary>
    KubeOvn,

    /// <summary><c>kube-router</c>.</summary>
    KubeRouter,

    /// <summary><c>macvlan</c>.</summary>
    Macvlan,

    /// <summary><c>custom_cni</c>: manifests or a Helm chart provided by the user.</summary>
    CustomCni,

    /// <summary><c>none</c>: no network plugin.</summary>
    None,
}

/// <summary>kube-proxy's mode (<c>kube_proxy_mode</c>).</summary>
public enum KubeProxyMode
{
    /// <summary><c>iptables</c>.</summary>
    Iptables,

    /// <summary><c>ipvs</c> (Kubespray's default; the only mode in which Kubespray passes the node-port range to Felix).</summary>
    Ipvs,

    /// <summary><c>nftables</c>.</summary>
    Nftables,
}

/// <summary>How Kubespray runs etcd (<c>etcd_deployment_type</c>).</summary>
public enum EtcdDeploymentType
{
    /// <summary><c>host</c>: systemd service on the etcd hosts (Kubespray's default).</summary>
    Host,

    /// <summary><c>docker</c>: container run by Docker.</summary>
    Docker,

    /// <summary><c>kubeadm</c>: static pods managed by kubeadm; Calico's etcd client certificates change to kubeadm's.</summary>
    Kubeadm,
}

/// <summary>The <c>imagePullPolicy</c> of Calico's containers (<c>k8s_image_pull_policy</c>).</summary>
public enum ImagePullPolicy
{
    /// <summary><c>Always</c>.</summary>
    Always,

    /// <summary><c>IfNotPresent</c> (Kubespray's default).</summary>
    IfNotPresent,

    /// <summary><c>Never</c>.</summary>
    Never,
}

/// <summary>Which BGPPeer Kubespray creates from a <c>peers</c> entry (its <c>scope</c> key).</summary>
public enum PeerScope
{
    /// <summary><c>global</c>: a BGPPeer for every node, read from the first control-plane host's <c>peers</c> only.</summary>
    Global,

    /// <summary><c>node</c>: a BGPPeer for the host that lists the entry (also what an absent <c>scope</c> means).</summary>
    Node,
}

/// <summary>The source address of a node-scoped BGP session (a <c>peers</c> entry's <c>sourceaddress</c>, BGPPeer <c>sourceAddress</c>).</summary>
public enum PeerSourceAddress
{
    /// <summary><c>UseNodeIP</c>: bind to the node's IP (what Kubespray renders when the key is absent).</summary>
    UseNodeIP,

    /// <summary><c>None</c>: let the kernel choose.</summary>
    None,
}

/// <summary>Kubespray's exact spelling of each enum value; the catalog's converters read and write these.</summary>
internal static class Spellings
{
    public static string Pascal<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString();

    public static string Lower<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    public static string BpfLogLevel(BpfLogLevel value) => value == Sdk.BpfLogLevel.Unspecified ? string.Empty : value.ToString();

    public static string BpfServiceMode(BpfServiceMode value) => value == Sdk.BpfServiceMode.Dsr ? "DSR" : value.ToString();

    public static string IptablesBackend(IptablesBackend value) => value == Sdk.IptablesBackend.Nft ? "NFT" : value.ToString();

    public static string EndpointToHostAction(EndpointToHostAction value) => value.ToString().ToUpperInvariant();

    public static string KubeNetworkPlugin(KubeNetworkPlugin value) => value switch
    {
        Sdk.KubeNetworkPlugin.KubeOvn => "kube-ovn",
        Sdk.KubeNetworkPlugin.KubeRouter => "kube-router",
        Sdk.KubeNetworkPlugin.CustomCni => "custom_cni",
        _ => value.ToString().ToLowerInvariant(),
    };
}
