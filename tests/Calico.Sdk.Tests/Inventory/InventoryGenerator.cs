using Calico.Sdk.Kubespray;

namespace Calico.Sdk.Tests.Inventory;

/// <summary>
/// Builds random but well-formed raw inventories from a seed: the shapes a reader can produce (groups in an order
/// both formats can express, hosts in the order they first occur, one definition per variable and layer, vars files
/// in the order Ansible loads them), filled with values that stress typing and quoting.
/// </summary>
internal static class InventoryGenerator
{
    private static readonly string[] HostNames = ["node1", "node2", "node3", "rr0", "10.0.0.5", "web-1", "db_2", "host.example.com", "n4", "édge", "fd00--1"];
    private static readonly string[] GroupNames = ["kube_control_plane", "etcd", "kube_node", "calico_rr", "rack0", "rack-1", "web", "all", "ungrouped", "g.x"];
    private static readonly string[] VarNames = ["ip", "ansible_host", "local_as", "peers", "calico_rr_id", "x", "mode", "cluster_id", "v1", "enabled", "note"];
    private static readonly string[] Keys = ["a", "b c", "yes", "1", "x: y", "#k", "key", "-", "ü", "\"q\"", "", "~", "a=b"];

    private static readonly string[] PlainTexts =
    [
        "vxlan", "10.3.0.1", "65000", "0755", "0x1F", "0b11", "yes", "no", "on", "Off", "true", "~", "null", string.Empty, "1.5", "-0.25", "1e3", "-7",
        "1_000", "v1.28.3", "a b c", "1:30", "--opt=x", "café", "x#y", "y", "2024-01-01",
    ];

    private static readonly string[] IniTexts =
    [
        "123", "'abc'", "True", "None", "abc", "1.5", "\"x y\"", "0x10", "-5", "[1, 'two', None]", "{'a': 1, 'b': [True]}", "1e3", "'1e3'", "a b", "''", "0o17",
        "'multi\\nline'", "()",
    ];

    private const string Alphabet = "abc XYZ 019 .:-_#'\"\\=,[]{}&*!|>%@`~\t\né€😀\u00a0\u2028";
    private const string Vault = "$ANSIBLE_VAULT;1.1;AES256\n62313365396662343061393464336163383764373764613633653634306231386433626436623361\n6134333665353966363534333632666535333761666131620a663537646436643839616531643561\n";

    public static RawInventory Create(int seed, InventoryFormat format)
    {
        var r = new Random(seed);
        var inventory = new RawInventory { Format = format };

        var groupNames = Pick(r, GroupNames, r.Next(1, 6));
        var hostNames = Pick(r, HostNames, r.Next(1, 7));
        var groups = new List<RawGroup>();
        foreach (var name in groupNames)
        {
            var g = new RawGroup(name) { DeclaredInInventory = true };
            g.Hosts.AddRange(Pick(r, hostNames, r.Next(0, hostNames.Count + 1)));

            // Children only among earlier groups: no cycles, and both formats keep the order.
            var earlier = groups.Where(x => x.Name is not ("all" or "ungrouped")).Select(x => x.Name).ToList();
            if (name is not ("all" or "ungrouped") && earlier.Count > 0 && r.Next(3) == 0)
            {
                g.Children.AddRange(Pick(r, earlier, r.Next(1, earlier.Count + 1)));
            }

            groups.Add(g);
        }

        // Every host in at least one group; the host order is the order of first occurrence.
        foreach (var h in hostNames.Where(h => !groups.Any(g => g.Hosts.Contains(h))))
        {
            groups[r.Next(groups.Count)].Hosts.Add(h);
        }

        foreach (var h in groups.SelectMany(g => g.Hosts).Distinct())
        {
            var host = new RawHost(h);
            host.Vars.AddRange(Vars(r, inline: true, format));
            host.Vars.AddRange(FileVars(r, h, ["bgp.yml", "net/calico.yml", "zz.yml"], format));
            inventory.Hosts.Add(host);
        }

        foreach (var g in groups)
        {
            g.Vars.AddRange(Vars(r, inline: true, format));
            g.Vars.AddRange(FileVars(r, g.Name, ["main.yml", "sub/x.yml"], format));
            inventory.Groups.Add(g);
        }

        // Kubespray's run-time group: only group_vars, not in the inventory file.
        if (!groupNames.Contains("k8s_cluster") && r.Next(3) == 0)
        {
            var k8s = new RawGroup("k8s_cluster");
            k8s.Vars.Add(new RawVar("calico_ipip_mode", InventoryValue.String("Always"), "k8s-net-calico.yml"));
            inventory.Groups.Add(k8s);
        }

        return inventory;
    }

    private static List<T> Pick<T>(Random r, IReadOnlyList<T> from, int count) => from.OrderBy(_ => r.Next()).Take(count).ToList();

    private static IEnumerable<RawVar> Vars(Random r, bool inline, InventoryFormat format)
    {
        var names = Pick(r, VarNames, r.Next(0, 4));
        return names.Select(n => new RawVar(n, Value(r, 0, allowTags: !inline || format == InventoryFormat.Yaml), null));
    }

    // Vars files in the order Ansible loads them (sorted by path), one definition per variable name.
    private static IEnumerable<RawVar> FileVars(Random r, string owner, string[] others, InventoryFormat format)
    {
        if (owner.Contains('/') || r.Next(2) == 0)
        {
            yield break;
        }

        var files = Pick(r, [owner + ".yml", owner + ".yaml", .. others], r.Next(1, 3)).OrderBy(f => f, PathOrder.Instance).ToList();
        var names = new Queue<string>(Pick(r, VarNames.Select(v => v + "_f").ToList(), VarNames.Length));
        foreach (var f in files)
        {
            for (var i = r.Next(1, 3); i > 0 && names.Count > 0; i--)
            {
                yield return new RawVar(names.Dequeue(), Value(r, 0, allowTags: true), f);
            }
        }
    }

    private static InventoryValue Value(Random r, int depth, bool allowTags)
    {
        var roll = r.Next(depth >= 2 ? 10 : 13);
        switch (roll)
        {
            case 0:
            case 1:
            case 2:
                return new InventoryScalar(PlainTexts[r.Next(PlainTexts.Length)], ScalarStyle.Plain);
            case 3:
                return new InventoryScalar(RandomText(r), ScalarStyle.DoubleQuoted);
            case 4:
                return new InventoryScalar(RandomText(r), ScalarStyle.SingleQuoted);
            case 5:
                return new InventoryScalar(RandomText(r) + "\n" + RandomText(r) + (r.Next(2) == 0 ? "\n" : string.Empty), r.Next(2) == 0 ? ScalarStyle.Literal : ScalarStyle.Folded);
            case 6:
            case 7:
                return IniInventoryParser.ParseValue(IniTexts[r.Next(IniTexts.Length)], _ => new SourceLocation("gen.ini", 1, 1));
            case 8:
                return InventoryValue.String(RandomText(r));
            case 9:
                return allowTags
                    ? (r.Next(2) == 0 ? new InventoryScalar(Vault, ScalarStyle.Literal, "!vault") : new InventoryScalar("{{ " + RandomText(r) + " }}", ScalarStyle.SingleQuoted, "!unsafe"))
                    : InventoryValue.Integer(r.Next(-100, 100000));
            case 10:
                return new InventorySequence(Enumerable.Range(0, r.Next(0, 4)).Select(_ => Value(r, depth + 1, allowTags)).ToEquatableArray());
            default:
                var keys = Pick(r, Keys, r.Next(0, 4));
                return new InventoryMapping(keys.Select(k => new MappingEntry(k, Value(r, depth + 1, allowTags))).ToEquatableArray());
        }
    }

    private static string RandomText(Random r)
    {
        var chars = new List<char>();
        var n = r.Next(0, 10);
        var alphabet = Alphabet.EnumerateRunes().ToList();
        for (var i = 0; i < n; i++)
        {
            chars.AddRange(alphabet[r.Next(alphabet.Count)].ToString());
        }

        return new string(chars.ToArray());
    }

    /// <summary>The order Ansible lists nested vars files in: component by component, by code point.</summary>
    private sealed class PathOrder : IComparer<string>
    {
        public static PathOrder Instance { get; } = new();

        public int Compare(string? x, string? y)
        {
            var a = x!.Split('/');
            var b = y!.Split('/');
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                var c = CodePointComparer.Instance.Compare(a[i], b[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return a.Length.CompareTo(b.Length);
        }
    }
}
