using System.Text.Json;
using Calico.Sdk.Cli;
using Calico.Sdk.Testing;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Cli;

/// <summary>The commands added over the library: render calico/operator, mtu, plan, and the usage checks of apply/diff/status (which need no cluster).</summary>
public sealed class CliCommandTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("calico-sdk-cli-");

    public void Dispose() => _temp.Delete(recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    private string Out(string name) => Path.Combine(_temp.FullName, name);

    private static string RrExample => TestData.Path("kubespray-rr-example");

    /// <summary>An inventory whose Calico variables are <paramref name="calicoVars"/> (k8s-net-calico.yml).</summary>
    private string Inventory(string name, string calicoVars)
    {
        var dir = Out(name);
        Directory.CreateDirectory(Path.Combine(dir, "group_vars", "k8s_cluster"));
        File.WriteAllText(Path.Combine(dir, "inventory.ini"), "[kube_control_plane]\nnode1 ip=10.0.0.1\n\n[etcd:children]\nkube_control_plane\n\n[kube_node]\nnode1\nnode2 ip=10.0.0.2\n");
        File.WriteAllText(Path.Combine(dir, "group_vars", "k8s_cluster", "k8s-net-calico.yml"), calicoVars);
        return dir;
    }

    // IPIP with the default (vxlan) backend: CAL2001, an error.
    private string BrokenInventory() => Inventory("broken", "calico_ipip_mode: Always\n");

    // ---- render calico ----

    [Fact]
    public void RenderCalico_V3Yaml_WritesEveryStepAndApplySh()
    {
        var dir = Out("v3");
        var (exit, output, err) = Run("render", "calico", RrExample, "--out", dir);

        Assert.Equal(CliApp.Ok, exit);
        Assert.DoesNotContain("error", err, StringComparison.Ordinal);
        string[] expected = ["00-felixconfiguration.yaml", "10-ippools.yaml", "20-ipamconfig.yaml", "30-nodes.yaml", "40-bgppeers.yaml", "50-bgpconfiguration.yaml", "60-configmaps.yaml", "apply.sh"];
        foreach (var file in expected)
        {
            Assert.True(File.Exists(Path.Combine(dir, file)), file);
            Assert.Contains(Path.Combine(dir, file), output, StringComparison.Ordinal);
        }

        var pools = File.ReadAllText(Path.Combine(dir, "10-ippools.yaml"));
        Assert.Contains("apiVersion: projectcalico.org/v3", pools, StringComparison.Ordinal);
        Assert.Contains("cidr: 10.233.64.0/18", pools, StringComparison.Ordinal);
        Assert.Contains("ipipMode: Always", pools, StringComparison.Ordinal);
        Assert.Contains("kind: IPAMConfiguration", File.ReadAllText(Path.Combine(dir, "20-ipamconfig.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderCalico_CrdV1Json_WritesOneJsonFilePerObject()
    {
        var dir = Out("v1");
        var (exit, _, _) = Run("render", "calico", RrExample, "--out", dir, "--api-group", "crd.projectcalico.org/v1", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        using var pool = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "10-ippools", "ippool-default-pool.json")));
        Assert.Equal("crd.projectcalico.org/v1", pool.RootElement.GetProperty("apiVersion").GetString());
        Assert.Equal("10.233.64.0/18", pool.RootElement.GetProperty("spec").GetProperty("cidr").GetString());
        using var ipam = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "20-ipamconfig", "ipamconfig-default.json")));
        Assert.Equal("IPAMConfig", ipam.RootElement.GetProperty("kind").GetString());
        Assert.Empty(Directory.GetFiles(dir, "*.yaml", SearchOption.AllDirectories));
        Assert.Contains("$KUBECTL apply --server-side --force-conflicts --field-manager=calico-sdk -f 10-ippools/ippool-default-pool.json", File.ReadAllText(Path.Combine(dir, "apply.sh")), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderCalico_ErrorFindings_RefusesWithExit1_ListsTheCodes_WritesNothing()
    {
        var dir = Out("refused");
        var (exit, output, err) = Run("render", "calico", BrokenInventory(), "--out", dir);

        Assert.Equal(CliApp.ErrorFindings, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("refusing", err, StringComparison.Ordinal);
        Assert.Contains("CAL2001", err, StringComparison.Ordinal);
        Assert.Contains("--force", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void RenderCalico_Force_WritesDespiteErrors_AndStillListsThem()
    {
        var dir = Out("forced");
        var (exit, _, err) = Run("render", "calico", BrokenInventory(), "--out", dir, "--force");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("CAL2001", err, StringComparison.Ordinal);
        Assert.Contains("--force", err, StringComparison.Ordinal);
        Assert.Contains("ipipMode: Always", File.ReadAllText(Path.Combine(dir, "10-ippools.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderCalico_MissingInventory_Exits2()
    {
        var (exit, _, err) = Run("render", "calico", Out("nothing-here"), "--out", Out("x"));
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("CAL0001", err, StringComparison.Ordinal);
        Assert.Contains("cannot read the inventory", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--api-group", "projectcalico.org/v1")]
    [InlineData("--format", "toml")]
    public void RenderCalico_UnknownChoice_Exits2(string option, string value)
    {
        var (exit, _, err) = Run("render", "calico", RrExample, "--out", Out("x"), option, value);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains(value, err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out("x")));
    }

    [Fact]
    public void RenderCalico_WithoutOut_Exits2()
    {
        var (exit, _, err) = Run("render", "calico", RrExample);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("--out", err, StringComparison.Ordinal);
    }

    // ---- render operator ----

    [Fact]
    public void RenderOperator_WritesInstallation_V3Resources_AndGaps()
    {
        var dir = Out("operator");
        var (exit, output, _) = Run("render", "operator", RrExample, "--out", dir);

        Assert.Equal(CliApp.Ok, exit);
        var installation = File.ReadAllText(Path.Combine(dir, "00-operator.yaml"));
        Assert.Contains("apiVersion: operator.tigera.io/v1", installation, StringComparison.Ordinal);
        Assert.Contains("kind: Installation", installation, StringComparison.Ordinal);
        Assert.Contains("encapsulation: IPIP", installation, StringComparison.Ordinal);
        var resources = File.ReadAllText(Path.Combine(dir, "10-calico-resources.yaml"));
        Assert.Contains("kind: BGPPeer", resources, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "GAPS.md")));
        Assert.Contains("GAPS.md", output, StringComparison.Ordinal);
        Assert.Contains("can express every Kubespray setting", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderOperator_PrintsTheGaps()
    {
        var dir = Out("operator-gaps");
        var inventory = Inventory("gaps", "calico_node_livenessprobe_timeout: 20\ncalico_cni_name: my-cni\n");
        var (exit, output, _) = Run("render", "operator", inventory, "--out", dir);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("2 option(s) the operator cannot express", output, StringComparison.Ordinal);
        Assert.Contains("calico_node_livenessprobe_timeout=20", output, StringComparison.Ordinal);
        Assert.Contains("calico_cni_name", File.ReadAllText(Path.Combine(dir, "GAPS.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderOperator_EtcdDatastore_IsABlocker_Exit1()
    {
        var dir = Out("operator-etcd");
        var (exit, output, err) = Run("render", "operator", Inventory("etcd", "calico_datastore: etcd\n"), "--out", dir);

        Assert.Equal(CliApp.ErrorFindings, exit);
        Assert.Contains("blocker calico_datastore=etcd", output, StringComparison.Ordinal);
        Assert.Contains("error: the operator cannot run this cluster: calico_datastore=etcd", err, StringComparison.Ordinal);
        Assert.Contains("calico_datastore", File.ReadAllText(Path.Combine(dir, "GAPS.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderOperator_ErrorFindings_Refuses_UnlessForced()
    {
        var (exit, _, err) = Run("render", "operator", BrokenInventory(), "--out", Out("op-refused"));
        Assert.Equal(CliApp.ErrorFindings, exit);
        Assert.Contains("CAL2001", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out("op-refused")));

        var (forced, _, _) = Run("render", "operator", BrokenInventory(), "--out", Out("op-forced"), "--force");
        Assert.Equal(CliApp.Ok, forced);
        Assert.True(File.Exists(Path.Combine(Out("op-forced"), "00-operator.yaml")));
    }

    // ---- mtu ----

    [Theory]
    [InlineData(new[] { "--network-mtu", "1500" }, 1500, null, null)]
    [InlineData(new[] { "--network-mtu", "1500", "--encapsulation", "ipip" }, 1480, "ipipMTU", 1480)]
    [InlineData(new[] { "--network-mtu", "1500", "--encapsulation", "vxlan" }, 1450, "vxlanMTU", 1450)]
    [InlineData(new[] { "--network-mtu", "9000", "--encapsulation", "vxlan", "--wireguard" }, 8940, "wireguardMTU", 8940)]
    [InlineData(new[] { "--network-mtu", "1500", "--encapsulation", "vxlan", "--dual-stack" }, 1430, "vxlanMTUV6", 1430)]
    [InlineData(new[] { "--network-mtu", "1500", "--ipv6", "--wireguard" }, 1420, "wireguardMTUV6", 1420)]
    [InlineData(new[] { "--network-mtu", "1500", "--ebpf" }, 1450, "vxlanMTU", 1450)]
    public void Mtu_Json_HasTheTunnelAndPodMtus(string[] args, int podMtu, string? tunnel, int? tunnelMtu)
    {
        var (exit, output, err) = Run(["mtu", .. args, "--format", "json"]);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal(string.Empty, err);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(podMtu, root.GetProperty("podMtu").GetInt32());
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal(podMtu, root.GetProperty("kubespray").GetProperty("calico_mtu").GetInt32());
        Assert.Equal(podMtu, root.GetProperty("kubespray").GetProperty("calico_veth_mtu").GetInt32());
        var tunnels = root.GetProperty("tunnels");
        if (tunnel is null)
        {
            Assert.Empty(tunnels.EnumerateObject());
        }
        else
        {
            Assert.Equal(tunnelMtu, tunnels.GetProperty(tunnel).GetProperty("mtu").GetInt32());
        }
    }

    [Fact]
    public void Mtu_Text_ListsTunnels_PodMtu_Notes_AndKubesprayLines()
    {
        var (exit, output, _) = Run("mtu", "--network-mtu", "1500", "--encapsulation", "vxlan", "--wireguard");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Matches(@"vxlan\.calico\s+1450", output);
        Assert.Matches(@"wireguard\.cali\s+1440", output);
        Assert.Matches(@"Pod MTU \(veth\)\s+1440 \(overhead 60 bytes\)", output);
        Assert.Contains("note: Kubespray writes one value", output, StringComparison.Ordinal);
        Assert.EndsWith("calico_mtu: 1440\ncalico_veth_mtu: 1440\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Mtu_PodMtuBelowIPv6Minimum_IsAProblem_Exit1()
    {
        var (exit, output, err) = Run("mtu", "--network-mtu", "1300", "--encapsulation", "vxlan", "--ipv6");

        Assert.Equal(CliApp.ErrorFindings, exit);
        Assert.Contains("error: the pod MTU 1230 is below IPv6's minimum of 1280", err, StringComparison.Ordinal);
        Assert.Contains("problem:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("calico_mtu:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Mtu_OutOfRangeNetworkMtu_Json_IsInvalid_Exit1()
    {
        var (exit, output, err) = Run("mtu", "--network-mtu", "100", "--format", "json");

        Assert.Equal(CliApp.ErrorFindings, exit);
        Assert.Contains("outside 576", err, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(output);
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(1, doc.RootElement.GetProperty("problems").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("kubespray").ValueKind);
    }

    [Theory]
    [InlineData("mtu")]                                                             // --network-mtu is required
    [InlineData("mtu", "--network-mtu", "big")]
    [InlineData("mtu", "--network-mtu", "1500", "--encapsulation", "gre")]
    [InlineData("mtu", "--network-mtu", "1500", "--ipv6", "--dual-stack")]
    [InlineData("mtu", "--network-mtu", "1500", "--format", "yaml")]
    public void Mtu_UsageErrors_Exit2(params string[] args)
    {
        var (exit, output, err) = Run(args);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
    }

    // ---- plan ----

    [Theory]
    [InlineData("ipip-to-vxlan", "\"vxlanEnabled\":true")]
    [InlineData("ebpf", "bpfEnabled")]
    [InlineData("pool-cidr", "cidr: 10.250.0.0/16")]
    [InlineData("route-reflectors", "nodeToNodeMeshEnabled")]
    public void Plan_Script_IsAShellScriptForTheKind(string kind, string expected)
    {
        string[] extra = kind == "pool-cidr" ? ["--new-cidr", "10.250.0.0/16"] : [];
        var (exit, output, err) = Run(["plan", kind, RrExample, .. extra]);

        Assert.True(exit == CliApp.Ok, err);
        Assert.StartsWith("#!/bin/sh\n", output, StringComparison.Ordinal);
        Assert.Contains("calicoctl.sh", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ipip-to-vxlan")]
    [InlineData("ebpf")]
    [InlineData("pool-cidr")]
    [InlineData("route-reflectors")]
    public void Plan_Json_HasTheIdAndNumberedSteps(string kind)
    {
        string[] extra = kind == "pool-cidr" ? ["--new-cidr", "10.250.0.0/16", "--new-pool-name", "moved"] : [];
        var (exit, output, _) = Run(["plan", kind, RrExample, "--format", "json", .. extra]);

        Assert.Equal(CliApp.Ok, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(kind, doc.RootElement.GetProperty("id").GetString());
        var steps = doc.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.NotEmpty(steps);
        Assert.Equal(Enumerable.Range(1, steps.Count), steps.Select(s => s.GetProperty("number").GetInt32()));
        if (kind == "pool-cidr")
        {
            Assert.Contains("moved", steps[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("plan", "move-everything", "INVENTORY", "move-everything")]
    [InlineData("plan", "pool-cidr", "INVENTORY", "--new-cidr")]
    [InlineData("plan", "pool-cidr", "INVENTORY", "not a CIDR", "--new-cidr", "10.250.0.0")]
    [InlineData("plan", "ebpf", "INVENTORY", "only apply to plan pool-cidr", "--new-cidr", "10.250.0.0/16")]
    [InlineData("plan", "ebpf", "INVENTORY", "'yaml' not recognized", "--format", "yaml")]
    [InlineData("plan", "ebpf", "MISSING", "cannot read the inventory")]
    [InlineData("plan", "ebpf", null, "Required argument")]
    public void Plan_UsageErrors_Exit2(string command, string kind, string? inventory, string message, params string[] extra)
    {
        var path = inventory switch
        {
            "INVENTORY" => RrExample,
            "MISSING" => Out("missing"),
            _ => null,
        };
        string[] args = path is null ? [command, kind, .. extra] : [command, kind, path, .. extra];
        var (exit, output, err) = Run(args);

        Assert.Equal(CliApp.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }

    // ---- apply / diff / status: usage, refusal and unreadable input, before any connection ----

    [Theory]
    [InlineData("apply", "--kubeconfig", "k", "--etcd-endpoints", "http://127.0.0.1:1")]
    [InlineData("diff", "--kubeconfig", "k", "--etcd-endpoints", "http://127.0.0.1:1")]
    [InlineData("apply")]
    [InlineData("diff")]
    public void ApplyDiff_NeedExactlyOneDatastore_Exit2(string command, params string[] extra)
    {
        var (exit, output, err) = Run([command, RrExample, .. extra]);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("exactly one of --kubeconfig", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--kubeconfig", "k", "--etcd-endpoints", "http://127.0.0.1:1")]
    [InlineData("--format", "table")]
    public void Status_NeedsExactlyOneDatastore_Exit2(params string[] args)
    {
        var (exit, _, err) = Run(["status", "ippools", .. args]);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("exactly one of --kubeconfig", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apply", "--etcd-endpoints", "http://127.0.0.1:1", "--etcd-key", "k.pem")]
    [InlineData("apply", "--etcd-endpoints", "http://127.0.0.1:1", "--etcd-cert", "c.pem")]
    [InlineData("apply", "--kubeconfig", "k", "--etcd-ca", "ca.pem")]
    [InlineData("diff", "--etcd-endpoints", "http://127.0.0.1:1", "--context", "prod")]
    public void ConnectionOptions_Inconsistent_Exit2(params string[] args)
    {
        var (exit, _, err) = Run([args[0], RrExample, .. args[1..]]);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_UnknownKind_Exit2()
    {
        var (exit, _, err) = Run("status", "routes", "--etcd-endpoints", "http://127.0.0.1:1");
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("'routes' is not a status kind", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_MissingKubeconfig_Exit2()
    {
        var kubeconfig = Out("no-kubeconfig");
        var (exit, _, err) = Run("apply", RrExample, "--kubeconfig", kubeconfig);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains(kubeconfig, err, StringComparison.Ordinal);
        Assert.Contains("does not exist", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_MissingEtcdCertificate_Exit2()
    {
        var ca = Out("ca.crt");
        var (exit, output, err) = Run("status", "--etcd-endpoints", "https://127.0.0.1:1", "--etcd-ca", ca);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"'{ca}' does not exist", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("this: [is not\n")]
    [InlineData("junk\n")]
    public void Status_MalformedKubeconfig_Exit2(string content)
    {
        var kubeconfig = Out("kubeconfig");
        File.WriteAllText(kubeconfig, content);
        var (exit, _, err) = Run("status", "--kubeconfig", kubeconfig);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains($"the kubeconfig {kubeconfig} is not valid YAML at line", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_MalformedEtcdCa_Exit2_WithoutConnecting()
    {
        var ca = Out("ca.crt");
        File.WriteAllText(ca, "not a certificate\n");
        var (exit, output, err) = Run("status", "--etcd-endpoints", "https://127.0.0.1:1", "--etcd-ca", ca);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.DoesNotContain("CAL5040", err, StringComparison.Ordinal);
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_NotAnEtcdUrl_Exit2()
    {
        var (exit, _, err) = Run("status", "--etcd-endpoints", "ftp://127.0.0.1:2379");
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("ftp://127.0.0.1:2379", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_MissingInventory_Exit2()
    {
        var (exit, _, err) = Run("apply", Out("missing"), "--etcd-endpoints", "http://127.0.0.1:1");
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("CAL0001", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apply")]
    [InlineData("diff")]
    public void ApplyDiff_ErrorFindings_RefuseBeforeConnecting_Exit1(string command)
    {
        // Port 1 is never contacted: the configuration is refused first.
        var (exit, output, err) = Run(command, BrokenInventory(), "--etcd-endpoints", "http://127.0.0.1:1");
        Assert.Equal(CliApp.ErrorFindings, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("CAL2001", err, StringComparison.Ordinal);
        Assert.DoesNotContain("CAL5040", err, StringComparison.Ordinal);
    }
}
