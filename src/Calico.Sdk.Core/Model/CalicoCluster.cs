namespace Calico.Sdk;

/// <summary>
/// The immutable description of a Kubespray cluster's Calico networking: the inventory's hosts and groups, each with
/// typed Calico options and every other variable kept verbatim. Built by <see cref="Define"/> or imported from a
/// Kubespray inventory. Two clusters are equal when their hosts, groups and values are equal.
/// </summary>
public sealed partial class CalicoCluster : IEquatable<CalicoCluster>
{
    private readonly Dictionary<string, InventoryHost> _hostsByName;
    private readonly Dictionary<string, InventoryGroup> _groupsByName;
    private readonly Dictionary<string, IReadOnlyList<string>> _membersCache = new(StringComparer.Ordinal);

    // Caches for large inventories (thousands of hosts): membership sets, host positions and each host's groups in
    // precedence order. The model is immutable, so they never go stale.
    private readonly Dictionary<string, HashSet<string>> _memberSets = new(StringComparer.Ordinal);
    private Dictionary<string, IReadOnlyList<InventoryGroup>>? _precedenceByHost;
    private Dictionary<string, int>? _hostIndex;
    private OptionSet? _clusterOptions;
    private IReadOnlyList<InventoryGroup>? _allOnly;

    // The winning group assignment of every option, per distinct precedence list (hosts of one rack share a list).
    private readonly Dictionary<IReadOnlyList<InventoryGroup>, Dictionary<string, (OptionAssignment Assignment, string Group)>> _groupWinners = new(ListIdentity.Instance);

    /// <summary>Creates a cluster from hosts and groups. Prefer <see cref="Define"/>; this is for importers and adapters.</summary>
    /// <param name="hosts">Hosts in inventory order.</param>
    /// <param name="groups">Groups in inventory order, including <c>all</c> and <c>k8s_cluster</c> when they have variables.</param>
    public CalicoCluster(EquatableArray<InventoryHost> hosts, EquatableArray<InventoryGroup> groups)
    {
        Hosts = hosts;
        Groups = groups;
        _hostsByName = new Dictionary<string, InventoryHost>(StringComparer.Ordinal);
        foreach (var h in hosts)
        {
            _hostsByName[h.Name] = h;
        }

        _groupsByName = new Dictionary<string, InventoryGroup>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            _groupsByName[g.Name] = g;
        }
    }

    /// <summary>Starts describing a cluster.</summary>
    public static CalicoClusterBuilder Define() => new();

    /// <summary>A builder holding this cluster's contents, to derive a changed copy.</summary>
    public CalicoClusterBuilder ToBuilder() => new(this);

    /// <summary>Hosts in inventory order.</summary>
    public EquatableArray<InventoryHost> Hosts { get; }

    /// <summary>Groups in inventory order.</summary>
    public EquatableArray<InventoryGroup> Groups { get; }

    /// <summary>The host called <paramref name="name"/>, or null.</summary>
    /// <param name="name">Inventory hostname.</param>
    public InventoryHost? Host(string name) => _hostsByName.TryGetValue(name, out var h) ? h : null;

    /// <summary>The group called <paramref name="name"/> (legacy names such as <c>kube-master</c> are not mapped here), or null.</summary>
    /// <param name="name">Group name.</param>
    public InventoryGroup? Group(string name) => _groupsByName.TryGetValue(name, out var g) ? g : null;

    /// <summary>
    /// Every host of a group, its child groups included, in inventory order. Role groups also take the hosts of
    /// their legacy names (<c>kube-master</c> …), and <c>k8s_cluster</c> is what Kubespray makes it:
    /// kube_node ∪ kube_control_plane ∪ calico_rr plus anything listed under it.
    /// </summary>
    /// <param name="group">The group name.</param>
    public IReadOnlyList<string> HostsOf(string group)
    {
        lock (_membersCache)
        {
            if (_membersCache.TryGetValue(group, out var cached))
            {
                return cached;
            }
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        void Visit(string g)
        {
            if (!visiting.Add(g))
            {
                return;
            }

            if (g == KubesprayGroups.All)
            {
                foreach (var h in Hosts)
                {
                    set.Add(h.Name);
                }

                return;
            }

            foreach (var alias in KubesprayGroups.Legacy.Where(kv => kv.Value == g).Select(kv => kv.Key))
            {
                Visit(alias);
            }

            if (g == KubesprayGroups.K8sCluster)
            {
                Visit(KubesprayGroups.KubeNode);
                Visit(KubesprayGroups.ControlPlane);
                Visit(KubesprayGroups.CalicoRr);
            }

            if (_groupsByName.TryGetValue(g, out var grp))
            {
                foreach (var h in grp.Hosts)
                {
                    set.Add(h);
                }

                foreach (var c in grp.Children)
                {
                    Visit(c);
                }
            }
        }

        Visit(group);

        // Inventory order. A small group (a rack of a large inventory) sorts its members by position instead of
        // scanning every host, which keeps membership of thousands of hosts in hundreds of groups linear.
        IReadOnlyList<string> result;
        if (set.Count * 16 < Hosts.Count)
        {
            var index = _hostIndex ??= Hosts.Select((h, i) => (h.Name, i)).GroupBy(x => x.Name, StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.First().i, StringComparer.Ordinal);
            result = set.Where(index.ContainsKey).OrderBy(h => index[h]).ToArray();
        }
        else
        {
            result = Hosts.Select(h => h.Name).Where(set.Contains).ToArray();
        }

        lock (_membersCache)
        {
            _membersCache[group] = result;
        }

        return result;
    }

    /// <summary>True when <paramref name="host"/> is in <paramref name="group"/> (directly or through child groups).</summary>
    /// <param name="host">Inventory hostname.</param>
    /// <param name="group">Group name.</param>
    public bool IsInGroup(string host, string group) => MemberSet(group).Contains(host);

    private HashSet<string> MemberSet(string group)
    {
        lock (_memberSets)
        {
            if (_memberSets.TryGetValue(group, out var cached))
            {
                return cached;
            }
        }

        var set = new HashSet<string>(HostsOf(group), StringComparer.Ordinal);
        lock (_memberSets)
        {
            _memberSets[group] = set;
        }

        return set;
    }

    /// <summary>The roles of a host, from its groups.</summary>
    /// <param name="host">Inventory hostname.</param>
    public NodeRoles RolesOf(string host)
    {
        var roles = NodeRoles.None;
        if (IsInGroup(host, KubesprayGroups.ControlPlane))
        {
            roles |= NodeRoles.ControlPlane;
        }

        if (IsInGroup(host, KubesprayGroups.Etcd))
        {
            roles |= NodeRoles.Etcd;
        }

        if (IsInGroup(host, KubesprayGroups.KubeNode))
        {
            roles |= NodeRoles.Worker;
        }

        if (IsInGroup(host, KubesprayGroups.CalicoRr))
        {
            roles |= NodeRoles.RouteReflector;
        }

        return roles;
    }

    /// <summary>
    /// The cluster-wide options: what a <c>k8s_cluster</c> host sees from <c>group_vars/all</c> and
    /// <c>group_vars/k8s_cluster</c> (and their inventory-file vars), before host or custom-group overrides.
    /// </summary>
    public OptionSet ClusterOptions => _clusterOptions ??= ComputeClusterOptions();

    private OptionSet ComputeClusterOptions()
    {
        var layers = new List<(InventoryGroup Group, VariablePlacement Placement)>();
        foreach (var placement in new[] { VariablePlacement.Inventory, VariablePlacement.VarsFile })
        {
            foreach (var name in new[] { KubesprayGroups.All, KubesprayGroups.K8sCluster, "k8s-cluster" })
            {
                if (Group(name) is { } g)
                {
                    layers.Add((g, placement));
                }
            }
        }

        var result = OptionSet.Empty;
        foreach (var (group, placement) in layers)
        {
            foreach (var a in group.Vars.Options.Where(a => a.Placement == placement))
            {
                result = result.Set(a);
            }
        }

        return result;
    }

    /// <summary>The cluster-wide value of an option: set in the inventory, else Kubespray's default.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="option">The option.</param>
    /// <returns>The value; <c>default</c> when the option is unset and has no literal default (see <see cref="TryGet{T}"/>).</returns>
    public T Get<T>(CalicoOption<T> option)
        where T : notnull => ClusterOptions.TryGet(option, out var v) ? v : option.Default!;

    /// <summary>The cluster-wide value when the inventory sets one.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="option">The option.</param>
    /// <param name="value">The value, when set.</param>
    public bool TryGet<T>(CalicoOption<T> option, out T value)
        where T : notnull => ClusterOptions.TryGet(option, out value);

    /// <summary>
    /// The value a host sees, with Ansible's precedence: inventory-file vars of <c>all</c>, then of the host's other
    /// groups (shallow to deep, then by name), then <c>group_vars/all</c>, then the other groups' <c>group_vars</c>,
    /// then the host's inventory line, then its <c>host_vars</c>.
    /// </summary>
    /// <param name="host">Inventory hostname.</param>
    /// <param name="option">The option.</param>
    /// <returns>The assignment that wins, and the group it comes from (null for host vars); null when the option is not set for the host.</returns>
    public (OptionAssignment Assignment, string? Group)? FindForHost(string host, CalicoOption option)
    {
        (OptionAssignment, string?)? winner = null;
        if (GroupWinners(GroupsOfInPrecedenceOrder(host)).TryGetValue(option.Name, out var fromGroup))
        {
            winner = fromGroup;
        }

        if (Host(host) is { } h && h.Vars.Options.Find(option.Name) is { } a)
        {
            // A host sets an option once: on its inventory line or in host_vars, and both outrank every group.
            winner = (a, null);
        }

        return winner;
    }

    // Every option the groups set, with the assignment that wins: inventory-file vars first, then group_vars files,
    // each in the groups' precedence order, later ones overriding earlier ones.
    private Dictionary<string, (OptionAssignment Assignment, string Group)> GroupWinners(IReadOnlyList<InventoryGroup> groups)
    {
        lock (_groupWinners)
        {
            if (_groupWinners.TryGetValue(groups, out var cached))
            {
                return cached;
            }
        }

        var winners = new Dictionary<string, (OptionAssignment Assignment, string Group)>(StringComparer.Ordinal);
        foreach (var placement in new[] { VariablePlacement.Inventory, VariablePlacement.VarsFile })
        {
            foreach (var g in groups)
            {
                foreach (var a in g.Vars.Options)
                {
                    if (a.Placement == placement)
                    {
                        winners[a.Option.Name] = (a, g.Name);
                    }
                }
            }
        }

        lock (_groupWinners)
        {
            _groupWinners[groups] = winners;
        }

        return winners;
    }

    /// <summary>The value a host sees (see <see cref="FindForHost"/>), else Kubespray's default.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="host">Inventory hostname.</param>
    /// <param name="option">The option.</param>
    public T GetForHost<T>(string host, CalicoOption<T> option)
        where T : notnull => TryGetForHost(host, option, out var v) ? v : option.Default!;

    /// <summary>The value a host sees, when the inventory sets one for it.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="host">Inventory hostname.</param>
    /// <param name="option">The option.</param>
    /// <param name="value">The value.</param>
    public bool TryGetForHost<T>(string host, CalicoOption<T> option, out T value)
        where T : notnull
    {
        if (FindForHost(host, option) is { } found)
        {
            value = (T)found.Assignment.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>The groups a host belongs to (directly or through children), <c>all</c> first, then by depth and name as Ansible orders them.</summary>
    /// <param name="host">Inventory hostname.</param>
    public IReadOnlyList<InventoryGroup> GroupsOfInPrecedenceOrder(string host)
    {
        var byHost = _precedenceByHost ??= PrecedenceByHost();
        if (byHost.TryGetValue(host, out var groups))
        {
            return groups;
        }

        // A name that is not a host of the inventory is in no group but 'all'.
        return _allOnly ??= Groups.Where(g => g.Name == KubesprayGroups.All).ToArray();
    }

    // Every host's groups in precedence order, built in one pass over the memberships (linear in their number).
    private Dictionary<string, IReadOnlyList<InventoryGroup>> PrecedenceByHost()
    {
        var depth = GroupDepths();
        var ordered = Groups
            .OrderBy(g => depth.TryGetValue(g.Name, out var d) ? d : 1)
            .ThenBy(g => g.Name, StringComparer.Ordinal);
        var lists = new Dictionary<string, List<InventoryGroup>>(StringComparer.Ordinal);
        foreach (var h in Hosts)
        {
            lists[h.Name] = [];
        }

        foreach (var g in ordered)
        {
            var members = g.Name == KubesprayGroups.All ? Hosts.Select(h => h.Name).ToArray() : (IEnumerable<string>)HostsOf(g.Name);
            foreach (var h in members)
            {
                if (lists.TryGetValue(h, out var list))
                {
                    list.Add(g);
                }
            }
        }

        // Hosts with the same groups share one list, so that the option winners are computed once per list.
        var shared = new Dictionary<string, IReadOnlyList<InventoryGroup>>(StringComparer.Ordinal);
        var result = new Dictionary<string, IReadOnlyList<InventoryGroup>>(lists.Count, StringComparer.Ordinal);
        foreach (var kv in lists)
        {
            var key = string.Join("\n", kv.Value.Select(g => g.Name));
            if (!shared.TryGetValue(key, out var list))
            {
                list = kv.Value.ToArray();
                shared[key] = list;
            }

            result[kv.Key] = list;
        }

        return result;
    }

    internal Dictionary<string, int> GroupDepths()
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [KubesprayGroups.All] = 0 };
        foreach (var g in Groups)
        {
            if (g.Name != KubesprayGroups.All && !depth.ContainsKey(g.Name))
            {
                depth[g.Name] = 1;
            }
        }

        // Longest path from 'all', as Ansible computes a group's depth; bounded so that a cycle cannot loop forever.
        for (var round = 0; round < Groups.Count + 1; round++)
        {
            var changed = false;
            foreach (var g in Groups)
            {
                var d = depth.TryGetValue(g.Name, out var v) ? v : 1;
                foreach (var c in g.Children)
                {
                    if (!depth.TryGetValue(c, out var cd) || cd < d + 1)
                    {
                        depth[c] = d + 1;
                        changed = true;
                    }
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return depth;
    }

    /// <summary>
    /// Value equality: the same hosts in the same order (host order decides which host Ansible runs first), and the
    /// same groups with the same members and variables. The order in which groups are declared means nothing to
    /// Ansible (its precedence sorts groups by depth and name) and is not compared.
    /// </summary>
    /// <param name="other">The other cluster.</param>
    public bool Equals(CalicoCluster? other)
    {
        if (other is null || !other.Hosts.Equals(Hosts) || other.Groups.Count != Groups.Count)
        {
            return false;
        }

        foreach (var g in Groups)
        {
            if (other.Group(g.Name) is not { } o || !o.Equals(g))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CalicoCluster);

    /// <inheritdoc />
    public override int GetHashCode() => (Hosts.GetHashCode() * 397) ^ Groups.Aggregate(0, (h, g) => h ^ g.GetHashCode());

    /// <summary>Value equality: same hosts, groups and values.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator ==(CalicoCluster? left, CalicoCluster? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator !=(CalicoCluster? left, CalicoCluster? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"CalicoCluster({Hosts.Count} hosts, {Groups.Count} groups)";
}

/// <summary>Compares lists by reference: the precedence lists are shared between hosts, so identity is the key.</summary>
internal sealed class ListIdentity : IEqualityComparer<IReadOnlyList<InventoryGroup>>
{
    public static readonly ListIdentity Instance = new();

    public bool Equals(IReadOnlyList<InventoryGroup>? x, IReadOnlyList<InventoryGroup>? y) => ReferenceEquals(x, y);

    public int GetHashCode(IReadOnlyList<InventoryGroup> obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
