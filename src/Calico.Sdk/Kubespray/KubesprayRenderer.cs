namespace Calico.Sdk.Kubespray;

/// <summary>Choices for rendering a Kubespray inventory.</summary>
public sealed record KubesprayRenderOptions
{
    /// <summary>INI (<c>inventory.ini</c>, as Kubespray's sample) or YAML (<c>hosts.yaml</c>). Default INI.</summary>
    public InventoryFormat Format { get; init; } = InventoryFormat.Ini;

    /// <summary>Also write every option that has a literal Kubespray default and is not set, with that default. Default false:
    /// only values the model sets are written.</summary>
    public bool IncludeDefaults { get; init; }

    /// <summary>The inventory file's name. Default <c>inventory.ini</c> (INI) or <c>hosts.yaml</c> (YAML).</summary>
    public string? InventoryFileName { get; init; }
}

/// <summary>Turns a cluster back into an Ansible inventory structure (the reverse of <see cref="KubesprayImporter"/>).</summary>
public static class KubesprayRenderer
{
    /// <summary>Builds the raw inventory for a cluster.</summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="options">Rendering choices.</param>
    public static RawInventory ToRawInventory(CalicoCluster cluster, KubesprayRenderOptions? options = null)
    {
        options ??= new KubesprayRenderOptions();
        var raw = new RawInventory { Format = options.Format };
        foreach (var h in cluster.Hosts)
        {
            var host = new RawHost(h.Name);
            AddVars(host.Vars, h.Vars, _ => h.Name + ".yml");
            raw.Hosts.Add(host);
        }

        var groups = cluster.Groups.ToList();
        if (options.IncludeDefaults)
        {
            groups = AddDefaults(cluster, groups);
        }

        foreach (var g in groups)
        {
            var group = new RawGroup(g.Name);
            group.Hosts.AddRange(g.Hosts);
            group.Children.AddRange(g.Children);
            var clusterGroup = g.Name is KubesprayGroups.All or KubesprayGroups.K8sCluster or "k8s-cluster";
            AddVars(group.Vars, g.Vars, o => clusterGroup ? o.HomeFile : g.Name + ".yml");
            raw.Groups.Add(group);
        }

        return raw;
    }

    private static void AddVars(List<RawVar> target, VariableSet vars, Func<CalicoOption, string> fileFor)
    {
        // Catalog order for typed options (stable, reviewable diffs), then every other variable in the order it was read.
        foreach (var option in CalicoOptions.All)
        {
            if (vars.Options.Find(option.Name) is { } a)
            {
                var file = a.Placement == VariablePlacement.Inventory ? null : fileFor(option);
                target.Add(new RawVar(option.Name, a.ToInventoryValue(), file));
            }
        }

        foreach (var v in vars.Extra)
        {
            target.Add(new RawVar(v.Name, v.Value, v.File));
        }
    }

    private static List<InventoryGroup> AddDefaults(CalicoCluster cluster, List<InventoryGroup> groups)
    {
        var result = new List<InventoryGroup>(groups);
        foreach (var option in CalicoOptions.All.Where(o => o.HasDefault && (o.Scopes & OptionScopes.Cluster) != 0 && o.Status == OptionStatus.Active))
        {
            if (cluster.ClusterOptions.Contains(option))
            {
                continue;
            }

            var index = result.FindIndex(g => g.Name == option.HomeGroup);
            var group = index >= 0
                ? result[index]
                : new InventoryGroup(option.HomeGroup, EquatableArray<string>.Empty, EquatableArray<string>.Empty, VariableSet.Empty);
            group = group with
            {
                Vars = group.Vars with
                {
                    Options = group.Vars.Options.Set(new OptionAssignment(option, option.DefaultValue!, VariablePlacement.VarsFile)),
                },
            };
            if (index >= 0)
            {
                result[index] = group;
            }
            else
            {
                result.Insert(0, group);
            }
        }

        return result;
    }
}
