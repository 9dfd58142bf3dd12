using Calico.Sdk.Kubespray;

namespace Calico.Sdk.Tests.Rules;

/// <summary>Builds small clusters for rule tests and runs one rule over them.</summary>
internal static class RuleTestKit
{
    public const string GroupVarsFile = "inventory/group_vars/k8s_cluster/k8s-net-calico.yml";

    /// <summary>A valid three-host cluster: node1 (control plane, etcd, worker), node2 and node3 (workers).</summary>
    public static CalicoClusterBuilder Base() => CalicoCluster.Define().Nodes(n => n
        .Host("node1", "10.0.0.1", h => h.ControlPlane().Etcd().Worker())
        .Host("node2", "10.0.0.2", h => h.Worker())
        .Host("node3", "10.0.0.3", h => h.Worker()));

    /// <summary>Kubespray's route-reflector example: rr0, rr1 and node2–node5, all in rack0 with cluster_id 1.0.0.1.</summary>
    public static CalicoClusterBuilder RouteReflectorExample(bool ids = true) => CalicoCluster.Define()
        .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Never))
        .Bgp(b => b.GlobalAsNumber(65400))
        .Nodes(n => n
            .Host("rr0", "10.210.1.10", h => h.RouteReflector())
            .Host("rr1", "10.210.1.11", h => h.RouteReflector())
            .Host("node2", "10.210.1.12", h => h.ControlPlane().Etcd().Worker())
            .Host("node3", "10.210.1.13", h => h.ControlPlane().Etcd().Worker())
            .Host("node4", "10.210.1.14", h => h.Etcd().Worker())
            .Host("node5", "10.210.1.15", h => h.Worker())
            .Group("rack0", g =>
            {
                g.Hosts("rr0", "rr1", "node2", "node3", "node4", "node5").ClusterId("1.0.0.1");
                if (ids)
                {
                    g.RouteReflectorId("rr1").GroupId("rr1");
                }
            }));

    /// <summary>A cluster with <paramref name="count"/> workers and one control-plane host.</summary>
    public static CalicoClusterBuilder Sized(int count) => CalicoCluster.Define().Nodes(n =>
    {
        n.Host("cp0", "10.0.0.1", h => h.ControlPlane().Etcd().Worker());
        for (var i = 1; i < count; i++)
        {
            n.Host($"w{i}", $"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}", h => h.Worker());
        }
    });

    /// <summary>Runs one rule (every option known, topology known) and returns its findings.</summary>
    public static IReadOnlyList<Finding> Run(Rule rule, CalicoCluster cluster, CalicoVersion? version = null)
    {
        var report = CalicoValidator.ValidatePartial(cluster, _ => true, topologyKnown: true, new ValidationOptions { CalicoVersion = version }, [rule]);
        Assert.DoesNotContain(report.Findings, f => f.Code == CalicoValidator.RuleFailure.Code);
        return report.Findings;
    }

    /// <summary>Asserts that the rule reports, and returns its findings.</summary>
    public static IReadOnlyList<Finding> Triggers(Rule rule, CalicoCluster cluster, CalicoVersion? version = null)
    {
        var findings = Run(rule, cluster, version).Where(f => f.Code == rule.Code).ToList();
        Assert.True(findings.Count > 0, $"{rule.Code} did not report");
        return findings;
    }

    /// <summary>Asserts that the rule reports nothing.</summary>
    public static void DoesNotTrigger(Rule rule, CalicoCluster cluster, CalicoVersion? version = null)
    {
        var findings = Run(rule, cluster, version).Where(f => f.Code == rule.Code).ToList();
        Assert.True(findings.Count == 0, $"{rule.Code} reported: {string.Join(" | ", findings)}");
    }

    /// <summary>A scalar as YAML would give it, located in the k8s_cluster group_vars file.</summary>
    public static InventoryScalar Yaml(string text, int line = 1, ScalarStyle style = ScalarStyle.Plain, string file = GroupVarsFile) =>
        new(text, style, null, new SourceLocation(file, line, 1));

    /// <summary>
    /// An imported inventory (through the importer, so values keep their spelling and location): node1 (control plane,
    /// etcd, worker), node2, node3 (workers), plus the given k8s_cluster group_vars, then changed by <paramref name="configure"/>.
    /// </summary>
    public static CalicoCluster Imported(IEnumerable<(string Name, InventoryValue Value)> groupVars, Action<RawInventory>? configure = null)
    {
        var raw = new RawInventory { Format = InventoryFormat.Ini, InventoryFile = "inventory/inventory.ini" };
        foreach (var h in new[] { "node1", "node2", "node3" })
        {
            raw.Hosts.Add(new RawHost(h));
        }

        var cp = new RawGroup(KubesprayGroups.ControlPlane);
        cp.Hosts.Add("node1");
        var etcd = new RawGroup(KubesprayGroups.Etcd);
        etcd.Hosts.Add("node1");
        var workers = new RawGroup(KubesprayGroups.KubeNode);
        workers.Hosts.AddRange(["node1", "node2", "node3"]);
        var k8s = new RawGroup(KubesprayGroups.K8sCluster);
        k8s.Children.AddRange([KubesprayGroups.ControlPlane, KubesprayGroups.KubeNode]);
        foreach (var (name, value) in groupVars)
        {
            k8s.Vars.Add(new RawVar(name, value, "k8s-net-calico.yml"));
        }

        raw.Groups.AddRange([new RawGroup(KubesprayGroups.All), cp, etcd, workers, k8s]);
        configure?.Invoke(raw);
        var findings = new List<Finding>();
        return KubesprayImporter.Map(raw, findings);
    }

    /// <summary>Shorthand for one imported group variable.</summary>
    public static CalicoCluster ImportedWith(string name, InventoryValue value, Action<RawInventory>? configure = null) =>
        Imported([(name, value)], configure);

    /// <summary>Adds a host variable to a raw host.</summary>
    public static void HostVar(this RawInventory raw, string host, string name, InventoryValue value) =>
        raw.Host(host)!.Vars.Add(new RawVar(name, value, null));
}
