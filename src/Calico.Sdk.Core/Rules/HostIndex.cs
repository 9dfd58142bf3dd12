using System.Runtime.CompilerServices;

namespace Calico.Sdk;

/// <summary>
/// What the rules need to evaluate every host fast, computed once per cluster (the model is immutable, so the index
/// is cached beside it): group membership as sets, each host's groups in Ansible's precedence order ("chains"),
/// and the value every chain gives every option. Hosts with the same groups and no host variable of an option see
/// the same value, so a rule evaluates one chain instead of thousands of hosts. Results are the same as
/// <see cref="CalicoCluster.FindForHost"/>, which a test checks on generated inventories.
/// </summary>
internal sealed class HostIndex
{
    private static readonly ConditionalWeakTable<CalicoCluster, HostIndex> Cache = new();

    private readonly CalicoCluster _cluster;
    private readonly Dictionary<string, int> _hostIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GroupMembers> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Level> _levels = new(StringComparer.Ordinal);
    private readonly List<Level[]> _chains = [];
    private readonly List<Dictionary<string, DefinedValue>> _chainCache = [];
    private readonly Dictionary<string, DefinedValue>?[] _hostCache;
    private readonly int[] _chainOfHost;
    private readonly HashSet<string>?[] _hostOwn;
    private readonly Level?[] _hostLevels;
    private readonly Dictionary<string, List<int>> _definers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KeyValuePair<int, int[]>>> _partitions = new(StringComparer.Ordinal);
    private readonly Level[] _clusterChain;
    private readonly int _clusterChainId;

    private HostIndex(CalicoCluster cluster)
    {
        _cluster = cluster;
        var hosts = cluster.Hosts;
        HostNames = new string[hosts.Count];
        _hostOwn = new HashSet<string>?[hosts.Count];
        _hostCache = new Dictionary<string, DefinedValue>?[hosts.Count];
        _hostLevels = new Level?[hosts.Count];
        for (var i = 0; i < hosts.Count; i++)
        {
            HostNames[i] = hosts[i].Name;
            _hostIndex[hosts[i].Name] = i;
            var vars = hosts[i].Vars;
            if (!vars.IsEmpty)
            {
                var own = new HashSet<string>(StringComparer.Ordinal);
                foreach (var a in vars.Options)
                {
                    own.Add(a.Option.Name);
                }

                foreach (var r in vars.Extra)
                {
                    own.Add(r.Name);
                }

                _hostOwn[i] = own;
                foreach (var name in own)
                {
                    if (!_definers.TryGetValue(name, out var list))
                    {
                        list = [];
                        _definers[name] = list;
                    }

                    list.Add(i);
                }
            }
        }

        foreach (var g in cluster.Groups)
        {
            _levels[g.Name] = new Level(g, IsClusterGroup(g.Name) ? DefinitionOwner.Cluster : DefinitionOwner.Group);
        }

        // The cluster-wide view: what group_vars/all and group_vars/k8s_cluster give, before any other group or host.
        _clusterChain = new[] { KubesprayGroups.All, KubesprayGroups.K8sCluster, "k8s-cluster" }
            .Where(_levels.ContainsKey).Select(n => _levels[n]).ToArray();
        _clusterChainId = AddChain(_clusterChain);

        // Each host's groups ordered by depth, then name, as Ansible merges them.
        var depth = GroupDepths(cluster);
        var perHost = new List<Level>[hosts.Count];
        for (var i = 0; i < perHost.Length; i++)
        {
            perHost[i] = [];
        }

        foreach (var g in cluster.Groups)
        {
            var level = _levels[g.Name];
            if (g.Name == KubesprayGroups.All)
            {
                foreach (var list in perHost)
                {
                    list.Add(level);
                }

                continue;
            }

            foreach (var i in Members(g.Name).Indexes)
            {
                perHost[i].Add(level);
            }
        }

        var chainIds = new Dictionary<string, int>(StringComparer.Ordinal);
        _chainOfHost = new int[hosts.Count];
        for (var i = 0; i < perHost.Length; i++)
        {
            var ordered = perHost[i]
                .Distinct()
                .OrderBy(l => depth.TryGetValue(l.Group.Name, out var d) ? d : 1)
                .ThenBy(l => l.Group.Name, StringComparer.Ordinal)
                .ToArray();
            var key = string.Join("\u0001", ordered.Select(l => l.Group.Name));
            if (!chainIds.TryGetValue(key, out var id))
            {
                id = AddChain(ordered);
                chainIds[key] = id;
            }

            _chainOfHost[i] = id;
        }
    }

    /// <summary>Host names in inventory order.</summary>
    public string[] HostNames { get; }

    /// <summary>The index for a cluster, computed once.</summary>
    /// <param name="cluster">The cluster.</param>
    public static HostIndex For(CalicoCluster cluster) => Cache.GetValue(cluster, c => new HostIndex(c));

    /// <summary>The position of a host, or -1.</summary>
    /// <param name="host">Inventory hostname.</param>
    public int IndexOf(string host) => _hostIndex.TryGetValue(host, out var i) ? i : -1;

    /// <summary>The members of a group (Kubespray's computation: children, legacy names, computed k8s_cluster).</summary>
    /// <param name="group">Group name.</param>
    public GroupMembers Members(string group)
    {
        lock (_members)
        {
            if (_members.TryGetValue(group, out var m))
            {
                return m;
            }
        }

        var names = _cluster.HostsOf(group);
        var indexes = new int[names.Count];
        var set = new bool[HostNames.Length];
        for (var k = 0; k < names.Count; k++)
        {
            indexes[k] = _hostIndex[names[k]];
            set[indexes[k]] = true;
        }

        var result = new GroupMembers(indexes, set);
        lock (_members)
        {
            _members[group] = result;
        }

        return result;
    }

    /// <summary>True when a host has a variable of this name in its own vars.</summary>
    /// <param name="host">Host index.</param>
    /// <param name="name">Variable name.</param>
    public bool HostDefines(int host, string name) => _hostOwn[host]?.Contains(name) == true;

    /// <summary>
    /// Splits the hosts of a group into classes that see the same values of <paramref name="options"/>: one class per
    /// chain, and one class per host that sets one of the options itself. Classes are ordered by their first host.
    /// </summary>
    /// <param name="group">Group name.</param>
    /// <param name="options">The options the caller reads.</param>
    /// <returns>Pairs of (chain id, host indexes); a single-host class of a host with its own value has chain id -1 - host.</returns>
    public List<KeyValuePair<int, int[]>> Classes(string group, IReadOnlyList<CalicoOption> options)
    {
        var members = Members(group);
        HashSet<int>? special = null;
        foreach (var o in options)
        {
            if (_definers.TryGetValue(o.Name, out var list))
            {
                foreach (var h in list)
                {
                    if (members.Contains(h))
                    {
                        (special ??= []).Add(h);
                    }
                }
            }
        }

        var partition = Partition(group, members);
        if (special is null)
        {
            return partition;
        }

        var result = new List<KeyValuePair<int, int[]>>(partition.Count + special.Count);
        foreach (var p in partition)
        {
            var rest = p.Value.Where(h => !special.Contains(h)).ToArray();
            if (rest.Length > 0)
            {
                result.Add(new KeyValuePair<int, int[]>(p.Key, rest));
            }
        }

        foreach (var h in special)
        {
            result.Add(new KeyValuePair<int, int[]>(-1 - h, [h]));
        }

        result.Sort((a, b) => a.Value[0].CompareTo(b.Value[0]));
        return result;
    }

    private List<KeyValuePair<int, int[]>> Partition(string group, GroupMembers members)
    {
        lock (_partitions)
        {
            if (_partitions.TryGetValue(group, out var cached))
            {
                return cached;
            }
        }

        var byChain = new Dictionary<int, List<int>>();
        var order = new List<int>();
        foreach (var h in members.Indexes)
        {
            var c = _chainOfHost[h];
            if (!byChain.TryGetValue(c, out var list))
            {
                list = [];
                byChain[c] = list;
                order.Add(c);
            }

            list.Add(h);
        }

        var result = order.Select(c => new KeyValuePair<int, int[]>(c, byChain[c].ToArray())).ToList();
        lock (_partitions)
        {
            _partitions[group] = result;
        }

        return result;
    }

    /// <summary>The chain a host belongs to.</summary>
    /// <param name="host">Host index.</param>
    public int ChainOf(int host) => _chainOfHost[host];

    /// <summary>The chain id of the cluster-wide view.</summary>
    public int ClusterChain => _clusterChainId;

    /// <summary>The value a chain gives an option (no host vars).</summary>
    /// <param name="chain">Chain id.</param>
    /// <param name="option">The option.</param>
    public DefinedValue ResolveChain(int chain, CalicoOption option)
    {
        var cache = _chainCache[chain];
        lock (cache)
        {
            if (cache.TryGetValue(option.Name, out var hit))
            {
                return hit;
            }
        }

        DefinedValue? winner = null;
        foreach (var placement in Placements)
        {
            foreach (var level in _chains[chain])
            {
                if (level.Find(option, placement) is { } d)
                {
                    winner = d;
                }
            }
        }

        winner ??= DefinedValue.Default(option);
        lock (cache)
        {
            cache[option.Name] = winner;
        }

        return winner;
    }

    /// <summary>The value a host sees, with Ansible's precedence.</summary>
    /// <param name="host">Host index.</param>
    /// <param name="option">The option.</param>
    public DefinedValue ResolveHost(int host, CalicoOption option)
    {
        if (!HostDefines(host, option.Name))
        {
            return ResolveChain(_chainOfHost[host], option);
        }

        var cache = _hostCache[host];
        if (cache is null)
        {
            Interlocked.CompareExchange(ref _hostCache[host], new Dictionary<string, DefinedValue>(StringComparer.Ordinal), null);
            cache = _hostCache[host]!;
        }

        lock (cache)
        {
            if (cache.TryGetValue(option.Name, out var hit))
            {
                return hit;
            }
        }

        var level = HostLevel(host);
        DefinedValue? winner = null;
        foreach (var placement in Placements)
        {
            winner = level.Find(option, placement) ?? winner;
        }

        winner ??= ResolveChain(_chainOfHost[host], option);
        lock (cache)
        {
            cache[option.Name] = winner;
        }

        return winner;
    }

    /// <summary>Every definition of an option a host sees, lowest precedence first (the last one wins).</summary>
    /// <param name="host">Host index.</param>
    /// <param name="option">The option.</param>
    public List<DefinedValue> Stack(int host, CalicoOption option)
    {
        var list = new List<DefinedValue>();
        foreach (var placement in Placements)
        {
            foreach (var level in _chains[_chainOfHost[host]])
            {
                if (level.Find(option, placement) is { } d)
                {
                    list.Add(d);
                }
            }
        }

        if (HostDefines(host, option.Name))
        {
            list.AddRange(HostLevel(host).All(option));
        }

        return list;
    }

    /// <summary>Every place the inventory sets an option, cluster-wide groups first, then other groups, then hosts.</summary>
    /// <param name="option">The option.</param>
    /// <param name="clusterOnly">Only the cluster-wide groups (when the hosts and groups are not known).</param>
    public IEnumerable<DefinedValue> Definitions(CalicoOption option, bool clusterOnly)
    {
        foreach (var level in _clusterChain)
        {
            foreach (var d in level.All(option))
            {
                yield return d;
            }
        }

        if (clusterOnly)
        {
            yield break;
        }

        var k8s = Members(KubesprayGroups.K8sCluster);
        foreach (var g in _cluster.Groups)
        {
            var level = _levels[g.Name];
            if (level.Owner == DefinitionOwner.Cluster || !level.Mentions(option.Name))
            {
                continue;
            }

            // A group whose hosts are all outside k8s_cluster never feeds Calico.
            if (!Members(g.Name).Indexes.Any(i => k8s.Contains(i)))
            {
                continue;
            }

            foreach (var d in level.All(option))
            {
                yield return d;
            }
        }

        if (_definers.TryGetValue(option.Name, out var definers))
        {
            foreach (var i in definers)
            {
                if (k8s.Contains(i))
                {
                    foreach (var d in HostLevel(i).All(option))
                    {
                        yield return d;
                    }
                }
            }
        }
    }

    /// <summary>A raw (non-catalog) variable as a host sees it, with the same precedence, or null.</summary>
    /// <param name="host">Host index, or -1 for the cluster-wide view.</param>
    /// <param name="name">Variable name.</param>
    public RawVariable? RawFor(int host, string name)
    {
        RawVariable? winner = null;
        var chain = host < 0 ? _clusterChain : _chains[_chainOfHost[host]];
        foreach (var inline in new[] { true, false })
        {
            foreach (var level in chain)
            {
                winner = level.Raw(name, inline) ?? winner;
            }
        }

        if (host >= 0 && HostDefines(host, name))
        {
            var level = HostLevel(host);
            winner = level.Raw(name, true) ?? winner;
            winner = level.Raw(name, false) ?? winner;
        }

        return winner;
    }

    private static readonly VariablePlacement[] Placements = [VariablePlacement.Inventory, VariablePlacement.VarsFile];

    private static bool IsClusterGroup(string name) => name is KubesprayGroups.All or KubesprayGroups.K8sCluster or "k8s-cluster";

    private Level HostLevel(int host)
    {
        if (_hostLevels[host] is { } cached)
        {
            return cached;
        }

        var h = _cluster.Hosts[host];
        var level = new Level(new InventoryGroup(h.Name, EquatableArray<string>.Empty, EquatableArray<string>.Empty, h.Vars), DefinitionOwner.Host);
        _hostLevels[host] = level;
        return level;
    }

    private int AddChain(Level[] levels)
    {
        _chains.Add(levels);
        _chainCache.Add(new Dictionary<string, DefinedValue>(StringComparer.Ordinal));
        return _chains.Count - 1;
    }

    // Longest path from 'all', as Ansible orders groups; bounded so that a cycle cannot loop forever.
    private static Dictionary<string, int> GroupDepths(CalicoCluster cluster)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [KubesprayGroups.All] = 0 };
        foreach (var g in cluster.Groups)
        {
            if (g.Name != KubesprayGroups.All && !depth.ContainsKey(g.Name))
            {
                depth[g.Name] = 1;
            }
        }

        for (var round = 0; round < cluster.Groups.Count + 1; round++)
        {
            var changed = false;
            foreach (var g in cluster.Groups)
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

    /// <summary>Members of a group as indexes (inventory order) and as a membership table.</summary>
    internal sealed class GroupMembers(int[] indexes, bool[] set)
    {
        public int[] Indexes { get; } = indexes;

        public int Count => Indexes.Length;

        public bool Contains(int host) => host >= 0 && host < set.Length && set[host];
    }

    /// <summary>The variables of one group or host, looked up by name.</summary>
    private sealed class Level
    {
        private Dictionary<string, RawVariable>? _rawInline;
        private Dictionary<string, RawVariable>? _rawFile;

        public Level(InventoryGroup group, DefinitionOwner owner)
        {
            Group = group;
            Owner = owner;
        }

        public InventoryGroup Group { get; }

        public DefinitionOwner Owner { get; }

        public bool Mentions(string name) => Group.Vars.Options.Find(name) is not null || Raw(name, true) is not null || Raw(name, false) is not null;

        public DefinedValue? Find(CalicoOption option, VariablePlacement placement)
        {
            if (Group.Vars.Options.Find(option.Name) is { } a && a.Placement == placement)
            {
                return new DefinedValue(option, Owner, Group.Name, a, null);
            }

            return Raw(option.Name, placement == VariablePlacement.Inventory) is { } r ? new DefinedValue(option, Owner, Group.Name, null, r) : null;
        }

        public IEnumerable<DefinedValue> All(CalicoOption option)
        {
            foreach (var p in Placements)
            {
                if (Find(option, p) is { } d)
                {
                    yield return d;
                }
            }
        }

        public RawVariable? Raw(string name, bool inline)
        {
            if (Group.Vars.Extra.IsEmpty)
            {
                return null;
            }

            lock (this)
            {
                if (_rawInline is null)
                {
                    var i = new Dictionary<string, RawVariable>(StringComparer.Ordinal);
                    var f = new Dictionary<string, RawVariable>(StringComparer.Ordinal);
                    foreach (var r in Group.Vars.Extra)
                    {
                        (r.File is null ? i : f)[r.Name] = r;
                    }

                    _rawFile = f;
                    _rawInline = i;
                }

                return (inline ? _rawInline : _rawFile!).TryGetValue(name, out var v) ? v : null;
            }
        }
    }
}
