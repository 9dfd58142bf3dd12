namespace Calico.Sdk;

/// <summary>Choices for a validation run.</summary>
public sealed record ValidationOptions
{
    /// <summary>The Calico version the cluster will run. Default: the version Kubespray pins (3.31.7),
    /// or the cluster's <c>calico_version</c> when it sets one.</summary>
    public CalicoVersion? CalicoVersion { get; init; }

    /// <summary>Codes to leave out (such as <c>CAL4010</c>).</summary>
    public IReadOnlyCollection<string> Suppress { get; init; } = [];
}

/// <summary>All findings of one validation run, sorted.</summary>
public sealed class ValidationReport
{
    internal ValidationReport(IReadOnlyList<Finding> findings, CalicoVersion version)
    {
        Findings = findings;
        CalicoVersion = version;
    }

    /// <summary>Every finding, sorted by location, code and path.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The Calico version the rules were evaluated for.</summary>
    public CalicoVersion CalicoVersion { get; }

    /// <summary>True when a finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);

    /// <summary>The error findings.</summary>
    public IEnumerable<Finding> Errors => Findings.Where(f => f.Severity == FindingSeverity.Error);

    /// <summary>The findings with a given code.</summary>
    /// <param name="code">Such as <c>CAL2001</c>.</param>
    public IEnumerable<Finding> WithCode(string code) => Findings.Where(f => f.Code == code);
}

/// <summary>Runs every rule of the catalog over a cluster and reports all findings at once. Never throws on bad values.</summary>
public static class CalicoValidator
{
    /// <summary>Code reported when a rule itself fails; a bug in Calico.Sdk, not in the input.</summary>
    public static readonly FindingDescriptor RuleFailure = new("CAL0999", FindingSeverity.Warning, "A rule could not be evaluated", "Internal");

    /// <summary>Validates a cluster.</summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="options">Version and suppressions.</param>
    public static ValidationReport Validate(CalicoCluster cluster, ValidationOptions? options = null) =>
        Run(cluster, options, rules: null, isKnown: null, topologyKnown: true);

    /// <summary>
    /// Validates a partially known cluster (what the analyzers know at compile time): a rule that reads an option for
    /// which <paramref name="isKnown"/> is false, or the hosts while <paramref name="topologyKnown"/> is false, is skipped.
    /// </summary>
    /// <param name="cluster">The cluster with the known values.</param>
    /// <param name="isKnown">Which options are known.</param>
    /// <param name="topologyKnown">Whether the hosts and groups are known.</param>
    /// <param name="options">Version and suppressions.</param>
    /// <param name="rules">The rules to run; default every rule.</param>
    public static ValidationReport ValidatePartial(CalicoCluster cluster, Func<CalicoOption, bool> isKnown, bool topologyKnown, ValidationOptions? options = null, IEnumerable<Rule>? rules = null) =>
        Run(cluster, options, rules, isKnown, topologyKnown);

    private static ValidationReport Run(CalicoCluster cluster, ValidationOptions? options, IEnumerable<Rule>? rules, Func<CalicoOption, bool>? isKnown, bool topologyKnown)
    {
        options ??= new ValidationOptions();
        var version = options.CalicoVersion ?? TargetVersion(cluster);
        var suppress = new HashSet<string>(options.Suppress, StringComparer.Ordinal);
        var findings = new List<Finding>();
        foreach (var rule in rules ?? CalicoRules.All)
        {
            if (suppress.Contains(rule.Code) || !rule.AppliesTo(version))
            {
                continue;
            }

            var produced = new List<Finding>();
            try
            {
                rule.Check(new RuleContext(cluster, rule, version, produced, isKnown, topologyKnown));
            }
            catch (UnknownInputException)
            {
                continue;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                produced.Add(RuleFailure.Create(rule.Code, $"rule {rule.Code} failed: {ex.GetType().Name}: {ex.Message}", "report this as a Calico.Sdk bug"));
            }

            findings.AddRange(produced);
        }

        findings.Sort(FindingComparer.Instance);
        return new ValidationReport(findings, version);
    }

    /// <summary>The Calico version a cluster targets: its <c>calico_version</c> when set and valid, else Kubespray's pin.</summary>
    /// <param name="cluster">The cluster.</param>
    public static CalicoVersion TargetVersion(CalicoCluster cluster)
    {
        var option = CalicoOptions.Find("calico_version");
        if (option is not null && cluster.ClusterOptions.Find(option.Name) is { Value: string text } && Sdk.CalicoVersion.TryParse(text, out var v))
        {
            return v;
        }

        return Sdk.CalicoVersion.KubesprayDefault;
    }
}

/// <summary>Validation entry points on the model.</summary>
public static class ValidationExtensions
{
    /// <summary>Validates the cluster against every rule; reports everything at once.</summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="options">Version and suppressions.</param>
    public static ValidationReport Validate(this CalicoCluster cluster, ValidationOptions? options = null) => CalicoValidator.Validate(cluster, options);
}
