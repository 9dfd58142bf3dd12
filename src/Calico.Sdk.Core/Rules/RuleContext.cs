using System.Globalization;

namespace Calico.Sdk;

/// <summary>
/// What a rule's check sees: the cluster, the target Calico version, typed reads of options (cluster-wide and per
/// host) and a way to report. In partial mode (the analyzers, with only some options known at compile time) a read
/// of an unknown option ends the check silently, so a rule never fires on guessed input.
/// </summary>
public sealed class RuleContext
{
    private readonly Rule _rule;
    private readonly ICollection<Finding> _sink;
    private readonly Func<CalicoOption, bool>? _isKnown;
    private readonly bool _topologyKnown;

    internal RuleContext(CalicoCluster cluster, Rule rule, CalicoVersion version, ICollection<Finding> sink, Func<CalicoOption, bool>? isKnown, bool topologyKnown)
    {
        Cluster = cluster;
        _rule = rule;
        Version = version;
        _sink = sink;
        _isKnown = isKnown;
        _topologyKnown = topologyKnown;
    }

    /// <summary>The cluster under validation.</summary>
    public CalicoCluster Cluster { get; }

    /// <summary>The target Calico version.</summary>
    public CalicoVersion Version { get; }

    /// <summary>The hosts in inventory order (reading them requires a known topology in partial mode).</summary>
    public IReadOnlyList<InventoryHost> Hosts
    {
        get
        {
            RequireTopology();
            return Cluster.Hosts;
        }
    }

    /// <summary>Hosts of a group (see <see cref="CalicoCluster.HostsOf"/>).</summary>
    /// <param name="group">Group name.</param>
    public IReadOnlyList<string> HostsOf(string group)
    {
        RequireTopology();
        return Cluster.HostsOf(group);
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

    /// <summary>The value a host sees, when set for it (host vars, group vars or cluster vars).</summary>
    /// <typeparam name="T">Value type.</typeparam>
    /// <param name="host">Inventory hostname.</param>
    /// <param name="option">The option.</param>
    /// <param name="value">The value.</param>
    public bool TryGetForHost<T>(string host, CalicoOption<T> option, out T value)
        where T : notnull
    {
        Require(option);
        RequireTopology();
        return Cluster.TryGetForHost(host, option, out value);
    }

    /// <summary>The value a host sees (else Kubespray's default).</summary>
    /// <typeparam name="T">Value type.</typeparam>
    /// <param name="host">Inventory hostname.</param>
    /// <param name="option">The option.</param>
    public T GetForHost<T>(string host, CalicoOption<T> option)
        where T : notnull
    {
        Require(option);
        RequireTopology();
        return Cluster.GetForHost(host, option);
    }

    /// <summary>Where a cluster-wide option was set (its file location), when known.</summary>
    /// <param name="option">The option.</param>
    public SourceLocation? LocationOf(CalicoOption option) => Cluster.ClusterOptions.Find(option.Name)?.Source?.Location;

    /// <summary>Where a host's value of an option was set, when known.</summary>
    /// <param name="host">Inventory hostname.</param>
    /// <param name="option">The option.</param>
    public SourceLocation? LocationOf(string host, CalicoOption option) => Cluster.FindForHost(host, option)?.Assignment.Source?.Location;

    /// <summary>Reports a finding with the rule's code, message template and hint.</summary>
    /// <param name="path">Option path (<c>calico_ipip_mode</c>, <c>hosts[rr0].cluster_id</c>).</param>
    /// <param name="location">File location, when the value came from a file.</param>
    /// <param name="args">Values for the message template.</param>
    public void Report(string path, SourceLocation? location, params object?[] args) =>
        _sink.Add(new Finding(_rule.Code, _rule.Descriptor.Severity, path, Format(_rule.MessageFormat, args), _rule.Hint, location));

    /// <summary>Reports at a cluster-wide option, located where it was set.</summary>
    /// <param name="option">The option the finding is about.</param>
    /// <param name="args">Values for the message template.</param>
    public void Report(CalicoOption option, params object?[] args) => Report(option.Name, LocationOf(option), args);

    /// <summary>Reports with a custom hint (for hints that depend on the values, such as a computed replica count).</summary>
    /// <param name="path">Option path.</param>
    /// <param name="location">File location.</param>
    /// <param name="hint">The hint.</param>
    /// <param name="args">Values for the message template.</param>
    public void ReportWithHint(string path, SourceLocation? location, string hint, params object?[] args) =>
        _sink.Add(new Finding(_rule.Code, _rule.Descriptor.Severity, path, Format(_rule.MessageFormat, args), hint, location));

    private static string Format(string template, object?[] args) =>
        args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args.Select(Describe).ToArray());

    private static object Describe(object? value) => value switch
    {
        null => "(unset)",
        System.Collections.IEnumerable e and not string => "[" + string.Join(", ", e.Cast<object?>().Select(Describe)) + "]",
        _ => value,
    };

    private void Require(CalicoOption option)
    {
        if (_isKnown is not null && !_isKnown(option))
        {
            throw new UnknownInputException(option.Name);
        }
    }

    private void RequireTopology()
    {
        if (!_topologyKnown)
        {
            throw new UnknownInputException("hosts");
        }
    }
}

/// <summary>Thrown inside a check, in partial mode, when it reads something not known; the validator skips the rule.</summary>
internal sealed class UnknownInputException(string what) : Exception($"'{what}' is not known")
{
}
