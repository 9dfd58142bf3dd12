namespace Calico.Sdk;

// The catalog entries. One field per Kubespray variable; the order here is the order of docs/options.md.
// Facts (names, defaults, allowed values, consumers) come from Kubespray's roles; the summaries are ours.
public static partial class CalicoOptions
{
    // ---- Network -----------------------------------------------------------------------------------------------

    /// <summary><c>calico_network_backend</c>: Calico networking backend: bird (BGP), vxlan or none. Default: <c>vxlan</c>.</summary>
    public static readonly CalicoOption<NetworkBackend> NetworkBackend = Value(
        "calico_network_backend", "Network.Backend", OptionArea.Network,
        Converters.Enum<NetworkBackend>(Spellings.Lower), Sdk.NetworkBackend.Vxlan,
        "Calico networking backend: bird (BGP), vxlan or none.",
        consumer: "calico-config calico_backend / cluster_type; calico-node CALICO_NETWORKING_BACKEND, BIRD probes");

    /// <summary><c>calico_ipip_mode</c>: IPIP mode of the IPv4 pool; exclusive with VXLAN. Default: <c>Never</c>.</summary>
    public static readonly CalicoOption<EncapsulationMode> IpipMode = Value(
        "calico_ipip_mode", "Network.IpipMode", OptionArea.Network,
        Converters.Enum<EncapsulationMode>(Spellings.Pascal), EncapsulationMode.Never,
        "IPIP mode of the IPv4 pool; exclusive with VXLAN.",
        consumer: "IPPool spec.ipipMode; FelixConfiguration spec.ipipEnabled");

    /// <summary><c>calico_vxlan_mode</c>: VXLAN mode of the IPv4 pool; exclusive with IPIP. Default: <c>Always</c>.</summary>
    public static readonly CalicoOption<EncapsulationMode> VxlanMode = Value(
        "calico_vxlan_mode", "Network.VxlanMode", OptionArea.Network,
        Converters.Enum<EncapsulationMode>(Spellings.Pascal), EncapsulationMode.Always,
        "VXLAN mode of the IPv4 pool; exclusive with IPIP.",
        consumer: "IPPool spec.vxlanMode; FelixConfiguration spec.vxlanEnabled");

    /// <summary><c>calico_ipip_mode_ipv6</c>: IPIP mode of the IPv6 pool; Calico has no IPIP for IPv6, so Kubespray requires Never. Default: <c>Never</c>.</summary>
    public static readonly CalicoOption<EncapsulationMode> IpipModeIpv6 = Value(
        "calico_ipip_mode_ipv6", "Network.IpipModeIpv6", OptionArea.Network,
        Converters.Enum<EncapsulationMode>(Spellings.Pascal), EncapsulationMode.Never,
        "IPIP mode of the IPv6 pool; Calico has no IPIP for IPv6, so Kubespray requires Never.",
        consumer: "IPPool <calico_pool_name>-ipv6 spec.ipipMode");

    /// <summary><c>calico_vxlan_mode_ipv6</c>: VXLAN mode of the IPv6 pool (Kubespray does not check it). Default: <c>Always</c>.</summary>
    public static readonly CalicoOption<EncapsulationMode> VxlanModeIpv6 = Value(
        "calico_vxlan_mode_ipv6", "Network.VxlanModeIpv6", OptionArea.Network,
        Converters.Enum<EncapsulationMode>(Spellings.Pascal), EncapsulationMode.Always,
        "VXLAN mode of the IPv6 pool (Kubespray does not check it).",
        consumer: "IPPool <calico_pool_name>-ipv6 spec.vxlanMode");

    /// <summary><c>calico_ipv4pool_ipip</c>: IPIP mode calico-node gives a default IPv4 pool it creates by itself (normally Kubespray creates the pool first). Default: <c>Off</c>.</summary>
    public static readonly CalicoOption<Ipv4PoolIpipMode> Ipv4PoolIpip = Value(
        "calico_ipv4pool_ipip", "Network.Ipv4PoolIpip", OptionArea.Network,
        Converters.Enum<Ipv4PoolIpipMode>(Spellings.Pascal), Ipv4PoolIpipMode.Off,
        "IPIP mode calico-node gives a default IPv4 pool it creates by itself (normally Kubespray creates the pool first).",
        consumer: "calico-node env CALICO_IPV4POOL_IPIP");

    /// <summary><c>calico_mtu</c>: MTU of the host network; once set, Kubespray also writes the tunnel and CNI MTUs. Default: <c>unset</c>.</summary>
    public static readonly CalicoOption<int> Mtu = Unset(
        "calico_mtu", "Network.Mtu", OptionArea.Network,
        Converters.Integer(68, 65535),
        "MTU of the host network; once set, Kubespray also writes the tunnel and CNI MTUs.", "unset",
        consumer: "CNI config mtu; gate for CNI_MTU, FELIX_IPINIPMTU, FELIX_VXLANMTU, FELIX_WIREGUARDMTU");

    /// <summary><c>calico_veth_mtu</c>: MTU of pod interfaces and tunnels; Kubespray ignores it unless calico_mtu is set as well. Default: <c>unset → calico_mtu</c>.</summary>
    public static readonly CalicoOption<int> VethMtu = Unset(
        "calico_veth_mtu", "Network.VethMtu", OptionArea.Network,
        Converters.Integer(68, 65535),
        "MTU of pod interfaces and tunnels; Kubespray ignores it unless calico_mtu is set as well.", "unset → calico_mtu",
        consumer: "CNI_MTU, FELIX_IPINIPMTU, FELIX_VXLANMTU, FELIX_WIREGUARDMTU (only with calico_mtu)");

    /// <summary><c>calico_vxlan_vni</c>: VXLAN network identifier; 0 leaves the kernel's default. Default: <c>4096</c>.</summary>
    public static readonly CalicoOption<int> VxlanVni = Value(
        "calico_vxlan_vni", "Network.VxlanVni", OptionArea.Network,
        Converters.Integer(0, 16777215), 4096,
        "VXLAN network identifier; 0 leaves the kernel's default.",
        consumer: "calico-node env FELIX_VXLANVNI (vxlan backend only)");

    /// <summary><c>calico_vxlan_port</c>: UDP port of VXLAN traffic; 0 leaves the kernel's default. Default: <c>4789</c>.</summary>
    public static readonly CalicoOption<int> VxlanPort = Value(
        "calico_vxlan_port", "Network.VxlanPort", OptionArea.Network,
        Converters.Integer(0, 65535), 4789,
        "UDP port of VXLAN traffic; 0 leaves the kernel's default.",
        consumer: "calico-node env FELIX_VXLANPORT (vxlan backend only)");

    /// <summary><c>calico_felix_mtu_iface_pattern</c>: Regular expression naming the host interfaces Felix reads to detect the MTU. Default: <c>unset</c>.</summary>
    public static readonly CalicoOption<string> MtuInterfacePattern = Unset(
        "calico_felix_mtu_iface_pattern", "Network.MtuInterfacePattern", OptionArea.Network,
        Converters.Text,
        "Regular expression naming the host interfaces Felix reads to detect the MTU.", "unset",
        consumer: "calico-node env FELIX_MTUIFACEPATTERN");

    /// <summary><c>calico_ip_auto_method</c>: How calico-node finds a node's IPv4 address; only the first control-plane host's value reaches the DaemonSet. Default: <c>unset → can-reach=$(NODEIP)</c>.</summary>
    public static readonly CalicoOption<string> IpAutodetectionMethod = Unset(
        "calico_ip_auto_method", "Network.IpAutodetectionMethod", OptionArea.Network,
        Converters.Matching(@"^(first-found|kubernetes-internal-ip|(can-reach|interface|skip-interface|cidr)=.+)$", "an autodetection method (first-found, kubernetes-internal-ip, can-reach=DEST, interface=REGEX, skip-interface=REGEX, cidr=CIDR,...)"),
        "How calico-node finds a node's IPv4 address; only the first control-plane host's value reaches the DaemonSet.", "unset → can-reach=$(NODEIP)",
        scopes: OptionScopes.Any, consumer: "calico-node env IP_AUTODETECTION_METHOD");

    /// <summary><c>calico_ip6_auto_method</c>: How calico-node finds a node's IPv6 address (same syntax as calico_ip_auto_method). Default: <c>unset</c>.</summary>
    public static readonly CalicoOption<string> Ip6AutodetectionMethod = Unset(
        "calico_ip6_auto_method", "Network.Ip6AutodetectionMethod", OptionArea.Network,
        Converters.Matching(@"^(first-found|kubernetes-internal-ip|(can-reach|interface|skip-interface|cidr)=.+)$", "an autodetection method (first-found, kubernetes-internal-ip, can-reach=DEST, interface=REGEX, skip-interface=REGEX, cidr=CIDR,...)"),
        "How calico-node finds a node's IPv6 address (same syntax as calico_ip_auto_method).", "unset",
        scopes: OptionScopes.Any, consumer: "calico-node env IP6_AUTODETECTION_METHOD (ipv6_stack only)");

    /// <summary><c>ipv4_stack</c>: Give pods IPv4 addresses: creates the IPv4 pool. Default: <c>true</c>.</summary>
    public static readonly CalicoOption<bool> Ipv4Stack = Value(
        "ipv4_stack", "Network.Ipv4Stack", OptionArea.Network,
        Converters.Boolean, true,
        "Give pods IPv4 addresses: creates the IPv4 pool.",
        file: "k8s-cluster.yml", consumer: "IPv4 IPPool; CNI assign_ipv4; calico-node IP=autodetect (else none)");

    /// <summary><c>ipv6_stack</c>: Give pods IPv6 addresses: creates the IPv6 pool. Default: <c>unset → enable_dual_stack_networks, else false</c>.</summary>
    public static readonly CalicoOption<bool> Ipv6Stack = Unset(
        "ipv6_stack", "Network.Ipv6Stack", OptionArea.Network,
        Converters.Boolean,
        "Give pods IPv6 addresses: creates the IPv6 pool.", "unset → enable_dual_stack_networks, else false",
        file: "k8s-cluster.yml", consumer: "IPv6 IPPool; CNI assign_ipv6; IP6=autodetect, FELIX_IPV6SUPPORT");

    /// <summary><c>enable_dual_stack_networks</c>: Former dual-stack switch; Kubespray warns and uses it only as the default of ipv6_stack. Default: <c>unset (deprecated)</c>. Legacy name; use <c>ipv6_stack</c>.</summary>
    public static readonly CalicoOption<bool> EnableDualStackNetworks = Unset(
        "enable_dual_stack_networks", "Network.EnableDualStackNetworks", OptionArea.Network,
        Converters.Boolean,
        "Former dual-stack switch; Kubespray warns and uses it only as the default of ipv6_stack.", "unset (deprecated)",
        file: "k8s-cluster.yml", consumer: "default of ipv6_stack", status: OptionStatus.Legacy, replacedBy: "ipv6_stack");

    /// <summary><c>ipip</c>: Removed IPIP switch; Kubespray's check fails while it is defined. Default: <c>must stay unset</c>. Deprecated: use <c>calico_ipip_mode</c>.</summary>
    public static readonly CalicoOption<bool> LegacyIpip = Unset(
        "ipip", "Network.LegacyIpip", OptionArea.Network,
        Converters.Boolean,
        "Removed IPIP switch; Kubespray's check fails while it is defined.", "must stay unset",
        consumer: "Kubespray assert (calico check.yml)", status: OptionStatus.Deprecated, replacedBy: "calico_ipip_mode");

    /// <summary><c>ipip_mode</c>: Removed name of the IPIP mode; Kubespray's check fails while it is defined. Default: <c>must stay unset</c>. Deprecated: use <c>calico_ipip_mode</c>.</summary>
    public static readonly CalicoOption<EncapsulationMode> LegacyIpipMode = Unset(
        "ipip_mode", "Network.LegacyIpipMode", OptionArea.Network,
        Converters.Enum<EncapsulationMode>(Spellings.Pascal),
        "Removed name of the IPIP mode; Kubespray's check fails while it is defined.", "must stay unset",
        consumer: "Kubespray assert (calico check.yml)", status: OptionStatus.Deprecated, replacedBy: "calico_ipip_mode");

    // ---- Pools -------------------------------------------------------------------------------------------------

    /// <summary><c>calico_pool_name</c>: Name of the IPv4 pool; the IPv6 pool is called &lt;name&gt;-ipv6. Default: <c>default-pool</c>.</summary>
    public static readonly CalicoOption<string> PoolName = Value(
        "calico_pool_name", "Pools.Name", OptionArea.Pools,
        Converters.Matching(@"^[a-zA-Z0-9_.-]{2,63}$", "a pool name of 2–63 letters, digits, '-', '_' or '.'"), "default-pool",
        "Name of the IPv4 pool; the IPv6 pool is called <name>-ipv6.",
        consumer: "IPPool metadata.name (IPv6: <name>-ipv6); live pool checks");

    /// <summary><c>calico_pool_cidr</c>: CIDR of the IPv4 pool; must lie within kube_pods_subnet. Default: <c>unset → kube_pods_subnet</c>.</summary>
    public static readonly CalicoOption<Cidr> PoolCidr = Unset(
        "calico_pool_cidr", "Pools.Cidr", OptionArea.Pools,
        Converters.Network(ipv6: false),
        "CIDR of the IPv4 pool; must lie within kube_pods_subnet.", "unset → kube_pods_subnet",
        consumer: "IPPool <calico_pool_name> spec.cidr; live check");

    /// <summary><c>calico_pool_cidr_ipv6</c>: CIDR of the IPv6 pool; must lie within kube_pods_subnet_ipv6. Default: <c>unset → kube_pods_subnet_ipv6</c>.</summary>
    public static readonly CalicoOption<Cidr> PoolCidrIpv6 = Unset(
        "calico_pool_cidr_ipv6", "Pools.CidrIpv6", OptionArea.Pools,
        Converters.Network(ipv6: true),
        "CIDR of the IPv6 pool; must lie within kube_pods_subnet_ipv6.", "unset → kube_pods_subnet_ipv6",
        consumer: "IPPool <calico_pool_name>-ipv6 spec.cidr");

    /// <summary><c>calico_pool_blocksize</c>: Prefix length of the address blocks nodes take from the IPv4 pool; fixed once the pool exists. Default: <c>26</c>.</summary>
    public static readonly CalicoOption<int> PoolBlockSize = Value(
        "calico_pool_blocksize", "Pools.BlockSize", OptionArea.Pools,
        Converters.Integer(20, 32), 26,
        "Prefix length of the address blocks nodes take from the IPv4 pool; fixed once the pool exists.",
        consumer: "IPPool spec.blockSize (an existing pool keeps its value); live check");

    /// <summary><c>calico_pool_blocksize_ipv6</c>: Prefix length of the address blocks nodes take from the IPv6 pool; fixed once the pool exists. Default: <c>122</c>.</summary>
    public static readonly CalicoOption<int> PoolBlockSizeIpv6 = Value(
        "calico_pool_blocksize_ipv6", "Pools.BlockSizeIpv6", OptionArea.Pools,
        Converters.Integer(116, 128), 122,
        "Prefix length of the address blocks nodes take from the IPv6 pool; fixed once the pool exists.",
        consumer: "IPPool <name>-ipv6 spec.blockSize (an existing pool keeps its value)");

    /// <summary><c>nat_outgoing</c>: Masquerade traffic from the IPv4 pool to destinations outside it. Default: <c>true</c>.</summary>
    public static readonly CalicoOption<bool> NatOutgoing = Value(
        "nat_outgoing", "Pools.NatOutgoing", OptionArea.Pools,
        Converters.Boolean, true,
        "Masquerade traffic from the IPv4 pool to destinations outside it.",
        consumer: "IPPool <calico_pool_name> spec.natOutgoing");

    /// <summary><c>nat_outgoing_ipv6</c>: Masquerade traffic from the IPv6 pool to destinations outside it. Default: <c>false</c>.</summary>
    public static readonly CalicoOption<bool> NatOutgoingIpv6 = Value(
        "nat_outgoing_ipv6", "Pools.NatOutgoingIpv6", OptionArea.Pools,
        Converters.Boolean, false,
        "Masquerade traffic from the IPv6 pool to destinations outside it.",
        consumer: "IPPool <calico_pool_name>-ipv6 spec.natOutgoing");

    // ---- Bgp ---------------------------------------------------------------------------------------------------

    /// <summary><c>global_as_num</c>: Cluster-wide BGP AS number. Default: <c>"64512"</c>.</summary>
    public static readonly CalicoOption<AsNumber> GlobalAsNumber = Value(
        "global_as_num", "Bgp.GlobalAsNumber", OptionArea.Bgp,
        Converters.AsNumber, new AsNumber(64512),
        "Cluster-wide BGP AS number.",
        defaultText: "\"64512\"", consumer: "BGPConfiguration default spec.asNumber");

    /// <summary><c>calico_no_global_as_num</c>: Leave the cluster AS number out of BGPConfiguration (when nodes peer with AS numbers of their own). Default: <c>unset (false)</c>.</summary>
    public static readonly CalicoOption<bool> NoGlobalAsNumber = Unset(
        "calico_no_global_as_num", "Bgp.NoGlobalAsNumber", OptionArea.Bgp,
        Converters.Boolean,
        "Leave the cluster AS number out of BGPConfiguration (when nodes peer with AS numbers of their own).", "unset (false)",
        consumer: "omits BGPConfiguration default spec.asNumber");

    /// <summary><c>calico_bgp_listen_port</c>: TCP port BIRD listens on for BGP sessions. Default: <c>179</c>.</summary>
    public static readonly CalicoOption<int> BgpListenPort = Value(
        "calico_bgp_listen_port", "Bgp.ListenPort", OptionArea.Bgp,
        Converters.Integer(1, 65535), 179,
        "TCP port BIRD listens on for BGP sessions.",
        consumer: "BGPConfiguration default spec.listenPort");

    /// <summary><c>peer_with_router</c>: Peer with external routers (peers, local_as) and turn the node-to-node mesh off. Default: <c>unset (false)</c>.</summary>
    public static readonly CalicoOption<bool> PeerWithRouter = Unset(
        "peer_with_router", "Bgp.PeerWithRouter", OptionArea.Bgp,
        Converters.Boolean,
        "Peer with external routers (peers, local_as) and turn the node-to-node mesh off.", "unset (false)",
        consumer: "tasks/peer_with_router.yml (BGPPeers, Node AS numbers); nodeToNodeMeshEnabled=false");

    /// <summary><c>peer_with_calico_rr</c>: Peer nodes with the calico_rr route reflectors instead of a full mesh. Default: <c>unset → true when group calico_rr has hosts</c>.</summary>
    public static readonly CalicoOption<bool> PeerWithCalicoRr = Unset(
        "peer_with_calico_rr", "Bgp.PeerWithRouteReflectors", OptionArea.Bgp,
        Converters.Boolean,
        "Peer nodes with the calico_rr route reflectors instead of a full mesh.", "unset → true when group calico_rr has hosts",
        consumer: "tasks/peer_with_calico_rr.yml (BGPPeers); nodeToNodeMeshEnabled=false; cluster_id assert");

    /// <summary><c>peers</c>: External BGP peers: global entries of the first control-plane host, node entries of each host. Default: <c>unset (no peers)</c>.</summary>
    public static readonly CalicoOption<EquatableArray<BgpPeerEntry>> Peers = Unset(
        "peers", "Bgp.Peers", OptionArea.Bgp,
        Converters.BgpPeers,
        "External BGP peers: global entries of the first control-plane host, node entries of each host.", "unset (no peers)",
        scopes: OptionScopes.Any, consumer: "BGPPeer global-<name|router_id> and <host>-<name|router_id>");

    /// <summary><c>calico_advertise_cluster_ips</c>: Advertise the service cluster IP ranges over BGP. Default: <c>unset (false)</c>.</summary>
    public static readonly CalicoOption<bool> AdvertiseClusterIps = Unset(
        "calico_advertise_cluster_ips", "Bgp.AdvertiseClusterIps", OptionArea.Bgp,
        Converters.Boolean,
        "Advertise the service cluster IP ranges over BGP.", "unset (false)",
        consumer: "BGPConfiguration spec.serviceClusterIPs (Kubespray renders dual stack wrongly)");

    /// <summary><c>calico_advertise_service_external_ips</c>: Service external IP ranges to advertise over BGP. Default: <c>[]</c>.</summary>
    public static readonly CalicoOption<EquatableArray<Cidr>> AdvertiseServiceExternalIps = Value(
        "calico_advertise_service_external_ips", "Bgp.AdvertiseServiceExternalIps", OptionArea.Bgp,
        Converters.List(Converters.Network()), EquatableArray<Cidr>.Empty,
        "Service external IP ranges to advertise over BGP.",
        consumer: "BGPConfiguration spec.serviceExternalIPs (always written)");

    /// <summary><c>calico_advertise_service_loadbalancer_ips</c>: LoadBalancer service IP ranges to advertise over BGP. Default: <c>[]</c>.</summary>
    public static readonly CalicoOption<EquatableArray<Cidr>> AdvertiseServiceLoadBalancerIps = Value(
        "calico_advertise_service_loadbalancer_ips", "Bgp.AdvertiseServiceLoadBalancerIps", OptionArea.Bgp,
        Converters.List(Converters.Network()), EquatableArray<Cidr>.Empty,
        "LoadBalancer service IP ranges to advertise over BGP.",
        consumer: "BGPConfiguration spec.serviceLoadBalancerIPs (only when not empty)");

    // ---- Dataplane ---------------------------------------------------------------------------------------------

    /// <summary><c>calico_bpf_enabled</c>: Use the eBPF dataplane; fresh installs then skip kube-proxy. Default: <c>false</c>.</summary>
    public static readonly CalicoOption<bool> BpfEnabled = Value(
        "calico_bpf_enabled", "Dataplane.BpfEnabled", OptionArea.Dataplane,
        Converters.Boolean, false,
        "Use the eBPF dataplane; fresh installs then skip kube-proxy.",
        consumer: "FelixConfiguration spec.bpfEnabled; kubernetes-services-endpoint; kubeadm skips addon/kube-proxy");

    /// <summary><c>calico_bpf_log_level</c>: Log level of the eBPF programs. Default: <c>""</c>.</summary>
    public static readonly CalicoOption<BpfLogLevel> BpfLogLevel = Value(
        "calico_bpf_log_level", "Dataplane.BpfLogLevel", OptionArea.Dataplane,
        Converters.Enum<BpfLogLevel>(Spellings.BpfLogLevel), Sdk.BpfLogLevel.Unspecified,
        "Log level of the eBPF programs.",
        defaultText: "\"\"", consumer: "FelixConfiguration spec.bpfLogLevel");

    /// <summary><c>calico_bpf_service_mode</c>: How eBPF forwards traffic to services from outside: Tunnel or DSR. Default: <c>Tunnel</c>.</summary>
    public static readonly CalicoOption<BpfServiceMode> BpfServiceMode = Value(
        "calico_bpf_service_mode", "Dataplane.BpfServiceMode", OptionArea.Dataplane,
        Converters.Enum<BpfServiceMode>(Spellings.BpfServiceMode), Sdk.BpfServiceMode.Tunnel,
        "How eBPF forwards traffic to services from outside: Tunnel or DSR.",
        consumer: "FelixConfiguration spec.bpfExternalServiceMode");

    /// <summary><c>calico_wireguard_enabled</c>: Encrypt IPv4 pod traffic between nodes with WireGuard. Default: <c>false</c>.</summary>
    public static readonly CalicoOption<bool> WireguardEnabled = Value(
        "calico_wireguard_enabled", "Dataplane.WireguardEnabled", OptionArea.Dataplane,
        Converters.Boolean, false,
        "Encrypt IPv4 pod traffic between nodes with WireGuard.",
        consumer: "FelixConfiguration spec.wireguardEnabled; installs calico_wireguard_packages");

    /// <summary><c>calico_wireguard_packages</c>: Packages Kubespray installs for WireGuard; its per-OS vars take precedence over inventory values. Default: <c>[] (per-OS vars win: Debian [wireguard]; RedHat, Amazon [wireguard-dkms, wireguard-tools]; EL9, Fedora, openSUSE [wireguard-tools])</c>.</summary>
    public static readonly CalicoOption<EquatableArray<string>> WireguardPackages = Value(
        "calico_wireguard_packages", "Dataplane.WireguardPackages", OptionArea.Dataplane,
        Converters.List(Converters.Text), EquatableArray<string>.Empty,
        "Packages Kubespray installs for WireGuard; its per-OS vars take precedence over inventory values.",
        defaultText: "[] (per-OS vars win: Debian [wireguard]; RedHat, Amazon [wireguard-dkms, wireguard-tools]; EL9, Fedora, openSUSE [wireguard-tools])",
        consumer: "package install when calico_wireguard_enabled");

    /// <summary><c>calico_wireguard_repo</c>: Yum repository Kubespray adds for WireGuard on RedHat-family hosts before version 9. Default: <c>unset → copr jdoss/wireguard, epel-&lt;major version&gt;</c>.</summary>
    public static readonly CalicoOption<string> WireguardRepo = Unset(
        "calico_wireguard_repo", "Dataplane.WireguardRepo", OptionArea.Dataplane,
        Converters.Matching(@"^[A-Za-z][A-Za-z0-9+.-]*://\S+$", "a URL"),
        "Yum repository Kubespray adds for WireGuard on RedHat-family hosts before version 9.", "unset → copr jdoss/wireguard, epel-<major version>",
        consumer: "yum_repository baseurl (tasks/repos.yml)");

    /// <summary><c>calico_iptables_backend</c>: Which iptables Felix drives: Legacy, NFT or Auto. Default: <c>Auto</c>.</summary>
    public static readonly CalicoOption<IptablesBackend> IptablesBackend = Value(
        "calico_iptables_backend", "Dataplane.IptablesBackend", OptionArea.Dataplane,
        Converters.Enum<IptablesBackend>(Spellings.IptablesBackend), Sdk.IptablesBackend.Auto,
        "Which iptables Felix drives: Legacy, NFT or Auto.",
        consumer: "calico-node env FELIX_IPTABLESBACKEND");

    /// <summary><c>calico_nftable_mode</c>: Whether Felix programs nftables instead of iptables. Default: <c>Disabled</c>.</summary>
    public static readonly CalicoOption<NftablesMode> NftablesMode = Value(
        "calico_nftable_mode", "Dataplane.NftablesMode", OptionArea.Dataplane,
        Converters.Enum<NftablesMode>(Spellings.Pascal), Sdk.NftablesMode.Disabled,
        "Whether Felix programs nftables instead of iptables.",
        consumer: "calico-node env FELIX_NFTABLESMODE");

    /// <summary><c>calico_iptables_lock_timeout_secs</c>: Seconds Felix waits for the iptables lock. Default: <c>10</c>.</summary>
    public static readonly CalicoOption<int> IptablesLockTimeoutSeconds = Value(
        "calico_iptables_lock_timeout_secs", "Dataplane.IptablesLockTimeoutSeconds", OptionArea.Dataplane,
        Converters.Integer(0), 10,
        "Seconds Felix waits for the iptables lock.",
        consumer: "calico-node env FELIX_IPTABLESLOCKTIMEOUTSECS");

    /// <summary><c>calico_felix_chaininsertmode</c>: Whether Calico's iptables chains go before or after rules already there. Default: <c>Insert</c>.</summary>
    public static readonly CalicoOption<ChainInsertMode> ChainInsertMode = Value(
        "calico_felix_chaininsertmode", "Dataplane.ChainInsertMode", OptionArea.Dataplane,
        Converters.Enum<ChainInsertMode>(Spellings.Pascal), Sdk.ChainInsertMode.Insert,
        "Whether Calico's iptables chains go before or after rules already there.",
        consumer: "calico-node env FELIX_CHAININSERTMODE");

    // ---- Felix -------------------------------------------------------------------------------------------------

    /// <summary><c>calico_felix_floating_ips</c>: Whether Felix honours floating IPs of workloads. Default: <c>Disabled</c>.</summary>
    public static readonly CalicoOption<FloatingIpsMode> FloatingIps = Value(
        "calico_felix_floating_ips", "Felix.FloatingIps", OptionArea.Felix,
        Converters.Enum<FloatingIpsMode>(Spellings.Pascal), FloatingIpsMode.Disabled,
        "Whether Felix honours floating IPs of workloads.",
        consumer: "FelixConfiguration default spec.floatingIPs");

    /// <summary><c>calico_felix_reporting_interval</c>: How often Felix reports its status to the datastore; 0s turns reporting off. Default: <c>0s</c>.</summary>
    public static readonly CalicoOption<GoDuration> ReportingInterval = Value(
        "calico_felix_reporting_interval", "Felix.ReportingInterval", OptionArea.Felix,
        Converters.Duration, GoDuration.FromTimeSpan(TimeSpan.Zero),
        "How often Felix reports its status to the datastore; 0s turns reporting off.",
        consumer: "FelixConfiguration default spec.reportingInterval");

    /// <summary><c>calico_felix_log_severity_screen</c>: Felix's log level as FelixConfiguration states it. Default: <c>Info</c>.</summary>
    public static readonly CalicoOption<CalicoLogLevel> LogSeverityScreen = Value(
        "calico_felix_log_severity_screen", "Felix.LogSeverityScreen", OptionArea.Felix,
        Converters.Enum<CalicoLogLevel>(Spellings.Pascal), CalicoLogLevel.Info,
        "Felix's log level as FelixConfiguration states it.",
        consumer: "FelixConfiguration default spec.logSeverityScreen");

    /// <summary><c>calico_loglevel</c>: Felix's log level as calico-node's environment states it. Default: <c>info</c>.</summary>
    public static readonly CalicoOption<CalicoLogLevel> LogLevel = Value(
        "calico_loglevel", "Felix.LogLevel", OptionArea.Felix,
        Converters.Enum<CalicoLogLevel>(Spellings.Lower), CalicoLogLevel.Info,
        "Felix's log level as calico-node's environment states it.",
        consumer: "calico-node env FELIX_LOGSEVERITYSCREEN");

    /// <summary><c>calico_felix_prometheusmetricsenabled</c>: Serve Felix metrics for Prometheus and annotate calico-node for scraping. Default: <c>false</c>.</summary>
    public static readonly CalicoOption<bool> PrometheusMetricsEnabled = Value(
        "calico_felix_prometheusmetricsenabled", "Felix.PrometheusMetricsEnabled", OptionArea.Felix,
        Converters.Boolean, false,
        "Serve Felix metrics for Prometheus and annotate calico-node for scraping.",
        consumer: "calico-node env FELIX_PROMETHEUSMETRICSENABLED; prometheus.io/* pod annotations");

    /// <summary><c>calico_felix_prometheusmetricsport</c>: TCP port of Felix's metrics endpoint. Default: <c>9091</c>.</summary>
    public static readonly CalicoOption<int> PrometheusMetricsPort = Value(
        "calico_felix_prometheusmetricsport", "Felix.PrometheusMetricsPort", OptionArea.Felix,
        Converters.Integer(1, 65535), 9091,
        "TCP port of Felix's metrics endpoint.",
        consumer: "calico-node env FELIX_PROMETHEUSMETRICSPORT; prometheus.io/port");

    /// <summary><c>calico_felix_prometheusgometricsenabled</c>: Include Go runtime metrics in Felix's metrics. Default: <c>true</c>.</summary>
    public static readonly CalicoOption<bool> PrometheusGoMetricsEnabled = Value(
        "calico_felix_prometheusgometricsenabled", "Felix.PrometheusGoMetricsEnabled", OptionArea.Felix,
        Converters.Boolean, true,
        "Include Go runtime metrics in Felix's metrics.",
        consumer: "calico-node env FELIX_PROMETHEUSGOMETRICSENABLED");

    /// <summary><c>calico_felix_prometheusprocessmetricsenabled</c>: Include process metrics in Felix's metrics. Default: <c>true</c>.</summary>
    public static readonly CalicoOption<bool> PrometheusProcessMetricsEnabled = Value(
        "calico_felix_prometheusprocessmetricsenabled", "Felix.PrometheusProcessMetricsEnabled", OptionArea.Felix,
        Converters.Boolean, true,
        "Include process metrics in Felix's metrics.",
        consumer: "calico-node env FELIX_PROMETHEUSPROCESSMETRICSENABLED");

    /// <summary><c>calico_usage_reporting</c>: Let Felix send anonymous usage statistics to the Calico project. Default: <c>false</c>.</summary>
    public static readonly CalicoOption<bool> UsageReporting = Value(
        "calico_usage_reporting", "Felix.UsageReporting", OptionArea.Felix,
        Converters.Boolean, false,
        "Let Felix send anonymous usage statistics to the Calico project.",
        consumer: "calico-node env FELIX_USAGEREPORTINGENABLED");

    /// <summary><c>calico_node_ignorelooserpf</c>: Let Felix run although the host does loose reverse-path filtering. Default: <c>false</c>.</summary>
    public static readonly CalicoOption<bool> IgnoreLooseRpf = Value(
        "calico_node_ignorelooserpf", "Felix.IgnoreLooseRpf", OptionArea.Felix,
        Converters.Boolean, false,
        "Let Felix run although the host does loose reverse-path filtering.",
        consumer: "calico-node env FELIX_IGNORELOOSERPF");

    /// <summary><c>calico_healthhost</c>: Address Felix's health endpoint listens on. Default: <c>localhost</c>.</summary>
    public static readonly CalicoOption<string> HealthHost = Value(
        "calico_healthhost", "Felix.HealthHost", OptionArea.Felix,
        Converters.Text, "localhost",
        "Address Felix's health endpoint listens on.",
        consumer: "calico-node env FELIX_HEALTHHOST");

    /// <summary><c>calico_feature_detect_override</c>: Overrides of Felix's kernel feature detection, such as ChecksumOffloadBroken=false. Default: <c>""</c>.</summary>
    public static readonly CalicoOption<string> FeatureDetectOverride = Value(
        "calico_feature_detect_override", "Felix.FeatureDetectOverride", OptionArea.Felix,
        Converters.Matching(@"^([A-Za-z0-9]+=[^,=]+(,[A-Za-z0-9]+=[^,=]+)*)?$", "comma-separated Feature=value pairs"), "",
        "Overrides of Felix's kernel feature detection, such as ChecksumOffloadBroken=false.",
        defaultText: "\"\"", consumer: "FelixConfiguration default spec.featureDetectOverride");

    /// <summary><c>calico_endpoint_to_host_action</c>: What Felix does with traffic from pods to their own host. Default: <c>unset → RETURN</c>.</summary>
    public static readonly CalicoOption<EndpointToHostAction> EndpointToHostAction = Unset(
        "calico_endpoint_to_host_action", "Felix.EndpointToHostAction", OptionArea.Felix,
        Converters.Enum<EndpointToHostAction>(Spellings.EndpointToHostAction),
        "What Felix does with traffic from pods to their own host.", "unset → RETURN",
        consumer: "calico-node env FELIX_DEFAULTENDPOINTTOHOSTACTION");

    /// <summary><c>calico_use_default_route_src_ipaddr</c>: Use the node IP as the source address of routes to local pods (hosts with several interfaces). Default: <c>unset (false)</c>.</summary>
    public static readonly CalicoOption<bool> UseDefaultRouteSourceAddress = Unset(
        "calico_use_default_route_src_ipaddr", "Felix.UseDefaultRouteSourceAddress", OptionArea.Felix,
        Converters.Boolean,
        "Use the node IP as the source address of routes to local pods (hosts with several interfaces).", "unset (false)",
        consumer: "calico-node env FELIX_DEVICEROUTESOURCEADDRESS=status.hostIP");

    /// <summary><c>calico_node_extra_envs</c>: Extra environment variables for the calico-node container (FELIX_* and others). Default: <c>unset</c>.</summary>
    public static readonly CalicoOption<EquatableArray<StringPair>> NodeExtraEnvs = Unset(
        "calico_node_extra_envs", "Felix.ExtraEnvs", OptionArea.Felix,
        Converters.StringMap,
        "Extra environment variables for the calico-node container (FELIX_* and others).", "unset",
        consumer: "calico-node container env (appended last)");

    // ---- Typha -------------------------------------------------------------------------------------------------

    /// <summary><c>typha_enabled</c>: Deploy Typha (kdd only); recommended beyond 50 nodes. Default: <c>false</c>.</summary>
    public static readonly CalicoOption<bool> TyphaEnabled = Value(
        "typha_enabled", "Typha.Enabled", OptionArea.Typha,
        Converters.Boolean, false,
        "Deploy Typha (kdd only); recommended beyond 50 nodes.",
        consumer: "calico-typha Service, Deployment and PodDisruptionBudget; FELIX_TYPHAK8SSERVICENAME");

    /// <summary><c>typha_replicas</c>: Typha replicas; about one per 100–200 nodes. Default: <c>1</c>.</summary>
    public static readonly CalicoOption<int> TyphaReplicas = Value(
        "typha_replicas", "Typha.Replicas", OptionArea.Typha,
        Converters.Integer(1, 1000), 1,
        "Typha replicas; about one per 100–200 nodes.",
        consumer: "Deployment calico-typha spec.replicas");

    /// <summary><c>typha_secure</c>: Mutual TLS between calico-node and Typha; only valid with typha_enabled. Default: <c>false</c>.</summary>
    public static readonly CalicoOption<bool> TyphaSecure = Value(
        "typha_secure", "Typha.Secure", OptionArea.Typha,
        Converters.Boolean, false,
        "Mutual TLS between calico-node and Typha; only valid with typha_enabled.",
        consumer: "Secrets typha-server / typha-client; FELIX_TYPHA* and TYPHA_* TLS env and volumes");

    /// <summary><c>typha_prometheusmetricsenabled</c>: Serve Typha metrics for Prometheus. Default: <c>false</c>.</summary>
    public static readonly CalicoOption<bool> TyphaPrometheusMetricsEnabled = Value(
        "typha_prometheusmetricsenabled", "Typha.PrometheusMetricsEnabled", OptionArea.Typha,
        Converters.Boolean, false,
        "Serve Typha metrics for Prometheus.",
        consumer: "calico-typha metrics port, prometheus.io/* annotations, TYPHA_PROMETHEUSMETRICSENABLED");

    /// <summary><c>typha_prometheusmetricsport</c>: TCP port of Typha's metrics endpoint. Default: <c>9093</c>.</summary>
    public static readonly CalicoOption<int> TyphaPrometheusMetricsPort = Value(
        "typha_prometheusmetricsport", "Typha.PrometheusMetricsPort", OptionArea.Typha,
        Converters.Integer(1, 65535), 9093,
        "TCP port of Typha's metrics endpoint.",
        consumer: "calico-typha env TYPHA_PROMETHEUSMETRICSPORT; Service and container port");

    /// <summary><c>typha_max_connections_lower_limit</c>: Lowest connection limit a Typha replica applies when it balances calico-node connections. Default: <c>300</c>.</summary>
    public static readonly CalicoOption<int> TyphaMaxConnectionsLowerLimit = Value(
        "typha_max_connections_lower_limit", "Typha.MaxConnectionsLowerLimit", OptionArea.Typha,
        Converters.Integer(1), 300,
        "Lowest connection limit a Typha replica applies when it balances calico-node connections.",
        consumer: "calico-typha env TYPHA_MAXCONNECTIONSLOWERLIMIT");

    // ---- Ipam --------------------------------------------------------------------------------------------------

    /// <summary><c>calico_ipam_host_local</c>: Use the host-local IPAM plugin with Kubernetes' per-node pod CIDRs instead of Calico IPAM. Default: <c>false</c>.</summary>
    public static readonly CalicoOption<bool> IpamHostLocal = Value(
        "calico_ipam_host_local", "Ipam.HostLocal", OptionArea.Ipam,
        Converters.Boolean, false,
        "Use the host-local IPAM plugin with Kubernetes' per-node pod CIDRs instead of Calico IPAM.",
        consumer: "CNI ipam host-local; USE_POD_CIDR; kube-controller-manager allocate-node-cidrs");

    /// <summary><c>calico_ipam_strictaffinity</c>: Never borrow addresses from blocks of other nodes. Default: <c>false</c>.</summary>
    public static readonly CalicoOption<bool> IpamStrictAffinity = Value(
        "calico_ipam_strictaffinity", "Ipam.StrictAffinity", OptionArea.Ipam,
        Converters.Boolean, false,
        "Never borrow addresses from blocks of other nodes.",
        consumer: "IPAMConfig default spec.strictAffinity (kdd)");

    /// <summary><c>calico_ipam_autoallocateblocks</c>: Let nodes claim new address blocks when they need them. Default: <c>true</c>.</summary>
    public static readonly CalicoOption<bool> IpamAutoAllocateBlocks = Value(
        "calico_ipam_autoallocateblocks", "Ipam.AutoAllocateBlocks", OptionArea.Ipam,
        Converters.Boolean, true,
        "Let nodes claim new address blocks when they need them.",
        consumer: "IPAMConfig default spec.autoAllocateBlocks (kdd)");

    /// <summary><c>calico_ipam_maxblocksperhost</c>: Most address blocks one node may claim; 0 means no limit. Default: <c>0</c>.</summary>
    public static readonly CalicoOption<int> IpamMaxBlocksPerHost = Value(
        "calico_ipam_maxblocksperhost", "Ipam.MaxBlocksPerHost", OptionArea.Ipam,
        Converters.Integer(0), 0,
        "Most address blocks one node may claim; 0 means no limit.",
        consumer: "IPAMConfig default spec.maxBlocksPerHost (kdd)");

    /// <summary><c>calcio_ipam_autoallocateblocks</c>: Misspelled name of calico_ipam_autoallocateblocks; Kubespray's check fails while it is defined. Default: <c>must stay unset</c>. Deprecated: use <c>calico_ipam_autoallocateblocks</c>.</summary>
    public static readonly CalicoOption<bool> IpamAutoAllocateBlocksMisspelled = Unset(
        "calcio_ipam_autoallocateblocks", "Ipam.MisspelledAutoAllocateBlocks", OptionArea.Ipam,
        Converters.Boolean,
        "Misspelled name of calico_ipam_autoallocateblocks; Kubespray's check fails while it is defined.", "must stay unset",
        consumer: "Kubespray assert (calico check.yml)", status: OptionStatus.Deprecated, replacedBy: "calico_ipam_autoallocateblocks");

    // ---- Cni ---------------------------------------------------------------------------------------------------

    /// <summary><c>calico_cni_name</c>: Name of the CNI network in Calico's conflist. Default: <c>k8s-pod-network</c>.</summary>
    public static readonly CalicoOption<string> CniName = Value(
        "calico_cni_name", "Cni.Name", OptionArea.Cni,
        Converters.Text, "k8s-pod-network",
        "Name of the CNI network in Calico's conflist.",
        consumer: "calico-config cni_network_config name (10-calico.conflist)");

    /// <summary><c>calico_cni_log_file_path</c>: File the Calico CNI plugin logs to; false turns file logging off. Default: <c>/var/log/calico/cni/cni.log</c>.</summary>
    public static readonly CalicoOption<string> CniLogFilePath = Value(
        "calico_cni_log_file_path", "Cni.LogFilePath", OptionArea.Cni,
        Converters.PathOrFalse, "/var/log/calico/cni/cni.log",
        "File the Calico CNI plugin logs to; false turns file logging off.",
        consumer: "CNI plugins[0].log_file_path (omitted when false)");

    /// <summary><c>calico_allow_ip_forwarding</c>: Let pods forward IP packets (enables forwarding inside their network namespace). Default: <c>false</c>.</summary>
    public static readonly CalicoOption<bool> CniAllowIpForwarding = Value(
        "calico_allow_ip_forwarding", "Cni.AllowIpForwarding", OptionArea.Cni,
        Converters.Boolean, false,
        "Let pods forward IP packets (enables forwarding inside their network namespace).",
        consumer: "CNI container_settings.allow_ip_forwarding");

    /// <summary><c>calico_feature_control</c>: Feature switches of the Calico CNI plugin (name → true/false or text). Default: <c>{}</c>.</summary>
    public static readonly CalicoOption<InventoryMapping> CniFeatureControl = Value(
        "calico_feature_control", "Cni.FeatureControl", OptionArea.Cni,
        Converters.Mapping, new InventoryMapping(EquatableArray<MappingEntry>.Empty),
        "Feature switches of the Calico CNI plugin (name → true/false or text).",
        consumer: "CNI plugins[0].feature_control (when not empty)");

    /// <summary><c>calico_kubeconfig_wait_timeout</c>: Seconds non-control-plane hosts wait for calico-node to write the CNI kubeconfig (kdd). Default: <c>300</c>.</summary>
    public static readonly CalicoOption<int> CniKubeconfigWaitTimeout = Value(
        "calico_kubeconfig_wait_timeout", "Cni.KubeconfigWaitTimeout", OptionArea.Cni,
        Converters.Integer(1), 300,
        "Seconds non-control-plane hosts wait for calico-node to write the CNI kubeconfig (kdd).",
        consumer: "wait_for /etc/cni/net.d/calico-kubeconfig");

    // ---- Datastore ---------------------------------------------------------------------------------------------

    /// <summary><c>calico_datastore</c>: Calico datastore: kdd (Kubernetes API) or etcd. Default: <c>kdd</c>.</summary>
    public static readonly CalicoOption<CalicoDatastore> Datastore = Value(
        "calico_datastore", "Datastore.Type", OptionArea.Datastore,
        Converters.Enum<CalicoDatastore>(Spellings.Lower), CalicoDatastore.Kdd,
        "Calico datastore: kdd (Kubernetes API) or etcd.",
        consumer: "calicoctl wrapper, DATASTORE_TYPE, CNI config, kube-controllers");

    /// <summary><c>calico_cert_dir</c>: Directory of the etcd client certificates Calico uses (etcd datastore). Default: <c>/etc/calico/certs</c>.</summary>
    public static readonly CalicoOption<string> CertDir = Value(
        "calico_cert_dir", "Datastore.CertDir", OptionArea.Datastore,
        Converters.Matching("^/", "an absolute path"), "/etc/calico/certs",
        "Directory of the etcd client certificates Calico uses (etcd datastore).",
        consumer: "calico-node etcd-certs volume, CNI etcd_*_file, calicoctl.etcd.sh, kube-controllers ETCD_*");

    /// <summary><c>kube_etcd_cacert_file</c>: etcd CA file (in the etcd certificate directory) that Calico links to. Default: <c>ca.pem (etcd/ca.crt when etcd_deployment_type is kubeadm)</c>.</summary>
    public static readonly CalicoOption<string> EtcdCaCertFile = Value(
        "kube_etcd_cacert_file", "Datastore.EtcdCaCertFile", OptionArea.Datastore,
        Converters.Text, "ca.pem",
        "etcd CA file (in the etcd certificate directory) that Calico links to.",
        defaultText: "ca.pem (etcd/ca.crt when etcd_deployment_type is kubeadm)",
        file: "k8s-cluster.yml",
        consumer: "hard-linked to <calico_cert_dir>/ca_cert.crt (etcd datastore)");

    /// <summary><c>kube_etcd_cert_file</c>: etcd client certificate file that Calico links to. Default: <c>unset → node-&lt;inventory_hostname&gt;.pem (kubeadm etcd: apiserver-etcd-client.crt)</c>.</summary>
    public static readonly CalicoOption<string> EtcdCertFile = Unset(
        "kube_etcd_cert_file", "Datastore.EtcdCertFile", OptionArea.Datastore,
        Converters.Text,
        "etcd client certificate file that Calico links to.", "unset → node-<inventory_hostname>.pem (kubeadm etcd: apiserver-etcd-client.crt)",
        file: "k8s-cluster.yml", consumer: "hard-linked to <calico_cert_dir>/cert.crt (etcd datastore)");

    /// <summary><c>kube_etcd_key_file</c>: etcd client key file that Calico links to. Default: <c>unset → node-&lt;inventory_hostname&gt;-key.pem (kubeadm etcd: apiserver-etcd-client.key)</c>.</summary>
    public static readonly CalicoOption<string> EtcdKeyFile = Unset(
        "kube_etcd_key_file", "Datastore.EtcdKeyFile", OptionArea.Datastore,
        Converters.Text,
        "etcd client key file that Calico links to.", "unset → node-<inventory_hostname>-key.pem (kubeadm etcd: apiserver-etcd-client.key)",
        file: "k8s-cluster.yml", consumer: "hard-linked to <calico_cert_dir>/key.pem (etcd datastore)");

    /// <summary><c>etcd_deployment_type</c>: How Kubespray runs etcd; kubeadm switches Calico to kubeadm's etcd client certificates. Default: <c>host</c>.</summary>
    public static readonly CalicoOption<EtcdDeploymentType> EtcdDeploymentType = Value(
        "etcd_deployment_type", "Datastore.EtcdDeploymentType", OptionArea.Datastore,
        Converters.Enum<EtcdDeploymentType>(Spellings.Lower), Sdk.EtcdDeploymentType.Host,
        "How Kubespray runs etcd; kubeadm switches Calico to kubeadm's etcd client certificates.",
        file: "etcd.yml", group: KubesprayGroups.All, consumer: "source of Calico's etcd client certificates");

    // ---- Images ------------------------------------------------------------------------------------------------

    /// <summary><c>calico_version</c>: Calico release to install; Kubespray accepts 3.29.0 to 3.31.7. Default: <c>3.31.7</c>.</summary>
    public static readonly CalicoOption<string> CalicoVersion = Value(
        "calico_version", "Images.Version", OptionArea.Images,
        Converters.Matching(@"^[0-9]+\.[0-9]+\.[0-9]+$", "a version such as 3.31.7 (no leading v)"), "3.31.7",
        "Calico release to install; Kubespray accepts 3.29.0 to 3.31.7.",
        defaultText: "3.31.7", consumer: "image tags, calicoctl and CRD downloads, template version gates", check: SupportedCalicoVersion);

    /// <summary><c>calico_ctl_version</c>: calicoctl release to download. Default: <c>unset → calico_version</c>.</summary>
    public static readonly CalicoOption<string> CalicoctlVersion = Unset(
        "calico_ctl_version", "Images.CalicoctlVersion", OptionArea.Images,
        Converters.Matching(@"^[0-9]+\.[0-9]+\.[0-9]+$", "a version such as 3.31.7 (no leading v)"),
        "calicoctl release to download.", "unset → calico_version",
        consumer: "calicoctl download URL and checksum lookup");

    /// <summary><c>calico_cni_version</c>: Release of the calico/cni image. Default: <c>unset → calico_version</c>.</summary>
    public static readonly CalicoOption<string> CniVersion = Unset(
        "calico_cni_version", "Images.CniVersion", OptionArea.Images,
        Converters.Matching(@"^[0-9]+\.[0-9]+\.[0-9]+$", "a version such as 3.31.7 (no leading v)"),
        "Release of the calico/cni image.", "unset → calico_version",
        consumer: "calico_cni_image_tag (install-cni, upgrade-ipam)");

    /// <summary><c>calico_policy_version</c>: Release of the calico/kube-controllers image. Default: <c>unset → calico_version</c>.</summary>
    public static readonly CalicoOption<string> PolicyVersion = Unset(
        "calico_policy_version", "Images.PolicyVersion", OptionArea.Images,
        Converters.Matching(@"^[0-9]+\.[0-9]+\.[0-9]+$", "a version such as 3.31.7 (no leading v)"),
        "Release of the calico/kube-controllers image.", "unset → calico_version",
        consumer: "calico_policy_image_tag");

    /// <summary><c>calico_typha_version</c>: Release of the calico/typha image. Default: <c>unset → calico_version</c>.</summary>
    public static readonly CalicoOption<string> TyphaVersion = Unset(
        "calico_typha_version", "Images.TyphaVersion", OptionArea.Images,
        Converters.Matching(@"^[0-9]+\.[0-9]+\.[0-9]+$", "a version such as 3.31.7 (no leading v)"),
        "Release of the calico/typha image.", "unset → calico_version",
        consumer: "calico_typha_image_tag");

    /// <summary><c>calico_apiserver_version</c>: Release of the calico/apiserver image. Default: <c>unset → calico_version</c>.</summary>
    public static readonly CalicoOption<string> ApiserverVersion = Unset(
        "calico_apiserver_version", "Images.ApiserverVersion", OptionArea.Images,
        Converters.Matching(@"^[0-9]+\.[0-9]+\.[0-9]+$", "a version such as 3.31.7 (no leading v)"),
        "Release of the calico/apiserver image.", "unset → calico_version",
        consumer: "calico_apiserver_image_tag");

    /// <summary><c>calico_node_image_repo</c>: Repository of the calico/node image. Default: <c>unset → &lt;quay_image_repo&gt;/calico/node</c>.</summary>
    public static readonly CalicoOption<string> NodeImageRepo = Unset(
        "calico_node_image_repo", "Images.NodeImageRepo", OptionArea.Images,
        Converters.Text,
        "Repository of the calico/node image.", "unset → <quay_image_repo>/calico/node",
        consumer: "calico-node and mount-bpffs image");

    /// <summary><c>calico_node_image_tag</c>: Tag of the calico/node image. Default: <c>unset → v&lt;calico_version&gt;</c>.</summary>
    public static readonly CalicoOption<string> NodeImageTag = Unset(
        "calico_node_image_tag", "Images.NodeImageTag", OptionArea.Images,
        Converters.Text,
        "Tag of the calico/node image.", "unset → v<calico_version>",
        consumer: "calico-node and mount-bpffs image tag");

    /// <summary><c>calico_cni_image_repo</c>: Repository of the calico/cni image. Default: <c>unset → &lt;quay_image_repo&gt;/calico/cni</c>.</summary>
    public static readonly CalicoOption<string> CniImageRepo = Unset(
        "calico_cni_image_repo", "Images.CniImageRepo", OptionArea.Images,
        Converters.Text,
        "Repository of the calico/cni image.", "unset → <quay_image_repo>/calico/cni",
        consumer: "install-cni and upgrade-ipam image");

    /// <summary><c>calico_cni_image_tag</c>: Tag of the calico/cni image. Default: <c>unset → v&lt;calico_cni_version&gt;</c>.</summary>
    public static readonly CalicoOption<string> CniImageTag = Unset(
        "calico_cni_image_tag", "Images.CniImageTag", OptionArea.Images,
        Converters.Text,
        "Tag of the calico/cni image.", "unset → v<calico_cni_version>",
        consumer: "install-cni and upgrade-ipam image tag");

    /// <summary><c>calico_policy_image_repo</c>: Repository of the calico/kube-controllers image. Default: <c>unset → &lt;quay_image_repo&gt;/calico/kube-controllers</c>.</summary>
    public static readonly CalicoOption<string> PolicyImageRepo = Unset(
        "calico_policy_image_repo", "Images.PolicyImageRepo", OptionArea.Images,
        Converters.Text,
        "Repository of the calico/kube-controllers image.", "unset → <quay_image_repo>/calico/kube-controllers",
        consumer: "calico-kube-controllers image");

    /// <summary><c>calico_policy_image_tag</c>: Tag of the calico/kube-controllers image. Default: <c>unset → v&lt;calico_policy_version&gt;</c>.</summary>
    public static readonly CalicoOption<string> PolicyImageTag = Unset(
        "calico_policy_image_tag", "Images.PolicyImageTag", OptionArea.Images,
        Converters.Text,
        "Tag of the calico/kube-controllers image.", "unset → v<calico_policy_version>",
        consumer: "calico-kube-controllers image tag");

    /// <summary><c>calico_typha_image_repo</c>: Repository of the calico/typha image. Default: <c>unset → &lt;quay_image_repo&gt;/calico/typha</c>.</summary>
    public static readonly CalicoOption<string> TyphaImageRepo = Unset(
        "calico_typha_image_repo", "Images.TyphaImageRepo", OptionArea.Images,
        Converters.Text,
        "Repository of the calico/typha image.", "unset → <quay_image_repo>/calico/typha",
        consumer: "calico-typha image");

    /// <summary><c>calico_typha_image_tag</c>: Tag of the calico/typha image. Default: <c>unset → v&lt;calico_typha_version&gt;</c>.</summary>
    public static readonly CalicoOption<string> TyphaImageTag = Unset(
        "calico_typha_image_tag", "Images.TyphaImageTag", OptionArea.Images,
        Converters.Text,
        "Tag of the calico/typha image.", "unset → v<calico_typha_version>",
        consumer: "calico-typha image tag");

    /// <summary><c>calico_apiserver_image_repo</c>: Repository of the calico/apiserver image. Default: <c>unset → &lt;quay_image_repo&gt;/calico/apiserver</c>.</summary>
    public static readonly CalicoOption<string> ApiserverImageRepo = Unset(
        "calico_apiserver_image_repo", "Images.ApiserverImageRepo", OptionArea.Images,
        Converters.Text,
        "Repository of the calico/apiserver image.", "unset → <quay_image_repo>/calico/apiserver",
        consumer: "calico-apiserver image");

    /// <summary><c>calico_apiserver_image_tag</c>: Tag of the calico/apiserver image. Default: <c>unset → v&lt;calico_apiserver_version&gt;</c>.</summary>
    public static readonly CalicoOption<string> ApiserverImageTag = Unset(
        "calico_apiserver_image_tag", "Images.ApiserverImageTag", OptionArea.Images,
        Converters.Text,
        "Tag of the calico/apiserver image.", "unset → v<calico_apiserver_version>",
        consumer: "calico-apiserver image tag");

    /// <summary><c>calicoctl_download_url</c>: Where Kubespray downloads calicoctl from (offline mirrors). Default: <c>unset → GitHub release calicoctl-linux-&lt;arch&gt; of calico_ctl_version</c>.</summary>
    public static readonly CalicoOption<string> CalicoctlDownloadUrl = Unset(
        "calicoctl_download_url", "Images.CalicoctlDownloadUrl", OptionArea.Images,
        Converters.Matching(@"^[A-Za-z][A-Za-z0-9+.-]*://\S+$", "a URL"),
        "Where Kubespray downloads calicoctl from (offline mirrors).", "unset → GitHub release calicoctl-linux-<arch> of calico_ctl_version",
        file: "offline.yml", group: KubesprayGroups.All, consumer: "calicoctl download, installed as <bin_dir>/calicoctl");

    /// <summary><c>calico_crds_download_url</c>: Where Kubespray downloads Calico's CRD manifest from (kdd; offline mirrors). Default: <c>unset → GitHub raw manifests/crds.yaml of calico_version</c>.</summary>
    public static readonly CalicoOption<string> CrdsDownloadUrl = Unset(
        "calico_crds_download_url", "Images.CrdsDownloadUrl", OptionArea.Images,
        Converters.Matching(@"^[A-Za-z][A-Za-z0-9+.-]*://\S+$", "a URL"),
        "Where Kubespray downloads Calico's CRD manifest from (kdd; offline mirrors).", "unset → GitHub raw manifests/crds.yaml of calico_version",
        file: "offline.yml", group: KubesprayGroups.All, consumer: "kdd-crds.yml applied with kubectl");

    /// <summary><c>calicoctl_binary_checksum</c>: Checksum the calicoctl download must match. Default: <c>unset → Kubespray's checksum table for image_arch and calico_ctl_version</c>.</summary>
    public static readonly CalicoOption<string> CalicoctlBinaryChecksum = Unset(
        "calicoctl_binary_checksum", "Images.CalicoctlBinaryChecksum", OptionArea.Images,
        Converters.Text,
        "Checksum the calicoctl download must match.", "unset → Kubespray's checksum table for image_arch and calico_ctl_version",
        consumer: "calicoctl download checksum");

    /// <summary><c>calico_node_digest_checksum</c>: Digest the calico/node image must match. Default: <c>unset (not checked)</c>.</summary>
    public static readonly CalicoOption<string> NodeDigestChecksum = Unset(
        "calico_node_digest_checksum", "Images.NodeDigestChecksum", OptionArea.Images,
        Converters.Text,
        "Digest the calico/node image must match.", "unset (not checked)",
        consumer: "download checksum of the calico/node image");

    /// <summary><c>calico_cni_digest_checksum</c>: Digest the calico/cni image must match. Default: <c>unset (not checked)</c>.</summary>
    public static readonly CalicoOption<string> CniDigestChecksum = Unset(
        "calico_cni_digest_checksum", "Images.CniDigestChecksum", OptionArea.Images,
        Converters.Text,
        "Digest the calico/cni image must match.", "unset (not checked)",
        consumer: "download checksum of the calico/cni image");

    /// <summary><c>calico_policy_digest_checksum</c>: Digest the calico/kube-controllers image must match. Default: <c>unset (not checked)</c>.</summary>
    public static readonly CalicoOption<string> PolicyDigestChecksum = Unset(
        "calico_policy_digest_checksum", "Images.PolicyDigestChecksum", OptionArea.Images,
        Converters.Text,
        "Digest the calico/kube-controllers image must match.", "unset (not checked)",
        consumer: "download checksum of the calico/kube-controllers image");

    /// <summary><c>calico_typha_digest_checksum</c>: Digest the calico/typha image must match. Default: <c>unset (not checked)</c>.</summary>
    public static readonly CalicoOption<string> TyphaDigestChecksum = Unset(
        "calico_typha_digest_checksum", "Images.TyphaDigestChecksum", OptionArea.Images,
        Converters.Text,
        "Digest the calico/typha image must match.", "unset (not checked)",
        consumer: "download checksum of the calico/typha image");

    /// <summary><c>calico_apiserver_digest_checksum</c>: Digest the calico/apiserver image must match. Default: <c>unset (not checked)</c>.</summary>
    public static readonly CalicoOption<string> ApiserverDigestChecksum = Unset(
        "calico_apiserver_digest_checksum", "Images.ApiserverDigestChecksum", OptionArea.Images,
        Converters.Text,
        "Digest the calico/apiserver image must match.", "unset (not checked)",
        consumer: "download checksum of the calico/apiserver image");

    /// <summary><c>quay_image_repo</c>: Registry Calico's images come from; the prefix of every calico_*_image_repo. Default: <c>quay.io</c>.</summary>
    public static readonly CalicoOption<string> QuayImageRepo = Value(
        "quay_image_repo", "Images.QuayImageRepo", OptionArea.Images,
        Converters.Text, "quay.io",
        "Registry Calico's images come from; the prefix of every calico_*_image_repo.",
        file: "offline.yml", group: KubesprayGroups.All, consumer: "prefix of calico_*_image_repo");

    /// <summary><c>k8s_image_pull_policy</c>: imagePullPolicy of Calico's containers. Default: <c>IfNotPresent</c>.</summary>
    public static readonly CalicoOption<ImagePullPolicy> ImagePullPolicy = Value(
        "k8s_image_pull_policy", "Images.PullPolicy", OptionArea.Images,
        Converters.Enum<ImagePullPolicy>(Spellings.Pascal), Sdk.ImagePullPolicy.IfNotPresent,
        "imagePullPolicy of Calico's containers.",
        file: "k8s-cluster.yml", consumer: "imagePullPolicy of every Calico container");

    // ---- Workloads ---------------------------------------------------------------------------------------------

    /// <summary><c>calico_node_cpu_limit</c>: CPU limit of calico-node; "0" writes no limit. Default: <c>"0" (no limit)</c>.</summary>
    public static readonly CalicoOption<Quantity> NodeCpuLimit = Value(
        "calico_node_cpu_limit", "Workloads.NodeCpuLimit", OptionArea.Workloads,
        Converters.Quantity, Quantity.Literal("0"),
        "CPU limit of calico-node; \"0\" writes no limit.",
        defaultText: "\"0\" (no limit)", consumer: "calico-node resources.limits.cpu (omitted when \"0\")");

    /// <summary><c>calico_node_memory_limit</c>: Memory limit of calico-node. Default: <c>500M</c>.</summary>
    public static readonly CalicoOption<Quantity> NodeMemoryLimit = Value(
        "calico_node_memory_limit", "Workloads.NodeMemoryLimit", OptionArea.Workloads,
        Converters.Quantity, Quantity.Literal("500M"),
        "Memory limit of calico-node.",
        consumer: "calico-node resources.limits.memory");

    /// <summary><c>calico_node_cpu_requests</c>: CPU request of calico-node. Default: <c>150m</c>.</summary>
    public static readonly CalicoOption<Quantity> NodeCpuRequests = Value(
        "calico_node_cpu_requests", "Workloads.NodeCpuRequests", OptionArea.Workloads,
        Converters.Quantity, Quantity.Literal("150m"),
        "CPU request of calico-node.",
        consumer: "calico-node resources.requests.cpu");

    /// <summary><c>calico_node_memory_requests</c>: Memory request of calico-node. Default: <c>64M</c>.</summary>
    public static readonly CalicoOption<Quantity> NodeMemoryRequests = Value(
        "calico_node_memory_requests", "Workloads.NodeMemoryRequests", OptionArea.Workloads,
        Converters.Quantity, Quantity.Literal("64M"),
        "Memory request of calico-node.",
        consumer: "calico-node resources.requests.memory");

    /// <summary><c>calico_policy_controller_cpu_limit</c>: CPU limit of calico-kube-controllers. Default: <c>1000m</c>.</summary>
    public static readonly CalicoOption<Quantity> PolicyControllerCpuLimit = Value(
        "calico_policy_controller_cpu_limit", "Workloads.PolicyControllerCpuLimit", OptionArea.Workloads,
        Converters.Quantity, Quantity.Literal("1000m"),
        "CPU limit of calico-kube-controllers.",
        consumer: "calico-kube-controllers resources.limits.cpu");

    /// <summary><c>calico_policy_controller_memory_limit</c>: Memory limit of calico-kube-controllers. Default: <c>256M</c>.</summary>
    public static readonly CalicoOption<Quantity> PolicyControllerMemoryLimit = Value(
        "calico_policy_controller_memory_limit", "Workloads.PolicyControllerMemoryLimit", OptionArea.Workloads,
        Converters.Quantity, Quantity.Literal("256M"),
        "Memory limit of calico-kube-controllers.",
        consumer: "calico-kube-controllers resources.limits.memory");

    /// <summary><c>calico_policy_controller_cpu_requests</c>: CPU request of calico-kube-controllers. Default: <c>30m</c>.</summary>
    public static readonly CalicoOption<Quantity> PolicyControllerCpuRequests = Value(
        "calico_policy_controller_cpu_requests", "Workloads.PolicyControllerCpuRequests", OptionArea.Workloads,
        Converters.Quantity, Quantity.Literal("30m"),
        "CPU request of calico-kube-controllers.",
        consumer: "calico-kube-controllers resources.requests.cpu");

    /// <summary><c>calico_policy_controller_memory_requests</c>: Memory request of calico-kube-controllers. Default: <c>64M</c>.</summary>
    public static readonly CalicoOption<Quantity> PolicyControllerMemoryRequests = Value(
        "calico_policy_controller_memory_requests", "Workloads.PolicyControllerMemoryRequests", OptionArea.Workloads,
        Converters.Quantity, Quantity.Literal("64M"),
        "Memory request of calico-kube-controllers.",
        consumer: "calico-kube-controllers resources.requests.memory");

    /// <summary><c>calico_ds_nodeselector</c>: nodeSelector of calico-node: one YAML line 'key: value', inserted as written. Default: <c>kubernetes.io/os: linux</c>.</summary>
    public static readonly CalicoOption<string> NodeSelector = Value(
        "calico_ds_nodeselector", "Workloads.NodeSelector", OptionArea.Workloads,
        Converters.Text, "kubernetes.io/os: linux",
        "nodeSelector of calico-node: one YAML line 'key: value', inserted as written.",
        consumer: "calico-node DaemonSet spec.template.spec.nodeSelector");

    /// <summary><c>calico_node_livenessprobe_timeout</c>: Timeout in seconds of calico-node's liveness probe. Default: <c>unset → 10</c>.</summary>
    public static readonly CalicoOption<int> NodeLivenessProbeTimeout = Unset(
        "calico_node_livenessprobe_timeout", "Workloads.NodeLivenessProbeTimeout", OptionArea.Workloads,
        Converters.Integer(1),
        "Timeout in seconds of calico-node's liveness probe.", "unset → 10",
        consumer: "calico-node livenessProbe.timeoutSeconds");

    /// <summary><c>calico_node_readinessprobe_timeout</c>: Timeout in seconds of calico-node's readiness probe. Default: <c>unset → 10</c>.</summary>
    public static readonly CalicoOption<int> NodeReadinessProbeTimeout = Unset(
        "calico_node_readinessprobe_timeout", "Workloads.NodeReadinessProbeTimeout", OptionArea.Workloads,
        Converters.Integer(1),
        "Timeout in seconds of calico-node's readiness probe.", "unset → 10",
        consumer: "calico-node readinessProbe.timeoutSeconds");

    /// <summary><c>calico_node_startup_loglevel</c>: Log level of calico-node while it starts up. Default: <c>error</c>.</summary>
    public static readonly CalicoOption<CalicoLogLevel> NodeStartupLogLevel = Value(
        "calico_node_startup_loglevel", "Workloads.NodeStartupLogLevel", OptionArea.Workloads,
        Converters.Enum<CalicoLogLevel>(Spellings.Lower), CalicoLogLevel.Error,
        "Log level of calico-node while it starts up.",
        consumer: "calico-node env CALICO_STARTUP_LOGLEVEL");

    /// <summary><c>calico_policy_controller_deployment_nodeselector</c>: nodeSelector of calico-kube-controllers: one YAML line 'key: value', inserted as written. Default: <c>kubernetes.io/os: linux</c>.</summary>
    public static readonly CalicoOption<string> PolicyControllerNodeSelector = Value(
        "calico_policy_controller_deployment_nodeselector", "Workloads.PolicyControllerNodeSelector", OptionArea.Workloads,
        Converters.Text, "kubernetes.io/os: linux",
        "nodeSelector of calico-kube-controllers: one YAML line 'key: value', inserted as written.",
        consumer: "calico-kube-controllers Deployment spec.template.spec.nodeSelector");

    /// <summary><c>calico_policy_controller_log_level</c>: Log level of calico-kube-controllers. Default: <c>info</c>.</summary>
    public static readonly CalicoOption<CalicoLogLevel> PolicyControllerLogLevel = Value(
        "calico_policy_controller_log_level", "Workloads.PolicyControllerLogLevel", OptionArea.Workloads,
        Converters.Enum<CalicoLogLevel>(Spellings.Lower), CalicoLogLevel.Info,
        "Log level of calico-kube-controllers.",
        consumer: "calico-kube-controllers env LOG_LEVEL");

    /// <summary><c>policy_controller_extra_tolerations</c>: Extra tolerations of calico-kube-controllers (Kubernetes toleration maps). Default: <c>unset</c>.</summary>
    public static readonly CalicoOption<EquatableArray<InventoryMapping>> PolicyControllerExtraTolerations = Unset(
        "policy_controller_extra_tolerations", "Workloads.PolicyControllerExtraTolerations", OptionArea.Workloads,
        Converters.List(Converters.Mapping),
        "Extra tolerations of calico-kube-controllers (Kubernetes toleration maps).", "unset",
        consumer: "appended to calico-kube-controllers tolerations");

    /// <summary><c>calico_apiserver_enabled</c>: Deploy the Calico API server (kdd only). Default: <c>false</c>.</summary>
    public static readonly CalicoOption<bool> ApiserverEnabled = Value(
        "calico_apiserver_enabled", "Workloads.ApiserverEnabled", OptionArea.Workloads,
        Converters.Boolean, false,
        "Deploy the Calico API server (kdd only).",
        consumer: "calico-apiserver Namespace, Deployment, Service, APIService v3.projectcalico.org, RBAC");

    // ---- Cluster -----------------------------------------------------------------------------------------------

    /// <summary><c>kube_network_plugin</c>: Network plugin Kubespray installs; everything here applies only to calico. Default: <c>calico</c>.</summary>
    public static readonly CalicoOption<KubeNetworkPlugin> KubeNetworkPlugin = Value(
        "kube_network_plugin", "Cluster.NetworkPlugin", OptionArea.Cluster,
        Converters.Enum<KubeNetworkPlugin>(Spellings.KubeNetworkPlugin), Sdk.KubeNetworkPlugin.Calico,
        "Network plugin Kubespray installs; everything here applies only to calico.",
        file: "k8s-cluster.yml", consumer: "Calico role, checks and downloads run only for calico");

    /// <summary><c>enable_network_policy</c>: Enforce Kubernetes NetworkPolicy: deploys calico-kube-controllers and the CNI's k8s policy. Default: <c>true</c>.</summary>
    public static readonly CalicoOption<bool> EnableNetworkPolicy = Value(
        "enable_network_policy", "Cluster.NetworkPolicyEnabled", OptionArea.Cluster,
        Converters.Boolean, true,
        "Enforce Kubernetes NetworkPolicy: deploys calico-kube-controllers and the CNI's k8s policy.",
        file: "k8s-cluster.yml", consumer: "calico-kube-controllers deployed; CNI policy {type: k8s}");

    /// <summary><c>kube_pods_subnet</c>: IPv4 pod network; the default IPv4 pool CIDR. Default: <c>10.233.64.0/18</c>.</summary>
    public static readonly CalicoOption<Cidr> KubePodsSubnet = Value(
        "kube_pods_subnet", "Cluster.PodsSubnet", OptionArea.Cluster,
        Converters.Network(ipv6: false), Cidr.Parse("10.233.64.0/18"),
        "IPv4 pod network; the default IPv4 pool CIDR.",
        file: "k8s-cluster.yml", consumer: "IPPool <calico_pool_name> spec.cidr when calico_pool_cidr is unset");

    /// <summary><c>kube_pods_subnet_ipv6</c>: IPv6 pod network; the default IPv6 pool CIDR. Default: <c>fd85:ee78:d8a6:8607::1:0000/112</c>.</summary>
    public static readonly CalicoOption<Cidr> KubePodsSubnetIpv6 = Value(
        "kube_pods_subnet_ipv6", "Cluster.PodsSubnetIpv6", OptionArea.Cluster,
        Converters.Network(ipv6: true), Cidr.Parse("fd85:ee78:d8a6:8607::1:0000/112"),
        "IPv6 pod network; the default IPv6 pool CIDR.",
        defaultText: "fd85:ee78:d8a6:8607::1:0000/112",
        file: "k8s-cluster.yml",
        consumer: "IPPool <calico_pool_name>-ipv6 spec.cidr when calico_pool_cidr_ipv6 is unset");

    /// <summary><c>kube_service_addresses</c>: IPv4 service network; must not overlap the pod network. Default: <c>10.233.0.0/18</c>.</summary>
    public static readonly CalicoOption<Cidr> KubeServiceAddresses = Value(
        "kube_service_addresses", "Cluster.ServiceAddresses", OptionArea.Cluster,
        Converters.Network(ipv6: false), Cidr.Parse("10.233.0.0/18"),
        "IPv4 service network; must not overlap the pod network.",
        file: "k8s-cluster.yml", consumer: "BGPConfiguration spec.serviceClusterIPs with calico_advertise_cluster_ips");

    /// <summary><c>kube_service_addresses_ipv6</c>: IPv6 service network; must not overlap the IPv6 pod network. Default: <c>fd85:ee78:d8a6:8607::1000/116</c>.</summary>
    public static readonly CalicoOption<Cidr> KubeServiceAddressesIpv6 = Value(
        "kube_service_addresses_ipv6", "Cluster.ServiceAddressesIpv6", OptionArea.Cluster,
        Converters.Network(ipv6: true), Cidr.Parse("fd85:ee78:d8a6:8607::1000/116"),
        "IPv6 service network; must not overlap the IPv6 pod network.",
        file: "k8s-cluster.yml", consumer: "BGPConfiguration spec.serviceClusterIPs with calico_advertise_cluster_ips");

    /// <summary><c>kube_network_node_prefix</c>: Size of each node's IPv4 pod CIDR; Calico uses it only with host-local IPAM. Default: <c>24</c>.</summary>
    public static readonly CalicoOption<int> KubeNetworkNodePrefix = Value(
        "kube_network_node_prefix", "Cluster.NodePrefix", OptionArea.Cluster,
        Converters.Integer(0, 32), 24,
        "Size of each node's IPv4 pod CIDR; Calico uses it only with host-local IPAM.",
        file: "k8s-cluster.yml", consumer: "node-cidr-mask-size-ipv4 (calico_ipam_host_local only)");

    /// <summary><c>kube_network_node_prefix_ipv6</c>: Size of each node's IPv6 pod CIDR; Calico uses it only with host-local IPAM. Default: <c>120</c>.</summary>
    public static readonly CalicoOption<int> KubeNetworkNodePrefixIpv6 = Value(
        "kube_network_node_prefix_ipv6", "Cluster.NodePrefixIpv6", OptionArea.Cluster,
        Converters.Integer(0, 128), 120,
        "Size of each node's IPv6 pod CIDR; Calico uses it only with host-local IPAM.",
        file: "k8s-cluster.yml", consumer: "node-cidr-mask-size-ipv6 (calico_ipam_host_local only)");

    /// <summary><c>kube_controller_manager_allocate_node_cidrs</c>: Let kube-controller-manager assign pod CIDRs to nodes; Kubespray forces it off with Calico IPAM. Default: <c>true</c>.</summary>
    public static readonly CalicoOption<bool> AllocateNodeCidrs = Value(
        "kube_controller_manager_allocate_node_cidrs", "Cluster.AllocateNodeCidrs", OptionArea.Cluster,
        Converters.Boolean, true,
        "Let kube-controller-manager assign pod CIDRs to nodes; Kubespray forces it off with Calico IPAM.",
        file: "k8s-cluster.yml", consumer: "kube-controller-manager allocate-node-cidrs (false unless calico_ipam_host_local)");

    /// <summary><c>kube_proxy_mode</c>: kube-proxy's mode; with ipvs Felix is told the NodePort range. Default: <c>ipvs</c>.</summary>
    public static readonly CalicoOption<KubeProxyMode> KubeProxyMode = Value(
        "kube_proxy_mode", "Cluster.ProxyMode", OptionArea.Cluster,
        Converters.Enum<KubeProxyMode>(Spellings.Lower), Sdk.KubeProxyMode.Ipvs,
        "kube-proxy's mode; with ipvs Felix is told the NodePort range.",
        file: "k8s-cluster.yml", consumer: "calico-node env FELIX_KUBENODEPORTRANGES (ipvs only)");

    /// <summary><c>kube_apiserver_node_port_range</c>: NodePort range of the API server; Felix learns it only in ipvs mode. Default: <c>unset in the Calico play (30000-32767 in other roles)</c>.</summary>
    public static readonly CalicoOption<string> KubeApiserverNodePortRange = Unset(
        "kube_apiserver_node_port_range", "Cluster.NodePortRange", OptionArea.Cluster,
        Converters.Matching(@"^[0-9]{1,5}-[0-9]{1,5}$", "a port range LOW-HIGH"),
        "NodePort range of the API server; Felix learns it only in ipvs mode.", "unset in the Calico play (30000-32767 in other roles)",
        file: "k8s-cluster.yml", consumer: "calico-node env FELIX_KUBENODEPORTRANGES (LOW:HIGH, ipvs only)");

    /// <summary><c>loadbalancer_apiserver</c>: External load balancer of the API servers. Default: <c>unset</c>.</summary>
    public static readonly CalicoOption<LoadBalancerApiserver> LoadBalancerApiserver = Unset(
        "loadbalancer_apiserver", "Cluster.LoadBalancerApiserver", OptionArea.Cluster,
        Converters.LoadBalancer,
        "External load balancer of the API servers.", "unset",
        file: "all.yml", group: KubesprayGroups.All, consumer: "kubernetes-services-endpoint KUBERNETES_SERVICE_HOST/PORT (eBPF)");

    /// <summary><c>loadbalancer_apiserver_localhost</c>: Reach the API servers through a load balancer on every node (localhost). Default: <c>unset → true when loadbalancer_apiserver is unset</c>.</summary>
    public static readonly CalicoOption<bool> LoadBalancerApiserverLocalhost = Unset(
        "loadbalancer_apiserver_localhost", "Cluster.LoadBalancerApiserverLocalhost", OptionArea.Cluster,
        Converters.Boolean,
        "Reach the API servers through a load balancer on every node (localhost).", "unset → true when loadbalancer_apiserver is unset",
        file: "all.yml", group: KubesprayGroups.All, consumer: "fills kubernetes-services-endpoint with localhost even without eBPF");

    /// <summary><c>loadbalancer_apiserver_port</c>: Port of the per-node API server load balancer. Default: <c>unset → kube_apiserver_port (the sample inventory sets 6443)</c>.</summary>
    public static readonly CalicoOption<int> LoadBalancerApiserverPort = Unset(
        "loadbalancer_apiserver_port", "Cluster.LoadBalancerApiserverPort", OptionArea.Cluster,
        Converters.Integer(1, 65535),
        "Port of the per-node API server load balancer.", "unset → kube_apiserver_port (the sample inventory sets 6443)",
        file: "all.yml", group: KubesprayGroups.All, consumer: "KUBERNETES_SERVICE_PORT in kubernetes-services-endpoint (localhost load balancer)");

    /// <summary><c>apiserver_loadbalancer_domain_name</c>: Name under which nodes reach the API server load balancer. Default: <c>unset → localhost with the local load balancer, else loadbalancer_apiserver.address</c>.</summary>
    public static readonly CalicoOption<string> ApiserverLoadBalancerDomainName = Unset(
        "apiserver_loadbalancer_domain_name", "Cluster.ApiserverLoadBalancerDomainName", OptionArea.Cluster,
        Converters.Text,
        "Name under which nodes reach the API server load balancer.", "unset → localhost with the local load balancer, else loadbalancer_apiserver.address",
        file: "all.yml", group: KubesprayGroups.All, consumer: "KUBERNETES_SERVICE_HOST when loadbalancer_apiserver is set");

    /// <summary><c>kube_apiserver_port</c>: Secure port of the API servers. Default: <c>6443</c>.</summary>
    public static readonly CalicoOption<int> KubeApiserverPort = Value(
        "kube_apiserver_port", "Cluster.ApiserverPort", OptionArea.Cluster,
        Converters.Integer(1, 65535), 6443,
        "Secure port of the API servers.",
        file: "k8s-cluster.yml", consumer: "fallback port of kube_apiserver_global_endpoint");

    /// <summary><c>epel_enabled</c>: Enable the EPEL repository (WireGuard tools on EL8 and Amazon Linux 2 need it). Default: <c>false</c>.</summary>
    public static readonly CalicoOption<bool> EpelEnabled = Value(
        "epel_enabled", "Cluster.EpelEnabled", OptionArea.Cluster,
        Converters.Boolean, false,
        "Enable the EPEL repository (WireGuard tools on EL8 and Amazon Linux 2 need it).",
        file: "all.yml", group: KubesprayGroups.All, consumer: "EPEL repository (bootstrap_os); not read by the Calico role");

    /// <summary><c>ignore_assert_errors</c>: Skip Kubespray's checks, including all of Calico's check.yml. Default: <c>false</c>.</summary>
    public static readonly CalicoOption<bool> IgnoreAssertErrors = Value(
        "ignore_assert_errors", "Cluster.IgnoreAssertErrors", OptionArea.Cluster,
        Converters.Boolean, false,
        "Skip Kubespray's checks, including all of Calico's check.yml.",
        file: "all.yml", group: KubesprayGroups.All, consumer: "skips calico check.yml (install.yml asserts still run)");

    /// <summary><c>kube_cert_dir</c>: Directory of the Kubernetes CA; signs the Typha and Calico API server certificates. Default: <c>unset → &lt;kube_config_dir&gt;/ssl (/etc/kubernetes/ssl)</c>.</summary>
    public static readonly CalicoOption<string> KubeCertDir = Unset(
        "kube_cert_dir", "Cluster.CertDir", OptionArea.Cluster,
        Converters.Matching("^/", "an absolute path"),
        "Directory of the Kubernetes CA; signs the Typha and Calico API server certificates.", "unset → <kube_config_dir>/ssl (/etc/kubernetes/ssl)",
        file: "k8s-cluster.yml", consumer: "CA for typha / calico-apiserver certificates; typha CA hostPath");

    /// <summary><c>certificates_key_size</c>: RSA key size of the Typha and Calico API server certificates. Default: <c>2048</c>.</summary>
    public static readonly CalicoOption<int> CertificatesKeySize = Value(
        "certificates_key_size", "Cluster.CertificatesKeySize", OptionArea.Cluster,
        Converters.Integer(1024, 16384), 2048,
        "RSA key size of the Typha and Calico API server certificates.",
        file: "k8s-cluster.yml", consumer: "make-ssl-calico.sh (typha, calico-apiserver)");

    /// <summary><c>certificates_duration</c>: Validity in days of the Typha and Calico API server certificates. Default: <c>36500</c>.</summary>
    public static readonly CalicoOption<int> CertificatesDuration = Value(
        "certificates_duration", "Cluster.CertificatesDuration", OptionArea.Cluster,
        Converters.Integer(1), 36500,
        "Validity in days of the Typha and Calico API server certificates.",
        file: "k8s-cluster.yml", consumer: "make-ssl-calico.sh (typha, calico-apiserver)");

    /// <summary><c>bin_dir</c>: Directory calicoctl and its wrapper are installed to. Default: <c>/usr/local/bin</c>.</summary>
    public static readonly CalicoOption<string> BinDir = Value(
        "bin_dir", "Cluster.BinDir", OptionArea.Cluster,
        Converters.Matching("^/", "an absolute path"), "/usr/local/bin",
        "Directory calicoctl and its wrapper are installed to.",
        file: "all.yml", group: KubesprayGroups.All, consumer: "<bin_dir>/calicoctl and calicoctl.sh");

    /// <summary><c>retry_stagger</c>: Upper bound in seconds of the random delay between calicoctl retries. Default: <c>5</c>.</summary>
    public static readonly CalicoOption<int> RetryStagger = Value(
        "retry_stagger", "Cluster.RetryStagger", OptionArea.Cluster,
        Converters.Integer(0), 5,
        "Upper bound in seconds of the random delay between calicoctl retries.",
        file: "k8s-cluster.yml", consumer: "delay of calicoctl retries");

    // ---- Host --------------------------------------------------------------------------------------------------

    /// <summary><c>ansible_host</c>: Address Ansible connects to (SSH only). Default: <c>unset → inventory hostname</c>.</summary>
    public static readonly CalicoOption<string> AnsibleHost = Unset(
        "ansible_host", "Host.AnsibleHost", OptionArea.Host,
        Converters.Text,
        "Address Ansible connects to (SSH only).", "unset → inventory hostname",
        scopes: OptionScopes.Host, file: "host_vars", consumer: "SSH connection");

    /// <summary><c>ansible_ssh_host</c>: Older name of ansible_host that Ansible still honours (Kubespray's Calico docs use it). Default: <c>unset</c>. Legacy name; use <c>ansible_host</c>.</summary>
    public static readonly CalicoOption<string> AnsibleSshHost = Unset(
        "ansible_ssh_host", "Host.AnsibleSshHost", OptionArea.Host,
        Converters.Text,
        "Older name of ansible_host that Ansible still honours (Kubespray's Calico docs use it).", "unset",
        scopes: OptionScopes.Host, file: "host_vars", consumer: "SSH connection", status: OptionStatus.Legacy, replacedBy: "ansible_host");

    /// <summary><c>ip</c>: Node IPv4 address; kubelet --node-ip and Calico's can-reach target. Default: <c>unset → ansible_default_ipv4.address</c>.</summary>
    public static readonly CalicoOption<System.Net.IPAddress> Ip = Unset(
        "ip", "Host.Ip", OptionArea.Host,
        Converters.IpAddress,
        "Node IPv4 address; kubelet --node-ip and Calico's can-reach target.", "unset → ansible_default_ipv4.address",
        scopes: OptionScopes.Host, file: "host_vars", consumer: "main_ip → kubelet node IP → status.hostIP");

    /// <summary><c>access_ip</c>: Address other hosts use to reach this one (etcd endpoints, first control plane). Default: <c>unset → ip</c>.</summary>
    public static readonly CalicoOption<System.Net.IPAddress> AccessIp = Unset(
        "access_ip", "Host.AccessIp", OptionArea.Host,
        Converters.IpAddress,
        "Address other hosts use to reach this one (etcd endpoints, first control plane).", "unset → ip",
        scopes: OptionScopes.Host,
        file: "host_vars",
        consumer: "main_access_ip → etcd endpoints of calico-config and calicoctl (etcd datastore)",
        check: IPv4Only);

    /// <summary><c>ip6</c>: Node IPv6 address; the node IP in IPv6-only clusters, the second node IP in dual stack. Default: <c>unset → ansible_default_ipv6.address</c>.</summary>
    public static readonly CalicoOption<System.Net.IPAddress> Ip6 = Unset(
        "ip6", "Host.Ip6", OptionArea.Host,
        Converters.IpAddress,
        "Node IPv6 address; the node IP in IPv6-only clusters, the second node IP in dual stack.", "unset → ansible_default_ipv6.address",
        scopes: OptionScopes.Host, file: "host_vars", consumer: "main_ip (IPv6-only stack); kubelet node IPs (dual stack)", check: IPv6Only);

    /// <summary><c>access_ip6</c>: IPv6 address other hosts use to reach this one. Default: <c>unset → ip6</c>.</summary>
    public static readonly CalicoOption<System.Net.IPAddress> AccessIp6 = Unset(
        "access_ip6", "Host.AccessIp6", OptionArea.Host,
        Converters.IpAddress,
        "IPv6 address other hosts use to reach this one.", "unset → ip6",
        scopes: OptionScopes.Host, file: "host_vars", consumer: "main_access_ip (IPv6-only stack)", check: IPv6Only);

    /// <summary><c>kube_override_hostname</c>: Kubernetes and Calico node name; must equal the inventory hostname, which every calicoctl call uses. Default: <c>unset → inventory hostname</c>.</summary>
    public static readonly CalicoOption<string> KubeOverrideHostname = Unset(
        "kube_override_hostname", "Host.KubeOverrideHostname", OptionArea.Host,
        Converters.Matching(@"^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "a lowercase DNS-1123 name"),
        "Kubernetes and Calico node name; must equal the inventory hostname, which every calicoctl call uses.", "unset → inventory hostname",
        scopes: OptionScopes.Host, file: "host_vars", consumer: "NODENAME (spec.nodeName)");

    /// <summary><c>calico_baremetal_nodename</c>: Node name variable Kubespray still defines but nothing reads. Default: <c>unset → kube_override_hostname, else inventory hostname</c>. Read by nothing.</summary>
    public static readonly CalicoOption<string> BaremetalNodename = Unset(
        "calico_baremetal_nodename", "Host.BaremetalNodename", OptionArea.Host,
        Converters.Text,
        "Node name variable Kubespray still defines but nothing reads.", "unset → kube_override_hostname, else inventory hostname",
        scopes: OptionScopes.Host, file: "host_vars", consumer: "nothing (dead variable)", status: OptionStatus.Unused);

    /// <summary><c>local_as</c>: BGP AS number of this node when it peers with routers (peer_with_router, calico_rr empty). Default: <c>unset</c>.</summary>
    public static readonly CalicoOption<AsNumber> LocalAs = Unset(
        "local_as", "Host.LocalAs", OptionArea.Host,
        Converters.AsNumber,
        "BGP AS number of this node when it peers with routers (peer_with_router, calico_rr empty).", "unset",
        scopes: OptionScopes.Group | OptionScopes.Host, file: "host_vars", consumer: "Calico Node spec.bgp.asNumber; calico-config 'as' (unused)");

    /// <summary><c>cluster_id</c>: Route-reflector cluster ID of calico_rr hosts; must be an IPv4 address. Default: <c>unset</c>.</summary>
    public static readonly CalicoOption<string> ClusterId = Unset(
        "cluster_id", "Host.ClusterId", OptionArea.Host,
        Converters.Text,
        "Route-reflector cluster ID of calico_rr hosts; must be an IPv4 address.", "unset",
        scopes: OptionScopes.Group | OptionScopes.Host, file: "host_vars", consumer: "Calico Node spec.bgp.routeReflectorClusterID", check: IPv4Text);

    /// <summary><c>calico_rr_id</c>: Label that names a set of route reflectors; nodes whose calico_group_id matches peer with them. Default: <c>unset</c>.</summary>
    public static readonly CalicoOption<string> RouteReflectorId = Unset(
        "calico_rr_id", "Host.RouteReflectorId", OptionArea.Host,
        Converters.Matching(@"^(?=.{0,63}$)(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "a Kubernetes label value"),
        "Label that names a set of route reflectors; nodes whose calico_group_id matches peer with them.", "unset",
        scopes: OptionScopes.Group | OptionScopes.Host,
        file: "host_vars",
        consumer: "label calico-rr-id on RR nodes; BGPPeer <calico_rr_id>-to-node peerSelector");

    /// <summary><c>calico_group_id</c>: Label that puts a node in a route-reflector group. Default: <c>unset</c>.</summary>
    public static readonly CalicoOption<string> GroupId = Unset(
        "calico_group_id", "Host.GroupId", OptionArea.Host,
        Converters.Matching(@"^(?=.{0,63}$)(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "a Kubernetes label value"),
        "Label that puts a node in a route-reflector group.", "unset",
        scopes: OptionScopes.Group | OptionScopes.Host,
        file: "host_vars",
        consumer: "label calico-group-id; BGPPeer <calico_rr_id>-to-node nodeSelector");
}
