using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Calico.Sdk.Analyzers;

/// <summary>
/// What the analyzer learns about the builder's symbols once per compilation and shares between every chain in it:
/// each called method's compiled-in counterpart, the Kubespray variables it sets, and the conversions it needs. It also
/// says which types are the builder, by name.
/// </summary>
internal sealed class ChainSymbols
{
    private readonly ConcurrentDictionary<IMethodSymbol, MethodInfo?> _methods = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, IReadOnlyList<string>> _variables = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, MethodInfo?> _operators = new(SymbolEqualityComparer.Default);

    /// <summary>True for <c>Calico.Sdk.CalicoClusterBuilder</c>, compared by name without building display strings.</summary>
    public static bool IsBuilder(INamedTypeSymbol? type) =>
        type is { Name: nameof(CalicoClusterBuilder) } && IsCalicoSdk(type.ContainingNamespace);

    /// <summary>True for the namespace <c>Calico.Sdk</c>.</summary>
    public static bool IsCalicoSdk(INamespaceSymbol? ns) =>
        ns is { Name: "Sdk", ContainingNamespace: { Name: "Calico", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>The compiled-in method a call binds to, or null when there is none to run.</summary>
    public MethodInfo? Method(IMethodSymbol method) => _methods.GetOrAdd(method, ChainFolder.Find);

    /// <summary>The compiled-in user-defined conversion (such as <c>AsNumber</c> from <c>int</c>) a conversion binds to.</summary>
    public MethodInfo? Operator(IMethodSymbol op) => _operators.GetOrAdd(op, ChainFolder.FindOperator);

    /// <summary>The Kubespray variables a builder method sets (its <c>[KubesprayVariable]</c> attributes).</summary>
    public IReadOnlyList<string> Variables(IMethodSymbol method) => _variables.GetOrAdd(method, ChainFolder.Variables);
}
