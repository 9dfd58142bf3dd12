namespace Calico.Sdk.Kubespray;

/// <summary>
/// Builds a <see cref="RawInventory"/> the way Ansible's <c>InventoryData</c> accumulates one: groups and hosts in
/// order of first appearance, a host listed twice in a group kept once, a variable set twice keeping its first
/// position and its last value (CAL0004), and child links that would close a cycle dropped (CAL0011).
/// </summary>
internal sealed class InventoryBuilder
{
    private readonly ReadContext _ctx;
    private readonly Dictionary<string, RawHost> _hosts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RawGroup> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<object, Dictionary<string, int>> _inlineIndex = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string Parent, string Child), SourceLocation> _edges = [];
    private readonly Dictionary<RawGroup, HashSet<string>> _members = new(ReferenceEqualityComparer.Instance);

    public InventoryBuilder(ReadContext ctx, InventoryFormat format, string file)
    {
        _ctx = ctx;
        Inventory = new RawInventory { Format = format, InventoryFile = file };
    }

    public RawInventory Inventory { get; }

    public bool HasGroup(string name) => _groups.ContainsKey(name);

    public RawGroup? FindGroup(string name) => _groups.TryGetValue(name, out var g) ? g : null;

    public RawHost? FindHost(string name) => _hosts.TryGetValue(name, out var h) ? h : null;

    /// <summary>The group called <paramref name="name"/>, added at the end when new.</summary>
    public RawGroup Group(string name, SourceLocation? location, bool declaredInInventory)
    {
        if (!_groups.TryGetValue(name, out var g))
        {
            g = new RawGroup(name, location);
            _groups.Add(name, g);
            Inventory.Groups.Add(g);
        }

        if (declaredInInventory)
        {
            g.DeclaredInInventory = true;
        }

        return g;
    }

    /// <summary>Adds <paramref name="hostName"/> (new hosts at the end) as a member of <paramref name="group"/>.</summary>
    public RawHost HostIn(string hostName, RawGroup group, SourceLocation location)
    {
        if (!_hosts.TryGetValue(hostName, out var h))
        {
            h = new RawHost(hostName, location);
            _hosts.Add(hostName, h);
            Inventory.Hosts.Add(h);
        }

        if (!_members.TryGetValue(group, out var members))
        {
            members = new HashSet<string>(group.Hosts, StringComparer.Ordinal);
            _members[group] = members;
        }

        if (members.Add(hostName))
        {
            group.Hosts.Add(hostName);
        }

        return h;
    }

    /// <summary>Sets an inventory-file variable of a host.</summary>
    public void SetHostVar(RawHost host, RawVar v) => SetInline(host, host.Vars, v, $"hosts[{host.Name}].{v.Name}", $"host '{host.Name}'");

    /// <summary>Sets an inventory-file variable of a group.</summary>
    public void SetGroupVar(RawGroup group, RawVar v) => SetInline(group, group.Vars, v, $"groups[{group.Name}].{v.Name}", $"group '{group.Name}'");

    /// <summary>Records <paramref name="child"/> as a child of <paramref name="parent"/> (once).</summary>
    public void AddChild(RawGroup parent, string child, SourceLocation location)
    {
        if (!parent.Children.Contains(child, StringComparer.Ordinal))
        {
            parent.Children.Add(child);
            _edges[(parent.Name, child)] = location;
        }
    }

    /// <summary>Drops every child link that closes a cycle, reporting CAL0011 where it was written.</summary>
    public void BreakCycles()
    {
        // 0 = unvisited, 1 = on the current path, 2 = done
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in Inventory.Groups.ToArray())
        {
            Visit(g.Name);
        }

        void Visit(string name)
        {
            if (state.TryGetValue(name, out var s) && s != 0)
            {
                return;
            }

            state[name] = 1;
            if (_groups.TryGetValue(name, out var g))
            {
                foreach (var child in g.Children.ToArray())
                {
                    state.TryGetValue(child, out var cs);
                    if (cs == 1)
                    {
                        g.Children.Remove(child);
                        var at = _edges.TryGetValue((name, child), out var l) ? l : g.Location ?? ReadContext.Start(Inventory.InventoryFile ?? string.Empty);
                        _ctx.Report(
                            InventoryFindings.GroupCycle,
                            $"groups[{name}].children",
                            child == name
                                ? $"Group '{name}' lists itself as a child; Ansible rejects the inventory. The link was ignored."
                                : $"Making '{child}' a child of '{name}' creates a cycle ('{name}' is already below '{child}'); Ansible rejects the inventory. The link was ignored.",
                            "Remove one of the child links so that no group is its own ancestor.",
                            at);
                    }
                    else
                    {
                        Visit(child);
                    }
                }
            }

            state[name] = 2;
        }
    }

    /// <summary>Reports CAL0008 for every host whose only groups are <c>all</c> and <c>ungrouped</c>.</summary>
    public void ReportHostsInNoGroup()
    {
        var member = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in Inventory.Groups)
        {
            if (g.Name is "all" or "ungrouped")
            {
                continue;
            }

            foreach (var h in g.Hosts)
            {
                member.Add(h);
            }
        }

        foreach (var h in Inventory.Hosts)
        {
            if (!member.Contains(h.Name))
            {
                _ctx.Report(
                    InventoryFindings.HostInNoGroup,
                    $"hosts[{h.Name}]",
                    $"Host '{h.Name}' belongs to no group other than 'all'/'ungrouped'; Kubespray gives it no role.",
                    "Add the host to kube_control_plane, kube_node, etcd or calico_rr, or remove it.",
                    h.Location ?? ReadContext.Start(Inventory.InventoryFile ?? string.Empty));
            }
        }
    }

    private void SetInline(object owner, List<RawVar> vars, RawVar v, string path, string ownerText)
    {
        if (!_inlineIndex.TryGetValue(owner, out var index))
        {
            index = new Dictionary<string, int>(StringComparer.Ordinal);
            _inlineIndex[owner] = index;
        }

        if (index.TryGetValue(v.Name, out var at))
        {
            _ctx.Report(
                InventoryFindings.DuplicateKey,
                path,
                $"Variable '{v.Name}' of {ownerText} is set again (it was {vars[at].Value.Describe()}, now {v.Value.Describe()}); Ansible keeps the last value.",
                "Set the variable in one place only.",
                v.KeyLocation ?? v.Value.Location ?? ReadContext.Start(Inventory.InventoryFile ?? string.Empty));
            vars[at] = v;
        }
        else
        {
            index[v.Name] = vars.Count;
            vars.Add(v);
        }
    }
}
