using Calico.Sdk.Kubespray;

namespace Calico.Sdk.Tests.Inventory;

/// <summary>Compares two raw inventories the way the round-trip guarantee states it, listing every difference.</summary>
internal static class InventoryAssert
{
    public static void Equal(RawInventory expected, RawInventory actual, bool exactOrder = true)
    {
        var differences = Differences(expected, actual, exactOrder);
        Assert.True(differences.Count == 0, "Inventories differ:\n" + string.Join("\n", differences));
    }

    public static List<string> Differences(RawInventory expected, RawInventory actual, bool exactOrder = true)
    {
        var d = new List<string>();
        var eh = expected.Hosts.Select(h => h.Name).ToList();
        var ah = actual.Hosts.Select(h => h.Name).ToList();
        if (exactOrder ? !eh.SequenceEqual(ah) : !eh.OrderBy(x => x, StringComparer.Ordinal).SequenceEqual(ah.OrderBy(x => x, StringComparer.Ordinal)))
        {
            d.Add($"hosts: [{string.Join(", ", eh)}] vs [{string.Join(", ", ah)}]");
        }

        foreach (var h in expected.Hosts)
        {
            var other = actual.Host(h.Name);
            if (other is not null)
            {
                CompareVars($"hosts[{h.Name}]", h.Vars, other.Vars, d);
            }
        }

        var eg = expected.Groups.Select(g => g.Name).ToList();
        var ag = actual.Groups.Select(g => g.Name).ToList();
        if (exactOrder ? !eg.SequenceEqual(ag) : !eg.OrderBy(x => x, StringComparer.Ordinal).SequenceEqual(ag.OrderBy(x => x, StringComparer.Ordinal)))
        {
            d.Add($"groups: [{string.Join(", ", eg)}] vs [{string.Join(", ", ag)}]");
        }

        foreach (var g in expected.Groups)
        {
            var other = actual.Group(g.Name);
            if (other is null)
            {
                continue;
            }

            if (!g.Hosts.SequenceEqual(other.Hosts))
            {
                d.Add($"groups[{g.Name}].hosts: [{string.Join(", ", g.Hosts)}] vs [{string.Join(", ", other.Hosts)}]");
            }

            if (!g.Children.SequenceEqual(other.Children))
            {
                d.Add($"groups[{g.Name}].children: [{string.Join(", ", g.Children)}] vs [{string.Join(", ", other.Children)}]");
            }

            if (g.DeclaredInInventory != other.DeclaredInInventory)
            {
                d.Add($"groups[{g.Name}].DeclaredInInventory: {g.DeclaredInInventory} vs {other.DeclaredInInventory}");
            }

            CompareVars($"groups[{g.Name}]", g.Vars, other.Vars, d);
        }

        return d;
    }

    private static void CompareVars(string owner, List<RawVar> expected, List<RawVar> actual, List<string> d)
    {
        var n = Math.Max(expected.Count, actual.Count);
        for (var i = 0; i < n; i++)
        {
            var e = i < expected.Count ? expected[i] : null;
            var a = i < actual.Count ? actual[i] : null;
            if (e is null || a is null || e.Name != a.Name || e.File != a.File || !e.Value.Equals(a.Value))
            {
                d.Add($"{owner}.vars[{i}]: {Show(e)} vs {Show(a)}");
            }
        }
    }

    private static string Show(RawVar? v) => v is null ? "(none)" : $"{v.Name}={v.Value.Describe()} tag={v.Value.Tag} file={v.File ?? "-"}";
}
