using System.Diagnostics;
using System.Text.Json.Nodes;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Tests.Resources;

public class MigrationPlanTests
{
    public static TheoryData<string> PlanNames => ["ipip-to-vxlan", "ebpf", "pool-cidr", "route-reflectors"];

    private static MigrationPlan Plan(string name) => name switch
    {
        "ipip-to-vxlan" => MigrationPlans.IpipToVxlan(ResourceCases.RouteReflectorExample()),
        "ebpf" => MigrationPlans.EnableEbpf(ResourceCases.EbpfDsr()),
        "pool-cidr" => MigrationPlans.MovePoolCidr(ResourceCases.DualStack(), Cidr.Parse("10.234.0.0/18")),
        _ => MigrationPlans.IntroduceRouteReflectors(ResourceCases.RouteReflectorExample()),
    };

    [Fact]
    public void Ipip_to_vxlan_follows_the_kubespray_procedure()
    {
        var plan = Plan("ipip-to-vxlan");
        Assert.Equal(
            [
                "calicoctl.sh patch felixconfig default -p '{\"spec\":{\"vxlanEnabled\":true}}'",
                "calicoctl.sh patch ippool default-pool -p '{\"spec\":{\"ipipMode\":\"Never\",\"vxlanMode\":\"Always\"}}'",
                "calicoctl.sh patch felixconfig default -p '{\"spec\":{\"ipipEnabled\":false}}'",
            ],
            plan.Steps.SelectMany(s => s.Commands));
        Assert.Equal([1, 2, 3, 4], plan.Steps.Select(s => s.Number));
        Assert.Contains("ipv4VXLANTunnelAddr", plan.Steps[2].CheckCommand, StringComparison.Ordinal);
        Assert.Contains("node5", plan.Steps[2].CheckCommand, StringComparison.Ordinal);
        Assert.Equal(["calico_ipip_mode", "calico_vxlan_mode"], plan.InventoryChanges.Select(c => c.Variable));
        Assert.Equal(new ResourcePatch("projectcalico.org/v3", "IPPool", "default-pool", "{\"spec\":{\"ipipMode\":\"Never\",\"vxlanMode\":\"Always\"}}"), plan.Steps[1].Patches.Single());
    }

    [Fact]
    public void Ipip_to_vxlan_keeps_cross_subnet_and_switches_the_backend_when_nothing_needs_bgp()
    {
        var plan = MigrationPlans.IpipToVxlan(CalicoCluster.Define().Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.CrossSubnet).Vxlan(EncapsulationMode.Never)).Build());
        Assert.Contains("\"vxlanMode\":\"CrossSubnet\"", plan.Steps[1].Commands.Single(), StringComparison.Ordinal);
        Assert.Contains(plan.InventoryChanges, c => c.Variable == "calico_network_backend" && c.Value == "vxlan");
    }

    [Fact]
    public void A_vxlan_cluster_has_nothing_to_migrate()
    {
        var plan = MigrationPlans.IpipToVxlan(CalicoCluster.Define().Build());
        Assert.Empty(plan.Steps);
        Assert.Contains(plan.Notes, n => n.Contains("nothing to migrate", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(KubeProxyMode.Ipvs, "kube-ipvs0")]
    [InlineData(KubeProxyMode.Nftables, "nft delete table")]
    [InlineData(KubeProxyMode.Iptables, null)]
    public void Enabling_ebpf_removes_kube_proxy_and_its_leftovers(KubeProxyMode mode, string? cleanup)
    {
        var plan = MigrationPlans.EnableEbpf(CalicoCluster.Define().Cluster(c => c.ProxyMode(mode)).Build());
        Assert.Contains(plan.Steps, s => s.Commands.Any(c => c.Contains("patch daemonset kube-proxy", StringComparison.Ordinal)));
        Assert.Contains(plan.Steps, s => s.Commands.Any(c => c.Contains("\"bpfEnabled\":true", StringComparison.Ordinal)));
        Assert.Equal(cleanup is null ? 4 : 5, plan.Steps.Count);
        if (cleanup is not null)
        {
            Assert.Contains(cleanup, plan.Steps[^1].Commands.Single(), StringComparison.Ordinal);
        }

        // The services endpoint comes before eBPF, eBPF before removing kube-proxy.
        var order = plan.Steps.Select(s => s.Title).ToList();
        Assert.True(order.FindIndex(t => t.Contains("API server", StringComparison.Ordinal)) < order.FindIndex(t => t.Contains("eBPF", StringComparison.Ordinal)));
        Assert.True(order.FindIndex(t => t.Contains("eBPF", StringComparison.Ordinal)) < order.FindIndex(t => t.Contains("kube-proxy", StringComparison.Ordinal)));
    }

    [Fact]
    public void Moving_a_pool_creates_drains_and_deletes_in_that_order()
    {
        var plan = Plan("pool-cidr");
        Assert.Equal([PatchOperation.Create, PatchOperation.Merge, PatchOperation.Delete], plan.Steps.SelectMany(s => s.Patches).Select(p => p.Operation));
        Assert.Contains(plan.InventoryChanges, c => c.Variable == "kube_pods_subnet");
        Assert.Contains(plan.InventoryChanges, c => c.Variable == "calico_pool_cidr" && c.Value == "10.234.0.0/18");
        var overlapping = MigrationPlans.MovePoolCidr(CalicoCluster.Define().Build(), Cidr.Parse("10.233.64.0/20"));
        Assert.Contains(overlapping.Notes, n => n.Contains("overlaps", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("10.233.64.7", 1)]
    [InlineData("10.233.127.255", 1)]
    [InlineData("10.233.128.0", 0)]
    [InlineData("10.233.63.255", 0)]
    [InlineData("fd00::1", 0)]
    public void The_drain_check_compares_addresses_as_numbers(string podIp, int exitCode)
    {
        var psi = new ProcessStartInfo("/bin/sh", ["-c", $"printf '%s\\n' '{podIp}' | " + MigrationPlans.NoAddressInIPv4(Cidr.Parse("10.233.64.0/18"))]);
        using var p = Process.Start(psi)!;
        p.WaitForExit();
        Assert.Equal(exitCode, p.ExitCode);
    }

    [Fact]
    public void Route_reflectors_come_up_before_the_mesh_goes()
    {
        var plan = Plan("route-reflectors");
        var peers = plan.Steps.Single(s => s.Title.StartsWith("Create the route-reflector peerings", StringComparison.Ordinal));
        var meshOff = plan.Steps.Single(s => s.Title == "Turn the node-to-node mesh off");
        Assert.True(peers.Number < meshOff.Number);
        Assert.Equal(peers.CheckCommand, meshOff.PreconditionCheck);
        Assert.Contains("NodePeer", peers.CheckCommand, StringComparison.Ordinal);
        Assert.Contains("NodeMesh", meshOff.CheckCommand, StringComparison.Ordinal);
        Assert.Equal(["BGPPeer rr1-to-node", "BGPPeer rr-mesh"], peers.Patches.Select(p => p.Kind + " " + p.Name));
        Assert.Equal("calicoctl.sh patch bgpconfiguration default -p '{\"spec\":{\"nodeToNodeMeshEnabled\":false}}'", meshOff.Commands.Single());
        Assert.Contains(plan.InventoryChanges, c => c.Variable == "cluster_id" && c.Value == "1.0.0.1");
    }

    [Fact]
    public void Introducing_route_reflectors_needs_some_in_the_model() =>
        Assert.Empty(MigrationPlans.IntroduceRouteReflectors(CalicoCluster.Define().Build()).Steps);

    [Theory]
    [MemberData(nameof(PlanNames))]
    public void Scripts_are_valid_posix_shell_and_every_check_parses(string name)
    {
        var plan = Plan(name);
        foreach (var shell in new[] { "/bin/sh", "/bin/bash", "/usr/bin/dash" })
        {
            AssertParses(shell, "-n", plan.ToShellScript());
        }

        foreach (var s in plan.Steps)
        {
            foreach (var command in new[] { s.PreconditionCheck, s.CheckCommand }.Concat(s.Commands).OfType<string>())
            {
                AssertParses("/bin/sh", "-n", command);
            }
        }
    }

    [Theory]
    [MemberData(nameof(PlanNames))]
    public void Json_is_deterministic_and_embeds_patches_as_objects(string name)
    {
        var json = Plan(name).ToJson();
        Assert.Equal(json, Plan(name).ToJson());
        var root = JsonNode.Parse(json)!;
        Assert.Equal(name, (string?)root["id"]);
        foreach (var patch in root["steps"]!.AsArray().SelectMany(s => s!["patches"]!.AsArray()))
        {
            Assert.True(patch!["body"] is null or JsonObject);
        }
    }

    private static void AssertParses(string shell, string flag, string script)
    {
        var psi = new ProcessStartInfo(shell, [flag]) { RedirectStandardInput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        p.StandardInput.Write(script);
        p.StandardInput.Close();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{shell} {flag}: {error}\n{script}");
    }
}
