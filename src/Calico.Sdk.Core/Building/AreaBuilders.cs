using System.Globalization;

namespace Calico.Sdk;

public sealed partial class CalicoClusterBuilder
{
    /// <summary>Backend, encapsulation, MTU, address families and address autodetection.</summary>
    /// <param name="configure">Receives a <see cref="NetworkBuilder"/> and sets options with it.</param>
    public CalicoClusterBuilder Network(Action<NetworkBuilder> configure)
    {
        configure(new NetworkBuilder(this));
        return this;
    }

    /// <summary>The IPv4 and IPv6 pools Kubespray creates: names, CIDRs, block sizes, outgoing NAT.</summary>
    /// <param name="configure">Receives a <see cref="PoolsBuilder"/> and sets options with it.</param>
    public CalicoClusterBuilder Pools(Action<PoolsBuilder> configure)
    {
        configure(new PoolsBuilder(this));
        return this;
    }

    /// <summary>BGP: AS numbers, peering, route reflection, service advertisement.</summary>
    /// <param name="configure">Receives a <see cref="BgpBuilder"/> and sets options with it.</param>
    public CalicoClusterBuilder Bgp(Action<BgpBuilder> configure)
    {
        configure(new BgpBuilder(this));
        return this;
    }

    /// <summary>Dataplane: eBPF, WireGuard, iptables and nftables.</summary>
    /// <param name="configure">Receives a <see cref="DataplaneBuilder"/> and sets options with it.</param>
    public CalicoClusterBuilder Dataplane(Action<DataplaneBuilder> configure)
    {
        configure(new DataplaneBuilder(this));
        return this;
    }

    /// <summary>Felix: logging, metrics, health and other settings passed through FelixConfiguration or calico-node's environment.</summary>
    /// <param name="configure">Receives a <see cref="FelixBuilder"/> and sets options with it.</param>
    public CalicoClusterBuilder Felix(Action<FelixBuilder> configure)
    {
        configure(new FelixBuilder(this));
        return this;
    }

    /// <summary>Typha.</summary>
    /// <param name="configure">Receives a <see cref="TyphaBuilder"/> and sets options with it.</param>
    public CalicoClusterBuilder Typha(Action<TyphaBuilder> configure)
    {
        configure(new TyphaBuilder(this));
        return this;
    }

    /// <summary>Calico IPAM (IPAMConfig) or host-local IPAM.</summary>
    /// <param name="configure">Receives a <see cref="IpamBuilder"/> and sets options with it.</param>
    public CalicoClusterBuilder Ipam(Action<IpamBuilder> configure)
    {
        configure(new IpamBuilder(this));
        return this;
    }

    /// <summary>The Calico CNI plugin configuration.</summary>
    /// <param name="configure">Receives a <see cref="CniBuilder"/> and sets options with it.</param>
    public CalicoClusterBuilder Cni(Action<CniBuilder> configure)
    {
        configure(new CniBuilder(this));
        return this;
    }

    /// <summary>The datastore (kdd or etcd) and the etcd client certificates.</summary>
    /// <param name="configure">Receives a <see cref="DatastoreBuilder"/> and sets options with it.</param>
    public CalicoClusterBuilder Datastore(Action<DatastoreBuilder> configure)
    {
        configure(new DatastoreBuilder(this));
        return this;
    }

    /// <summary>Calico versions, images, downloads and their checksums.</summary>
    /// <param name="configure">Receives a <see cref="ImagesBuilder"/> and sets options with it.</param>
    public CalicoClusterBuilder Images(Action<ImagesBuilder> configure)
    {
        configure(new ImagesBuilder(this));
        return this;
    }

    /// <summary>Resources, selectors, probes and log levels of calico-node and calico-kube-controllers; the Calico API server.</summary>
    /// <param name="configure">Receives a <see cref="WorkloadsBuilder"/> and sets options with it.</param>
    public CalicoClusterBuilder Workloads(Action<WorkloadsBuilder> configure)
    {
        configure(new WorkloadsBuilder(this));
        return this;
    }

    /// <summary>Kubespray cluster settings Calico depends on: subnets, kube-proxy, API server endpoint, certificates, paths.</summary>
    /// <param name="configure">Receives a <see cref="ClusterBuilder"/> and sets options with it.</param>
    public CalicoClusterBuilder Cluster(Action<ClusterBuilder> configure)
    {
        configure(new ClusterBuilder(this));
        return this;
    }
}

/// <summary>Sets the cluster-wide options of <see cref="OptionArea.Network"/>: backend, encapsulation, MTU, address families and address autodetection. Each method names the Kubespray variable it sets.</summary>
public sealed partial class NetworkBuilder : OptionsBuilder<NetworkBuilder>
{
    internal NetworkBuilder(CalicoClusterBuilder owner)
        : base(owner)
    {
    }

    /// <summary>Sets <c>calico_network_backend</c>: Calico networking backend: bird (BGP), vxlan or none. Kubespray's default: <c>vxlan</c>.</summary>
    /// <param name="value">The NetworkBackend value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_network_backend")]
    public NetworkBuilder Backend(NetworkBackend value) => Set(CalicoOptions.NetworkBackend, value);

    /// <summary>Sets <c>calico_ipip_mode</c>: IPIP mode of the IPv4 pool; exclusive with VXLAN. Kubespray's default: <c>Never</c>.</summary>
    /// <param name="value">The EncapsulationMode value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_ipip_mode")]
    public NetworkBuilder Ipip(EncapsulationMode value) => Set(CalicoOptions.IpipMode, value);

    /// <summary>Sets <c>calico_vxlan_mode</c>: VXLAN mode of the IPv4 pool; exclusive with IPIP. Kubespray's default: <c>Always</c>.</summary>
    /// <param name="value">The EncapsulationMode value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_vxlan_mode")]
    public NetworkBuilder Vxlan(EncapsulationMode value) => Set(CalicoOptions.VxlanMode, value);

    /// <summary>Sets <c>calico_ipip_mode_ipv6</c>: IPIP mode of the IPv6 pool; Calico has no IPIP for IPv6, so Kubespray requires Never. Kubespray's default: <c>Never</c>.</summary>
    /// <param name="value">The EncapsulationMode value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_ipip_mode_ipv6")]
    public NetworkBuilder IpipIpv6(EncapsulationMode value) => Set(CalicoOptions.IpipModeIpv6, value);

    /// <summary>Sets <c>calico_vxlan_mode_ipv6</c>: VXLAN mode of the IPv6 pool (Kubespray does not check it). Kubespray's default: <c>Always</c>.</summary>
    /// <param name="value">The EncapsulationMode value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_vxlan_mode_ipv6")]
    public NetworkBuilder VxlanIpv6(EncapsulationMode value) => Set(CalicoOptions.VxlanModeIpv6, value);

    /// <summary>Sets <c>calico_ipv4pool_ipip</c>: IPIP mode calico-node gives a default IPv4 pool it creates by itself (normally Kubespray creates the pool first). Kubespray's default: <c>Off</c>.</summary>
    /// <param name="value">The Ipv4PoolIpipMode value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_ipv4pool_ipip")]
    public NetworkBuilder Ipv4PoolIpip(Ipv4PoolIpipMode value) => Set(CalicoOptions.Ipv4PoolIpip, value);

    /// <summary>Sets <c>calico_mtu</c>: MTU of the host network; once set, Kubespray also writes the tunnel and CNI MTUs. Kubespray's default: <c>unset</c>.</summary>
    /// <param name="value">The MTU in bytes, such as 1500.</param>
    [KubesprayVariable("calico_mtu")]
    public NetworkBuilder Mtu(int value) => Set(CalicoOptions.Mtu, value);

    /// <summary>Sets <c>calico_veth_mtu</c>: MTU of pod interfaces and tunnels; Kubespray ignores it unless calico_mtu is set as well. Kubespray's default: <c>unset → calico_mtu</c>.</summary>
    /// <param name="value">The MTU in bytes, such as 1450 for VXLAN on a 1500 network.</param>
    [KubesprayVariable("calico_veth_mtu")]
    public NetworkBuilder VethMtu(int value) => Set(CalicoOptions.VethMtu, value);

    /// <summary>Sets <c>calico_vxlan_vni</c>: VXLAN network identifier; 0 leaves the kernel's default. Kubespray's default: <c>4096</c>.</summary>
    /// <param name="value">The value.</param>
    [KubesprayVariable("calico_vxlan_vni")]
    public NetworkBuilder VxlanVni(int value) => Set(CalicoOptions.VxlanVni, value);

    /// <summary>Sets <c>calico_vxlan_port</c>: UDP port of VXLAN traffic; 0 leaves the kernel's default. Kubespray's default: <c>4789</c>.</summary>
    /// <param name="value">The value.</param>
    [KubesprayVariable("calico_vxlan_port")]
    public NetworkBuilder VxlanPort(int value) => Set(CalicoOptions.VxlanPort, value);

    /// <summary>Sets <c>calico_felix_mtu_iface_pattern</c>: Regular expression naming the host interfaces Felix reads to detect the MTU. Kubespray's default: <c>unset</c>.</summary>
    /// <param name="value">A Go regular expression, such as <c>^(en|eth).*</c>.</param>
    [KubesprayVariable("calico_felix_mtu_iface_pattern")]
    public NetworkBuilder MtuInterfacePattern(string value) => Set(CalicoOptions.MtuInterfacePattern, value);

    /// <summary>Sets <c>calico_ip_auto_method</c>: How calico-node finds a node's IPv4 address; only the first control-plane host's value reaches the DaemonSet. Kubespray's default: <c>unset → can-reach=$(NODEIP)</c>.</summary>
    /// <param name="value">A method such as <c>interface=eth.*</c>, <c>can-reach=8.8.8.8</c> or <c>first-found</c>.</param>
    [KubesprayVariable("calico_ip_auto_method")]
    public NetworkBuilder IpAutodetectionMethod(string value) => Set(CalicoOptions.IpAutodetectionMethod, value);

    /// <summary>Sets <c>calico_ip6_auto_method</c>: How calico-node finds a node's IPv6 address (same syntax as calico_ip_auto_method). Kubespray's default: <c>unset</c>.</summary>
    /// <param name="value">A method such as <c>interface=eth.*</c>.</param>
    [KubesprayVariable("calico_ip6_auto_method")]
    public NetworkBuilder Ip6AutodetectionMethod(string value) => Set(CalicoOptions.Ip6AutodetectionMethod, value);

    /// <summary>Sets <c>ipv4_stack</c>: Give pods IPv4 addresses: creates the IPv4 pool. Kubespray's default: <c>true</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("ipv4_stack")]
    public NetworkBuilder Ipv4Stack(bool value = true) => Set(CalicoOptions.Ipv4Stack, value);

    /// <summary>Sets <c>ipv6_stack</c>: Give pods IPv6 addresses: creates the IPv6 pool. Kubespray's default: <c>unset → enable_dual_stack_networks, else false</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("ipv6_stack")]
    public NetworkBuilder Ipv6Stack(bool value = true) => Set(CalicoOptions.Ipv6Stack, value);

    /// <summary>Sets <c>enable_dual_stack_networks</c>: Former dual-stack switch; Kubespray warns and uses it only as the default of ipv6_stack. Kubespray's default: <c>unset (deprecated)</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("enable_dual_stack_networks")]
    [Obsolete("Kubespray deprecates enable_dual_stack_networks; use Ipv6Stack (ipv6_stack).")]
    public NetworkBuilder EnableDualStackNetworks(bool value) => Set(CalicoOptions.EnableDualStackNetworks, value);

    /// <summary>Sets <c>ipip</c>: Removed IPIP switch; Kubespray's check fails while it is defined. Kubespray's default: <c>must stay unset</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("ipip")]
    [Obsolete("Kubespray rejects ipip; use Ipip(EncapsulationMode) (calico_ipip_mode).")]
    public NetworkBuilder LegacyIpip(bool value) => Set(CalicoOptions.LegacyIpip, value);

    /// <summary>Sets <c>ipip_mode</c>: Removed name of the IPIP mode; Kubespray's check fails while it is defined. Kubespray's default: <c>must stay unset</c>.</summary>
    /// <param name="value">The EncapsulationMode value, written in Kubespray's spelling.</param>
    [KubesprayVariable("ipip_mode")]
    [Obsolete("Kubespray rejects ipip_mode; use Ipip(EncapsulationMode) (calico_ipip_mode).")]
    public NetworkBuilder LegacyIpipMode(EncapsulationMode value) => Set(CalicoOptions.LegacyIpipMode, value);
}

/// <summary>Sets the cluster-wide options of <see cref="OptionArea.Pools"/>: IPv4 and IPv6 pools: names, CIDRs, block sizes, NAT. Each method names the Kubespray variable it sets.</summary>
public sealed partial class PoolsBuilder : OptionsBuilder<PoolsBuilder>
{
    internal PoolsBuilder(CalicoClusterBuilder owner)
        : base(owner)
    {
    }

    /// <summary>Sets <c>calico_pool_name</c>: Name of the IPv4 pool; the IPv6 pool is called &lt;name&gt;-ipv6. Kubespray's default: <c>default-pool</c>.</summary>
    /// <param name="value">The pool name; Calico wants a lowercase DNS-1123 name.</param>
    [KubesprayVariable("calico_pool_name")]
    public PoolsBuilder Name(string value) => Set(CalicoOptions.PoolName, value);

    /// <summary>Sets <c>calico_pool_cidr</c>: CIDR of the IPv4 pool; must lie within kube_pods_subnet. Kubespray's default: <c>unset → kube_pods_subnet</c>.</summary>
    /// <param name="value">An IPv4 network such as <c>10.233.64.0/18</c>.</param>
    [KubesprayVariable("calico_pool_cidr")]
    public PoolsBuilder Cidr(Cidr value) => Set(CalicoOptions.PoolCidr, value);

    /// <summary>Sets <c>calico_pool_cidr_ipv6</c>: CIDR of the IPv6 pool; must lie within kube_pods_subnet_ipv6. Kubespray's default: <c>unset → kube_pods_subnet_ipv6</c>.</summary>
    /// <param name="value">An IPv6 network.</param>
    [KubesprayVariable("calico_pool_cidr_ipv6")]
    public PoolsBuilder CidrIpv6(Cidr value) => Set(CalicoOptions.PoolCidrIpv6, value);

    /// <summary>Sets <c>calico_pool_blocksize</c>: Prefix length of the address blocks nodes take from the IPv4 pool; fixed once the pool exists. Kubespray's default: <c>26</c>.</summary>
    /// <param name="value">A prefix length from 20 to 32.</param>
    [KubesprayVariable("calico_pool_blocksize")]
    public PoolsBuilder BlockSize(int value) => Set(CalicoOptions.PoolBlockSize, value);

    /// <summary>Sets <c>calico_pool_blocksize_ipv6</c>: Prefix length of the address blocks nodes take from the IPv6 pool; fixed once the pool exists. Kubespray's default: <c>122</c>.</summary>
    /// <param name="value">A prefix length from 116 to 128.</param>
    [KubesprayVariable("calico_pool_blocksize_ipv6")]
    public PoolsBuilder BlockSizeIpv6(int value) => Set(CalicoOptions.PoolBlockSizeIpv6, value);

    /// <summary>Sets <c>nat_outgoing</c>: Masquerade traffic from the IPv4 pool to destinations outside it. Kubespray's default: <c>true</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("nat_outgoing")]
    public PoolsBuilder NatOutgoing(bool value = true) => Set(CalicoOptions.NatOutgoing, value);

    /// <summary>Sets <c>nat_outgoing_ipv6</c>: Masquerade traffic from the IPv6 pool to destinations outside it. Kubespray's default: <c>false</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("nat_outgoing_ipv6")]
    public PoolsBuilder NatOutgoingIpv6(bool value = true) => Set(CalicoOptions.NatOutgoingIpv6, value);
}

/// <summary>Sets the cluster-wide options of <see cref="OptionArea.Bgp"/>: BGP: AS numbers, peering, route reflection, service advertisement. Each method names the Kubespray variable it sets.</summary>
public sealed partial class BgpBuilder : OptionsBuilder<BgpBuilder>
{
    internal BgpBuilder(CalicoClusterBuilder owner)
        : base(owner)
    {
    }

    /// <summary>Sets <c>global_as_num</c>: Cluster-wide BGP AS number. Kubespray's default: <c>"64512"</c>.</summary>
    /// <param name="value">The value.</param>
    [KubesprayVariable("global_as_num")]
    public BgpBuilder GlobalAsNumber(AsNumber value) => Set(CalicoOptions.GlobalAsNumber, value);

    /// <summary>Sets <c>calico_no_global_as_num</c>: Leave the cluster AS number out of BGPConfiguration (when nodes peer with AS numbers of their own). Kubespray's default: <c>unset (false)</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("calico_no_global_as_num")]
    public BgpBuilder NoGlobalAsNumber(bool value = true) => Set(CalicoOptions.NoGlobalAsNumber, value);

    /// <summary>Sets <c>calico_bgp_listen_port</c>: TCP port BIRD listens on for BGP sessions. Kubespray's default: <c>179</c>.</summary>
    /// <param name="value">A TCP port (1–65535).</param>
    [KubesprayVariable("calico_bgp_listen_port")]
    public BgpBuilder ListenPort(int value) => Set(CalicoOptions.BgpListenPort, value);

    /// <summary>Sets <c>peer_with_router</c>: Peer with external routers (peers, local_as) and turn the node-to-node mesh off. Kubespray's default: <c>unset (false)</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("peer_with_router")]
    public BgpBuilder PeerWithRouter(bool value = true) => Set(CalicoOptions.PeerWithRouter, value);

    /// <summary>Sets <c>peer_with_calico_rr</c>: Peer nodes with the calico_rr route reflectors instead of a full mesh. Kubespray's default: <c>unset → true when group calico_rr has hosts</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("peer_with_calico_rr")]
    public BgpBuilder PeerWithRouteReflectors(bool value = true) => Set(CalicoOptions.PeerWithCalicoRr, value);

    /// <summary>Replaces the cluster-wide <c>peers</c> (group_vars/k8s_cluster): External BGP peers: global entries of the first control-plane host, node entries of each host. Kubespray's default: <c>unset (no peers)</c>.</summary>
    /// <param name="peers">The peers.</param>
    [KubesprayVariable("peers")]
    public BgpBuilder Peers(params BgpPeerEntry[] peers) => Set(CalicoOptions.Peers, peers.ToEquatableArray());

    /// <summary>
    /// Adds a <c>scope: global</c> entry to the cluster-wide <c>peers</c>: Kubespray creates BGPPeer
    /// <c>global-&lt;name|router_id&gt;</c>, which every node uses. Kubespray reads global entries only from the first
    /// control-plane host, and a host-level <c>peers</c> replaces this list for that host. Kubespray's default: <c>unset (no peers)</c>.
    /// </summary>
    /// <param name="routerId">The peer's IP address (<c>router_id</c>).</param>
    /// <param name="asNumber">The peer's AS number (<c>as</c>).</param>
    /// <param name="name">Used in the BGPPeer's name instead of the address (<c>name</c>); null to omit.</param>
    [KubesprayVariable("peers")]
    public BgpBuilder GlobalPeer(string routerId, AsNumber asNumber, string? name = null)
    {
        var peer = new BgpPeerEntry(routerId, asNumber) { Scope = PeerScope.Global, Name = name };
        return Set(CalicoOptions.Peers, Owner.TryGetCluster(CalicoOptions.Peers, out var current) ? current.Add(peer) : EquatableArray.Create(peer));
    }

    /// <summary>Sets <c>calico_advertise_cluster_ips</c>: Advertise the service cluster IP ranges over BGP. Kubespray's default: <c>unset (false)</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("calico_advertise_cluster_ips")]
    public BgpBuilder AdvertiseClusterIps(bool value = true) => Set(CalicoOptions.AdvertiseClusterIps, value);

    /// <summary>Sets <c>calico_advertise_service_external_ips</c>: Service external IP ranges to advertise over BGP. Kubespray's default: <c>[]</c>.</summary>
    /// <param name="values">The CIDRs.</param>
    [KubesprayVariable("calico_advertise_service_external_ips")]
    public BgpBuilder AdvertiseServiceExternalIps(params Cidr[] values) => Set(CalicoOptions.AdvertiseServiceExternalIps, values.ToEquatableArray());

    /// <summary>Sets <c>calico_advertise_service_loadbalancer_ips</c>: LoadBalancer service IP ranges to advertise over BGP. Kubespray's default: <c>[]</c>.</summary>
    /// <param name="values">The CIDRs.</param>
    [KubesprayVariable("calico_advertise_service_loadbalancer_ips")]
    public BgpBuilder AdvertiseServiceLoadBalancerIps(params Cidr[] values) => Set(CalicoOptions.AdvertiseServiceLoadBalancerIps, values.ToEquatableArray());
}

/// <summary>Sets the cluster-wide options of <see cref="OptionArea.Dataplane"/>: dataplane: eBPF, WireGuard, iptables and nftables. Each method names the Kubespray variable it sets.</summary>
public sealed partial class DataplaneBuilder : OptionsBuilder<DataplaneBuilder>
{
    internal DataplaneBuilder(CalicoClusterBuilder owner)
        : base(owner)
    {
    }

    /// <summary>Sets <c>calico_bpf_enabled</c>: Use the eBPF dataplane; fresh installs then skip kube-proxy. Kubespray's default: <c>false</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("calico_bpf_enabled")]
    public DataplaneBuilder Ebpf(bool value = true) => Set(CalicoOptions.BpfEnabled, value);

    /// <summary>Sets <c>calico_bpf_log_level</c>: Log level of the eBPF programs. Kubespray's default: <c>""</c>.</summary>
    /// <param name="value">The BpfLogLevel value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_bpf_log_level")]
    public DataplaneBuilder BpfLogLevel(BpfLogLevel value) => Set(CalicoOptions.BpfLogLevel, value);

    /// <summary>Sets <c>calico_bpf_service_mode</c>: How eBPF forwards traffic to services from outside: Tunnel or DSR. Kubespray's default: <c>Tunnel</c>.</summary>
    /// <param name="value">The BpfServiceMode value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_bpf_service_mode")]
    public DataplaneBuilder BpfServiceMode(BpfServiceMode value) => Set(CalicoOptions.BpfServiceMode, value);

    /// <summary>Sets <c>calico_wireguard_enabled</c>: Encrypt IPv4 pod traffic between nodes with WireGuard. Kubespray's default: <c>false</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("calico_wireguard_enabled")]
    public DataplaneBuilder Wireguard(bool value = true) => Set(CalicoOptions.WireguardEnabled, value);

    /// <summary>Sets <c>calico_wireguard_packages</c>: Packages Kubespray installs for WireGuard; its per-OS vars take precedence over inventory values. Kubespray's default: <c>[] (per-OS vars win: Debian [wireguard]; RedHat, Amazon [wireguard-dkms, wireguard-tools]; EL9, Fedora, openSUSE [wireguard-tools])</c>.</summary>
    /// <param name="values">The package names.</param>
    [KubesprayVariable("calico_wireguard_packages")]
    public DataplaneBuilder WireguardPackages(params string[] values) => Set(CalicoOptions.WireguardPackages, values.ToEquatableArray());

    /// <summary>Sets <c>calico_wireguard_repo</c>: Yum repository Kubespray adds for WireGuard on RedHat-family hosts before version 9. Kubespray's default: <c>unset → copr jdoss/wireguard, epel-&lt;major version&gt;</c>.</summary>
    /// <param name="value">The repository's base URL.</param>
    [KubesprayVariable("calico_wireguard_repo")]
    public DataplaneBuilder WireguardRepo(string value) => Set(CalicoOptions.WireguardRepo, value);

    /// <summary>Sets <c>calico_iptables_backend</c>: Which iptables Felix drives: Legacy, NFT or Auto. Kubespray's default: <c>Auto</c>.</summary>
    /// <param name="value">The IptablesBackend value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_iptables_backend")]
    public DataplaneBuilder IptablesBackend(IptablesBackend value) => Set(CalicoOptions.IptablesBackend, value);

    /// <summary>Sets <c>calico_nftable_mode</c>: Whether Felix programs nftables instead of iptables. Kubespray's default: <c>Disabled</c>.</summary>
    /// <param name="value">The NftablesMode value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_nftable_mode")]
    public DataplaneBuilder NftablesMode(NftablesMode value) => Set(CalicoOptions.NftablesMode, value);

    /// <summary>Sets <c>calico_iptables_lock_timeout_secs</c>: Seconds Felix waits for the iptables lock. Kubespray's default: <c>10</c>.</summary>
    /// <param name="value">Seconds.</param>
    [KubesprayVariable("calico_iptables_lock_timeout_secs")]
    public DataplaneBuilder IptablesLockTimeoutSeconds(int value) => Set(CalicoOptions.IptablesLockTimeoutSeconds, value);

    /// <summary>Sets <c>calico_felix_chaininsertmode</c>: Whether Calico's iptables chains go before or after rules already there. Kubespray's default: <c>Insert</c>.</summary>
    /// <param name="value">The ChainInsertMode value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_felix_chaininsertmode")]
    public DataplaneBuilder ChainInsertMode(ChainInsertMode value) => Set(CalicoOptions.ChainInsertMode, value);
}

/// <summary>Sets the cluster-wide options of <see cref="OptionArea.Felix"/>: Felix settings passed through FelixConfiguration or calico-node's environment. Each method names the Kubespray variable it sets.</summary>
public sealed partial class FelixBuilder : OptionsBuilder<FelixBuilder>
{
    internal FelixBuilder(CalicoClusterBuilder owner)
        : base(owner)
    {
    }

    /// <summary>Sets <c>calico_felix_floating_ips</c>: Whether Felix honours floating IPs of workloads. Kubespray's default: <c>Disabled</c>.</summary>
    /// <param name="value">The FloatingIpsMode value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_felix_floating_ips")]
    public FelixBuilder FloatingIps(FloatingIpsMode value) => Set(CalicoOptions.FloatingIps, value);

    /// <summary>Sets <c>calico_felix_reporting_interval</c>: How often Felix reports its status to the datastore; 0s turns reporting off. Kubespray's default: <c>0s</c>.</summary>
    /// <param name="value">A Go duration such as <c>30s</c>.</param>
    [KubesprayVariable("calico_felix_reporting_interval")]
    public FelixBuilder ReportingInterval(GoDuration value) => Set(CalicoOptions.ReportingInterval, value);

    /// <summary>Sets <c>calico_felix_log_severity_screen</c>: Felix's log level as FelixConfiguration states it. Kubespray's default: <c>Info</c>.</summary>
    /// <param name="value">The CalicoLogLevel value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_felix_log_severity_screen")]
    public FelixBuilder LogSeverityScreen(CalicoLogLevel value) => Set(CalicoOptions.LogSeverityScreen, value);

    /// <summary>Sets <c>calico_loglevel</c>: Felix's log level as calico-node's environment states it. Kubespray's default: <c>info</c>.</summary>
    /// <param name="value">The CalicoLogLevel value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_loglevel")]
    public FelixBuilder LogLevel(CalicoLogLevel value) => Set(CalicoOptions.LogLevel, value);

    /// <summary>Sets <c>calico_felix_prometheusmetricsenabled</c>: Serve Felix metrics for Prometheus and annotate calico-node for scraping. Kubespray's default: <c>false</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("calico_felix_prometheusmetricsenabled")]
    public FelixBuilder PrometheusMetricsEnabled(bool value = true) => Set(CalicoOptions.PrometheusMetricsEnabled, value);

    /// <summary>Sets <c>calico_felix_prometheusmetricsport</c>: TCP port of Felix's metrics endpoint. Kubespray's default: <c>9091</c>.</summary>
    /// <param name="value">A TCP port (1–65535).</param>
    [KubesprayVariable("calico_felix_prometheusmetricsport")]
    public FelixBuilder PrometheusMetricsPort(int value) => Set(CalicoOptions.PrometheusMetricsPort, value);

    /// <summary>Sets <c>calico_felix_prometheusgometricsenabled</c>: Include Go runtime metrics in Felix's metrics. Kubespray's default: <c>true</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("calico_felix_prometheusgometricsenabled")]
    public FelixBuilder PrometheusGoMetricsEnabled(bool value = true) => Set(CalicoOptions.PrometheusGoMetricsEnabled, value);

    /// <summary>Sets <c>calico_felix_prometheusprocessmetricsenabled</c>: Include process metrics in Felix's metrics. Kubespray's default: <c>true</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("calico_felix_prometheusprocessmetricsenabled")]
    public FelixBuilder PrometheusProcessMetricsEnabled(bool value = true) => Set(CalicoOptions.PrometheusProcessMetricsEnabled, value);

    /// <summary>Sets <c>calico_usage_reporting</c>: Let Felix send anonymous usage statistics to the Calico project. Kubespray's default: <c>false</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("calico_usage_reporting")]
    public FelixBuilder UsageReporting(bool value = true) => Set(CalicoOptions.UsageReporting, value);

    /// <summary>Sets <c>calico_node_ignorelooserpf</c>: Let Felix run although the host does loose reverse-path filtering. Kubespray's default: <c>false</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("calico_node_ignorelooserpf")]
    public FelixBuilder IgnoreLooseRpf(bool value = true) => Set(CalicoOptions.IgnoreLooseRpf, value);

    /// <summary>Sets <c>calico_healthhost</c>: Address Felix's health endpoint listens on. Kubespray's default: <c>localhost</c>.</summary>
    /// <param name="value">A host name or IP address, such as <c>0.0.0.0</c>.</param>
    [KubesprayVariable("calico_healthhost")]
    public FelixBuilder HealthHost(string value) => Set(CalicoOptions.HealthHost, value);

    /// <summary>Sets <c>calico_feature_detect_override</c>: Overrides of Felix's kernel feature detection, such as ChecksumOffloadBroken=false. Kubespray's default: <c>""</c>.</summary>
    /// <param name="value">Comma-separated <c>Feature=value</c> pairs.</param>
    [KubesprayVariable("calico_feature_detect_override")]
    public FelixBuilder FeatureDetectOverride(string value) => Set(CalicoOptions.FeatureDetectOverride, value);

    /// <summary>Sets <c>calico_endpoint_to_host_action</c>: What Felix does with traffic from pods to their own host. Kubespray's default: <c>unset → RETURN</c>.</summary>
    /// <param name="value">The EndpointToHostAction value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_endpoint_to_host_action")]
    public FelixBuilder EndpointToHostAction(EndpointToHostAction value) => Set(CalicoOptions.EndpointToHostAction, value);

    /// <summary>Sets <c>calico_use_default_route_src_ipaddr</c>: Use the node IP as the source address of routes to local pods (hosts with several interfaces). Kubespray's default: <c>unset (false)</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("calico_use_default_route_src_ipaddr")]
    public FelixBuilder UseDefaultRouteSourceAddress(bool value = true) => Set(CalicoOptions.UseDefaultRouteSourceAddress, value);

    /// <summary>Adds (or replaces) one variable of <c>calico_node_extra_envs</c>: Extra environment variables for the calico-node container (FELIX_* and others). Kubespray's default: <c>unset</c>.</summary>
    /// <param name="name">The environment variable, such as <c>FELIX_BPFCONNECTTIMELOADBALANCING</c>.</param>
    /// <param name="value">Its value, as a string.</param>
    [KubesprayVariable("calico_node_extra_envs")]
    public FelixBuilder ExtraEnv(string name, string value)
    {
        var envs = Owner.TryGetCluster(CalicoOptions.NodeExtraEnvs, out var current) ? current.Where(p => p.Key != name) : [];
        return Set(CalicoOptions.NodeExtraEnvs, envs.Append(new StringPair(name, value)).ToEquatableArray());
    }

    /// <summary>Replaces <c>calico_node_extra_envs</c>: Extra environment variables for the calico-node container (FELIX_* and others). Kubespray's default: <c>unset</c>.</summary>
    /// <param name="variables">The variables, in order.</param>
    [KubesprayVariable("calico_node_extra_envs")]
    public FelixBuilder ExtraEnvs(params StringPair[] variables) => Set(CalicoOptions.NodeExtraEnvs, variables.ToEquatableArray());
}

/// <summary>Sets the cluster-wide options of <see cref="OptionArea.Typha"/>: Typha. Each method names the Kubespray variable it sets.</summary>
public sealed partial class TyphaBuilder : OptionsBuilder<TyphaBuilder>
{
    internal TyphaBuilder(CalicoClusterBuilder owner)
        : base(owner)
    {
    }

    /// <summary>Sets <c>typha_enabled</c>: Deploy Typha (kdd only); recommended beyond 50 nodes. Kubespray's default: <c>false</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("typha_enabled")]
    public TyphaBuilder Enabled(bool value = true) => Set(CalicoOptions.TyphaEnabled, value);

    /// <summary>Sets <c>typha_replicas</c>: Typha replicas; about one per 100–200 nodes. Kubespray's default: <c>1</c>.</summary>
    /// <param name="value">The value.</param>
    [KubesprayVariable("typha_replicas")]
    public TyphaBuilder Replicas(int value) => Set(CalicoOptions.TyphaReplicas, value);

    /// <summary>Sets <c>typha_secure</c>: Mutual TLS between calico-node and Typha; only valid with typha_enabled. Kubespray's default: <c>false</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("typha_secure")]
    public TyphaBuilder Secure(bool value = true) => Set(CalicoOptions.TyphaSecure, value);

    /// <summary>Sets <c>typha_prometheusmetricsenabled</c>: Serve Typha metrics for Prometheus. Kubespray's default: <c>false</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("typha_prometheusmetricsenabled")]
    public TyphaBuilder PrometheusMetricsEnabled(bool value = true) => Set(CalicoOptions.TyphaPrometheusMetricsEnabled, value);

    /// <summary>Sets <c>typha_prometheusmetricsport</c>: TCP port of Typha's metrics endpoint. Kubespray's default: <c>9093</c>.</summary>
    /// <param name="value">A TCP port (1–65535).</param>
    [KubesprayVariable("typha_prometheusmetricsport")]
    public TyphaBuilder PrometheusMetricsPort(int value) => Set(CalicoOptions.TyphaPrometheusMetricsPort, value);

    /// <summary>Sets <c>typha_max_connections_lower_limit</c>: Lowest connection limit a Typha replica applies when it balances calico-node connections. Kubespray's default: <c>300</c>.</summary>
    /// <param name="value">The value.</param>
    [KubesprayVariable("typha_max_connections_lower_limit")]
    public TyphaBuilder MaxConnectionsLowerLimit(int value) => Set(CalicoOptions.TyphaMaxConnectionsLowerLimit, value);
}

/// <summary>Sets the cluster-wide options of <see cref="OptionArea.Ipam"/>: Calico IPAM. Each method names the Kubespray variable it sets.</summary>
public sealed partial class IpamBuilder : OptionsBuilder<IpamBuilder>
{
    internal IpamBuilder(CalicoClusterBuilder owner)
        : base(owner)
    {
    }

    /// <summary>Sets <c>calico_ipam_host_local</c>: Use the host-local IPAM plugin with Kubernetes' per-node pod CIDRs instead of Calico IPAM. Kubespray's default: <c>false</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("calico_ipam_host_local")]
    public IpamBuilder HostLocal(bool value = true) => Set(CalicoOptions.IpamHostLocal, value);

    /// <summary>Sets <c>calico_ipam_strictaffinity</c>: Never borrow addresses from blocks of other nodes. Kubespray's default: <c>false</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("calico_ipam_strictaffinity")]
    public IpamBuilder StrictAffinity(bool value = true) => Set(CalicoOptions.IpamStrictAffinity, value);

    /// <summary>Sets <c>calico_ipam_autoallocateblocks</c>: Let nodes claim new address blocks when they need them. Kubespray's default: <c>true</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("calico_ipam_autoallocateblocks")]
    public IpamBuilder AutoAllocateBlocks(bool value = true) => Set(CalicoOptions.IpamAutoAllocateBlocks, value);

    /// <summary>Sets <c>calico_ipam_maxblocksperhost</c>: Most address blocks one node may claim; 0 means no limit. Kubespray's default: <c>0</c>.</summary>
    /// <param name="value">The value.</param>
    [KubesprayVariable("calico_ipam_maxblocksperhost")]
    public IpamBuilder MaxBlocksPerHost(int value) => Set(CalicoOptions.IpamMaxBlocksPerHost, value);

    /// <summary>Sets <c>calcio_ipam_autoallocateblocks</c>: Misspelled name of calico_ipam_autoallocateblocks; Kubespray's check fails while it is defined. Kubespray's default: <c>must stay unset</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("calcio_ipam_autoallocateblocks")]
    [Obsolete("Kubespray rejects the misspelled calcio_ipam_autoallocateblocks; use AutoAllocateBlocks (calico_ipam_autoallocateblocks).")]
    public IpamBuilder MisspelledAutoAllocateBlocks(bool value) => Set(CalicoOptions.IpamAutoAllocateBlocksMisspelled, value);
}

/// <summary>Sets the cluster-wide options of <see cref="OptionArea.Cni"/>: the Calico CNI plugin configuration. Each method names the Kubespray variable it sets.</summary>
public sealed partial class CniBuilder : OptionsBuilder<CniBuilder>
{
    internal CniBuilder(CalicoClusterBuilder owner)
        : base(owner)
    {
    }

    /// <summary>Sets <c>calico_cni_name</c>: Name of the CNI network in Calico's conflist. Kubespray's default: <c>k8s-pod-network</c>.</summary>
    /// <param name="value">The value.</param>
    [KubesprayVariable("calico_cni_name")]
    public CniBuilder Name(string value) => Set(CalicoOptions.CniName, value);

    /// <summary>Sets <c>calico_cni_log_file_path</c>: File the Calico CNI plugin logs to; false turns file logging off. Kubespray's default: <c>/var/log/calico/cni/cni.log</c>.</summary>
    /// <param name="path">An absolute path; null (written as <c>false</c>) turns file logging off.</param>
    [KubesprayVariable("calico_cni_log_file_path")]
    public CniBuilder LogFilePath(string? path) => Set(CalicoOptions.CniLogFilePath, path ?? string.Empty);

    /// <summary>Sets <c>calico_allow_ip_forwarding</c>: Let pods forward IP packets (enables forwarding inside their network namespace). Kubespray's default: <c>false</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("calico_allow_ip_forwarding")]
    public CniBuilder AllowIpForwarding(bool value = true) => Set(CalicoOptions.CniAllowIpForwarding, value);

    /// <summary>Sets one switch of <c>calico_feature_control</c>: Feature switches of the Calico CNI plugin (name → true/false or text). Kubespray's default: <c>{}</c>.</summary>
    /// <param name="feature">The feature name, such as <c>ip_addrs_no_ipam</c>.</param>
    /// <param name="enabled">True to turn it on.</param>
    [KubesprayVariable("calico_feature_control")]
    public CniBuilder FeatureControl(string feature, bool enabled = true)
    {
        var entries = Owner.TryGetCluster(CalicoOptions.CniFeatureControl, out var current) ? current.Entries.Where(x => x.Key != feature) : [];
        return Set(CalicoOptions.CniFeatureControl, new InventoryMapping(entries.Append(new MappingEntry(feature, InventoryValue.Boolean(enabled))).ToEquatableArray()));
    }

    /// <summary>Replaces <c>calico_feature_control</c>: Feature switches of the Calico CNI plugin (name → true/false or text). Kubespray's default: <c>{}</c>.</summary>
    /// <param name="features">The whole mapping, kept as written.</param>
    [KubesprayVariable("calico_feature_control")]
    public CniBuilder FeatureControl(InventoryMapping features) => Set(CalicoOptions.CniFeatureControl, features);

    /// <summary>Sets <c>calico_kubeconfig_wait_timeout</c>: Seconds non-control-plane hosts wait for calico-node to write the CNI kubeconfig (kdd). Kubespray's default: <c>300</c>.</summary>
    /// <param name="value">Seconds.</param>
    [KubesprayVariable("calico_kubeconfig_wait_timeout")]
    public CniBuilder KubeconfigWaitTimeout(int value) => Set(CalicoOptions.CniKubeconfigWaitTimeout, value);
}

/// <summary>Sets the cluster-wide options of <see cref="OptionArea.Datastore"/>: the datastore and its etcd certificates. Each method names the Kubespray variable it sets.</summary>
public sealed partial class DatastoreBuilder : OptionsBuilder<DatastoreBuilder>
{
    internal DatastoreBuilder(CalicoClusterBuilder owner)
        : base(owner)
    {
    }

    /// <summary>Sets <c>calico_datastore</c>: Calico datastore: kdd (Kubernetes API) or etcd. Kubespray's default: <c>kdd</c>.</summary>
    /// <param name="value">The CalicoDatastore value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_datastore")]
    public DatastoreBuilder Type(CalicoDatastore value) => Set(CalicoOptions.Datastore, value);

    /// <summary>Sets <c>calico_cert_dir</c>: Directory of the etcd client certificates Calico uses (etcd datastore). Kubespray's default: <c>/etc/calico/certs</c>.</summary>
    /// <param name="value">An absolute path.</param>
    [KubesprayVariable("calico_cert_dir")]
    public DatastoreBuilder CertDir(string value) => Set(CalicoOptions.CertDir, value);

    /// <summary>Sets <c>kube_etcd_cacert_file</c>: etcd CA file (in the etcd certificate directory) that Calico links to. Kubespray's default: <c>ca.pem (etcd/ca.crt when etcd_deployment_type is kubeadm)</c>.</summary>
    /// <param name="value">A file name.</param>
    [KubesprayVariable("kube_etcd_cacert_file")]
    public DatastoreBuilder EtcdCaCertFile(string value) => Set(CalicoOptions.EtcdCaCertFile, value);

    /// <summary>Sets <c>kube_etcd_cert_file</c>: etcd client certificate file that Calico links to. Kubespray's default: <c>unset → node-&lt;inventory_hostname&gt;.pem (kubeadm etcd: apiserver-etcd-client.crt)</c>.</summary>
    /// <param name="value">A file name.</param>
    [KubesprayVariable("kube_etcd_cert_file")]
    public DatastoreBuilder EtcdCertFile(string value) => Set(CalicoOptions.EtcdCertFile, value);

    /// <summary>Sets <c>kube_etcd_key_file</c>: etcd client key file that Calico links to. Kubespray's default: <c>unset → node-&lt;inventory_hostname&gt;-key.pem (kubeadm etcd: apiserver-etcd-client.key)</c>.</summary>
    /// <param name="value">A file name.</param>
    [KubesprayVariable("kube_etcd_key_file")]
    public DatastoreBuilder EtcdKeyFile(string value) => Set(CalicoOptions.EtcdKeyFile, value);

    /// <summary>Sets <c>etcd_deployment_type</c>: How Kubespray runs etcd; kubeadm switches Calico to kubeadm's etcd client certificates. Kubespray's default: <c>host</c>.</summary>
    /// <param name="value">The EtcdDeploymentType value, written in Kubespray's spelling.</param>
    [KubesprayVariable("etcd_deployment_type")]
    public DatastoreBuilder EtcdDeploymentType(EtcdDeploymentType value) => Set(CalicoOptions.EtcdDeploymentType, value);
}

/// <summary>Sets the cluster-wide options of <see cref="OptionArea.Images"/>: versions, images and downloads. Each method names the Kubespray variable it sets.</summary>
public sealed partial class ImagesBuilder : OptionsBuilder<ImagesBuilder>
{
    internal ImagesBuilder(CalicoClusterBuilder owner)
        : base(owner)
    {
    }

    /// <summary>Sets <c>calico_version</c>: Calico release to install; Kubespray accepts 3.29.0 to 3.31.7. Kubespray's default: <c>3.31.7</c>.</summary>
    /// <param name="value">A version such as <c>3.31.7</c>.</param>
    [KubesprayVariable("calico_version")]
    public ImagesBuilder Version(string value) => Set(CalicoOptions.CalicoVersion, value);

    /// <summary>Sets <c>calico_ctl_version</c>: calicoctl release to download. Kubespray's default: <c>unset → calico_version</c>.</summary>
    /// <param name="value">A version such as <c>3.31.7</c>.</param>
    [KubesprayVariable("calico_ctl_version")]
    public ImagesBuilder CalicoctlVersion(string value) => Set(CalicoOptions.CalicoctlVersion, value);

    /// <summary>Sets <c>calico_cni_version</c>: Release of the calico/cni image. Kubespray's default: <c>unset → calico_version</c>.</summary>
    /// <param name="value">A version such as <c>3.31.7</c>.</param>
    [KubesprayVariable("calico_cni_version")]
    public ImagesBuilder CniVersion(string value) => Set(CalicoOptions.CniVersion, value);

    /// <summary>Sets <c>calico_policy_version</c>: Release of the calico/kube-controllers image. Kubespray's default: <c>unset → calico_version</c>.</summary>
    /// <param name="value">A version such as <c>3.31.7</c>.</param>
    [KubesprayVariable("calico_policy_version")]
    public ImagesBuilder PolicyVersion(string value) => Set(CalicoOptions.PolicyVersion, value);

    /// <summary>Sets <c>calico_typha_version</c>: Release of the calico/typha image. Kubespray's default: <c>unset → calico_version</c>.</summary>
    /// <param name="value">A version such as <c>3.31.7</c>.</param>
    [KubesprayVariable("calico_typha_version")]
    public ImagesBuilder TyphaVersion(string value) => Set(CalicoOptions.TyphaVersion, value);

    /// <summary>Sets <c>calico_apiserver_version</c>: Release of the calico/apiserver image. Kubespray's default: <c>unset → calico_version</c>.</summary>
    /// <param name="value">A version such as <c>3.31.7</c>.</param>
    [KubesprayVariable("calico_apiserver_version")]
    public ImagesBuilder ApiserverVersion(string value) => Set(CalicoOptions.ApiserverVersion, value);

    /// <summary>Sets <c>calico_node_image_repo</c>: Repository of the calico/node image. Kubespray's default: <c>unset → &lt;quay_image_repo&gt;/calico/node</c>.</summary>
    /// <param name="value">An image repository without tag.</param>
    [KubesprayVariable("calico_node_image_repo")]
    public ImagesBuilder NodeImageRepo(string value) => Set(CalicoOptions.NodeImageRepo, value);

    /// <summary>Sets <c>calico_node_image_tag</c>: Tag of the calico/node image. Kubespray's default: <c>unset → v&lt;calico_version&gt;</c>.</summary>
    /// <param name="value">An image tag such as <c>v3.31.7</c>.</param>
    [KubesprayVariable("calico_node_image_tag")]
    public ImagesBuilder NodeImageTag(string value) => Set(CalicoOptions.NodeImageTag, value);

    /// <summary>Sets <c>calico_cni_image_repo</c>: Repository of the calico/cni image. Kubespray's default: <c>unset → &lt;quay_image_repo&gt;/calico/cni</c>.</summary>
    /// <param name="value">An image repository without tag.</param>
    [KubesprayVariable("calico_cni_image_repo")]
    public ImagesBuilder CniImageRepo(string value) => Set(CalicoOptions.CniImageRepo, value);

    /// <summary>Sets <c>calico_cni_image_tag</c>: Tag of the calico/cni image. Kubespray's default: <c>unset → v&lt;calico_cni_version&gt;</c>.</summary>
    /// <param name="value">An image tag such as <c>v3.31.7</c>.</param>
    [KubesprayVariable("calico_cni_image_tag")]
    public ImagesBuilder CniImageTag(string value) => Set(CalicoOptions.CniImageTag, value);

    /// <summary>Sets <c>calico_policy_image_repo</c>: Repository of the calico/kube-controllers image. Kubespray's default: <c>unset → &lt;quay_image_repo&gt;/calico/kube-controllers</c>.</summary>
    /// <param name="value">An image repository without tag.</param>
    [KubesprayVariable("calico_policy_image_repo")]
    public ImagesBuilder PolicyImageRepo(string value) => Set(CalicoOptions.PolicyImageRepo, value);

    /// <summary>Sets <c>calico_policy_image_tag</c>: Tag of the calico/kube-controllers image. Kubespray's default: <c>unset → v&lt;calico_policy_version&gt;</c>.</summary>
    /// <param name="value">An image tag such as <c>v3.31.7</c>.</param>
    [KubesprayVariable("calico_policy_image_tag")]
    public ImagesBuilder PolicyImageTag(string value) => Set(CalicoOptions.PolicyImageTag, value);

    /// <summary>Sets <c>calico_typha_image_repo</c>: Repository of the calico/typha image. Kubespray's default: <c>unset → &lt;quay_image_repo&gt;/calico/typha</c>.</summary>
    /// <param name="value">An image repository without tag.</param>
    [KubesprayVariable("calico_typha_image_repo")]
    public ImagesBuilder TyphaImageRepo(string value) => Set(CalicoOptions.TyphaImageRepo, value);

    /// <summary>Sets <c>calico_typha_image_tag</c>: Tag of the calico/typha image. Kubespray's default: <c>unset → v&lt;calico_typha_version&gt;</c>.</summary>
    /// <param name="value">An image tag such as <c>v3.31.7</c>.</param>
    [KubesprayVariable("calico_typha_image_tag")]
    public ImagesBuilder TyphaImageTag(string value) => Set(CalicoOptions.TyphaImageTag, value);

    /// <summary>Sets <c>calico_apiserver_image_repo</c>: Repository of the calico/apiserver image. Kubespray's default: <c>unset → &lt;quay_image_repo&gt;/calico/apiserver</c>.</summary>
    /// <param name="value">An image repository without tag.</param>
    [KubesprayVariable("calico_apiserver_image_repo")]
    public ImagesBuilder ApiserverImageRepo(string value) => Set(CalicoOptions.ApiserverImageRepo, value);

    /// <summary>Sets <c>calico_apiserver_image_tag</c>: Tag of the calico/apiserver image. Kubespray's default: <c>unset → v&lt;calico_apiserver_version&gt;</c>.</summary>
    /// <param name="value">An image tag such as <c>v3.31.7</c>.</param>
    [KubesprayVariable("calico_apiserver_image_tag")]
    public ImagesBuilder ApiserverImageTag(string value) => Set(CalicoOptions.ApiserverImageTag, value);

    /// <summary>Sets <c>calicoctl_download_url</c>: Where Kubespray downloads calicoctl from (offline mirrors). Kubespray's default: <c>unset → GitHub release calicoctl-linux-&lt;arch&gt; of calico_ctl_version</c>.</summary>
    /// <param name="value">The URL.</param>
    [KubesprayVariable("calicoctl_download_url")]
    public ImagesBuilder CalicoctlDownloadUrl(string value) => Set(CalicoOptions.CalicoctlDownloadUrl, value);

    /// <summary>Sets <c>calico_crds_download_url</c>: Where Kubespray downloads Calico's CRD manifest from (kdd; offline mirrors). Kubespray's default: <c>unset → GitHub raw manifests/crds.yaml of calico_version</c>.</summary>
    /// <param name="value">The URL.</param>
    [KubesprayVariable("calico_crds_download_url")]
    public ImagesBuilder CrdsDownloadUrl(string value) => Set(CalicoOptions.CrdsDownloadUrl, value);

    /// <summary>Sets <c>calicoctl_binary_checksum</c>: Checksum the calicoctl download must match. Kubespray's default: <c>unset → Kubespray's checksum table for image_arch and calico_ctl_version</c>.</summary>
    /// <param name="value">The checksum.</param>
    [KubesprayVariable("calicoctl_binary_checksum")]
    public ImagesBuilder CalicoctlBinaryChecksum(string value) => Set(CalicoOptions.CalicoctlBinaryChecksum, value);

    /// <summary>Sets <c>calico_node_digest_checksum</c>: Digest the calico/node image must match. Kubespray's default: <c>unset (not checked)</c>.</summary>
    /// <param name="value">The image digest.</param>
    [KubesprayVariable("calico_node_digest_checksum")]
    public ImagesBuilder NodeDigestChecksum(string value) => Set(CalicoOptions.NodeDigestChecksum, value);

    /// <summary>Sets <c>calico_cni_digest_checksum</c>: Digest the calico/cni image must match. Kubespray's default: <c>unset (not checked)</c>.</summary>
    /// <param name="value">The image digest.</param>
    [KubesprayVariable("calico_cni_digest_checksum")]
    public ImagesBuilder CniDigestChecksum(string value) => Set(CalicoOptions.CniDigestChecksum, value);

    /// <summary>Sets <c>calico_policy_digest_checksum</c>: Digest the calico/kube-controllers image must match. Kubespray's default: <c>unset (not checked)</c>.</summary>
    /// <param name="value">The image digest.</param>
    [KubesprayVariable("calico_policy_digest_checksum")]
    public ImagesBuilder PolicyDigestChecksum(string value) => Set(CalicoOptions.PolicyDigestChecksum, value);

    /// <summary>Sets <c>calico_typha_digest_checksum</c>: Digest the calico/typha image must match. Kubespray's default: <c>unset (not checked)</c>.</summary>
    /// <param name="value">The image digest.</param>
    [KubesprayVariable("calico_typha_digest_checksum")]
    public ImagesBuilder TyphaDigestChecksum(string value) => Set(CalicoOptions.TyphaDigestChecksum, value);

    /// <summary>Sets <c>calico_apiserver_digest_checksum</c>: Digest the calico/apiserver image must match. Kubespray's default: <c>unset (not checked)</c>.</summary>
    /// <param name="value">The image digest.</param>
    [KubesprayVariable("calico_apiserver_digest_checksum")]
    public ImagesBuilder ApiserverDigestChecksum(string value) => Set(CalicoOptions.ApiserverDigestChecksum, value);

    /// <summary>Sets <c>quay_image_repo</c>: Registry Calico's images come from; the prefix of every calico_*_image_repo. Kubespray's default: <c>quay.io</c>.</summary>
    /// <param name="value">A registry host, such as <c>registry.example.com</c>.</param>
    [KubesprayVariable("quay_image_repo")]
    public ImagesBuilder QuayImageRepo(string value) => Set(CalicoOptions.QuayImageRepo, value);

    /// <summary>Sets <c>k8s_image_pull_policy</c>: imagePullPolicy of Calico's containers. Kubespray's default: <c>IfNotPresent</c>.</summary>
    /// <param name="value">The ImagePullPolicy value, written in Kubespray's spelling.</param>
    [KubesprayVariable("k8s_image_pull_policy")]
    public ImagesBuilder PullPolicy(ImagePullPolicy value) => Set(CalicoOptions.ImagePullPolicy, value);
}

/// <summary>Sets the cluster-wide options of <see cref="OptionArea.Workloads"/>: calico-node, calico-kube-controllers and calico-apiserver workloads. Each method names the Kubespray variable it sets.</summary>
public sealed partial class WorkloadsBuilder : OptionsBuilder<WorkloadsBuilder>
{
    internal WorkloadsBuilder(CalicoClusterBuilder owner)
        : base(owner)
    {
    }

    /// <summary>Sets <c>calico_node_cpu_limit</c>: CPU limit of calico-node; "0" writes no limit. Kubespray's default: <c>"0" (no limit)</c>.</summary>
    /// <param name="value">A Kubernetes quantity such as <c>500M</c> or <c>150m</c>.</param>
    [KubesprayVariable("calico_node_cpu_limit")]
    public WorkloadsBuilder NodeCpuLimit(Quantity value) => Set(CalicoOptions.NodeCpuLimit, value);

    /// <summary>Sets <c>calico_node_memory_limit</c>: Memory limit of calico-node. Kubespray's default: <c>500M</c>.</summary>
    /// <param name="value">A Kubernetes quantity such as <c>500M</c> or <c>150m</c>.</param>
    [KubesprayVariable("calico_node_memory_limit")]
    public WorkloadsBuilder NodeMemoryLimit(Quantity value) => Set(CalicoOptions.NodeMemoryLimit, value);

    /// <summary>Sets <c>calico_node_cpu_requests</c>: CPU request of calico-node. Kubespray's default: <c>150m</c>.</summary>
    /// <param name="value">A Kubernetes quantity such as <c>500M</c> or <c>150m</c>.</param>
    [KubesprayVariable("calico_node_cpu_requests")]
    public WorkloadsBuilder NodeCpuRequests(Quantity value) => Set(CalicoOptions.NodeCpuRequests, value);

    /// <summary>Sets <c>calico_node_memory_requests</c>: Memory request of calico-node. Kubespray's default: <c>64M</c>.</summary>
    /// <param name="value">A Kubernetes quantity such as <c>500M</c> or <c>150m</c>.</param>
    [KubesprayVariable("calico_node_memory_requests")]
    public WorkloadsBuilder NodeMemoryRequests(Quantity value) => Set(CalicoOptions.NodeMemoryRequests, value);

    /// <summary>Sets <c>calico_policy_controller_cpu_limit</c>: CPU limit of calico-kube-controllers. Kubespray's default: <c>1000m</c>.</summary>
    /// <param name="value">A Kubernetes quantity such as <c>500M</c> or <c>150m</c>.</param>
    [KubesprayVariable("calico_policy_controller_cpu_limit")]
    public WorkloadsBuilder PolicyControllerCpuLimit(Quantity value) => Set(CalicoOptions.PolicyControllerCpuLimit, value);

    /// <summary>Sets <c>calico_policy_controller_memory_limit</c>: Memory limit of calico-kube-controllers. Kubespray's default: <c>256M</c>.</summary>
    /// <param name="value">A Kubernetes quantity such as <c>500M</c> or <c>150m</c>.</param>
    [KubesprayVariable("calico_policy_controller_memory_limit")]
    public WorkloadsBuilder PolicyControllerMemoryLimit(Quantity value) => Set(CalicoOptions.PolicyControllerMemoryLimit, value);

    /// <summary>Sets <c>calico_policy_controller_cpu_requests</c>: CPU request of calico-kube-controllers. Kubespray's default: <c>30m</c>.</summary>
    /// <param name="value">A Kubernetes quantity such as <c>500M</c> or <c>150m</c>.</param>
    [KubesprayVariable("calico_policy_controller_cpu_requests")]
    public WorkloadsBuilder PolicyControllerCpuRequests(Quantity value) => Set(CalicoOptions.PolicyControllerCpuRequests, value);

    /// <summary>Sets <c>calico_policy_controller_memory_requests</c>: Memory request of calico-kube-controllers. Kubespray's default: <c>64M</c>.</summary>
    /// <param name="value">A Kubernetes quantity such as <c>500M</c> or <c>150m</c>.</param>
    [KubesprayVariable("calico_policy_controller_memory_requests")]
    public WorkloadsBuilder PolicyControllerMemoryRequests(Quantity value) => Set(CalicoOptions.PolicyControllerMemoryRequests, value);

    /// <summary>Sets <c>calico_ds_nodeselector</c>: nodeSelector of calico-node: one YAML line 'key: value', inserted as written. Kubespray's default: <c>kubernetes.io/os: linux</c>.</summary>
    /// <param name="value">One YAML line such as <c>kubernetes.io/os: linux</c>.</param>
    [KubesprayVariable("calico_ds_nodeselector")]
    public WorkloadsBuilder NodeSelector(string value) => Set(CalicoOptions.NodeSelector, value);

    /// <summary>Sets <c>calico_node_livenessprobe_timeout</c>: Timeout in seconds of calico-node's liveness probe. Kubespray's default: <c>unset → 10</c>.</summary>
    /// <param name="value">Seconds.</param>
    [KubesprayVariable("calico_node_livenessprobe_timeout")]
    public WorkloadsBuilder NodeLivenessProbeTimeout(int value) => Set(CalicoOptions.NodeLivenessProbeTimeout, value);

    /// <summary>Sets <c>calico_node_readinessprobe_timeout</c>: Timeout in seconds of calico-node's readiness probe. Kubespray's default: <c>unset → 10</c>.</summary>
    /// <param name="value">Seconds.</param>
    [KubesprayVariable("calico_node_readinessprobe_timeout")]
    public WorkloadsBuilder NodeReadinessProbeTimeout(int value) => Set(CalicoOptions.NodeReadinessProbeTimeout, value);

    /// <summary>Sets <c>calico_node_startup_loglevel</c>: Log level of calico-node while it starts up. Kubespray's default: <c>error</c>.</summary>
    /// <param name="value">The CalicoLogLevel value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_node_startup_loglevel")]
    public WorkloadsBuilder NodeStartupLogLevel(CalicoLogLevel value) => Set(CalicoOptions.NodeStartupLogLevel, value);

    /// <summary>Sets <c>calico_policy_controller_deployment_nodeselector</c>: nodeSelector of calico-kube-controllers: one YAML line 'key: value', inserted as written. Kubespray's default: <c>kubernetes.io/os: linux</c>.</summary>
    /// <param name="value">One YAML line such as <c>kubernetes.io/os: linux</c>.</param>
    [KubesprayVariable("calico_policy_controller_deployment_nodeselector")]
    public WorkloadsBuilder PolicyControllerNodeSelector(string value) => Set(CalicoOptions.PolicyControllerNodeSelector, value);

    /// <summary>Sets <c>calico_policy_controller_log_level</c>: Log level of calico-kube-controllers. Kubespray's default: <c>info</c>.</summary>
    /// <param name="value">The CalicoLogLevel value, written in Kubespray's spelling.</param>
    [KubesprayVariable("calico_policy_controller_log_level")]
    public WorkloadsBuilder PolicyControllerLogLevel(CalicoLogLevel value) => Set(CalicoOptions.PolicyControllerLogLevel, value);

    /// <summary>Sets <c>policy_controller_extra_tolerations</c>: Extra tolerations of calico-kube-controllers (Kubernetes toleration maps). Kubespray's default: <c>unset</c>.</summary>
    /// <param name="values">Toleration maps (key, operator, value, effect, tolerationSeconds).</param>
    [KubesprayVariable("policy_controller_extra_tolerations")]
    public WorkloadsBuilder PolicyControllerExtraTolerations(params InventoryMapping[] values) => Set(CalicoOptions.PolicyControllerExtraTolerations, values.ToEquatableArray());

    /// <summary>Sets <c>calico_apiserver_enabled</c>: Deploy the Calico API server (kdd only). Kubespray's default: <c>false</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("calico_apiserver_enabled")]
    public WorkloadsBuilder ApiserverEnabled(bool value = true) => Set(CalicoOptions.ApiserverEnabled, value);
}

/// <summary>Sets the cluster-wide options of <see cref="OptionArea.Cluster"/>: Kubespray cluster settings Calico depends on. Each method names the Kubespray variable it sets.</summary>
public sealed partial class ClusterBuilder : OptionsBuilder<ClusterBuilder>
{
    internal ClusterBuilder(CalicoClusterBuilder owner)
        : base(owner)
    {
    }

    /// <summary>Sets <c>kube_network_plugin</c>: Network plugin Kubespray installs; everything here applies only to calico. Kubespray's default: <c>calico</c>.</summary>
    /// <param name="value">The KubeNetworkPlugin value, written in Kubespray's spelling.</param>
    [KubesprayVariable("kube_network_plugin")]
    public ClusterBuilder NetworkPlugin(KubeNetworkPlugin value) => Set(CalicoOptions.KubeNetworkPlugin, value);

    /// <summary>Sets <c>enable_network_policy</c>: Enforce Kubernetes NetworkPolicy: deploys calico-kube-controllers and the CNI's k8s policy. Kubespray's default: <c>true</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("enable_network_policy")]
    public ClusterBuilder NetworkPolicy(bool value = true) => Set(CalicoOptions.EnableNetworkPolicy, value);

    /// <summary>Sets <c>kube_pods_subnet</c>: IPv4 pod network; the default IPv4 pool CIDR. Kubespray's default: <c>10.233.64.0/18</c>.</summary>
    /// <param name="value">An IPv4 network such as <c>10.233.64.0/18</c>.</param>
    [KubesprayVariable("kube_pods_subnet")]
    public ClusterBuilder PodsSubnet(Cidr value) => Set(CalicoOptions.KubePodsSubnet, value);

    /// <summary>Sets <c>kube_pods_subnet_ipv6</c>: IPv6 pod network; the default IPv6 pool CIDR. Kubespray's default: <c>fd85:ee78:d8a6:8607::1:0000/112</c>.</summary>
    /// <param name="value">An IPv6 network.</param>
    [KubesprayVariable("kube_pods_subnet_ipv6")]
    public ClusterBuilder PodsSubnetIpv6(Cidr value) => Set(CalicoOptions.KubePodsSubnetIpv6, value);

    /// <summary>Sets <c>kube_service_addresses</c>: IPv4 service network; must not overlap the pod network. Kubespray's default: <c>10.233.0.0/18</c>.</summary>
    /// <param name="value">An IPv4 network.</param>
    [KubesprayVariable("kube_service_addresses")]
    public ClusterBuilder ServiceAddresses(Cidr value) => Set(CalicoOptions.KubeServiceAddresses, value);

    /// <summary>Sets <c>kube_service_addresses_ipv6</c>: IPv6 service network; must not overlap the IPv6 pod network. Kubespray's default: <c>fd85:ee78:d8a6:8607::1000/116</c>.</summary>
    /// <param name="value">An IPv6 network.</param>
    [KubesprayVariable("kube_service_addresses_ipv6")]
    public ClusterBuilder ServiceAddressesIpv6(Cidr value) => Set(CalicoOptions.KubeServiceAddressesIpv6, value);

    /// <summary>Sets <c>kube_network_node_prefix</c>: Size of each node's IPv4 pod CIDR; Calico uses it only with host-local IPAM. Kubespray's default: <c>24</c>.</summary>
    /// <param name="value">A prefix length.</param>
    [KubesprayVariable("kube_network_node_prefix")]
    public ClusterBuilder NodePrefix(int value) => Set(CalicoOptions.KubeNetworkNodePrefix, value);

    /// <summary>Sets <c>kube_network_node_prefix_ipv6</c>: Size of each node's IPv6 pod CIDR; Calico uses it only with host-local IPAM. Kubespray's default: <c>120</c>.</summary>
    /// <param name="value">A prefix length.</param>
    [KubesprayVariable("kube_network_node_prefix_ipv6")]
    public ClusterBuilder NodePrefixIpv6(int value) => Set(CalicoOptions.KubeNetworkNodePrefixIpv6, value);

    /// <summary>Sets <c>kube_controller_manager_allocate_node_cidrs</c>: Let kube-controller-manager assign pod CIDRs to nodes; Kubespray forces it off with Calico IPAM. Kubespray's default: <c>true</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("kube_controller_manager_allocate_node_cidrs")]
    public ClusterBuilder AllocateNodeCidrs(bool value = true) => Set(CalicoOptions.AllocateNodeCidrs, value);

    /// <summary>Sets <c>kube_proxy_mode</c>: kube-proxy's mode; with ipvs Felix is told the NodePort range. Kubespray's default: <c>ipvs</c>.</summary>
    /// <param name="value">The KubeProxyMode value, written in Kubespray's spelling.</param>
    [KubesprayVariable("kube_proxy_mode")]
    public ClusterBuilder ProxyMode(KubeProxyMode value) => Set(CalicoOptions.KubeProxyMode, value);

    /// <summary>Sets <c>kube_apiserver_node_port_range</c>: NodePort range of the API server; Felix learns it only in ipvs mode. Kubespray's default: <c>unset in the Calico play (30000-32767 in other roles)</c>.</summary>
    /// <param name="low">First port, such as 30000.</param>
    /// <param name="high">Last port, such as 32767.</param>
    [KubesprayVariable("kube_apiserver_node_port_range")]
    public ClusterBuilder NodePortRange(int low, int high) =>
        Set(CalicoOptions.KubeApiserverNodePortRange, low.ToString(CultureInfo.InvariantCulture) + "-" + high.ToString(CultureInfo.InvariantCulture));

    /// <summary>Sets <c>loadbalancer_apiserver</c>: External load balancer of the API servers. Kubespray's default: <c>unset</c>.</summary>
    /// <param name="address">IP address or host name of the load balancer.</param>
    /// <param name="port">Its port; null to leave it to <c>kube_apiserver_port</c>.</param>
    [KubesprayVariable("loadbalancer_apiserver")]
    public ClusterBuilder LoadBalancerApiserver(string address, int? port = null) => Set(CalicoOptions.LoadBalancerApiserver, new Sdk.LoadBalancerApiserver(address, port));

    /// <summary>Sets <c>loadbalancer_apiserver</c>: External load balancer of the API servers. Kubespray's default: <c>unset</c>.</summary>
    /// <param name="value">The load balancer.</param>
    [KubesprayVariable("loadbalancer_apiserver")]
    public ClusterBuilder LoadBalancerApiserver(Sdk.LoadBalancerApiserver value) => Set(CalicoOptions.LoadBalancerApiserver, value);

    /// <summary>Sets <c>loadbalancer_apiserver_localhost</c>: Reach the API servers through a load balancer on every node (localhost). Kubespray's default: <c>unset → true when loadbalancer_apiserver is unset</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("loadbalancer_apiserver_localhost")]
    public ClusterBuilder LoadBalancerApiserverLocalhost(bool value = true) => Set(CalicoOptions.LoadBalancerApiserverLocalhost, value);

    /// <summary>Sets <c>loadbalancer_apiserver_port</c>: Port of the per-node API server load balancer. Kubespray's default: <c>unset → kube_apiserver_port (the sample inventory sets 6443)</c>.</summary>
    /// <param name="value">A TCP port (1–65535).</param>
    [KubesprayVariable("loadbalancer_apiserver_port")]
    public ClusterBuilder LoadBalancerApiserverPort(int value) => Set(CalicoOptions.LoadBalancerApiserverPort, value);

    /// <summary>Sets <c>apiserver_loadbalancer_domain_name</c>: Name under which nodes reach the API server load balancer. Kubespray's default: <c>unset → localhost with the local load balancer, else loadbalancer_apiserver.address</c>.</summary>
    /// <param name="value">A host name or IP address.</param>
    [KubesprayVariable("apiserver_loadbalancer_domain_name")]
    public ClusterBuilder ApiserverLoadBalancerDomainName(string value) => Set(CalicoOptions.ApiserverLoadBalancerDomainName, value);

    /// <summary>Sets <c>kube_apiserver_port</c>: Secure port of the API servers. Kubespray's default: <c>6443</c>.</summary>
    /// <param name="value">A TCP port (1–65535).</param>
    [KubesprayVariable("kube_apiserver_port")]
    public ClusterBuilder ApiserverPort(int value) => Set(CalicoOptions.KubeApiserverPort, value);

    /// <summary>Sets <c>epel_enabled</c>: Enable the EPEL repository (WireGuard tools on EL8 and Amazon Linux 2 need it). Kubespray's default: <c>false</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("epel_enabled")]
    public ClusterBuilder EpelEnabled(bool value = true) => Set(CalicoOptions.EpelEnabled, value);

    /// <summary>Sets <c>ignore_assert_errors</c>: Skip Kubespray's checks, including all of Calico's check.yml. Kubespray's default: <c>false</c>.</summary>
    /// <param name="value">True to turn it on, false to turn it off.</param>
    [KubesprayVariable("ignore_assert_errors")]
    public ClusterBuilder IgnoreAssertErrors(bool value = true) => Set(CalicoOptions.IgnoreAssertErrors, value);

    /// <summary>Sets <c>kube_cert_dir</c>: Directory of the Kubernetes CA; signs the Typha and Calico API server certificates. Kubespray's default: <c>unset → &lt;kube_config_dir&gt;/ssl (/etc/kubernetes/ssl)</c>.</summary>
    /// <param name="value">An absolute path.</param>
    [KubesprayVariable("kube_cert_dir")]
    public ClusterBuilder CertDir(string value) => Set(CalicoOptions.KubeCertDir, value);

    /// <summary>Sets <c>certificates_key_size</c>: RSA key size of the Typha and Calico API server certificates. Kubespray's default: <c>2048</c>.</summary>
    /// <param name="value">Bits.</param>
    [KubesprayVariable("certificates_key_size")]
    public ClusterBuilder CertificatesKeySize(int value) => Set(CalicoOptions.CertificatesKeySize, value);

    /// <summary>Sets <c>certificates_duration</c>: Validity in days of the Typha and Calico API server certificates. Kubespray's default: <c>36500</c>.</summary>
    /// <param name="value">Days.</param>
    [KubesprayVariable("certificates_duration")]
    public ClusterBuilder CertificatesDuration(int value) => Set(CalicoOptions.CertificatesDuration, value);

    /// <summary>Sets <c>bin_dir</c>: Directory calicoctl and its wrapper are installed to. Kubespray's default: <c>/usr/local/bin</c>.</summary>
    /// <param name="value">An absolute path.</param>
    [KubesprayVariable("bin_dir")]
    public ClusterBuilder BinDir(string value) => Set(CalicoOptions.BinDir, value);

    /// <summary>Sets <c>retry_stagger</c>: Upper bound in seconds of the random delay between calicoctl retries. Kubespray's default: <c>5</c>.</summary>
    /// <param name="value">Seconds.</param>
    [KubesprayVariable("retry_stagger")]
    public ClusterBuilder RetryStagger(int value) => Set(CalicoOptions.RetryStagger, value);
}
