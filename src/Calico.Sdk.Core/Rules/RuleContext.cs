using System.Globalization;

namespace Calico.Sdk;

/// <summary>
/// What a rule's check sees: the cluster, the target Calico version, typed reads of options (cluster-wide, per host
/// and per class of hosts that see the same values) and a way to report. In partial mode (the analyzers, with only
/// some options known at compile time) a read of an unknown option ends the check, so a rule never fires on guessed
/// input; without a known topology, per-host reads fall back to the cluster-wide values.
/// </summary>
public sealed class RuleContext
{
    private const int HostsListed = 5;

    private Rule _rule;
    private readonly Func<CalicoOption, bool>? _isKnown;
    private readonly bool _topologyKnown;
    // Most rules report nothing: the collections are created on the first report.
    private List<Pending>? _pending;
    private Dictionary<string, Pending>? _pendingByKey;
    private readonly CalicoVersion _version;
    private HostIndex? _index;

    internal RuleContext(CalicoCluster cluster, Rule rule, CalicoVersion version, Func<CalicoOption, bool>? isKnown, bool topologyKnown)
    {
        Cluster = cluster;
        _rule = rule;
        _version = version;
        _isKnown = isKnown;
        _topologyKnown = topologyKnown;
    }

    /// <summary>The cluster under validation.</summary>
    public CalicoCluster Cluster { get; }

    // One context serves every rule of a validation run (the cluster's index is looked up once): the next rule starts
    // with nothing pending.
    internal void Begin(Rule rule)
    {
        _rule = rule;
        _pending?.Clear();
        _pendingByKey?.Clear();
    }

    /// <summary>The target Calico version. In partial mode, reading it while <c>calico_version</c> is not known skips the rule.</summary>
    public CalicoVersion Version
    {
        get
        {
            Require(CalicoOptions.CalicoVersion);
            return _version;
        }
    }

    /// <summary>The rule being evaluated.</summary>
    public Rule Rule => _rule;

    /// <summary>True when the hosts and groups are known (always, except in partial mode for the analyzers).</summary>
    public bool TopologyKnown => _topologyKnown;

    /// <summary>The hosts in inventory order (reading them requires a known topology in partial mode).</summary>
    public IReadOnlyList<InventoryHost> Hosts
    {
        get
        {
            RequireTopology();
            return Cluster.Hosts;
        }
    }

    private HostIndex Index => _index ??= HostIndex.For(Cluster);

    /// <summary>Hosts of a group, in inventory order (see <see cref="CalicoCluster.HostsOf"/>).</summary>
    /// <param name="group">Group name.</param>
    public IReadOnlyList<string> HostsOf(string group)
    {
        RequireTopology();
        return Index.MemberNames(group);
    }

    /// <summary>The number of hosts in a group.</summary>
    /// <param name="group">Group name.</param>
    public int CountOf(string group)
    {
        RequireTopology();
        return Index.Members(group).Count;
    }

    /// <summary>True when a host is in a group (directly, through children, legacy names or Kubespray's computed <c>k8s_cluster</c>). Constant time.</summary>
    /// <param name="host">Inventory hostname.</param>
    /// <param name="group">Group name.</param>
    public bool IsInGroup(string host, string group)
    {
        RequireTopology();
        return Index.Members(group).Contains(Index.IndexOf(host));
    }

    /// <summary>The roles of a host, from its groups. Constant time.</summary>
    /// <param name="host">Inventory hostname.</param>
    public NodeRoles RolesOf(string host)
    {
        RequireTopology();
        var i = Index.IndexOf(host);
        var roles = NodeRoles.None;
        roles |= Index.Members(KubesprayGroups.ControlPlane).Contains(i) ? NodeRoles.ControlPlane : NodeRoles.None;
        roles |= Index.Members(KubesprayGroups.Etcd).Contains(i) ? NodeRoles.Etcd : NodeRoles.None;
        roles |= Index.Members(KubesprayGroups.KubeNode).Contains(i) ? NodeRoles.Worker : NodeRoles.None;
        roles |= Index.Members(KubesprayGroups.CalicoRr).Contains(i) ? NodeRoles.RouteReflector : NodeRoles.None;
        return roles;
    }

    /// <summary>The first host of <c>kube_control_plane</c> ("cp0"), which runs every cluster-level Calico change; null when the group is empty.</summary>
    public string? FirstControlPlane
    {
        get
        {
            var cp = HostsOf(KubesprayGroups.ControlPlane);
            return cp.Count > 0 ? cp[0] : null;
        }
    }

    /// <summary>The cluster-wide value of an option (set, else Kubespray's default).</summary>
    /// <typeparam name="T">Value type.</typeparam>
    /// <param name="option">The option.</param>
    public T Get<T>(CalicoOption<T> option)
        where T : notnull
    {
        Require(option);
        return Cluster.Get(option);
    }

    /// <summary>The cluster-wide value when the inventory sets it.</summary>
    /// <typeparam name="T">Value type.</typeparam>
    /// <param name="option">The option.</param>
    /// <param name="value">The value.</param>
    public bool TryGet<T>(CalicoOption<T> option, out T value)
        where T : notnull
    {
        Require(option);
        return Cluster.TryGet(option, out value);
    }

    /// <summary>True when the inventory sets the option cluster-wide.</summary>
    /// <param name="option">The option.</param>
    public bool IsSet(CalicoOption option)
    {
        Require(option);
        return Cluster.ClusterOptions.Contains(option);
    }

    /// <summary>The cluster-wide definition of an option: the typed or unreadable value that <c>group_vars/all</c> and <c>group_vars/k8s_cluster</c> give, or the default.</summary>
    /// <param name="option">The option.</param>
    public DefinedValue Find(CalicoOption option)
    {
        Require(option);
        return Index.ResolveChain(Index.ClusterChain, option);
    }

    /// <summary>The definition a host sees (host vars, group vars or cluster vars, with Ansible's precedence), or the default.</summary>
    /// <param name="host">Inventory hostname.</param>
    /// <param name="option">The option.</param>
    public DefinedValue FindForHost(string host, CalicoOption option)
    {
        Require(option);
        RequireTopology();
        var i = Index.IndexOf(host);
        return i < 0 ? DefinedValue.Default(option) : Index.ResolveHost(i, option);
    }

    /// <summary>The value a host sees, when set for it (host vars, group vars or cluster vars).</summary>
    /// <typeparam name="T">Value type.</typeparam>
    /// <param name="host">Inventory hostname.</param>
    /// <param name="option">The option.</param>
    /// <param name="value">The value.</param>
    public bool TryGetForHost<T>(string host, CalicoOption<T> option, out T value)
        where T : notnull
    {
        if (FindForHost(host, option).Assignment is { } a)
        {
            value = (T)a.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>The value a host sees (else Kubespray's default).</summary>
    /// <typeparam name="T">Value type.</typeparam>
    /// <param name="host">Inventory hostname.</param>
    /// <param name="option">The option.</param>
    public T GetForHost<T>(string host, CalicoOption<T> option)
        where T : notnull => TryGetForHost(host, option, out var v) ? v : option.Default!;

    /// <summary>
    /// Every place the inventory sets an option (typed or kept verbatim): the cluster-wide groups, then other groups
    /// and hosts that feed <c>k8s_cluster</c> hosts. Without a known topology, only the cluster-wide groups.
    /// </summary>
    /// <param name="option">The option.</param>
    public IEnumerable<DefinedValue> Definitions(CalicoOption option)
    {
        Require(option);
        return Index.Definitions(option, clusterOnly: !_topologyKnown);
    }

    /// <summary>
    /// The hosts of a group split into classes that see the same values of <paramref name="options"/>. A rule that
    /// evaluates each class checks every host at the cost of a few classes. Without a known topology (partial mode),
    /// one class holding the cluster-wide values and no host names.
    /// </summary>
    /// <param name="group">The group whose hosts to evaluate, usually <c>k8s_cluster</c>.</param>
    /// <param name="options">Every option the caller reads through the classes.</param>
    public IReadOnlyList<HostClass> HostClasses(string group, params CalicoOption[] options)
    {
        foreach (var o in options)
        {
            Require(o);
        }

        if (!_topologyKnown)
        {
            return [new HostClass(this, Index, Index.ClusterChain, [], 0, options)];
        }

        var index = Index;
        var total = index.Members(group).Count;
        var classes = index.Classes(group, options);
        var result = new HostClass[classes.Count];
        for (var i = 0; i < classes.Count; i++)
        {
            result[i] = new HostClass(this, index, classes[i].Key, classes[i].Value, total, options);
        }

        return result;
    }

    /// <summary>Every definition of an option a host sees, lowest precedence first: the last one wins, the others are replaced (Ansible merges no lists or maps by default).</summary>
    /// <param name="host">Inventory hostname.</param>
    /// <param name="option">The option.</param>
    public IReadOnlyList<DefinedValue> DefinitionsForHost(string host, CalicoOption option)
    {
        Require(option);
        RequireTopology();
        var i = Index.IndexOf(host);
        return i < 0 ? [] : Index.Stack(i, option);
    }

    /// <summary>A variable that is not a catalog option (such as a host fact <c>ansible_kernel</c> or <c>cloud_provider</c>) as a host sees it; null when unset.</summary>
    /// <param name="host">Inventory hostname.</param>
    /// <param name="name">Variable name.</param>
    public RawVariable? RawVariable(string host, string name)
    {
        RequireTopology();
        var i = Index.IndexOf(host);
        return i < 0 ? null : Index.RawFor(i, name);
    }

    /// <summary>A variable that is not a catalog option, as the cluster-wide groups set it; null when unset. Reading it requires a known inventory.</summary>
    /// <param name="name">Variable name.</param>
    public RawVariable? ClusterRawVariable(string name)
    {
        RequireTopology();
        return Index.RawFor(-1, name);
    }

    /// <summary>Where a cluster-wide option was set (its file location), when known.</summary>
    /// <param name="option">The option.</param>
    public SourceLocation? LocationOf(CalicoOption option) => Index.ResolveChain(Index.ClusterChain, option).Location;

    /// <summary>Where a host's value of an option was set, when known.</summary>
    /// <param name="host">Inventory hostname.</param>
    /// <param name="option">The option.</param>
    public SourceLocation? LocationOf(string host, CalicoOption option)
    {
        var i = Index.IndexOf(host);
        return i < 0 ? null : Index.ResolveHost(i, option).Location;
    }

    /// <summary>Reports a finding with the rule's code, message template and hint.</summary>
    /// <param name="path">Option path (<c>calico_ipip_mode</c>, <c>hosts[rr0].cluster_id</c>).</param>
    /// <param name="location">File location, when the value came from a file.</param>
    /// <param name="args">Values for the message template.</param>
    public void Report(string path, SourceLocation? location, params object?[] args) =>
        Emit(path, location, null, null, null, args, null, 0);

    /// <summary>Reports at a cluster-wide option, located where it was set.</summary>
    /// <param name="option">The option the finding is about.</param>
    /// <param name="args">Values for the message template.</param>
    public void Report(CalicoOption option, params object?[] args) => Report(option.Name, LocationOf(option), args);

    /// <summary>Reports at a definition: its option path and file location.</summary>
    /// <param name="at">The definition the finding is about.</param>
    /// <param name="args">Values for the message template.</param>
    public void Report(DefinedValue at, params object?[] args) => Emit(at.Path, at.Location, null, null, null, args, null, 0);

    /// <summary>Reports with a custom hint (for hints that depend on the values, such as a computed replica count).</summary>
    /// <param name="path">Option path.</param>
    /// <param name="location">File location.</param>
    /// <param name="hint">The hint.</param>
    /// <param name="args">Values for the message template.</param>
    public void ReportWithHint(string path, SourceLocation? location, string hint, params object?[] args) =>
        Emit(path, location, null, hint, null, args, null, 0);

    /// <summary>Reports with every detail chosen by the check.</summary>
    /// <param name="path">Option path.</param>
    /// <param name="location">File location.</param>
    /// <param name="severity">Severity; null for the rule's.</param>
    /// <param name="hint">Hint; null for the rule's.</param>
    /// <param name="note">A sentence appended to the message (such as why the severity changed); null for none.</param>
    /// <param name="args">Values for the message template.</param>
    public void ReportDetailed(string path, SourceLocation? location, FindingSeverity? severity, string? hint, string? note, params object?[] args) =>
        Emit(path, location, severity, hint, note, args, null, 0);

    internal void Emit(string path, SourceLocation? location, FindingSeverity? severity, string? hint, string? note, object?[] args, int[]? hosts, int total)
    {
        var message = Format(_rule.MessageFormat, args);
        if (note is not null)
        {
            message += "; " + note;
        }

        var sev = severity ?? _rule.Descriptor.Severity;
        var key = string.Join("\u0001", path, location?.ToString() ?? string.Empty, message, hint ?? string.Empty, ((int)sev).ToString(CultureInfo.InvariantCulture));
        _pendingByKey ??= new Dictionary<string, Pending>(StringComparer.Ordinal);
        if (!_pendingByKey.TryGetValue(key, out var p))
        {
            p = new Pending(path, location, sev, message, hint ?? _rule.Hint, total);
            _pendingByKey[key] = p;
            (_pending ??= []).Add(p);
        }

        if (hosts is not null)
        {
            (p.Hosts ??= []).AddRange(hosts);
        }
        else
        {
            p.Unscoped = true;
        }
    }

    /// <summary>Turns the reports into findings; hosts are named when a cluster-wide value is wrong for only some of them.</summary>
    internal void Flush(ICollection<Finding> sink)
    {
        if (_pending is null)
        {
            return;
        }

        foreach (var p in _pending)
        {
            var message = p.Message;
            if (!p.Unscoped && p.Hosts is { Count: > 0 } hosts && !p.Path.StartsWith("hosts[", StringComparison.Ordinal))
            {
                // Host positions, sorted and without repeats (a sort, not LINQ over int: no generic code to compile for it).
                var positions = hosts.ToArray();
                Array.Sort(positions);
                var names = new List<string>(positions.Length);
                for (var i = 0; i < positions.Length; i++)
                {
                    if (i == 0 || positions[i] != positions[i - 1])
                    {
                        names.Add(Index.HostNames[positions[i]]);
                    }
                }

                if (names.Count < p.Total)
                {
                    message += " (on " + DescribeHosts(names) + ")";
                }
            }

            sink.Add(new Finding(_rule.Code, p.Severity, p.Path, message, p.Hint, p.Location));
        }

        _pending.Clear();
        _pendingByKey!.Clear();
    }

    /// <summary>"host a", "hosts a, b and c", "hosts a, b, c, d, e and 12 more".</summary>
    /// <param name="hosts">Host names.</param>
    public static string DescribeHosts(IReadOnlyList<string> hosts)
    {
        if (hosts.Count == 1)
        {
            return "host " + hosts[0];
        }

        if (hosts.Count <= HostsListed)
        {
            return "hosts " + string.Join(", ", hosts.Take(hosts.Count - 1)) + " and " + hosts[hosts.Count - 1];
        }

        return "hosts " + string.Join(", ", hosts.Take(HostsListed)) + $" and {hosts.Count - HostsListed} more";
    }

    /// <summary>False in partial mode for an option whose value is not known at compile time (a rule then says nothing about it).</summary>
    /// <param name="option">The option.</param>
    internal bool Knows(CalicoOption option) => _isKnown is null || _isKnown(option);

    internal void Require(CalicoOption option)
    {
        if (_isKnown is not null && !_isKnown(option))
        {
            throw new UnknownInputException(option.Name);
        }
    }

    internal void RequireTopology()
    {
        if (!_topologyKnown)
        {
            throw new UnknownInputException("hosts");
        }
    }

    private static string Format(string template, object?[] args) =>
        args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args.Select(Describe).ToArray());

    private static object Describe(object? value) => value switch
    {
        null => "(unset)",
        DefinedValue d => d.Describe(),
        InventoryValue v => v.Describe(),
        string s => s,
        System.Collections.IEnumerable e => "[" + string.Join(", ", e.Cast<object?>().Select(Describe)) + "]",
        _ => value,
    };

    private sealed class Pending(string path, SourceLocation? location, FindingSeverity severity, string message, string hint, int total)
    {
        public string Path { get; } = path;

        public SourceLocation? Location { get; } = location;

        public FindingSeverity Severity { get; } = severity;

        public string Message { get; } = message;

        public string Hint { get; } = hint;

        public int Total { get; } = total;

        public List<int>? Hosts { get; set; }

        public bool Unscoped { get; set; }
    }
}

/// <summary>
/// Hosts that see the same values of the options a rule reads (same groups, no host variable of those options, or
/// one host with its own value). A rule evaluates the class once and reports for all of its hosts.
/// </summary>
public sealed class HostClass
{
    private readonly RuleContext _ctx;
    private readonly HostIndex _index;
    private readonly int _chain;
    private readonly int[] _hosts;
    private readonly int _total;
    private readonly CalicoOption[] _options;

    internal HostClass(RuleContext ctx, HostIndex index, int chain, int[] hosts, int total, CalicoOption[] options)
    {
        _ctx = ctx;
        _index = index;
        _chain = chain;
        _hosts = hosts;
        _total = total;
        _options = options;
    }

    /// <summary>The hosts of the class, in inventory order; empty in partial mode without a known topology.</summary>
    public IReadOnlyList<string> Hosts => _hosts.Select(h => _index.HostNames[h]).ToList();

    /// <summary>The number of hosts (0 in partial mode without a known topology).</summary>
    public int Count => _hosts.Length;

    /// <summary>The first host of the class, or null in partial mode.</summary>
    public string? FirstHost => _hosts.Length > 0 ? _index.HostNames[_hosts[0]] : null;

    /// <summary>The definition these hosts see.</summary>
    /// <param name="option">One of the options the class was made for.</param>
    /// <exception cref="InvalidOperationException">The option is not one the class was made for (a bug in the rule).</exception>
    public DefinedValue Find(CalicoOption option)
    {
        if (Array.IndexOf(_options, option) < 0)
        {
            throw new InvalidOperationException($"{option.Name} was not passed to HostClasses, so hosts of this class may see different values of it");
        }

        return _chain >= 0 ? _index.ResolveChain(_chain, option) : _index.ResolveHost(-1 - _chain, option);
    }

    /// <summary>The typed value these hosts see, else Kubespray's default (also when the value could not be read).</summary>
    /// <typeparam name="T">Value type.</typeparam>
    /// <param name="option">The option.</param>
    public T Get<T>(CalicoOption<T> option)
        where T : notnull => TryGet(option, out var v) ? v : option.Default!;

    /// <summary>The typed value when the inventory sets a readable one for these hosts.</summary>
    /// <typeparam name="T">Value type.</typeparam>
    /// <param name="option">The option.</param>
    /// <param name="value">The value.</param>
    public bool TryGet<T>(CalicoOption<T> option, out T value)
        where T : notnull
    {
        if (Find(option).Assignment is { } a)
        {
            value = (T)a.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>True when the inventory defines the option for these hosts (readable or not).</summary>
    /// <param name="option">The option.</param>
    public bool IsDefined(CalicoOption option) => Find(option).IsSet;

    /// <summary>Reports at the definition of <paramref name="at"/> these hosts see.</summary>
    /// <param name="at">The option the finding is about.</param>
    /// <param name="args">Values for the message template.</param>
    public void Report(CalicoOption at, params object?[] args) => ReportDetailed(Find(at), null, null, null, args);

    /// <summary>Reports at the most specific definition among <paramref name="candidates"/> (host over group over cluster; the first on a tie).</summary>
    /// <param name="candidates">Options the finding could be about.</param>
    /// <param name="args">Values for the message template.</param>
    public void ReportAtMostSpecific(CalicoOption[] candidates, params object?[] args) => ReportDetailed(MostSpecific(candidates), null, null, null, args);

    /// <summary>The most specific definition among <paramref name="candidates"/>.</summary>
    /// <param name="candidates">Options.</param>
    public DefinedValue MostSpecific(params CalicoOption[] candidates)
    {
        var best = Find(candidates[0]);
        foreach (var c in candidates.Skip(1))
        {
            var d = Find(c);
            if (d.Specificity > best.Specificity)
            {
                best = d;
            }
        }

        return best;
    }

    /// <summary>Reports with every detail chosen by the check.</summary>
    /// <param name="at">The definition the finding is about.</param>
    /// <param name="severity">Severity; null for the rule's.</param>
    /// <param name="hint">Hint; null for the rule's.</param>
    /// <param name="note">Appended to the message; null for none.</param>
    /// <param name="args">Values for the message template.</param>
    public void ReportDetailed(DefinedValue at, FindingSeverity? severity, string? hint, string? note, params object?[] args) =>
        _ctx.Emit(at.Path, at.Location, severity, hint, note, args, at.Owner == DefinitionOwner.Host ? null : _hosts, _total);

    /// <summary>Reports for some hosts of the class only (the message names them when the definition is not a host's own).</summary>
    /// <param name="hosts">The hosts concerned, from <see cref="Hosts"/>.</param>
    /// <param name="at">The definition the finding is about.</param>
    /// <param name="severity">Severity; null for the rule's.</param>
    /// <param name="hint">Hint; null for the rule's.</param>
    /// <param name="note">Appended to the message; null for none.</param>
    /// <param name="args">Values for the message template.</param>
    public void ReportForHosts(IEnumerable<string> hosts, DefinedValue at, FindingSeverity? severity, string? hint, string? note, params object?[] args) =>
        _ctx.Emit(at.Path, at.Location, severity, hint, note, args, at.Owner == DefinitionOwner.Host ? null : hosts.Select(_index.IndexOf).Where(i => i >= 0).ToArray(), _total);
}

/// <summary>Thrown inside a check, in partial mode, when it reads something not known; the validator skips the rule.</summary>
internal sealed class UnknownInputException(string what) : Exception($"'{what}' is not known")
{
    public string What { get; } = what;
}
