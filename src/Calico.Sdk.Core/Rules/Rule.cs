namespace Calico.Sdk;

/// <summary>Where a rule comes from.</summary>
public enum RuleSource
{
    /// <summary>An assert in Kubespray's roles (same verdict as Kubespray, checked for every host).</summary>
    KubesprayAssert,

    /// <summary>A rule Kubespray's Calico documentation states but nothing checks.</summary>
    KubesprayDocs,

    /// <summary>A rule of Calico's own API (what calicoctl or the API server would reject).</summary>
    CalicoApi,

    /// <summary>A design rule: valid input that gives a cluster that does not work as intended.</summary>
    Design,
}

/// <summary>
/// One validation rule: a stable code and the text around it, the options it reads, the Calico versions it applies
/// to, and one check function over the immutable model. The runtime validator and the analyzers run the same
/// function; the analyzers only when every option the rule reads is known at compile time.
/// </summary>
public sealed class Rule
{
    private string? _name;

    /// <summary>Creates a rule.</summary>
    /// <param name="descriptor">Code, default severity, title and category.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="messageFormat">Message template; <c>{0}</c>, <c>{1}</c> … are filled by the check.</param>
    /// <param name="hint">How to fix it.</param>
    /// <param name="reads">The options the check reads.</param>
    /// <param name="check">The check; reports through the context.</param>
    public Rule(FindingDescriptor descriptor, RuleSource source, string messageFormat, string hint, IReadOnlyList<CalicoOption> reads, Action<RuleContext> check)
    {
        Descriptor = descriptor;
        Source = source;
        MessageFormat = messageFormat;
        Hint = hint;
        Reads = reads;
        Check = check;
    }

    /// <summary>Code, default severity, title and category.</summary>
    public FindingDescriptor Descriptor { get; }

    /// <summary>The stable code, such as <c>CAL1010</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The rule's name: its field in <see cref="CalicoRules"/>, such as <c>IpipNeedsBird</c> (SARIF <c>name</c>).</summary>
    public string Name
    {
        get
        {
            if (_name is null)
            {
                _ = CalicoRules.All;
            }

            return _name ?? Code;
        }

        internal set => _name = value;
    }

    /// <summary>The documentation page, relative to the repository root: <c>docs/rules/{Code}.md</c>.</summary>
    public string HelpPath => Descriptor.HelpPath;

    /// <summary>
    /// True when the analyzers can run the rule at compile time: every option it reads can be set cluster-wide and it
    /// reads no hosts, groups or non-catalog variables, so the cluster-wide values a builder chain of constants gives
    /// are all it needs.
    /// </summary>
    public bool CompileTimeEligible => !ReadsTopology && Reads.All(o => (o.Scopes & OptionScopes.Cluster) != 0);

    /// <summary>Where the rule comes from.</summary>
    public RuleSource Source { get; }

    /// <summary>For Kubespray asserts, the reference in <c>spec/kubespray-calico.md</c> (S1–S25); null otherwise.</summary>
    public string? KubesprayReference { get; init; }

    /// <summary>Message template.</summary>
    public string MessageFormat { get; }

    /// <summary>How to fix it.</summary>
    public string Hint { get; }

    /// <summary>The options the check reads. The analyzers run a rule only when all of them are compile-time constants.</summary>
    public IReadOnlyList<CalicoOption> Reads { get; }

    /// <summary>Whether the rule also reads the inventory's hosts and groups (not only options).</summary>
    public bool ReadsTopology { get; init; }

    /// <summary>
    /// True for a catalog rule that never reports while every option it reads is at Kubespray's default, whatever the
    /// hosts (see <see cref="SilentOnlyWithoutHostsIn"/> for a condition on them); RuleDefaultsTests checks it. The
    /// validator may leave such a rule out when nothing it reads is set. Rules made elsewhere always run.
    /// </summary>
    internal bool SilentOnDefaults { get; init; }

    /// <summary>
    /// A group that must have no hosts for <see cref="SilentOnDefaults"/> to hold (<c>calico_rr</c> for rules that check
    /// route reflectors even on defaults), or null.
    /// </summary>
    internal string? SilentOnlyWithoutHostsIn { get; init; }

    /// <summary>Lowest Calico version the rule applies to (inclusive), or null.</summary>
    public CalicoVersion? MinVersion { get; init; }

    /// <summary>Version from which the rule no longer applies (exclusive), or null.</summary>
    public CalicoVersion? UntilVersion { get; init; }

    /// <summary>The check function.</summary>
    public Action<RuleContext> Check { get; }

    /// <summary>True when the rule applies to <paramref name="version"/>.</summary>
    /// <param name="version">Target Calico version.</param>
    public bool AppliesTo(CalicoVersion version) =>
        (MinVersion is not { } min || version >= min) && (UntilVersion is not { } until || version < until);

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Descriptor.Title}";
}
