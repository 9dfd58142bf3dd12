using System.Reflection;
using Calico.Sdk.Kubespray;

namespace Calico.Sdk.Output;

/// <summary>The fixed description of one finding code, for reports (SARIF rules) and the docs index.</summary>
/// <param name="Code">Such as <c>CAL1010</c>.</param>
/// <param name="Name">An identifier-style name, such as <c>IpipAndVxlanExclusive</c>.</param>
/// <param name="Title">Short title.</param>
/// <param name="Severity">Default severity.</param>
/// <param name="Source">Where it comes from: reading inventories, a Kubespray assert, Kubespray's docs, Calico's API, a design rule, or internal.</param>
/// <param name="Description">One or two sentences: what is checked and how to fix it.</param>
/// <param name="Rule">The rule, when the code is a validation rule; null for import findings.</param>
public sealed record FindingInfo(string Code, string Name, string Title, FindingSeverity Severity, string Source, string Description, Rule? Rule)
{
    /// <summary>The documentation page, relative to the repository root.</summary>
    public string HelpPath => $"docs/rules/{Code}.md";
}

/// <summary>Every finding code Calico.Sdk can report: import findings (CAL00xx), validation rules (CAL1xxx–CAL4xxx), the CRD schema check of rendered resources (CAL3900), live-cluster findings (CAL5xxx) and the internal rule failure.</summary>
public static class FindingCatalog
{
    private static IReadOnlyList<FindingInfo>? _all;

    /// <summary>Every code, ordered.</summary>
    public static IReadOnlyList<FindingInfo> All => _all ??= Build();

    /// <summary>The description of a code, or null.</summary>
    /// <param name="code">Such as <c>CAL0050</c>.</param>
    public static FindingInfo? Find(string code) => All.FirstOrDefault(i => i.Code == code);

    /// <summary>Describes a rule.</summary>
    /// <param name="rule">The rule.</param>
    public static FindingInfo Describe(Rule rule) =>
        new(rule.Code, rule.Name, rule.Descriptor.Title, rule.Descriptor.Severity, SourceName(rule.Source), $"{rule.Descriptor.Title}. {Sentence(rule.Hint)}", rule);

    /// <summary>How a rule source is named in reports and docs.</summary>
    /// <param name="source">The source.</param>
    public static string SourceName(RuleSource source) => source switch
    {
        RuleSource.KubesprayAssert => "Kubespray assert",
        RuleSource.KubesprayDocs => "Kubespray docs",
        RuleSource.CalicoApi => "Calico API",
        _ => "Design",
    };

    private static List<FindingInfo> Build()
    {
        var list = new List<FindingInfo>();
        foreach (var f in typeof(InventoryFindings).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(FindingDescriptor)))
        {
            var d = (FindingDescriptor)f.GetValue(null)!;
            list.Add(new FindingInfo(d.Code, f.Name, d.Title, d.Severity, "Inventory import", d.Title + ".", null));
        }

        list.AddRange(CalicoRules.All.Select(Describe));
        var schema = Resources.ResourceFindings.SchemaViolation;
        list.Add(new FindingInfo(schema.Code, nameof(Resources.ResourceFindings.SchemaViolation), schema.Title, schema.Severity, "Calico CRD schema", schema.Title + ".", null));
        foreach (var f in typeof(Cluster.ClusterFindings).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(FindingDescriptor)))
        {
            var d = (FindingDescriptor)f.GetValue(null)!;
            list.Add(new FindingInfo(d.Code, f.Name, d.Title, d.Severity, "Cluster", d.Title + ".", null));
        }

        var failure = CalicoValidator.RuleFailure;
        list.Add(new FindingInfo(failure.Code, "RuleFailure", failure.Title, failure.Severity, "Internal", "A rule threw while checking the model: a bug in Calico.Sdk, not in the input.", null));
        list.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return list;
    }

    private static string Sentence(string hint)
    {
        var h = hint.Trim();
        if (h.Length == 0)
        {
            return string.Empty;
        }

        h = "Fix: " + h;
        return h.EndsWith(".", StringComparison.Ordinal) ? h : h + ".";
    }
}
