namespace Calico.Sdk;

/// <summary>The cluster-wide backend, encapsulation, MTU, address families and address autodetection options of a <see cref="CalicoCluster"/>, typed (<see cref="OptionArea.Network"/>).</summary>
public sealed class NetworkView
{
    private readonly CalicoCluster _cluster;

    internal NetworkView(CalicoCluster cluster) => _cluster = cluster;

    /// <summary>Calico networking backend: bird (BGP), vxlan or none. Kubespray variable <c>calico_network_backend</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>vxlan</c>.</value>
    public NetworkBackend Backend => _cluster.Get(CalicoOptions.NetworkBackend);

    /// <summary>IPIP mode of the IPv4 pool; exclusive with VXLAN. Kubespray variable <c>calico_ipip_mode</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>Never</c>.</value>
    public EncapsulationMode IpipMode => _cluster.Get(CalicoOptions.IpipMode);

    /// <summary>VXLAN mode of the IPv4 pool; exclusive with IPIP. Kubespray variable <c>calico_vxlan_mode</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>Always</c>.</value>
    public EncapsulationMode VxlanMode => _cluster.Get(CalicoOptions.VxlanMode);

    /// <summary>IPIP mode of the IPv6 pool; Calico has no IPIP for IPv6, so Kubespray requires Never. Kubespray variable <c>calico_ipip_mode_ipv6</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>Never</c>.</value>
    public EncapsulationMode IpipModeIpv6 => _cluster.Get(CalicoOptions.IpipModeIpv6);

    /// <summary>VXLAN mode of the IPv6 pool (Kubespray does not check it). Kubespray variable <c>calico_vxlan_mode_ipv6</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>Always</c>.</value>
    public EncapsulationMode VxlanModeIpv6 => _cluster.Get(CalicoOptions.VxlanModeIpv6);

    /// <summary>IPIP mode calico-node gives a default IPv4 pool it creates by itself (normally Kubespray creates the pool first). Kubespray variable <c>calico_ipv4pool_ipip</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>Off</c>.</value>
    public Ipv4PoolIpipMode Ipv4PoolIpip => _cluster.Get(CalicoOptions.Ipv4PoolIpip);

    /// <summary>MTU of the host network; once set, Kubespray also writes the tunnel and CNI MTUs. Kubespray variable <c>calico_mtu</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset</c>).</value>
    public int? Mtu => _cluster.ValueOrNull(CalicoOptions.Mtu);

    /// <summary>MTU of pod interfaces and tunnels; Kubespray ignores it unless calico_mtu is set as well. Kubespray variable <c>calico_veth_mtu</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → calico_mtu</c>).</value>
    public int? VethMtu => _cluster.ValueOrNull(CalicoOptions.VethMtu);

    /// <summary>VXLAN network identifier; 0 leaves the kernel's default. Kubespray variable <c>calico_vxlan_vni</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>4096</c>.</value>
    public int VxlanVni => _cluster.Get(CalicoOptions.VxlanVni);

    /// <summary>UDP port of VXLAN traffic; 0 leaves the kernel's default. Kubespray variable <c>calico_vxlan_port</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>4789</c>.</value>
    public int VxlanPort => _cluster.Get(CalicoOptions.VxlanPort);

    /// <summary>Regular expression naming the host interfaces Felix reads to detect the MTU. Kubespray variable <c>calico_felix_mtu_iface_pattern</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset</c>).</value>
    public string? MtuInterfacePattern => _cluster.RefOrNull(CalicoOptions.MtuInterfacePattern);

    /// <summary>How calico-node finds a node's IPv4 address; only the first control-plane host's value reaches the DaemonSet. Kubespray variable <c>calico_ip_auto_method</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → can-reach=$(NODEIP)</c>).</value>
    public string? IpAutodetectionMethod => _cluster.RefOrNull(CalicoOptions.IpAutodetectionMethod);

    /// <summary>How calico-node finds a node's IPv6 address (same syntax as calico_ip_auto_method). Kubespray variable <c>calico_ip6_auto_method</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset</c>).</value>
    public string? Ip6AutodetectionMethod => _cluster.RefOrNull(CalicoOptions.Ip6AutodetectionMethod);

    /// <summary>Give pods IPv4 addresses: creates the IPv4 pool. Kubespray variable <c>ipv4_stack</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>true</c>.</value>
    public bool Ipv4Stack => _cluster.Get(CalicoOptions.Ipv4Stack);

    /// <summary>Give pods IPv6 addresses: creates the IPv6 pool. Kubespray variable <c>ipv6_stack</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → enable_dual_stack_networks, else false</c>).</value>
    public bool? Ipv6Stack => _cluster.ValueOrNull(CalicoOptions.Ipv6Stack);

    /// <summary>Former dual-stack switch; Kubespray warns and uses it only as the default of ipv6_stack. Kubespray variable <c>enable_dual_stack_networks</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset (deprecated)</c>).</value>
    public bool? EnableDualStackNetworks => _cluster.ValueOrNull(CalicoOptions.EnableDualStackNetworks);

    /// <summary>Removed IPIP switch; Kubespray's check fails while it is defined. Kubespray variable <c>ipip</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>must stay unset</c>).</value>
    public bool? LegacyIpip => _cluster.ValueOrNull(CalicoOptions.LegacyIpip);

    /// <summary>Removed name of the IPIP mode; Kubespray's check fails while it is defined. Kubespray variable <c>ipip_mode</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>must stay unset</c>).</value>
    public EncapsulationMode? LegacyIpipMode => _cluster.ValueOrNull(CalicoOptions.LegacyIpipMode);
}
