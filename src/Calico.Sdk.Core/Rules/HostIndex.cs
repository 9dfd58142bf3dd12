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
    private readonly Level[] _groupLevels;
    private readonly List<Level[]> _chains = [];
    // Per chain, the value it gives each option, by the option's catalog position (filled on first use).
    private readonly DefinedValue?[]?[] _chainCache;
    private readonly Dictionary<string, DefinedValue>?[] _hostCache;
    private readonly int[] _chainOfHost;
    private readonly Level?[] _hostLevels;
    // Variable name → the hosts that set it in their own vars, in inventory order.
    private readonly Dictionary<string, List<int>> _definers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KeyValuePair<int, int[]>>> _partitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KeyValuePair<int, int[]>>> _merged = new(StringComparer.Ordinal);
    // Variable name → ids of the groups that set it (typed or verbatim), in group order; built once, read-only after.
    private readonly Dictionary<string, List<int>> _mentions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KeyValuePair<int, int[]>>> _whole = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _memberNames = new(StringComparer.Ordinal);
    private readonly Level[] _clusterChain;
    private readonly int _clusterChainId;

    private HostIndex(CalicoCluster cluster)
    {
        _cluster = cluster;
        var hosts = cluster.Hosts;
        HostNames = new string[hosts.Count];
        _hostCache = new Dictionary<string, DefinedValue>?[hosts.Count];
        _hostLevels = new Level?[hosts.Count];
        for (var i = 0; i < hosts.Count; i++)
        {
            HostNames[i] = hosts[i].Name;
            _hostIndex[hosts[i].Name] = i;
            var options = hosts[i].Vars.Options;
            for (var k = 0; k < options.Count; k++)
            {
                AddOnce(_definers, options[k].Option.Name, i);
            }

            foreach (var r in hosts[i].Vars.Extra)
            {
                AddOnce(_definers, r.Name, i);
                HasRawVariables = true;
            }
        }

        var groups = cluster.Groups;
        _groupLevels = new Level[groups.Count];
        for (var k = 0; k < groups.Count; k++)
        {
            _groupLevels[k] = new Level(k, groups[k], KubesprayGroups.IsClusterLevel(groups[k].Name) ? DefinitionOwner.Cluster : DefinitionOwner.Group);
            _levels[groups[k].Name] = _groupLevels[k];
            var options = groups[k].Vars.Options;
            for (var i = 0; i < options.Count; i++)
            {
                AddOnce(_mentions, options[i].Option.Name, k);
            }

            foreach (var r in groups[k].Vars.Extra)
            {
                AddOnce(_mentions, r.Name, k);
                HasRawVariables = true;
            }
        }

        // The cluster-wide view: what group_vars/all and group_vars/k8s_cluster give, before any other group or host.
        _clusterChain = new[] { KubesprayGroups.All, KubesprayGroups.K8sCluster, "k8s-cluster" }
            .Where(_levels.ContainsKey).Select(n => _levels[n]).ToArray();
        _clusterChainId = AddChain(_clusterChain);

        // Ansible merges a host's groups by depth, then name. Visiting the groups once in that order and walking a
        // trie of group sequences gives every host its ordered chain in O(memberships), with no per-host sorting.
        var depth = cluster.GroupDepths();
        var ordered = (Level[])_groupLevels.Clone();
        Array.Sort(ordered, (a, b) =>
        {
            // Depth, then name; then inventory position, which makes this unstable sort give what a stable one would.
            var byDepth = Depth(a).CompareTo(Depth(b));
            var byName = byDepth != 0 ? byDepth : string.CompareOrdinal(a.Group.Name, b.Group.Name);
            return byName != 0 ? byName : a.Id.CompareTo(b.Id);
        });
        int Depth(Level level) => depth.TryGetValue(level.Group.Name, out var d) ? d : 1;
        var trie = new Dictionary<long, int>();
        var nodes = new List<Level[]> { Array.Empty<Level>() };
        var nodeOf = new int[hosts.Count];
        for (var rank = 0; rank < ordered.Length; rank++)
        {
            var level = ordered[rank];
            var isAll = level.Group.Name == KubesprayGroups.All;
            var members = isAll ? null : Members(level.Group.Name).Indexes;
            var count = isAll ? hosts.Count : members!.Length;
            for (var m = 0; m < count; m++)
            {
                var i = isAll ? m : members![m];
                var key = ((long)nodeOf[i] << 32) | (uint)rank;
                if (!trie.TryGetValue(key, out var child))
                {
                    var parent = nodes[nodeOf[i]];
                    var levels = new Level[parent.Length + 1];
                    parent.CopyTo(levels, 0);
                    levels[parent.Length] = level;
                    child = nodes.Count;
                    nodes.Add(levels);
                    trie[key] = child;
                }

                nodeOf[i] = child;
            }
        }

        var chainOfNode = new Dictionary<int, int>();
        _chainOfHost = new int[hosts.Count];
        for (var i = 0; i < hosts.Count; i++)
        {
            if (!chainOfNode.TryGetValue(nodeOf[i], out var id))
            {
                id = AddChain(nodes[nodeOf[i]]);
                chainOfNode[nodeOf[i]] = id;
            }

            _chainOfHost[i] = id;
        }

        // Every chain exists now; each one's value table is made when a rule first reads through it.
        _chainCache = new DefinedValue?[]?[_chains.Count];
    }

    /// <summary>Host names in inventory order.</summary>
    public string[] HostNames { get; }

    /// <summary>The index for a cluster, computed once.</summary>
    /// <param name="cluster">The cluster.</param>
    public static HostIndex For(CalicoCluster cluster) => Cache.GetValue(cluster, c => new HostIndex(c));

    /// <summary>True when a group or host sets the option (or a raw variable of that name) anywhere in the inventory.</summary>
    /// <param name="name">Variable name.</param>
    public bool IsSetAnywhere(string name) => _mentions.ContainsKey(name) || _definers.ContainsKey(name);

    /// <summary>True when a group or host carries a variable that is not in the option catalog.</summary>
    public bool HasRawVariables { get; }

    /// <summary>The position of a host, or -1.</summary>
    /// <param name="host">Inventory hostname.</param>
    public int IndexOf(string host) => _hostIndex.TryGetValue(host, out var i) ? i : -1;

    /// <summary>
    /// The members of a group, as <see cref="CalicoCluster.HostsOf"/> computes them (children, legacy names, Kubespray's
    /// computed k8s_cluster, hosts that are not in the inventory dropped), in inventory order — but from indexes, so
    /// that many groups cost the sum of their sizes rather than groups × hosts.
    /// </summary>
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

        var set = new bool[HostNames.Length];
        var list = new List<int>();
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        void Add(int i)
        {
            if (!set[i])
            {
                set[i] = true;
                list.Add(i);
            }
        }

        void Visit(string g)
        {
            if (!visiting.Add(g))
            {
                return;
            }

            if (g == KubesprayGroups.All)
            {
                for (var i = 0; i < HostNames.Length; i++)
                {
                    Add(i);
                }

                return;
            }

            foreach (var alias in KubesprayGroups.Legacy)
            {
                if (alias.Value == g)
                {
                    Visit(alias.Key);
                }
            }

            if (g == KubesprayGroups.K8sCluster)
            {
                Visit(KubesprayGroups.KubeNode);
                Visit(KubesprayGroups.ControlPlane);
                Visit(KubesprayGroups.CalicoRr);
            }

            if (_levels.TryGetValue(g, out var level))
            {
                foreach (var h in level.Group.Hosts)
                {
                    if (_hostIndex.TryGetValue(h, out var i))
                    {
                        Add(i);
                    }
                }

                foreach (var c in level.Group.Children)
                {
                    Visit(c);
                }
            }
        }

        Visit(group);
        list.Sort();
        var result = new GroupMembers(list.ToArray(), set);
        lock (_members)
        {
            _members[group] = result;
        }

        return result;
    }

    /// <summary>The member names of a group, in inventory order (see <see cref="Members"/>).</summary>
    /// <param name="group">Group name.</param>
    public IReadOnlyList<string> MemberNames(string group)
    {
        lock (_memberNames)
        {
            if (_memberNames.TryGetValue(group, out var names))
            {
                return names;
            }
        }

        var result = Members(group).Indexes.Select(i => HostNames[i]).ToArray();
        lock (_memberNames)
        {
            _memberNames[group] = result;
        }

        return result;
    }

    /// <summary>True when a host has a variable of this name in its own vars.</summary>
    /// <param name="host">Host index.</param>
    /// <param name="name">Variable name.</param>
    public bool HostDefines(int host, string name)
    {
        var vars = _cluster.Hosts[host].Vars;
        if (vars.Options.Find(name) is not null)
        {
            return true;
        }

        foreach (var r in vars.Extra)
        {
            if (r.Name == name)
            {
                return true;
            }
        }

        return false;
    }

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

        var partition = Merged(group, members, options);
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

    // Chains that order the groups defining these options the same way resolve them the same way: merge their hosts.
    // The result depends only on which groups define any of the options, so it is cached by that set: most rules read
    // options no group sets, and they all share one single-class answer per group.
    private List<KeyValuePair<int, int[]>> Merged(string group, GroupMembers members, IReadOnlyList<CalicoOption> options)
    {
        var partition = Partition(group, members);
        if (partition.Count <= 1)
        {
            return partition;
        }

        // The groups that set any of the options, in id order; the answer depends on nothing else.
        var ids = new List<int>();
        foreach (var o in options)
        {
            foreach (var id in GroupsMentioning(o.Name))
            {
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
        }

        if (ids.Count == 0)
        {
            // No group sets any of them: every host sees the same values (the cluster-wide ones).
            return Whole(group, members, partition);
        }

        ids.Sort();
        var key = group + "\u0001" + string.Join(",", ids);
        lock (_merged)
        {
            if (_merged.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        // Bit b of a chain's signature: the chain holds the b-th of these groups. A group that holds every member (all,
        // usually k8s_cluster) is in every chain and tells no chain apart, so it gets no bit.
        var bit = new Dictionary<int, int>();
        foreach (var id in ids)
        {
            if (!Covers(id, members))
            {
                bit[id] = bit.Count;
            }
        }

        // Signatures per chain first (all equal when no group got a bit); hosts are gathered only when chains differ.
        List<KeyValuePair<int, int[]>> result;
        var bySignature = new Dictionary<string, int>(StringComparer.Ordinal);
        var signatureOf = new int[partition.Count];
        var signature = new char[(bit.Count + 15) / 16];
        for (var k = 0; k < partition.Count; k++)
        {
            Array.Clear(signature, 0, signature.Length);
            foreach (var level in _chains[partition[k].Key])
            {
                if (bit.TryGetValue(level.Id, out var b))
                {
                    signature[b / 16] |= (char)(1 << (b % 16));
                }
            }

            var sig = new string(signature);
            if (!bySignature.TryGetValue(sig, out var index))
            {
                index = bySignature.Count;
                bySignature[sig] = index;
            }

            signatureOf[k] = index;
        }

        if (bySignature.Count == 1)
        {
            result = Whole(group, members, partition);
        }
        else
        {
            var chains = new int[bySignature.Count];
            var hosts = new List<int>[bySignature.Count];
            for (var k = 0; k < partition.Count; k++)
            {
                var index = signatureOf[k];
                if (hosts[index] is null)
                {
                    chains[index] = partition[k].Key;
                    hosts[index] = [];
                }

                hosts[index].AddRange(partition[k].Value);
            }

            result = new List<KeyValuePair<int, int[]>>(hosts.Length);
            for (var index = 0; index < hosts.Length; index++)
            {
                hosts[index].Sort();
                result.Add(new KeyValuePair<int, int[]>(chains[index], hosts[index].ToArray()));
            }

            result.Sort((a, b) => a.Value[0].CompareTo(b.Value[0]));
        }

        lock (_merged)
        {
            _merged[key] = result;
        }

        return result;
    }

    private bool Covers(int groupId, GroupMembers members)
    {
        var group = Members(_groupLevels[groupId].Group.Name);
        foreach (var h in members.Indexes)
        {
            if (!group.Contains(h))
            {
                return false;
            }
        }

        return true;
    }

    // The single class of every member of a group, represented by its first chain.
    private List<KeyValuePair<int, int[]>> Whole(string group, GroupMembers members, List<KeyValuePair<int, int[]>> partition)
    {
        lock (_whole)
        {
            if (!_whole.TryGetValue(group, out var whole))
            {
                _whole[group] = whole = [new KeyValuePair<int, int[]>(partition[0].Key, members.Indexes)];
            }

            return whole;
        }
    }

    /// <summary>The ids of the groups that set a variable (typed or verbatim), in group order.</summary>
    private IReadOnlyList<int> GroupsMentioning(string name) => _mentions.TryGetValue(name, out var ids) ? ids : [];

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
        var cache = Volatile.Read(ref _chainCache[chain]);
        if (cache is null)
        {
            Interlocked.CompareExchange(ref _chainCache[chain], new DefinedValue?[CalicoOptions.All.Count], null);
            cache = _chainCache[chain]!;
        }

        var slot = option.Index;
        if (slot >= 0 && slot < cache.Length && Volatile.Read(ref cache[slot]) is { } hit)
        {
            return hit;
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
        if (slot >= 0 && slot < cache.Length)
        {
            // Racing threads compute equal values; either may win.
            Volatile.Write(ref cache[slot], winner);
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
            HostLevel(host).AddAll(option, list);
        }

        return list;
    }

    /// <summary>Every place the inventory sets an option, cluster-wide groups first, then other groups, then hosts.</summary>
    /// <param name="option">The option.</param>
    /// <param name="clusterOnly">Only the cluster-wide groups (when the hosts and groups are not known).</param>
    public IReadOnlyList<DefinedValue> Definitions(CalicoOption option, bool clusterOnly)
    {
        // Most options are set nowhere: no group and no host names them.
        var setting = GroupsMentioning(option.Name);
        _definers.TryGetValue(option.Name, out var definers);
        if (setting.Count == 0 && (clusterOnly || definers is null))
        {
            return [];
        }

        var list = new List<DefinedValue>();
        foreach (var level in _clusterChain)
        {
            level.AddAll(option, list);
        }

        if (clusterOnly)
        {
            return list;
        }

        var k8s = Members(KubesprayGroups.K8sCluster);
        foreach (var id in setting)
        {
            var level = _groupLevels[id];
            if (level.Owner == DefinitionOwner.Cluster)
            {
                continue;
            }

            // A group whose hosts are all outside k8s_cluster never feeds Calico.
            if (!Members(level.Group.Name).Indexes.Any(i => k8s.Contains(i)))
            {
                continue;
            }

            level.AddAll(option, list);
        }

        if (definers is not null)
        {
            foreach (var i in definers)
            {
                if (k8s.Contains(i))
                {
                    HostLevel(i).AddAll(option, list);
                }
            }
        }

        return list;
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


    private Level HostLevel(int host)
    {
        if (_hostLevels[host] is { } cached)
        {
            return cached;
        }

        var h = _cluster.Hosts[host];
        var level = new Level(-1 - host, new InventoryGroup(h.Name, EquatableArray<string>.Empty, EquatableArray<string>.Empty, h.Vars), DefinitionOwner.Host);
        _hostLevels[host] = level;
        return level;
    }

    // Records that a host or group (by position, visited in order) sets a variable, once.
    private static void AddOnce(Dictionary<string, List<int>> index, string name, int position)
    {
        if (!index.TryGetValue(name, out var list))
        {
            list = [];
            index[name] = list;
        }

        if (list.Count == 0 || list[list.Count - 1] != position)
        {
            list.Add(position);
        }
    }

    private int AddChain(Level[] levels)
    {
        _chains.Add(levels);
        return _chains.Count - 1;
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

        public Level(int id, InventoryGroup group, DefinitionOwner owner)
        {
            Id = id;
            Group = group;
            Owner = owner;
        }

        /// <summary>The group's position in the inventory, or -1 - host for a host's own variables.</summary>
        public int Id { get; }

        public InventoryGroup Group { get; }

        public DefinitionOwner Owner { get; }

        public DefinedValue? Find(CalicoOption option, VariablePlacement placement)
        {
            if (Group.Vars.Options.Find(option.Name) is { } a && a.Placement == placement)
            {
                return new DefinedValue(option, Owner, Group.Name, a, null);
            }

            return Raw(option.Name, placement == VariablePlacement.Inventory) is { } r ? new DefinedValue(option, Owner, Group.Name, null, r) : null;
        }

        public void AddAll(CalicoOption option, List<DefinedValue> list)
        {
            foreach (var p in Placements)
            {
                if (Find(option, p) is { } d)
                {
                    list.Add(d);
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
