using System.Collections.Immutable;
using Calico.Sdk;

namespace Calico.Sdk.Analyzers;

/// <summary>
/// Which rules the analyzer runs at compile time. Every rule of the catalog can run: the analyzer runs it on a builder
/// chain when every option it reads is a compile-time constant there. Rules that read only cluster-wide options
/// (<see cref="Rule.CompileTimeEligible"/>) need nothing else; the others also need the hosts, so they run only when the
/// chain declares its hosts with constants. Findings outside the rule catalog (reading inventories, live clusters) come
/// from data the compiler never sees and exist only at run time.
/// </summary>
public static class CompileTimeRules
{
    /// <summary>Rules that run on any chain of constants, with or without hosts.</summary>
    public static IReadOnlyList<Rule> ClusterWide { get; } = CalicoRules.All.Where(r => r.CompileTimeEligible).ToImmutableArray();

    /// <summary>Rules that run only when the chain also declares its hosts (<c>Nodes(n =&gt; n.Host(…))</c>) with constants.</summary>
    public static IReadOnlyList<Rule> WithHosts { get; } = CalicoRules.All.Where(r => !r.CompileTimeEligible).ToImmutableArray();

    /// <summary>The codes of every rule the analyzer can report.</summary>
    public static IReadOnlyCollection<string> Codes { get; } = CalicoRules.All.Select(r => r.Code).ToImmutableHashSet(StringComparer.Ordinal);
}
