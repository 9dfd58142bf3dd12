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

/// <summary>A rule that partial validation left out because it reads something not known.</summary>
/// <param name="Code">The rule's code.</param>
/// <param name="Unknown">What it read that is not known: an option name, or <c>hosts</c> for the topology.</param>
public sealed record SkippedRule(string Code, string Unknown);

/// <summary>
/// All findings of one validation run, sorted (file, line, column, code, path). Formatters (text, JSON, SARIF) and
/// the <c>lint</c> command take <see cref="Findings"/>; <see cref="WithImportFindings"/> merges what the importer
/// found into the same report.
/// </summary>
public sealed class ValidationReport
{
    /// <summary>
    /// Import codes a rule can state more precisely: a wrong type (CAL0050), a value out of range (CAL0051), a
    /// suspicious value (CAL0053) or a legacy name (CAL0056). When a rule reports at the same place, the import
    /// finding is dropped from a merged report, so one problem gives one finding.
    /// </summary>
    public static IReadOnlyCollection<string> SupersededImportCodes { get; } = ["CAL0050", "CAL0051", "CAL0053", "CAL0056"];

    internal ValidationReport(IReadOnlyList<Finding> findings, CalicoVersion version, IReadOnlyList<SkippedRule> skipped)
    {
        Findings = findings;
        CalicoVersion = version;
        Skipped = skipped;
    }

    /// <summary>Every finding, sorted by location, code and path.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The Calico version the rules were evaluated for.</summary>
    public CalicoVersion CalicoVersion { get; }

    /// <summary>Rules left out by partial validation (always empty for a full validation).</summary>
    public IReadOnlyList<SkippedRule> Skipped { get; }

    /// <summary>True when a finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);

    /// <summary>The error findings.</summary>
    public IEnumerable<Finding> Errors => Findings.Where(f => f.Severity == FindingSeverity.Error);

    /// <summary>The findings with a given code.</summary>
    /// <param name="code">Such as <c>CAL2001</c>.</param>
    public IEnumerable<Finding> WithCode(string code) => Findings.Where(f => f.Code == code);

    /// <summary>
    /// A report holding these findings and the importer's, sorted. An import finding of a code in
    /// <see cref="SupersededImportCodes"/> is left out when a rule reports at the same file location for the same
    /// variable (its path, or a path inside it such as <c>peers[1].as</c>).
    /// </summary>
    /// <param name="importFindings">Findings from reading the inventory.</param>
    public ValidationReport WithImportFindings(IEnumerable<Finding> importFindings)
    {
        var located = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in Findings)
        {
            if (f.Location is { } l)
            {
                located.Add(l + "\u0001" + f.Path);
            }
        }

        bool Superseded(Finding f) =>
            SupersededImportCodes.Contains(f.Code) && f.Location is { } l &&
            (located.Contains(l + "\u0001" + f.Path) || Findings.Any(r => r.Location == l && r.Path.StartsWith(f.Path, StringComparison.Ordinal)));

        var merged = Findings.Concat(importFindings.Where(f => !Superseded(f))).Distinct().ToList();
        merged.Sort(FindingComparer.Instance);
        return new ValidationReport(merged, CalicoVersion, Skipped);
    }
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
    /// Validates (partially when <paramref name="isKnown"/> is given) with every rule evaluated, including the rules
    /// <see cref="Validate"/> leaves out because all they read is at Kubespray's defaults. Tests compare the two to keep
    /// that shortcut exact.
    /// </summary>
    internal static ValidationReport ValidateEveryRule(CalicoCluster cluster, Func<CalicoOption, bool>? isKnown = null, bool topologyKnown = true) =>
        Run(cluster, options: null, rules: null, isKnown, topologyKnown, skipRulesOnDefaults: false);

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

    private static ValidationReport Run(CalicoCluster cluster, ValidationOptions? options, IEnumerable<Rule>? rules, Func<CalicoOption, bool>? isKnown, bool topologyKnown, bool skipRulesOnDefaults = true)
    {
        options ??= new ValidationOptions();
        var version = options.CalicoVersion ?? TargetVersion(cluster);
        // A catalog rule that is silent on Kubespray's defaults (all that reads no hosts, and the host-reading ones that
        // say so, some only while calico_rr is empty) is left out when nothing it reads is set; RuleDefaultsTests keeps
        // that exact. Raw variables (ansible_kernel, cloud_provider) and another Calico version can change a rule's
        // verdict, so they turn this off.
        var index = skipRulesOnDefaults && version == Sdk.CalicoVersion.KubesprayDefault ? HostIndex.For(cluster) : null;
        if (index is { HasRawVariables: true })
        {
            index = null;
        }

        var suppress = new HashSet<string>(options.Suppress, StringComparer.Ordinal);
        var findings = new List<Finding>();
        var skipped = new List<SkippedRule>();
        RuleContext? context = null;
        foreach (var rule in rules ?? CalicoRules.All)
        {
            if (suppress.Contains(rule.Code))
            {
                continue;
            }

            // Partial mode: which version a rule applies to is unknown while calico_version is.
            if (isKnown is not null && (rule.MinVersion is not null || rule.UntilVersion is not null) && !isKnown(CalicoOptions.CalicoVersion))
            {
                skipped.Add(new SkippedRule(rule.Code, CalicoOptions.CalicoVersion.Name));
                continue;
            }

            if (!rule.AppliesTo(version) || (index is not null && SeesOnlyDefaults(rule, index, isKnown, topologyKnown)))
            {
                continue;
            }

            if (context is null)
            {
                context = new RuleContext(cluster, rule, version, isKnown, topologyKnown);
            }
            else
            {
                context.Begin(rule);
            }

            var start = findings.Count;
            try
            {
                rule.Check(context);
                context.Flush(findings);
            }
            catch (UnknownInputException unknown)
            {
                // Partial mode: the rule needs something not known at compile time; it says nothing rather than guess.
                findings.RemoveRange(start, findings.Count - start);
                skipped.Add(new SkippedRule(rule.Code, unknown.What));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                findings.RemoveRange(start, findings.Count - start);
                findings.Add(RuleFailure.Create(rule.Code, $"rule {rule.Code} failed: {ex.GetType().Name}: {ex.Message}", "report this as a Calico.Sdk bug"));
            }
        }

        findings.Sort(FindingComparer.Instance);
        return new ValidationReport(findings, version, skipped);
    }

    private static bool SeesOnlyDefaults(Rule rule, HostIndex index, Func<CalicoOption, bool>? isKnown, bool topologyKnown)
    {
        // Unknown hosts (partial validation) make a rule that reads them run and be listed as skipped, as without this.
        if (!rule.SilentOnDefaults || (rule.ReadsTopology && !topologyKnown))
        {
            return false;
        }

        if (rule.SilentOnlyWithoutHostsIn is { } group && index.Members(group).Count > 0)
        {
            return false;
        }

        foreach (var option in rule.Reads)
        {
            // An unknown option (partial validation) is not a default: the rule runs and is listed as skipped.
            if (index.IsSetAnywhere(option.Name) || (isKnown is not null && !isKnown(option)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The Calico version a cluster targets: its <c>calico_version</c> when set and valid, else Kubespray's pin.</summary>
    /// <param name="cluster">The cluster.</param>
    public static CalicoVersion TargetVersion(CalicoCluster cluster)
    {
        var option = CalicoOptions.Find("calico_version");
        switch (option is null ? null : cluster.ClusterOptions.Find(option.Name)?.Value)
        {
            case CalicoVersion typed:
                return typed;
            case string text when Sdk.CalicoVersion.TryParse(text, out var parsed):
                return parsed;
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
