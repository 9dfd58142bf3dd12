using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calico.Sdk.Tests.Resources;

public class MtuTests
{
    [Theory]
    [InlineData(1500, MtuEncapsulation.None, false, false, IpFamilies.IPv4, 1500)]
    [InlineData(1500, MtuEncapsulation.Ipip, false, false, IpFamilies.IPv4, 1480)]
    [InlineData(1500, MtuEncapsulation.Vxlan, false, false, IpFamilies.IPv4, 1450)]
    [InlineData(1500, MtuEncapsulation.Vxlan, false, false, IpFamilies.IPv6, 1430)]
    [InlineData(1500, MtuEncapsulation.Vxlan, false, false, IpFamilies.DualStack, 1430)]
    [InlineData(1500, MtuEncapsulation.None, true, false, IpFamilies.IPv4, 1440)]
    [InlineData(1500, MtuEncapsulation.None, true, false, IpFamilies.DualStack, 1420)]
    [InlineData(1500, MtuEncapsulation.Vxlan, true, false, IpFamilies.IPv4, 1440)]
    [InlineData(1500, MtuEncapsulation.Ipip, true, false, IpFamilies.IPv4, 1440)]
    [InlineData(1500, MtuEncapsulation.None, false, true, IpFamilies.IPv4, 1450)]
    [InlineData(1500, MtuEncapsulation.Ipip, false, false, IpFamilies.IPv6, 1500)]
    [InlineData(9000, MtuEncapsulation.Vxlan, false, false, IpFamilies.IPv4, 8950)]
    [InlineData(9000, MtuEncapsulation.Ipip, true, true, IpFamilies.DualStack, 8920)]
    public void Pod_mtu_is_the_smallest_enabled_tunnel(int network, MtuEncapsulation encapsulation, bool wireguard, bool ebpf, IpFamilies families, int pod)
    {
        var plan = Mtu.Calculate(network, encapsulation, wireguard, ebpf, families);
        Assert.Equal(pod, plan.PodMtu);
        Assert.Equal(network - pod, plan.Overhead);
        Assert.Equal((pod, pod), (plan.CalicoMtu, plan.CalicoVethMtu));
        Assert.True(plan.IsValid);
    }

    [Fact]
    public void Every_tunnel_gets_the_network_mtu_minus_its_own_overhead()
    {
        var plan = Mtu.Calculate(1500, MtuEncapsulation.Vxlan, wireguard: true, families: IpFamilies.DualStack);
        Assert.Equal((1450, 1430, 1440, 1420, (int?)null), (plan.VxlanMtu!.Value, plan.VxlanMtuV6!.Value, plan.WireguardMtu!.Value, plan.WireguardMtuV6!.Value, plan.IpipMtu));
        Assert.Contains(plan.Notes, n => n.Contains("calico_veth_mtu", StringComparison.Ordinal));
    }

    [Fact]
    public void Ipip_on_ipv6_only_encapsulates_nothing_and_says_so()
    {
        var plan = Mtu.Calculate(1500, MtuEncapsulation.Ipip, families: IpFamilies.IPv6);
        Assert.Null(plan.IpipMtu);
        Assert.Contains(plan.Notes, n => n.Contains("IPv6", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(70000)]
    public void A_network_mtu_out_of_range_is_a_problem(int network) => Assert.False(Mtu.Calculate(network).IsValid);

    [Fact]
    public void Ipv6_needs_1280_after_the_overhead() =>
        Assert.Contains(Mtu.Calculate(1300, MtuEncapsulation.Vxlan, families: IpFamilies.IPv6).Problems, p => p.Contains("1280", StringComparison.Ordinal));

    [Fact]
    public void Kubespray_settings_are_two_yaml_lines() =>
        Assert.Equal("calico_mtu: 1440\ncalico_veth_mtu: 1440\n", Mtu.Calculate(1500, MtuEncapsulation.Vxlan, wireguard: true).ToKubesprayYaml());

    [Property]
    public Property Pod_mtu_is_within_the_largest_overhead_of_the_network_mtu() =>
        Prop.ForAll(
            Gen.Choose(576, 65535).ToArbitrary(),
            Gen.Elements(MtuEncapsulation.None, MtuEncapsulation.Ipip, MtuEncapsulation.Vxlan).ToArbitrary(),
            Gen.Elements(IpFamilies.IPv4, IpFamilies.IPv6, IpFamilies.DualStack).ToArbitrary(),
            (network, encapsulation, families) =>
            {
                var plan = Mtu.Calculate(network, encapsulation, wireguard: network % 2 == 0, ebpf: network % 3 == 0, families: families);
                return plan.PodMtu <= network && plan.PodMtu >= network - Mtu.WireguardOverheadIPv6
                    && new[] { plan.IpipMtu, plan.VxlanMtu, plan.VxlanMtuV6, plan.WireguardMtu, plan.WireguardMtuV6 }.All(m => m is null || m >= plan.PodMtu);
            });
}
