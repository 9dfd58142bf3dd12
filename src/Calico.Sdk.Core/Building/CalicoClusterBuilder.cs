namespace Calico.Sdk;

/// <summary>
/// The one mutable part of the model: describes a cluster step by step, then <see cref="Build"/> freezes it into an
/// immutable <see cref="CalicoCluster"/>. Sub-builders per area (<see cref="Network"/>, <see cref="Bgp"/>,
/// <see cref="Nodes"/> …) set the options of that area; every setter names the Kubespray variable it sets.
/// </summary>
public sealed partial class CalicoClusterBuilder
{
    private readonly List<HostState> _hosts = [];
    private readonly List<GroupState> _groups = [];

    // Name indexes, so that describing thousands of hosts stays linear (the lists keep the order).
    private readonly Dictionary<string, HostState> _hostsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GroupState> _groupsByName = new(StringComparer.Ordinal);
    private bool _built;

    /// <summary>Starts an empty cluster (Kubespray's defaults everywhere).</summary>
    public CalicoClusterBuilder()
    {
    }

    internal CalicoClusterBuilder(CalicoCluster cluster)
    {
        foreach (var h in cluster.Hosts)
        {
            var state = new HostState(h.Name) { Vars = h.Vars };
            _hosts.Add(state);
            _hostsByName[h.Name] = state;
        }

        foreach (var g in cluster.Groups)
        {
            var state = new GroupState(g.Name) { Vars = g.Vars, FromImport = true };
            state.Hosts.AddRange(g.Hosts);
            state.Members.UnionWith(g.Hosts);
            state.Children.AddRange(g.Children);
            _groups.Add(state);
            _groupsByName[g.Name] = state;
        }
    }

    /// <summary>Sets any catalog option cluster-wide (in the option's home group: <c>k8s_cluster</c> or <c>all</c>).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="option">The option, from <see cref="CalicoOptions"/>.</param>
    /// <param name="value">The value.</param>
    public CalicoClusterBuilder Set<T>(CalicoOption<T> option, T value)
        where T : notnull
    {
        SetCluster(option, value);
        return this;
    }

    /// <summary>Removes a cluster-wide option so that Kubespray's default applies again.</summary>
    /// <param name="option">The option.</param>
    public CalicoClusterBuilder Unset(CalicoOption option)
    {
        EnsureNotBuilt();
        foreach (var g in _groups.Where(g => HoldsClusterValues(g.Name)))
        {
            g.Vars = g.Vars with { Options = g.Vars.Options.Remove(option) };
        }

        return this;
    }

    /// <summary>Adds a variable that is not a Calico option (another Kubespray role's variable), kept verbatim.</summary>
    /// <param name="name">The variable name.</param>
    /// <param name="value">The value.</param>
    /// <param name="group">The group whose group_vars hold it. Default <c>k8s_cluster</c>.</param>
    /// <param name="file">The group_vars file. Default <c>k8s-cluster.yml</c>.</param>
    public CalicoClusterBuilder Variable(string name, InventoryValue value, string group = KubesprayGroups.K8sCluster, string file = "k8s-cluster.yml")
    {
        EnsureNotBuilt();
        var g = GetGroup(group);
        g.Vars = g.Vars.WithExtra(new RawVariable(name, value, file));
        return this;
    }

    /// <summary>Describes the hosts, their roles and custom groups such as racks.</summary>
    /// <param name="configure">Adds hosts and groups.</param>
    public CalicoClusterBuilder Nodes(Action<NodesBuilder> configure)
    {
        EnsureNotBuilt();
        configure(new NodesBuilder(this));
        return this;
    }

    /// <summary>Freezes the description. The builder cannot be used afterwards.</summary>
    public CalicoCluster Build()
    {
        EnsureNotBuilt();
        _built = true;
        if (!_groups.Any(g => g.FromImport))
        {
            // Kubespray builds k8s_cluster at run time; the inventory still needs it for group_vars/k8s_cluster to load.
            var k8s = GetGroup(KubesprayGroups.K8sCluster);
            if (k8s.Children.Count == 0 && k8s.Hosts.Count == 0)
            {
                k8s.Children.AddRange(new[] { KubesprayGroups.ControlPlane, KubesprayGroups.KubeNode, KubesprayGroups.CalicoRr }
                    .Where(r => _groups.Any(g => g.Name == r && g.Hosts.Count > 0)));
            }
        }

        var hosts = _hosts.Select(h => new InventoryHost(h.Name, h.Vars)).ToEquatableArray();
        var groups = OrderedGroups()
            .Select(g => new InventoryGroup(g.Name, g.Hosts.ToEquatableArray(), g.Children.ToEquatableArray(), g.Vars))
            .ToEquatableArray();
        return new CalicoCluster(hosts, groups);
    }

    // The typed entry points are thin: their bodies are compiled once per value type, so the work lives in the untyped
    // overloads below (the analyzers fold chains in a fresh compiler process, where every instantiation costs a JIT).
    internal void SetCluster<T>(CalicoOption<T> option, T value)
        where T : notnull => SetCluster(option, (object)value);

    private void SetCluster(CalicoOption option, object value)
    {
        EnsureNotBuilt();
        var home = option.HomeGroup;
        foreach (var other in _groups)
        {
            // One definition per option: a value set in code replaces one imported into the other cluster-wide group.
            if (HoldsClusterValues(other.Name) && other.Name != home)
            {
                other.Vars = other.Vars with { Options = other.Vars.Options.Remove(option) };
            }
        }

        var g = GetGroup(home);
        var placement = g.Vars.Options.Find(option.Name)?.Placement ?? VariablePlacement.VarsFile;
        g.Vars = g.Vars with { Options = g.Vars.Options.Set(new OptionAssignment(option, value, placement)) };
    }

    // The cluster-wide value set so far: the option's home group first, then the other cluster-wide group.
    internal bool TryGetCluster<T>(CalicoOption<T> option, out T value)
        where T : notnull
    {
        if (FindCluster(option) is { } assignment)
        {
            value = (T)assignment.Value;
            return true;
        }

        value = default!;
        return false;
    }

    // The two groups the builder keeps cluster-wide values in (an option's home group is one of them).
    private static bool HoldsClusterValues(string group) => group is KubesprayGroups.All or KubesprayGroups.K8sCluster;

    private OptionAssignment? FindCluster(CalicoOption option)
    {
        OptionAssignment? other = null;
        foreach (var g in _groups)
        {
            if (HoldsClusterValues(g.Name) && g.Vars.Options.Find(option.Name) is { } found)
            {
                if (g.Name == option.HomeGroup)
                {
                    return found;
                }

                other ??= found;
            }
        }

        return other;
    }

    internal HostState GetHost(string name, bool create = true)
    {
        if (!_hostsByName.TryGetValue(name, out var h))
        {
            if (!create)
            {
                throw new InvalidOperationException($"Host '{name}' is not defined; add it with Nodes(n => n.Host(\"{name}\", …)) first.");
            }

            h = new HostState(name);
            _hosts.Add(h);
            _hostsByName[name] = h;
        }

        return h;
    }

    internal GroupState GetGroup(string name)
    {
        if (!_groupsByName.TryGetValue(name, out var g))
        {
            g = new GroupState(name);
            _groups.Add(g);
            _groupsByName[name] = g;
        }

        return g;
    }

    internal void EnsureNotBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("Build() was already called; start again with CalicoCluster.Define() or cluster.ToBuilder().");
        }
    }

    private IEnumerable<GroupState> OrderedGroups()
    {
        // Standard groups first in Kubespray's sample order, then custom groups in the order they were added.
        var standard = new[] { KubesprayGroups.All, KubesprayGroups.ControlPlane, KubesprayGroups.Etcd, KubesprayGroups.KubeNode, KubesprayGroups.CalicoRr, KubesprayGroups.K8sCluster };
        var used = _groups.Where(g => g.Hosts.Count > 0 || g.Children.Count > 0 || !g.Vars.IsEmpty || g.Name == KubesprayGroups.K8sCluster).ToList();
        if (used.All(g => g.Name != KubesprayGroups.K8sCluster) || used.Count == 0)
        {
            return used;
        }

        // A model that came from an import keeps its order; one built in code gets the standard order.
        if (_groups.Any(g => g.FromImport))
        {
            return used;
        }

        return used.OrderBy(g => Array.IndexOf(standard, g.Name) is var i && i >= 0 ? i : standard.Length);
    }

    internal sealed class HostState(string name)
    {
        public string Name { get; } = name;

        public VariableSet Vars { get; set; } = VariableSet.Empty;
    }

    internal sealed class GroupState(string name)
    {
        public string Name { get; } = name;

        public List<string> Hosts { get; } = [];

        // The same names as Hosts, for membership tests.
        public HashSet<string> Members { get; } = new(StringComparer.Ordinal);

        // Adds a member once, keeping the order of first addition.
        public void AddHost(string host)
        {
            if (Members.Add(host))
            {
                Hosts.Add(host);
            }
        }

        public List<string> Children { get; } = [];

        public VariableSet Vars { get; set; } = VariableSet.Empty;

        public bool FromImport { get; set; }
    }
}
