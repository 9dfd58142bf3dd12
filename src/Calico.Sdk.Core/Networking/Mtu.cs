using System.Globalization;

namespace Calico.Sdk;

/// <summary>The encapsulation between hosts, for MTU purposes.</summary>
public enum MtuEncapsulation
{
    /// <summary>No overlay: routed (BGP) or same-subnet traffic. Overhead 0.</summary>
    None,

    /// <summary>IP-in-IP (IPv4 only). Overhead 20 bytes.</summary>
    Ipip,

    /// <summary>VXLAN. Overhead 50 bytes over IPv4, 70 over IPv6.</summary>
    Vxlan,
}

/// <summary>The address families of the pod network.</summary>
public enum IpFamilies
{
    /// <summary>IPv4 only (Kubespray's default).</summary>
    IPv4,

    /// <summary>IPv6 only.</summary>
    IPv6,

    /// <summary>IPv4 and IPv6.</summary>
    DualStack,
}

/// <summary>
/// Calico's MTU arithmetic, as Felix does it: every enabled tunnel gets the underlay MTU minus its overhead, and pods
/// get the smallest of those (the underlay MTU when nothing is enabled). Pure: no I/O, no state.
/// </summary>
public static class Mtu
{
    /// <summary>IP-in-IP overhead: the outer IPv4 header.</summary>
    public const int IpipOverhead = 20;

    /// <summary>VXLAN over IPv4: outer IPv4 (20) + UDP (8) + VXLAN (8) + inner Ethernet (14).</summary>
    public const int VxlanOverheadIPv4 = 50;

    /// <summary>VXLAN over IPv6: the same with a 40-byte outer header.</summary>
    public const int VxlanOverheadIPv6 = 70;

    /// <summary>WireGuard over IPv4.</summary>
    public const int WireguardOverheadIPv4 = 60;

    /// <summary>WireGuard over IPv6.</summary>
    public const int WireguardOverheadIPv6 = 80;

    /// <summary>The smallest MTU an IPv6 link may have (RFC 8200).</summary>
    public const int IPv6MinimumMtu = 1280;

    /// <summary>Computes the MTUs Calico uses and what to set in Kubespray.</summary>
    /// <param name="networkMtu">The underlay (host interface) MTU, such as 1500 or 9000.</param>
    /// <param name="encapsulation">The pools' encapsulation (<c>calico_ipip_mode</c> / <c>calico_vxlan_mode</c> not Never).</param>
    /// <param name="wireguard"><c>calico_wireguard_enabled</c>.</param>
    /// <param name="ebpf"><c>calico_bpf_enabled</c>: the eBPF dataplane forwards service traffic between nodes in VXLAN, so pods need VXLAN's headroom.</param>
    /// <param name="families">The pod address families (<c>ipv4_stack</c>, <c>ipv6_stack</c>).</param>
    public static MtuPlan Calculate(int networkMtu, MtuEncapsulation encapsulation = MtuEncapsulation.None, bool wireguard = false, bool ebpf = false, IpFamilies families = IpFamilies.IPv4)
    {
        var v4 = families != IpFamilies.IPv6;
        var v6 = families != IpFamilies.IPv4;
        var problems = new List<string>();
        var notes = new List<string>();
        if (networkMtu is < 576 or > 65535)
        {
            problems.Add($"a network MTU of {networkMtu} is outside 576–65535");
        }

        int? ipip = null, vxlan = null, vxlanV6 = null, wg = null, wgV6 = null;
        if (encapsulation == MtuEncapsulation.Ipip)
        {
            if (v4)
            {
                ipip = networkMtu - IpipOverhead;
            }

            if (v6)
            {
                notes.Add(v4
                    ? "IP-in-IP carries only IPv4; IPv6 pods are routed without encapsulation (calico_ipip_mode_ipv6 must stay Never)"
                    : "IP-in-IP is not supported on IPv6 pools; nothing is encapsulated (use VXLAN for IPv6: calico_vxlan_mode_ipv6)");
            }
        }

        if (encapsulation == MtuEncapsulation.Vxlan || ebpf)
        {
            if (v4)
            {
                vxlan = networkMtu - VxlanOverheadIPv4;
            }

            if (v6)
            {
                vxlanV6 = networkMtu - VxlanOverheadIPv6;
            }

            if (ebpf && encapsulation != MtuEncapsulation.Vxlan)
            {
                notes.Add("eBPF forwards NodePort and service traffic to the backend's node in VXLAN, so pods keep VXLAN's headroom even without VXLAN pools");
            }
        }

        if (wireguard)
        {
            if (v4)
            {
                wg = networkMtu - WireguardOverheadIPv4;
            }

            if (v6)
            {
                wgV6 = networkMtu - WireguardOverheadIPv6;
                notes.Add("Kubespray enables WireGuard for IPv4 only (wireguardEnabled); Calico.Sdk also renders wireguardEnabledV6");
            }
        }

        var enabled = new[] { ipip, vxlan, vxlanV6, wg, wgV6 }.Where(m => m is not null).Select(m => m!.Value).ToList();
        // The smallest tunnel MTU, from the one overhead formula the MTU rules use as well.
        var vxlanPools = encapsulation == MtuEncapsulation.Vxlan;
        var pod = networkMtu - CalicoMtu.Overhead(v4, v6, wireguard, vxlanPools, vxlanPools, encapsulation == MtuEncapsulation.Ipip, ebpf);
        if (v6 && pod < IPv6MinimumMtu)
        {
            problems.Add($"the pod MTU {pod} is below IPv6's minimum of {IPv6MinimumMtu}; raise the network MTU");
        }

        if (enabled.Count > 1 && enabled.Distinct().Count() > 1)
        {
            notes.Add($"Kubespray writes one value (calico_veth_mtu) into every FELIX_*MTU variable; {pod} fits every tunnel, the larger tunnels just use less than they could");
        }

        return new MtuPlan
        {
            NetworkMtu = networkMtu,
            Encapsulation = encapsulation,
            Wireguard = wireguard,
            Ebpf = ebpf,
            Families = families,
            IpipMtu = ipip,
            VxlanMtu = vxlan,
            VxlanMtuV6 = vxlanV6,
            WireguardMtu = wg,
            WireguardMtuV6 = wgV6,
            PodMtu = pod,
            Problems = problems.ToEquatableArray(),
            Notes = notes.ToEquatableArray(),
        };
    }
}

/// <summary>The result of <see cref="Mtu.Calculate"/>: the MTU of each tunnel device Calico uses, the pods' (veth) MTU, and the Kubespray settings.</summary>
public sealed record MtuPlan
{
    /// <summary>The underlay MTU it was computed for.</summary>
    public int NetworkMtu { get; init; }

    /// <summary>The encapsulation it was computed for.</summary>
    public MtuEncapsulation Encapsulation { get; init; }

    /// <summary>Whether WireGuard is on.</summary>
    public bool Wireguard { get; init; }

    /// <summary>Whether the eBPF dataplane is on.</summary>
    public bool Ebpf { get; init; }

    /// <summary>The pod address families.</summary>
    public IpFamilies Families { get; init; }

    /// <summary><c>tunl0</c> MTU (FelixConfiguration <c>ipipMTU</c>); null when IP-in-IP is not used.</summary>
    public int? IpipMtu { get; init; }

    /// <summary><c>vxlan.calico</c> MTU (<c>vxlanMTU</c>); null when IPv4 VXLAN is not used.</summary>
    public int? VxlanMtu { get; init; }

    /// <summary><c>vxlan-v6.calico</c> MTU (<c>vxlanMTUV6</c>); null when IPv6 VXLAN is not used.</summary>
    public int? VxlanMtuV6 { get; init; }

    /// <summary><c>wireguard.cali</c> MTU (<c>wireguardMTU</c>); null without WireGuard on IPv4.</summary>
    public int? WireguardMtu { get; init; }

    /// <summary><c>wg-v6.cali</c> MTU (<c>wireguardMTUV6</c>); null without WireGuard on IPv6.</summary>
    public int? WireguardMtuV6 { get; init; }

    /// <summary>The pods' interface (veth) MTU: the smallest enabled tunnel MTU, or the network MTU.</summary>
    public int PodMtu { get; init; }

    /// <summary>Bytes of headroom per packet: network MTU minus pod MTU.</summary>
    public int Overhead => NetworkMtu - PodMtu;

    /// <summary>
    /// What to set as <c>calico_mtu</c>: the pod MTU. Kubespray writes it into the CNI configuration (the veth MTU), and
    /// only when it is set does it render the FELIX_*MTU variables at all.
    /// </summary>
    public int CalicoMtu => PodMtu;

    /// <summary>What to set as <c>calico_veth_mtu</c>: the pod MTU too; Kubespray writes it into FELIX_IPINIPMTU, FELIX_VXLANMTU and FELIX_WIREGUARDMTU (and CNI_MTU).</summary>
    public int CalicoVethMtu => PodMtu;

    /// <summary>Inputs that give no working MTU (empty when the plan is usable).</summary>
    public EquatableArray<string> Problems { get; init; }

    /// <summary>Remarks on how Calico and Kubespray apply the plan.</summary>
    public EquatableArray<string> Notes { get; init; }

    /// <summary>True when <see cref="Problems"/> is empty.</summary>
    public bool IsValid => Problems.IsEmpty;

    /// <summary>The two Kubespray variables as YAML lines for <c>group_vars/k8s_cluster/k8s-net-calico.yml</c>.</summary>
    public string ToKubesprayYaml() =>
        string.Format(CultureInfo.InvariantCulture, "calico_mtu: {0}\ncalico_veth_mtu: {1}\n", CalicoMtu, CalicoVethMtu);
}
