using System.Net;
using FsCheck;
using FsCheck.Fluent;

namespace Calico.Sdk.Tests.Support;

/// <summary>
/// Generates random clusters that use every kind of catalog option, tricky strings (YAML 1.1 look-alikes, quotes,
/// spaces), raw non-Calico variables and custom groups. A seed drives a <see cref="Random"/>, so a failing case is
/// reproduced from the seed FsCheck prints.
/// </summary>
internal static class RandomClusters
{
    // Strings that YAML 1.1 or Python's literal_eval would read as something else, or that need quoting in INI.
    private static readonly string[] TrickyStrings =
    [
        "rr1", "default-pool", "yes", "no", "on", "Off", "0755", "1e3", "1:30", "~", "null", "True", "None", "0x1F",
        "10.0.0.1", "a b", "x#y", "key: value", "-dash", "'single'", "\"double\"", "=eq", "*star", "&anchor", "!bang",
        "%pct", "@at", "`tick`", " lead", "trail ", "multi\nline", "ünïcødé", "[list]", "{map}", "", "k8s-pod-network",
    ];

    private static readonly string[] Durations = ["0s", "90s", "1m30s", "500ms", "2h"];
    private static readonly string[] Quantities = ["500M", "150m", "1Gi", "0", "2", "64M"];

    public static Arbitrary<CalicoCluster> Arbitrary() =>
        Gen.Choose(0, int.MaxValue).Select(seed => Generate(new Random(seed))).ToArbitrary();

    public static CalicoCluster Generate(Random r)
    {
        var hostNames = Enumerable.Range(0, r.Next(0, 9)).Select(i => $"node{i}").ToList();
        var roleGroups = new[] { KubesprayGroups.ControlPlane, KubesprayGroups.Etcd, KubesprayGroups.KubeNode, KubesprayGroups.CalicoRr };
        var members = roleGroups.ToDictionary(g => g, _ => new List<string>());
        foreach (var h in hostNames)
        {
            // Every host gets at least one role so that no host is in no group.
            var any = false;
            foreach (var g in roleGroups)
            {
                if (r.Next(3) == 0)
                {
                    members[g].Add(h);
                    any = true;
                }
            }

            if (!any)
            {
                members[KubesprayGroups.KubeNode].Add(h);
            }
        }

        var hosts = hostNames.Select(h => new InventoryHost(h, Vars(r, OptionScopes.Host, h + ".yml"))).ToEquatableArray();
        var groups = new List<InventoryGroup>();
        // 'all' is in the model only when it holds variables (every host is in it anyway).
        if (r.Next(2) == 0 && Vars(r, OptionScopes.Cluster, "all.yml", homeGroup: KubesprayGroups.All) is { IsEmpty: false } allVars)
        {
            groups.Add(new InventoryGroup(KubesprayGroups.All, EquatableArray<string>.Empty, EquatableArray<string>.Empty, allVars));
        }

        foreach (var g in roleGroups.Where(g => members[g].Count > 0))
        {
            groups.Add(new InventoryGroup(g, members[g].ToEquatableArray(), EquatableArray<string>.Empty, VariableSet.Empty));
        }

        // An empty group (no members, no children, no variables) is nothing to Ansible, so the model never holds one.
        var children = roleGroups.Where(g => g != KubesprayGroups.Etcd && members[g].Count > 0).ToEquatableArray();
        var k8sVars = Vars(r, OptionScopes.Cluster, "k8s-net-calico.yml", homeGroup: KubesprayGroups.K8sCluster);
        if (!children.IsEmpty || !k8sVars.IsEmpty)
        {
            groups.Add(new InventoryGroup(KubesprayGroups.K8sCluster, EquatableArray<string>.Empty, children, k8sVars));
        }

        for (var i = 0; i < r.Next(0, 3) && hostNames.Count > 0; i++)
        {
            var rackHosts = hostNames.Where(_ => r.Next(2) == 0).ToEquatableArray();
            if (rackHosts.IsEmpty)
            {
                rackHosts = EquatableArray.Create(hostNames[0]);
            }

            groups.Add(new InventoryGroup($"rack{i}", rackHosts, EquatableArray<string>.Empty, Vars(r, OptionScopes.Group, $"rack{i}.yml")));
        }

        return new CalicoCluster(hosts, groups.ToEquatableArray());
    }

    private static VariableSet Vars(Random r, OptionScopes scope, string file, string? homeGroup = null)
    {
        var candidates = CalicoOptions.All
            .Where(o => (o.Scopes & scope) != 0 && (homeGroup is null || o.HomeGroup == homeGroup))
            .ToList();
        var options = OptionSet.Empty;
        var count = r.Next(0, Math.Min(12, candidates.Count + 1));
        for (var i = 0; i < count; i++)
        {
            var option = candidates[r.Next(candidates.Count)];
            var value = Value(option.ValueType, r);
            if (value is null)
            {
                continue;
            }

            // Inventory-file placement only for scalars: an INI line cannot hold a list or a map.
            var placement = scope != OptionScopes.Cluster && option.FormatValue(value) is InventoryScalar && r.Next(2) == 0
                ? VariablePlacement.Inventory
                : VariablePlacement.VarsFile;
            options = options.Set(new OptionAssignment(option, value, placement));
        }

        var extra = new List<RawVariable>();
        for (var i = 0; i < r.Next(0, 4); i++)
        {
            var value = RawValue(r, depth: 0);
            var inline = scope != OptionScopes.Cluster && value is InventoryScalar && r.Next(2) == 0;
            extra.Add(new RawVariable($"extra_var_{i}", value, inline ? null : file));
        }

        return new VariableSet(options, extra.ToEquatableArray());
    }

    public static object? Value(Type t, Random r)
    {
        if (t == typeof(bool))
        {
            return r.Next(2) == 0;
        }

        if (t == typeof(int))
        {
            return r.Next(0, 5) == 0 ? r.Next(-5, 5) : r.Next(0, 70000);
        }

        if (t == typeof(string))
        {
            return TrickyStrings[r.Next(TrickyStrings.Length)];
        }

        if (t.IsEnum)
        {
            var values = Enum.GetValues(t);
            return values.GetValue(r.Next(values.Length));
        }

        if (t == typeof(Cidr))
        {
            return RandomCidr(r);
        }

        if (t == typeof(IPAddress))
        {
            return r.Next(2) == 0 ? new IPAddress(Bytes(r, 4)) : new IPAddress(Bytes(r, 16));
        }

        if (t == typeof(AsNumber))
        {
            return new AsNumber((uint)r.NextInt64(1, uint.MaxValue));
        }

        if (t == typeof(GoDuration))
        {
            return GoDuration.Parse(Durations[r.Next(Durations.Length)]);
        }

        if (t == typeof(Quantity))
        {
            return Quantity.Parse(Quantities[r.Next(Quantities.Length)]);
        }

        if (t == typeof(InventoryMapping))
        {
            return RandomMapping(r, 1);
        }

        if (t == typeof(LoadBalancerApiserver))
        {
            return new LoadBalancerApiserver($"10.0.0.{r.Next(1, 255)}", r.Next(2) == 0 ? null : r.Next(1, 65536));
        }

        if (t == typeof(EquatableArray<string>))
        {
            return Enumerable.Range(0, r.Next(0, 4)).Select(_ => TrickyStrings[r.Next(TrickyStrings.Length)]).ToEquatableArray();
        }

        if (t == typeof(EquatableArray<Cidr>))
        {
            return Enumerable.Range(0, r.Next(0, 4)).Select(_ => RandomCidr(r)).ToEquatableArray();
        }

        if (t == typeof(EquatableArray<StringPair>))
        {
            return Enumerable.Range(0, r.Next(0, 4)).Select(i => new StringPair($"ENV_{i}", TrickyStrings[r.Next(TrickyStrings.Length)])).ToEquatableArray();
        }

        if (t == typeof(EquatableArray<InventoryMapping>))
        {
            return Enumerable.Range(0, r.Next(0, 3)).Select(_ => RandomMapping(r, 1)).ToEquatableArray();
        }

        if (t == typeof(EquatableArray<BgpPeerEntry>))
        {
            return Enumerable.Range(0, r.Next(0, 4)).Select(_ => RandomPeer(r)).ToEquatableArray();
        }

        throw new NotSupportedException($"no generator for option type {t}; add one so the round-trip property covers it");
    }

    private static BgpPeerEntry RandomPeer(Random r) =>
        new($"10.99.0.{r.Next(1, 255)}", new AsNumber((uint)r.Next(64512, 65535)))
        {
            Scope = r.Next(3) switch { 0 => PeerScope.Global, 1 => PeerScope.Node, _ => null },
            Name = r.Next(2) == 0 ? null : $"peer{r.Next(10)}",
            Filters = Enumerable.Range(0, r.Next(0, 3)).Select(i => $"filter{i}").ToEquatableArray(),
            NumAllowedLocalAsNumbers = r.Next(2) == 0 ? null : r.Next(0, 10),
            SourceAddress = r.Next(3) switch { 0 => PeerSourceAddress.UseNodeIP, 1 => PeerSourceAddress.None, _ => null },
        };

    private static Cidr RandomCidr(Random r)
    {
        if (r.Next(2) == 0)
        {
            return Cidr.Parse($"{r.Next(1, 224)}.{r.Next(256)}.{r.Next(256)}.0/{r.Next(8, 33)}").Masked();
        }

        return Cidr.Parse($"fd{r.Next(16, 256):x2}:{r.Next(65536):x}::/{r.Next(48, 129)}").Masked();
    }

    private static byte[] Bytes(Random r, int n)
    {
        var b = new byte[n];
        r.NextBytes(b);
        b[0] = (byte)Math.Max((int)b[0], 1);
        return b;
    }

    private static InventoryValue RawValue(Random r, int depth) => (depth < 2 ? r.Next(6) : r.Next(4)) switch
    {
        0 => InventoryValue.String(TrickyStrings[r.Next(TrickyStrings.Length)]),
        1 => InventoryValue.Integer(r.Next(-100, 100000)),
        2 => InventoryValue.Boolean(r.Next(2) == 0),
        3 => new InventoryScalar(TrickyStrings[r.Next(TrickyStrings.Length)], ScalarStyle.Plain),
        4 => new InventorySequence(Enumerable.Range(0, r.Next(0, 3)).Select(_ => RawValue(r, depth + 1)).ToEquatableArray()),
        _ => RandomMapping(r, depth + 1),
    };

    private static InventoryMapping RandomMapping(Random r, int depth) =>
        new(Enumerable.Range(0, r.Next(0, 3)).Select(i => new MappingEntry($"key{i}", RawValue(r, depth + 1))).ToEquatableArray());
}
