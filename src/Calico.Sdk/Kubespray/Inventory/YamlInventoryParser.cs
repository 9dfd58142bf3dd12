using System.Globalization;

namespace Calico.Sdk.Kubespray;

/// <summary>
/// Reads a YAML inventory as Ansible's <c>yaml</c> inventory plugin does: top-level keys are groups (usually just
/// <c>all</c>); a group is a mapping (or nothing) whose <c>hosts</c>, <c>children</c> and <c>vars</c> keys are read in
/// the order written; children are groups, defined in place, recursively; a <c>hosts</c>/<c>children</c>/<c>vars</c>
/// value that is a single string means a one-entry mapping. Host keys are host patterns (ranges, ports).
/// </summary>
internal sealed class YamlInventoryParser
{
    private readonly ReadContext _ctx;
    private readonly InventoryBuilder _b;

    private YamlInventoryParser(ReadContext ctx, string file)
    {
        _ctx = ctx;
        _b = new InventoryBuilder(ctx, InventoryFormat.Yaml, file);
    }

    /// <summary>Parses a loaded YAML inventory; null when the document is not an inventory at all.</summary>
    public static InventoryBuilder? Parse(ReadContext ctx, string file, YamlLoadResult loaded)
    {
        var root = loaded.Root;
        if (root is null || IsNull(root))
        {
            if (loaded.Complete)
            {
                ctx.Report(InventoryFindings.BadStructure, file, $"'{file}' is empty; Ansible rejects an empty YAML inventory.", "Add an 'all:' group with hosts.", ReadContext.Start(file));
            }

            return null;
        }

        if (root is not YMapping top)
        {
            ctx.Report(
                InventoryFindings.BadStructure,
                file,
                $"YAML inventory has invalid structure, it should be a dictionary, got: {KindOf(root)}",
                "Start the inventory with 'all:' and put 'hosts', 'children' and 'vars' below it.",
                root.Location);
            return null;
        }

        if (top.Entries.Any(e => e.Key == "plugin"))
        {
            ctx.Report(
                InventoryFindings.BadStructure,
                file,
                $"'{file}' is an inventory plugin configuration (it has a 'plugin' key), not a YAML inventory.",
                "Point the reader at a static INI or YAML inventory.",
                top.Entries.First(e => e.Key == "plugin").KeyLocation);
            return null;
        }

        var p = new YamlInventoryParser(ctx, file);
        foreach (var e in top.Entries)
        {
            p.ParseGroup(e.Key, e.KeyLocation, e.Value);
        }

        return p._b;
    }

    // YAML 1.1's null: an empty plain scalar, ~, null, Null or NULL.
    internal static bool IsNull(YNode node) =>
        node is YScalar { IsPlainUntagged: true, Text: "" or "~" or "null" or "Null" or "NULL" };

    private static bool IsString(YNode node) =>
        node is YScalar s && (s.Tag is not null || new InventoryScalar(s.Text, s.Style).Kind == ScalarKind.String);

    private static string KindOf(YNode node) => node switch
    {
        YMapping => "a mapping",
        YSequence => "a list",
        YScalar s => $"the scalar {new InventoryScalar(s.Text, s.Style, s.Tag).Describe()}",
        _ => "something else",
    };

    private void Warn(string path, string message, SourceLocation at, string hint) =>
        _ctx.Report(InventoryFindings.BadStructure, path, message, hint, at, FindingSeverity.Warning);

    private string? ParseGroup(string name, SourceLocation keyAt, YNode data)
    {
        var isNull = IsNull(data);
        if (data is not YMapping && !isNull)
        {
            Warn($"groups[{name}]", $"Skipping '{name}' as this is not a valid group definition ({KindOf(data)}).", keyAt, "A group is a mapping with 'hosts', 'children' and 'vars'.");
            return null;
        }

        var group = _b.Group(name, keyAt, declaredInInventory: true);
        if (data is not YMapping m)
        {
            return name;
        }

        foreach (var e in m.Entries)
        {
            var value = e.Value;
            var isSection = e.Key is "vars" or "children" or "hosts";
            if (isSection && IsString(value) && value is YScalar single)
            {
                // Ansible turns "hosts: node1" into "hosts: {node1: null}".
                value = new YMapping([new YEntry(single.Text, single.Location, new YScalar(string.Empty, ScalarStyle.Plain, null, single.Location))], null, single.Location);
            }

            if (IsNull(value))
            {
                continue;
            }

            if (value is not YMapping section)
            {
                if (isSection)
                {
                    _ctx.Report(
                        InventoryFindings.BadStructure,
                        $"groups[{name}].{e.Key}",
                        $"Invalid \"{e.Key}\" entry for \"{name}\" group, requires a dictionary, found {KindOf(value)} instead.",
                        e.Key == "hosts" ? "Write hosts as a mapping: 'hosts:' then one 'name:' per line (not a '- name' list)." : $"Write '{e.Key}' as a mapping.",
                        value.Location);
                }
                else
                {
                    Warn($"groups[{name}].{e.Key}", $"Skipping key ({e.Key}) in group ({name}) as it is not a mapping.", e.KeyLocation, "Only 'hosts', 'children' and 'vars' are read.");
                }

                continue;
            }

            switch (e.Key)
            {
                case "vars":
                    foreach (var v in section.Entries)
                    {
                        _b.SetGroupVar(group, new RawVar(v.Key, YamlLoader.ToValue(v.Value), null, v.KeyLocation));
                    }

                    break;
                case "children":
                    foreach (var c in section.Entries)
                    {
                        var child = ParseGroup(c.Key, c.KeyLocation, c.Value);
                        if (child is not null)
                        {
                            _b.AddChild(group, child, c.KeyLocation);
                        }
                    }

                    break;
                case "hosts":
                    foreach (var h in section.Entries)
                    {
                        Host(group, h);
                    }

                    break;
                default:
                    Warn($"groups[{name}].{e.Key}", $"Skipping unexpected key ({e.Key}) in group ({name}), only \"vars\", \"children\" and \"hosts\" are valid.", e.KeyLocation, "Move the key under 'vars' if it is a variable.");
                    break;
            }
        }

        return name;
    }

    private void Host(RawGroup group, YEntry entry)
    {
        var (hosts, port, error, limit) = HostPatterns.Expand(entry.Key, _ctx.Options.MaxHostsPerPattern);
        if (limit)
        {
            _ctx.Report(
                InventoryFindings.LimitExceeded,
                $"groups[{group.Name}].hosts",
                $"Host pattern '{entry.Key}' expands to more than {_ctx.Options.MaxHostsPerPattern} hosts; it was skipped.",
                "Use a smaller range, or raise InventoryReadOptions.MaxHostsPerPattern.",
                entry.KeyLocation);
            return;
        }

        if (error is not null || hosts.Any(h => h.Length == 0))
        {
            _ctx.Report(
                InventoryFindings.BadStructure,
                $"groups[{group.Name}].hosts",
                $"Invalid host pattern '{entry.Key}': {error ?? "empty host name"}",
                "Write ranges as [begin:end] or [begin:end:step], e.g. node[1:3].",
                entry.KeyLocation);
            return;
        }

        var vars = new List<RawVar>();
        if (entry.Value is YMapping hv)
        {
            vars.AddRange(hv.Entries.Select(v => new RawVar(v.Key, YamlLoader.ToValue(v.Value), null, v.KeyLocation)));
        }
        else if (!IsNull(entry.Value))
        {
            _ctx.Report(
                InventoryFindings.BadStructure,
                $"hosts[{entry.Key}]",
                $"The variables of host '{entry.Key}' must be a mapping, found {KindOf(entry.Value)}; they were skipped.",
                "Write host variables as 'name: value' lines below the host.",
                entry.Value.Location);
        }

        foreach (var name in hosts)
        {
            var host = _b.HostIn(name, group, entry.KeyLocation);
            if (port is { } p)
            {
                _b.SetHostVar(host, new RawVar("ansible_port", new InventoryScalar(p.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain, null, entry.KeyLocation), null, entry.KeyLocation));
            }

            foreach (var v in vars)
            {
                _b.SetHostVar(host, v);
            }
        }
    }
}
