namespace Calico.Sdk.Kubespray;

/// <summary>The outcome of importing an inventory: the cluster (null only when nothing could be read) and every finding.</summary>
/// <param name="Cluster">The imported cluster.</param>
/// <param name="Findings">Every finding, sorted by file, line and column.</param>
public sealed record ImportResult(CalicoCluster? Cluster, IReadOnlyList<Finding> Findings)
{
    /// <summary>True when a finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);
}

/// <summary>
/// Gives an inventory's variables their Calico meaning: every catalog variable becomes a typed option, every other
/// variable is kept verbatim, and a value that cannot be read is kept verbatim with a finding — nothing is dropped.
/// </summary>
public static class KubesprayImporter
{
    // Prefixes of variables that belong to Calico's roles: an unknown name with one of them is almost surely a typo.
    private static readonly string[] CalicoPrefixes = ["calico_", "typha_", "calcio_", "calicoctl_"];

    /// <summary>Maps a raw inventory onto the model.</summary>
    /// <param name="raw">The inventory as read.</param>
    /// <param name="findings">Receives the findings.</param>
    public static CalicoCluster Map(RawInventory raw, ICollection<Finding> findings)
    {
        var hosts = new List<InventoryHost>(raw.Hosts.Count);
        foreach (var h in raw.Hosts)
        {
            hosts.Add(new InventoryHost(h.Name, Classify(h.Vars, OptionScopes.Host, $"hosts[{h.Name}]", findings)));
        }

        var groups = new List<InventoryGroup>(raw.Groups.Count);

        // 'all' holds every host by definition: only its variables matter, and it always comes first.
        foreach (var g in raw.Groups.OrderBy(g => g.Name == KubesprayGroups.All ? 0 : 1))
        {
            if (g.Name == KubesprayGroups.All)
            {
                if (g.Vars.Count > 0 || g.Children.Count > 0)
                {
                    groups.Add(new InventoryGroup(g.Name, EquatableArray<string>.Empty, g.Children.ToEquatableArray(), Classify(g.Vars, OptionScopes.Cluster, string.Empty, findings)));
                }

                continue;
            }

            var scope = g.Name is KubesprayGroups.All or KubesprayGroups.K8sCluster or "k8s-cluster" ? OptionScopes.Cluster : OptionScopes.Group;
            var path = scope == OptionScopes.Cluster ? string.Empty : $"groups[{g.Name}]";
            if (KubesprayGroups.Legacy.TryGetValue(g.Name, out var current))
            {
                findings.Add(InventoryFindings.Deprecated.Create(
                    $"groups[{g.Name}]",
                    $"group '{g.Name}' is a legacy name; Kubespray maps it to '{current}'",
                    $"rename the group to '{current}'",
                    g.Location));
            }

            groups.Add(new InventoryGroup(g.Name, g.Hosts.ToEquatableArray(), g.Children.ToEquatableArray(), Classify(g.Vars, scope, path, findings)));
        }

        return new CalicoCluster(hosts.ToEquatableArray(), groups.ToEquatableArray());
    }

    private static VariableSet Classify(IReadOnlyList<RawVar> vars, OptionScopes scope, string ownerPath, ICollection<Finding> findings)
    {
        var options = OptionSet.Empty;
        var extra = new List<RawVariable>();

        // Vars files outrank the inventory file: read inventory-file values first so a file value replaces them.
        foreach (var v in vars.OrderBy(v => v.File is null ? 0 : 1))
        {
            var path = ownerPath.Length == 0 ? v.Name : $"{ownerPath}.{v.Name}";
            var location = v.Value.Location ?? v.KeyLocation;
            var option = CalicoOptions.Find(v.Name);
            if (option is null)
            {
                ReportIfMisspelled(v, path, location, findings);
                extra.Add(new RawVariable(v.Name, v.Value, v.File));
                continue;
            }

            if (v.Value is InventoryScalar { IsTemplate: true } template)
            {
                findings.Add(InventoryFindings.TemplatedValue.Create(
                    path,
                    $"{v.Name} is a Jinja template ({template.Text}); it is kept as written and not checked",
                    "write the literal value to have it validated",
                    location));
                extra.Add(new RawVariable(v.Name, v.Value, v.File));
                continue;
            }

            var parsed = option.ParseValue(v.Value);
            if (!parsed.Success)
            {
                findings.Add(InventoryFindings.WrongType.Create(
                    path,
                    $"{v.Name}: {parsed.Error}; the value is kept as written",
                    $"{v.Name} takes {option.Allowed}",
                    parsed.ErrorLocation ?? location));
                extra.Add(new RawVariable(v.Name, v.Value, v.File));
                continue;
            }

            if (parsed.Warning is { } warning)
            {
                findings.Add(InventoryFindings.SuspiciousValue.Create(path, $"{v.Name}: {warning}", $"{v.Name} takes {option.Allowed}", location));
            }

            if (option.CheckValue(parsed.Value!) is { } problem)
            {
                findings.Add(InventoryFindings.OutOfRange.Create(path, $"{v.Name}: {problem}", $"{v.Name} takes {option.Allowed}", location));
            }

            if ((option.Scopes & scope) == 0)
            {
                findings.Add(InventoryFindings.WrongScope.Create(
                    path,
                    $"{v.Name} is set in {Describe(scope)}, where Kubespray does not read it (it reads it from {Describe(option.Scopes)})",
                    $"move {v.Name} to {Describe(option.Scopes)}",
                    location));
            }

            if (option.Status == OptionStatus.Deprecated)
            {
                findings.Add(InventoryFindings.Deprecated.Create(
                    path,
                    $"{v.Name} is a legacy variable; Kubespray's Calico checks fail while it is defined",
                    option.ReplacedBy is null ? $"remove {v.Name}" : $"remove {v.Name} and set {option.ReplacedBy}",
                    location));
            }

            var placement = v.File is null ? VariablePlacement.Inventory : VariablePlacement.VarsFile;
            if (options.Find(option.Name) is { } earlier)
            {
                // The same option inline and in a vars file: the file wins in Ansible; keep the loser verbatim so nothing is lost.
                findings.Add(InventoryFindings.ShadowedVariable.Create(
                    path,
                    $"{v.Name} is set both in the inventory file and in a vars file; the vars file's value wins",
                    "keep one definition",
                    location));
                extra.Add(new RawVariable(v.Name, earlier.Source ?? option.FormatValue(earlier.Value), null));
            }

            options = options.Set(new OptionAssignment(option, parsed.Value!, placement, v.Value));
        }

        return new VariableSet(options, extra.ToEquatableArray());
    }

    private static void ReportIfMisspelled(RawVar v, string path, SourceLocation? location, ICollection<Finding> findings)
    {
        var candidates = CalicoOptions.All.Select(o => o.Name);
        var near = Spelling.Closest(v.Name, candidates);
        var calicoLooking = CalicoPrefixes.Any(p => v.Name.StartsWith(p, StringComparison.Ordinal));
        if (near is not null && near != v.Name && (calicoLooking || Spelling.Distance(v.Name, near) <= 2))
        {
            findings.Add(InventoryFindings.UnknownVariable.Create(
                path,
                $"{v.Name} is not a variable Kubespray reads; did you mean {near}?",
                $"rename it to {near}",
                location));
        }
        else if (calicoLooking)
        {
            findings.Add(InventoryFindings.UnknownVariable.Create(
                path,
                $"{v.Name} looks like a Calico variable but Kubespray does not read it; it is kept as written",
                "check the name against docs/options.md",
                location));
        }
    }

    private static string Describe(OptionScopes scopes)
    {
        var parts = new List<string>();
        if ((scopes & OptionScopes.Cluster) != 0)
        {
            parts.Add("cluster group vars (all, k8s_cluster)");
        }

        if ((scopes & OptionScopes.Group) != 0)
        {
            parts.Add("custom group vars");
        }

        if ((scopes & OptionScopes.Host) != 0)
        {
            parts.Add("host vars");
        }

        return parts.Count == 0 ? "nowhere (Kubespray derives it)" : string.Join(" or ", parts);
    }
}
