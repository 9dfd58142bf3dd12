namespace Calico.Sdk;

// Helpers the rule files share. Methods, not static fields: the order in which static initialisers of partial files
// run is not defined, and every rule field below is initialised from them.
public static partial class CalicoRules
{
    private const string IgnoredNote = "Kubespray skips this check because ignore_assert_errors is true, so the run goes on with this value";

    private static Rule Define(
        string code,
        FindingSeverity severity,
        string title,
        RuleSource source,
        string message,
        string hint,
        CalicoOption[] reads,
        Action<RuleContext> check,
        string? kubesprayReference = null,
        bool topology = false,
        CalicoVersion? minVersion = null,
        CalicoVersion? untilVersion = null,
        bool? silentOnDefaults = null,
        string? silentOnlyWithoutHostsIn = null) =>
        new(new FindingDescriptor(code, severity, title, Category(source)), source, message, hint, reads, check)
        {
            KubesprayReference = kubesprayReference,
            ReadsTopology = topology,

            // A rule that reads no hosts is silent on defaults (RuleDefaultsTests); one that does says so itself, or gives
            // the group whose hosts it needs to report on defaults.
            SilentOnDefaults = silentOnDefaults ?? (!topology || silentOnlyWithoutHostsIn is not null),
            SilentOnlyWithoutHostsIn = silentOnlyWithoutHostsIn,
            MinVersion = minVersion,
            UntilVersion = untilVersion,
        };

    private static string Category(RuleSource source) => source switch
    {
        RuleSource.KubesprayAssert or RuleSource.KubesprayDocs => "Kubespray",
        RuleSource.CalicoApi => "Calico",
        _ => "Design",
    };

    private static CalicoOption[] Options(params CalicoOption[] options) => options;

    /// <summary>The options of a rule plus the two that decide whether Kubespray's Calico checks run at all.</summary>
    private static CalicoOption[] WithAssertGates(params CalicoOption[] options) =>
        [.. options, CalicoOptions.KubeNetworkPlugin, CalicoOptions.IgnoreAssertErrors];

    /// <summary>Classes of k8s_cluster hosts that run Kubespray's Calico checks (the network plugin is calico).</summary>
    private static IEnumerable<HostClass> CalicoHostClasses(RuleContext ctx, params CalicoOption[] options) =>
        ctx.HostClasses(KubesprayGroups.K8sCluster, WithAssertGates(options))
            .Where(c => RuleHelpers.Spelled(c.Find(CalicoOptions.KubeNetworkPlugin)) == "calico");

    /// <summary>Classes of k8s_cluster hosts for the generic inventory checks (any network plugin).</summary>
    private static IEnumerable<HostClass> InventoryHostClasses(RuleContext ctx, params CalicoOption[] options) =>
        ctx.HostClasses(KubesprayGroups.K8sCluster, WithAssertGates(options));

    /// <summary>Reports a failed Kubespray assert; a warning with a note when <c>ignore_assert_errors</c> makes Kubespray skip it.</summary>
    private static void Failed(HostClass c, DefinedValue at, bool skippedWhenIgnored, params object?[] args)
    {
        if (skippedWhenIgnored && c.Get(CalicoOptions.IgnoreAssertErrors))
        {
            c.ReportDetailed(at, FindingSeverity.Warning, null, IgnoredNote, args);
        }
        else
        {
            c.ReportDetailed(at, null, null, null, args);
        }
    }

    /// <summary>True when Kubespray's assert for this class would not stop the run (so a later consumer sees the value).</summary>
    private static bool AssertSkipped(HostClass c) => c.Get(CalicoOptions.IgnoreAssertErrors);

    // What the MTU rules read: both MTUs and everything the encapsulation overhead depends on. A method, not a field:
    // the rules are initialised across partial files in no defined order.
    private static CalicoOption[] MtuInputs() =>
    [
        CalicoOptions.Mtu, CalicoOptions.VethMtu, CalicoOptions.Ipv4Stack, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks,
        CalicoOptions.WireguardEnabled, CalicoOptions.IpipMode, CalicoOptions.VxlanMode, CalicoOptions.VxlanModeIpv6, CalicoOptions.BpfEnabled,
    ];

    // The host classes that set both calico_mtu and calico_veth_mtu, with the two values (classes by what the rule reads).
    private static IEnumerable<(HostClass Class, int Mtu, int Veth)> MtuPairs(RuleContext ctx)
    {
        foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, ctx.Rule.Reads.ToArray()))
        {
            if (c.TryGet(CalicoOptions.Mtu, out var mtu) && c.TryGet(CalicoOptions.VethMtu, out var veth))
            {
                yield return (c, mtu, veth);
            }
        }
    }

    /// <summary>The MTU overhead the host class's encapsulation needs, and the features that need it ("VXLAN and Wireguard").</summary>
    private static (int Overhead, string What) MtuOverhead(HostClass c)
    {
        var v4 = Ipv4StackOn(c);
        var v6 = Ipv6StackOn(c);
        var wireguard = c.Get(CalicoOptions.WireguardEnabled);
        var vxlan = IsEnabled(c.Get(CalicoOptions.VxlanMode));
        var vxlan6 = IsEnabled(c.Get(CalicoOptions.VxlanModeIpv6));
        var ipip = IsEnabled(c.Get(CalicoOptions.IpipMode));
        var bpf = c.Get(CalicoOptions.BpfEnabled);
        var features = new List<string>();
        if (wireguard)
        {
            features.Add("Wireguard");
        }

        if ((v4 && vxlan) || (v6 && vxlan6))
        {
            features.Add("VXLAN");
        }

        if (bpf)
        {
            features.Add("eBPF");
        }

        if (v4 && ipip)
        {
            features.Add("IPIP");
        }

        var what = features.Count == 0 ? "no encapsulation" : string.Join(" and ", features);
        return (CalicoMtu.Overhead(v4, v6, wireguard, vxlan, vxlan6, ipip, bpf), what);
    }

    private static bool IsEnabled(EncapsulationMode mode) => mode != EncapsulationMode.Never;

    private static string Spelled(DefinedValue d) => RuleHelpers.Spelled(d);
}
