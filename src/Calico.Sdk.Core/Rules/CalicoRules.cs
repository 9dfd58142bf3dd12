namespace Calico.Sdk;

/// <summary>
/// The rule catalog. Code ranges: CAL1xxx Kubespray's asserts, CAL2xxx rules Kubespray's docs state, CAL3xxx
/// Calico's API rules, CAL4xxx design rules. Each rule is defined once and run by the validator and the analyzers.
/// </summary>
public static partial class CalicoRules
{
    private static List<Rule>? _all;

    /// <summary>Every rule, ordered by code.</summary>
    public static IReadOnlyList<Rule> All => _all ??= Discover();

    /// <summary>The rule with a code, or null.</summary>
    /// <param name="code">Such as <c>CAL2001</c>.</param>
    public static Rule? Find(string code) => All.FirstOrDefault(r => r.Code == code);

    private static List<Rule> Discover()
    {
        // Every public static Rule field of this class (spread over partial files by category) is a rule.
        var rules = typeof(CalicoRules).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Rule))
            .Select(f =>
            {
                var rule = (Rule)f.GetValue(null)!;
                rule.Name = f.Name;
                return rule;
            })
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        return rules;
    }
}
