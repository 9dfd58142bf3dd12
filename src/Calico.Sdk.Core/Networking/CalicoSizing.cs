namespace Calico.Sdk;

/// <summary>
/// MTU arithmetic from Kubespray's Calico documentation: the veth (workload) MTU is the network MTU minus the
/// overhead of the encapsulation in use — Wireguard 60 (IPv4) / 80 (IPv6), VXLAN or eBPF 50 / 70, IPIP 20, none 0.
/// With several features on, the largest overhead decides.
/// </summary>
public static class CalicoMtu
{
    /// <summary>Wireguard overhead over IPv4.</summary>
    public const int WireguardIpv4 = Mtu.WireguardOverheadIPv4;

    /// <summary>Wireguard overhead over IPv6.</summary>
    public const int WireguardIpv6 = Mtu.WireguardOverheadIPv6;

    /// <summary>VXLAN (and eBPF) overhead over IPv4.</summary>
    public const int VxlanIpv4 = Mtu.VxlanOverheadIPv4;

    /// <summary>VXLAN (and eBPF) overhead over IPv6.</summary>
    public const int VxlanIpv6 = Mtu.VxlanOverheadIPv6;

    /// <summary>IPIP overhead (IPv4 only; Calico has no IPIP over IPv6).</summary>
    public const int Ipip = Mtu.IpipOverhead;

    /// <summary>The overhead to subtract from the network MTU.</summary>
    /// <param name="ipv4">IPv4 is in use (<c>ipv4_stack</c>).</param>
    /// <param name="ipv6">IPv6 is in use (<c>ipv6_stack</c>).</param>
    /// <param name="wireguard">Wireguard is enabled.</param>
    /// <param name="vxlan">VXLAN is enabled on the IPv4 pool.</param>
    /// <param name="vxlanIpv6">VXLAN is enabled on the IPv6 pool.</param>
    /// <param name="ipip">IPIP is enabled on the IPv4 pool.</param>
    /// <param name="ebpf">The eBPF dataplane is enabled.</param>
    public static int Overhead(bool ipv4, bool ipv6, bool wireguard, bool vxlan, bool vxlanIpv6, bool ipip, bool ebpf)
    {
        var overhead = 0;
        if (ipv4)
        {
            overhead = Math.Max(overhead, wireguard ? WireguardIpv4 : 0);
            overhead = Math.Max(overhead, vxlan || ebpf ? VxlanIpv4 : 0);
            overhead = Math.Max(overhead, ipip ? Ipip : 0);
        }

        if (ipv6)
        {
            overhead = Math.Max(overhead, wireguard ? WireguardIpv6 : 0);
            overhead = Math.Max(overhead, vxlanIpv6 || ebpf ? VxlanIpv6 : 0);
        }

        return overhead;
    }
}

/// <summary>
/// Typha sizing: Calico recommends Typha beyond 50 nodes with the Kubernetes datastore, at about one replica per
/// 100–200 nodes, and never more replicas than nodes (Typha uses the host network, one per node).
/// </summary>
public static class TyphaSizing
{
    /// <summary>Above this many nodes a kdd cluster should run Typha.</summary>
    public const int NodesWithoutTypha = 50;

    /// <summary>A replica count for <paramref name="nodes"/> nodes: one per 150 nodes, at least 2 once Typha is needed (so one can restart), at most one per node.</summary>
    /// <param name="nodes">Nodes running calico-node.</param>
    public static int Recommended(int nodes)
    {
        if (nodes <= 0)
        {
            return 1;
        }

        var r = (nodes + 149) / 150;
        if (nodes > NodesWithoutTypha)
        {
            r = Math.Max(r, 2);
        }

        return Math.Max(1, Math.Min(r, nodes));
    }

    /// <summary>The acceptable replica range for <paramref name="nodes"/> nodes: from one per 200 nodes to one per 100 nodes (at least 1, at least 3 as an upper bound for small clusters, at most one per node).</summary>
    /// <param name="nodes">Nodes running calico-node.</param>
    public static (int Min, int Max) Acceptable(int nodes)
    {
        var min = Math.Max(1, (nodes + 199) / 200);
        var max = Math.Max(3, (nodes + 99) / 100);
        max = Math.Max(1, Math.Min(max, Math.Max(nodes, 1)));
        return (Math.Min(min, max), max);
    }
}
