using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Calico.Sdk.Cli;

/// <content>The <c>mtu</c> command, over <see cref="Mtu.Calculate"/>.</content>
public static partial class CliApp
{
    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    private static Command MtuCommand(TextWriter stdout, TextWriter stderr)
    {
        var networkMtu = new Option<int>("--network-mtu") { Description = "The underlay (host interface) MTU, such as 1500 or 9000.", Required = true };
        var encapsulation = new Option<string>("--encapsulation") { Description = "The pools' encapsulation: ipip, vxlan or none.", DefaultValueFactory = _ => "none" };
        encapsulation.AcceptOnlyFromAmong("ipip", "vxlan", "none");
        var wireguard = new Option<bool>("--wireguard") { Description = "WireGuard encryption (calico_wireguard_enabled)." };
        var ebpf = new Option<bool>("--ebpf") { Description = "The eBPF dataplane (calico_bpf_enabled)." };
        var ipv6 = new Option<bool>("--ipv6") { Description = "IPv6 pods only." };
        var dualStack = new Option<bool>("--dual-stack") { Description = "IPv4 and IPv6 pods." };
        var format = ResultFormatOption();
        var command = new Command("mtu", "Compute the MTU of every Calico tunnel and of the pods for an underlay MTU, and the calico_mtu / calico_veth_mtu lines for Kubespray. Exit 1 when the inputs give no working MTU.");
        command.Options.Add(networkMtu);
        command.Options.Add(encapsulation);
        command.Options.Add(wireguard);
        command.Options.Add(ebpf);
        command.Options.Add(ipv6);
        command.Options.Add(dualStack);
        command.Options.Add(format);
        command.Validators.Add(result =>
        {
            if (result.GetValue(ipv6) && result.GetValue(dualStack))
            {
                result.AddError("--ipv6 and --dual-stack exclude each other: --ipv6 is IPv6 only, --dual-stack is IPv4 and IPv6");
            }
        });
        command.SetAction(parse =>
        {
            var families = parse.GetValue(dualStack) ? IpFamilies.DualStack : parse.GetValue(ipv6) ? IpFamilies.IPv6 : IpFamilies.IPv4;
            var encap = parse.GetValue(encapsulation) switch
            {
                "ipip" => MtuEncapsulation.Ipip,
                "vxlan" => MtuEncapsulation.Vxlan,
                _ => MtuEncapsulation.None,
            };
            var plan = Mtu.Calculate(parse.GetValue(networkMtu), encap, parse.GetValue(wireguard), parse.GetValue(ebpf), families);
            stdout.Write(parse.GetValue(format) == "json" ? MtuJson(plan) : MtuText(plan));
            foreach (var problem in plan.Problems)
            {
                stderr.WriteLine("error: " + problem);
            }

            return plan.IsValid ? Ok : ErrorFindings;
        });
        return command;
    }

    // The tunnel devices of a plan that are in use: device, FelixConfiguration field, MTU.
    private static IEnumerable<(string Device, string Field, int Mtu)> Tunnels(MtuPlan plan)
    {
        if (plan.IpipMtu is { } ipip)
        {
            yield return ("tunl0", "ipipMTU", ipip);
        }

        if (plan.VxlanMtu is { } vxlan)
        {
            yield return ("vxlan.calico", "vxlanMTU", vxlan);
        }

        if (plan.VxlanMtuV6 is { } vxlanV6)
        {
            yield return ("vxlan-v6.calico", "vxlanMTUV6", vxlanV6);
        }

        if (plan.WireguardMtu is { } wg)
        {
            yield return ("wireguard.cali", "wireguardMTU", wg);
        }

        if (plan.WireguardMtuV6 is { } wgV6)
        {
            yield return ("wg-v6.cali", "wireguardMTUV6", wgV6);
        }
    }

    private static string MtuText(MtuPlan plan)
    {
        var sb = new StringBuilder();
        void Line(string label, string value) => sb.Append(label.PadRight(20)).Append(value).Append('\n');
        Line("Network MTU", plan.NetworkMtu.ToString(CultureInfo.InvariantCulture));
        Line("Encapsulation", EncapsulationName(plan.Encapsulation));
        Line("WireGuard", plan.Wireguard ? "on" : "off");
        Line("eBPF", plan.Ebpf ? "on" : "off");
        Line("Address families", FamiliesName(plan.Families));
        var tunnels = Tunnels(plan).ToList();
        if (tunnels.Count == 0)
        {
            Line("Tunnels", "none (pods use the network MTU)");
        }

        foreach (var (device, field, mtu) in tunnels)
        {
            Line(device, $"{mtu.ToString(CultureInfo.InvariantCulture)} (FelixConfiguration {field})");
        }

        Line("Pod MTU (veth)", $"{plan.PodMtu.ToString(CultureInfo.InvariantCulture)} (overhead {plan.Overhead.ToString(CultureInfo.InvariantCulture)} bytes)");
        foreach (var note in plan.Notes)
        {
            sb.Append("note: ").Append(note).Append('\n');
        }

        foreach (var problem in plan.Problems)
        {
            sb.Append("problem: ").Append(problem).Append('\n');
        }

        if (plan.IsValid)
        {
            sb.Append('\n').Append("# group_vars/k8s_cluster/k8s-net-calico.yml\n").Append(plan.ToKubesprayYaml());
        }

        return sb.ToString();
    }

    private static string MtuJson(MtuPlan plan)
    {
        var tunnels = new JsonObject();
        foreach (var (device, field, mtu) in Tunnels(plan))
        {
            tunnels[field] = new JsonObject { ["device"] = device, ["mtu"] = mtu };
        }

        var o = new JsonObject
        {
            ["networkMtu"] = plan.NetworkMtu,
            ["encapsulation"] = EncapsulationName(plan.Encapsulation),
            ["wireguard"] = plan.Wireguard,
            ["ebpf"] = plan.Ebpf,
            ["families"] = FamiliesName(plan.Families),
            ["tunnels"] = tunnels,
            ["podMtu"] = plan.PodMtu,
            ["overhead"] = plan.Overhead,
            ["valid"] = plan.IsValid,
            ["problems"] = new JsonArray(plan.Problems.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
            ["notes"] = new JsonArray(plan.Notes.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
            ["kubespray"] = plan.IsValid
                ? new JsonObject { ["calico_mtu"] = plan.CalicoMtu, ["calico_veth_mtu"] = plan.CalicoVethMtu }
                : null,
        };
        return o.ToJsonString(IndentedJson) + "\n";
    }

    private static string EncapsulationName(MtuEncapsulation encapsulation) => encapsulation switch
    {
        MtuEncapsulation.Ipip => "ipip",
        MtuEncapsulation.Vxlan => "vxlan",
        _ => "none",
    };

    private static string FamiliesName(IpFamilies families) => families switch
    {
        IpFamilies.IPv6 => "ipv6",
        IpFamilies.DualStack => "dual-stack",
        _ => "ipv4",
    };
}
