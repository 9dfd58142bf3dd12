using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Calico.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Calico.Sdk.Analyzers;

/// <summary>
/// Replays one builder chain on the analyzer's compiled-in builder. Calls with constant arguments run for real; a call
/// that cannot be replayed marks the options it sets unknown (or the topology, for hosts and groups).
/// </summary>
internal sealed class ChainFolder
{
    private static readonly Assembly Core = typeof(CalicoCluster).Assembly;
    private static readonly ConcurrentDictionary<string, MethodBase?> MethodCache = new(StringComparer.Ordinal);
    // Per sub-builder type, a factory of the Action<T> that replays a lambda: reflection once per type, not per lambda.
    private static readonly ConcurrentDictionary<Type, Func<LambdaRunner, Delegate>> RunnerFactories = new();
    private static readonly ConcurrentDictionary<MethodInfo, ParameterInfo[]> ParameterCache = new();
    private static readonly HashSet<string> TopologyTypes = new(StringComparer.Ordinal) { nameof(NodesBuilder), nameof(HostBuilder), nameof(GroupBuilder) };

    // Boxed enum members by "type.member": a string key, because a tuple key would make the compiler's process jit a
    // dictionary instantiation of its own.
    private static readonly ConcurrentDictionary<string, object?> EnumMembers = new(StringComparer.Ordinal);

    // Operation kinds newer than the Roslyn the analyzer is built against (4.8). Their values are public API and fixed
    // (Microsoft.CodeAnalysis.OperationKind.CollectionExpression = 0x7F, Spread = 0x80).
    private const OperationKind CollectionExpressionKind = (OperationKind)0x7F;
    private const OperationKind SpreadKind = (OperationKind)0x80;

    // Per sub-builder parameter type: the T of Action<T>, or null when the parameter is not an Action<T>.
    private static readonly ConcurrentDictionary<Type, Type?> ActionArguments = new();

    private readonly ChainSymbols _symbols;
    private readonly CancellationToken _cancellation;
    private readonly HashSet<string> _unknown = new(StringComparer.Ordinal);
    // The latest call that set each variable (the one a finding points at).
    private readonly Dictionary<string, IInvocationOperation> _setters = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hosts = new(StringComparer.Ordinal);
    private IInvocationOperation? _lastNodesCall;
    private bool _hasTopologyCalls;
    private bool _allUnknown;

    public ChainFolder(ChainSymbols symbols, CancellationToken cancellation)
    {
        _symbols = symbols;
        _cancellation = cancellation;
    }

    public bool TopologyKnown { get; private set; } = true;

    public int HostCount => _hosts.Count;

    public bool IsKnown(CalicoOption option) => !_allUnknown && !_unknown.Contains(option.Name);

    /// <summary>Folds the chain ending in <paramref name="build"/>; null when it does not start at <c>CalicoCluster.Define()</c>.</summary>
    public CalicoCluster? Fold(IInvocationOperation build)
    {
        if (Evaluate(build.Instance) is not CalicoClusterBuilder builder)
        {
            return null;
        }

        if (!_hasTopologyCalls)
        {
            // No hosts in the chain: the inventory comes from elsewhere. One stand-in host carries the cluster-wide
            // values to the option rules; rules that read the topology are skipped.
            TopologyKnown = false;
            builder.Nodes(n => n.Host("node1", h => h.ControlPlane().Etcd().Worker()));
        }

        return builder.Build();
    }

    /// <summary>The call that set the finding's option (the latest one) and the other relevant calls.</summary>
    public (Location Primary, IEnumerable<Location> Additional) Locate(string path, Rule? rule, IInvocationOperation build)
    {
        // The conflicting calls: the latest setter of the finding's option and of each option the rule reads. The
        // later one made the configuration invalid; the others become additional locations.
        var option = OptionName(path);
        var calls = new List<Location>();
        foreach (var name in new[] { option }.Concat((rule?.Reads ?? []).Select(r => r.Name)).Distinct(StringComparer.Ordinal))
        {
            if (_setters.TryGetValue(name, out var call))
            {
                calls.Add(CallLocation(call));
            }
        }

        calls = calls.Distinct().OrderBy(l => l.SourceSpan.Start).ToList();
        Location? primary = null;
        var others = calls;
        if (calls.Count > 0)
        {
            primary = calls[calls.Count - 1];
            others = calls.Take(calls.Count - 1).ToList();
        }

        if (primary is null && rule?.ReadsTopology == true && _lastNodesCall is not null)
        {
            primary = CallLocation(_lastNodesCall);
        }

        return (primary ?? CallLocation(build), others);
    }

    private static string OptionName(string path)
    {
        // "hosts[rr0].cluster_id" or "groups[rack0].x" → the variable; "peers[1].as" → "peers".
        var name = path;
        var dot = name.LastIndexOf("].", StringComparison.Ordinal);
        if (dot >= 0)
        {
            name = name.Substring(dot + 2);
        }

        var bracket = name.IndexOfAny(['[', '.']);
        return bracket > 0 ? name.Substring(0, bracket) : name;
    }

    // The receiver-less part of a call: `Ipip(EncapsulationMode.Always)` rather than the whole chain before it.
    private static Location CallLocation(IInvocationOperation call)
    {
        if (call.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation)
        {
            var span = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(access.Name.SpanStart, invocation.Span.End);
            return Location.Create(invocation.SyntaxTree, span);
        }

        return call.Syntax.GetLocation();
    }

    private object? Evaluate(IOperation? operation)
    {
        _cancellation.ThrowIfCancellationRequested();
        if (operation is not IInvocationOperation call)
        {
            return null;
        }

        var method = call.TargetMethod;
        if (method.IsStatic)
        {
            return method.Name == "Define" && method.ContainingType?.Name == nameof(CalicoCluster) && call.Arguments.Length == 0
                ? CalicoCluster.Define()
                : null;
        }

        var receiver = Evaluate(call.Instance);
        if (receiver is null)
        {
            return null;
        }

        Apply(call, receiver);
        return receiver;
    }

    // Runs one call on a real builder; every builder method returns its receiver, so the chain goes on with it.
    private void Apply(IInvocationOperation call, object receiver)
    {
        var method = call.TargetMethod;
        var variables = _symbols.Variables(method);
        var isTopology = TopologyTypes.Contains(method.ContainingType.Name) || method.Name == "Nodes";
        foreach (var v in variables)
        {
            _setters[v] = call;
        }

        _hasTopologyCalls |= isTopology;
        if (method.Name == "Nodes" && method.ContainingType.Name == nameof(CalicoClusterBuilder))
        {
            _lastNodesCall = call;
        }

        // A chain calls the same few methods many times (Host, Worker): symbols are resolved once per compilation.
        var info = _symbols.Method(method);
        var arguments = call.Arguments;
        object?[]? args = info is null ? null : new object?[arguments.Length];
        if (info is not null)
        {
            var parameters = ParameterCache.GetOrAdd(info, m => m.GetParameters());
            foreach (var argument in arguments)
            {
                var index = argument.Parameter?.Ordinal ?? -1;
                if (index < 0 || index >= args!.Length || !TryConvert(argument.Value, parameters[index].ParameterType, out var value))
                {
                    args = null;
                    break;
                }

                args![index] = value;
            }
        }

        if (info is null || args is null)
        {
            MarkUnknown(method, variables, isTopology, call);
            return;
        }

        if (method.Name == "Host" && method.ContainingType.Name == nameof(NodesBuilder) && args.Length > 0 && args[0] is string host)
        {
            _hosts.Add(host);
        }

        try
        {
            info.Invoke(receiver, args);
        }
        catch (TargetInvocationException)
        {
            MarkUnknown(method, variables, isTopology, call);
        }
    }

    private void MarkUnknown(IMethodSymbol method, IReadOnlyList<string> variables, bool isTopology, IInvocationOperation call)
    {
        if (isTopology)
        {
            TopologyKnown = false;
        }

        foreach (var v in variables)
        {
            _unknown.Add(v);
        }

        if (variables.Count > 0)
        {
            return;
        }

        // A call that names no variable: a generic Set(option, value) with a readable option marks that option; any
        // other unknown call (or a sub-builder lambda not understood) marks everything its type can set.
        if (method.Name == "Set" && call.Arguments.Length > 0 && ReadStatic(call.Arguments[0].Value) is CalicoOption option)
        {
            _unknown.Add(option.Name);
            return;
        }

        if (method.Name is "Set" or "Unset" or "Variable")
        {
            _allUnknown = true;
            return;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Type is INamedTypeSymbol { DelegateInvokeMethod.Parameters: [var p] })
            {
                MarkTypeUnknown(p.Type);
            }
        }

        if (!call.Arguments.Any(a => a.Parameter?.Type.TypeKind == TypeKind.Delegate))
        {
            MarkTypeUnknown(method.ContainingType);
        }
    }

    private void MarkTypeUnknown(ITypeSymbol type)
    {
        if (TopologyTypes.Contains(type.Name))
        {
            TopologyKnown = false;
        }

        if (type.Name == nameof(CalicoClusterBuilder))
        {
            _allUnknown = true;
            return;
        }

        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var member in t.GetMembers().OfType<IMethodSymbol>())
            {
                foreach (var v in Variables(member))
                {
                    _unknown.Add(v);
                }

                if (member.Name == "Set" && member.IsGenericMethod)
                {
                    _allUnknown = true;
                }
            }
        }

        if (type.Name is nameof(NodesBuilder) or nameof(GroupBuilder))
        {
            MarkTypeUnknown(type.ContainingNamespace.GetTypeMembers(nameof(HostBuilder)).FirstOrDefault() ?? (ITypeSymbol)type.BaseType!);
        }
    }

    internal static IReadOnlyList<string> Variables(IMethodSymbol method)
    {
        List<string>? variables = null;
        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == nameof(KubesprayVariableAttribute) && attribute.ConstructorArguments is [{ Value: string name }])
            {
                (variables ??= []).Add(name);
            }
        }

        return variables ?? (IReadOnlyList<string>)[];
    }

    // Maps a user-defined conversion of the core to its compiled-in operator method.
    internal static MethodInfo? FindOperator(IMethodSymbol op) =>
        Core.GetType(Metadata(op.ContainingType), throwOnError: false)?
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == op.Name && SameParameters(m, op) && SameType(m.ReturnType, op.ReturnType));

    // Maps a method symbol to the compiled-in method: containing type name, method name and parameter types.
    internal static MethodInfo? Find(IMethodSymbol symbol)
    {
        if (symbol.IsGenericMethod)
        {
            return null;
        }

        var definition = symbol.OriginalDefinition;
        var typeName = Metadata(definition.ContainingType);
        // Display strings are costly the first time in a compiler process; metadata names identify the method as well.
        var key = new StringBuilder(typeName).Append('.').Append(definition.Name).Append('(');
        foreach (var p in definition.Parameters)
        {
            AppendTypeKey(key, p.Type).Append(',');
        }

        var text = key.Append(')').ToString();
        return MethodCache.GetOrAdd(text, _ =>
        {
            var runtimeType = Core.GetType(typeName, throwOnError: false);
            if (runtimeType is null)
            {
                return null;
            }

            foreach (var candidate in runtimeType.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            {
                if (candidate.Name != definition.Name || candidate.IsGenericMethodDefinition)
                {
                    continue;
                }

                if (SameParameters(candidate, definition))
                {
                    return candidate;
                }
            }

            return null;
        }) as MethodInfo;
    }

    private static string Metadata(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? Metadata(outer) + "+" + type.MetadataName : Namespace(type.ContainingNamespace) + type.MetadataName;

    // "Calico.Sdk." for Calico.Sdk; empty for the global namespace.
    private static string Namespace(INamespaceSymbol? ns) =>
        ns is null || ns.IsGlobalNamespace ? string.Empty : Namespace(ns.ContainingNamespace) + ns.Name + ".";

    private static StringBuilder AppendTypeKey(StringBuilder key, ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return AppendTypeKey(key, array.ElementType).Append("[]");
            case INamedTypeSymbol { IsGenericType: true } named:
                key.Append(Metadata(named)).Append('<');
                foreach (var argument in named.TypeArguments)
                {
                    AppendTypeKey(key, argument).Append(',');
                }

                return key.Append('>');
            case INamedTypeSymbol named:
                return key.Append(Metadata(named));
            default:
                return key.Append(type.Name);
        }
    }

    // The compiled-in method or constructor takes the same parameter types as the symbol.
    private static bool SameParameters(MethodBase runtime, IMethodSymbol symbol)
    {
        var ps = runtime.GetParameters();
        if (ps.Length != symbol.Parameters.Length)
        {
            return false;
        }

        for (var i = 0; i < ps.Length; i++)
        {
            if (!SameType(ps[i].ParameterType, symbol.Parameters[i].Type))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameType(Type runtime, ITypeSymbol symbol)
    {
        if (symbol is IArrayTypeSymbol array)
        {
            return runtime.IsArray && SameType(runtime.GetElementType()!, array.ElementType);
        }

        if (runtime.Name != symbol.MetadataName)
        {
            return false;
        }

        if (symbol is INamedTypeSymbol { IsGenericType: true } named && runtime.IsGenericType)
        {
            var ra = runtime.GetGenericArguments();
            if (ra.Length != named.TypeArguments.Length)
            {
                return false;
            }

            for (var i = 0; i < ra.Length; i++)
            {
                if (!SameType(ra[i], named.TypeArguments[i]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Converts a constant (or constant-built) argument to a value of the compiled-in type.
    private bool TryConvert(IOperation operation, Type target, out object? value)
    {
        value = null;
        switch (operation)
        {
            case IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } when ActionArgument(target) is { } parameterType:
                value = MakeAction(lambda, parameterType);
                return value is not null;
            case IConversionOperation { OperatorMethod: null } conversion:
                if (conversion.Operand.ConstantValue.HasValue && conversion.Type?.TypeKind == TypeKind.Enum)
                {
                    return TryEnum(conversion.Operand, conversion.Type, target, out value);
                }

                return TryConvert(conversion.Operand, target, out value);
            case IConversionOperation { OperatorMethod: { } op } conversion:
                return TryOperator(conversion, op, target, out value);
            case IObjectCreationOperation { Constructor: { } ctor, Initializer: null } creation when ChainSymbols.IsCalicoSdk(ctor.ContainingType.ContainingNamespace):
                return TryCreate(creation, ctor, target, out value);

            case IArrayCreationOperation { Initializer: { } initializer } when target.IsArray:
                return TryElements(initializer.ElementValues, target.GetElementType()!, target, out value);
            case IFieldReferenceOperation { Field.IsStatic: true, Field.Type.TypeKind: TypeKind.Enum } field:
                return TryEnum(field, field.Field.Type, target, out value);
        }

        if (operation.Kind == CollectionExpressionKind && target.IsArray)
        {
            var elements = operation.ChildOperations.ToList();
            return TryElements(elements, target.GetElementType()!, target, out value);
        }

        if (!operation.ConstantValue.HasValue)
        {
            return false;
        }

        var constant = operation.ConstantValue.Value;
        if (operation.Type?.TypeKind == TypeKind.Enum)
        {
            return TryEnum(operation, operation.Type, target, out value);
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (constant is null)
        {
            return !underlying.IsValueType || Nullable.GetUnderlyingType(target) is not null;
        }

        if (underlying.IsInstanceOfType(constant))
        {
            value = constant;
            return true;
        }

        if (constant is IConvertible && underlying.IsPrimitive)
        {
            try
            {
                value = Convert.ChangeType(constant, underlying, System.Globalization.CultureInfo.InvariantCulture);
                return true;
            }
            catch (Exception ex) when (ex is InvalidCastException or OverflowException or FormatException)
            {
                return false;
            }
        }

        return false;
    }

    // A user-defined conversion of the core (such as a string to Cidr): run for real on the converted operand.
    private bool TryOperator(IConversionOperation conversion, IMethodSymbol op, Type target, out object? value)
    {
        value = null;
        var opInfo = _symbols.Operator(op);
        if (opInfo is null || !TryConvert(conversion.Operand, opInfo.GetParameters()[0].ParameterType, out var inner))
        {
            return false;
        }

        return Invoke(() => opInfo.Invoke(null, [inner]), target, out value);
    }

    // `new X(…)` of a core type with convertible arguments: constructed for real.
    private bool TryCreate(IObjectCreationOperation creation, IMethodSymbol ctor, Type target, out object? value)
    {
        value = null;
        var type = Core.GetType(Metadata(ctor.ContainingType), throwOnError: false);
        var info = type?.GetConstructors().FirstOrDefault(c => SameParameters(c, ctor));
        if (info is null)
        {
            return false;
        }

        var ps = info.GetParameters();
        var args = new object?[ps.Length];
        foreach (var argument in creation.Arguments)
        {
            var i = argument.Parameter?.Ordinal ?? -1;
            if (i < 0 || !TryConvert(argument.Value, ps[i].ParameterType, out args[i]))
            {
                return false;
            }
        }

        return Invoke(() => info.Invoke(args), target, out value);
    }

    private static Type? ActionArgument(Type target) =>
        ActionArguments.GetOrAdd(target, t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Action<>) ? t.GetGenericArguments()[0] : null);

    private bool TryElements(IEnumerable<IOperation> elements, Type elementType, Type target, out object? value)
    {
        value = null;
        var list = elements.ToList();
        var array = Array.CreateInstance(elementType, list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Kind == SpreadKind || !TryConvert(list[i], elementType, out var item))
            {
                return false;
            }

            array.SetValue(item, i);
        }

        value = array;
        return target.IsInstanceOfType(array);
    }

    // An enum constant becomes the compiled-in enum value of the same member name.
    private static bool TryEnum(IOperation operation, ITypeSymbol enumType, Type target, out object? value)
    {
        value = null;
        var runtime = Nullable.GetUnderlyingType(target) ?? target;
        if (!runtime.IsEnum || runtime.Name != enumType.Name)
        {
            return false;
        }

        string? name = operation is IFieldReferenceOperation f ? f.Field.Name : null;
        if (name is null && operation.ConstantValue.HasValue)
        {
            name = enumType.GetMembers().OfType<IFieldSymbol>()
                .FirstOrDefault(m => m.HasConstantValue && Equals(m.ConstantValue, operation.ConstantValue.Value))?.Name;
        }

        if (name is null)
        {
            return false;
        }

        // Boxed members by enum type and name: each is looked up by reflection once, not once per call.
        value = EnumMembers.GetOrAdd(runtime.FullName + "." + name, _ => Enum.IsDefined(runtime, name) ? Enum.Parse(runtime, name) : null);
        return value is not null;
    }

    private static bool Invoke(Func<object?> create, Type target, out object? value)
    {
        try
        {
            value = create();
        }
        catch (TargetInvocationException)
        {
            value = null;
            return false;
        }

        return value is null || target.IsInstanceOfType(value) || (Nullable.GetUnderlyingType(target)?.IsInstanceOfType(value) ?? false);
    }

    private static object? ReadStatic(IOperation operation)
    {
        if (operation is IConversionOperation { OperatorMethod: null } c)
        {
            return ReadStatic(c.Operand);
        }

        if (operation is IFieldReferenceOperation { Field: { IsStatic: true } field })
        {
            return Core.GetType(Metadata(field.ContainingType), throwOnError: false)?.GetField(field.Name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
        }

        if (operation is IPropertyReferenceOperation { Property: { IsStatic: true } property })
        {
            return Core.GetType(Metadata(property.ContainingType), throwOnError: false)?.GetProperty(property.Name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
        }

        return null;
    }

    // A lambda passed to a sub-builder: replayed when the compiled-in builder calls it. Its body may only be calls
    // chained on its parameter; anything else (loops, locals, other statements) makes what that builder sets unknown.
    private Delegate? MakeAction(IAnonymousFunctionOperation lambda, Type parameterType)
    {
        var parameter = lambda.Symbol.Parameters.Length == 1 ? lambda.Symbol.Parameters[0] : null;
        if (parameter is null)
        {
            return null;
        }

        var chains = new List<IInvocationOperation>(1);
        foreach (var statement in lambda.Body.Operations)
        {
            if (statement is IReturnOperation { ReturnedValue: null })
            {
                continue;
            }

            var expression = statement switch
            {
                IExpressionStatementOperation e => e.Operation,
                IReturnOperation r => r.ReturnedValue,
                _ => null,
            };
            if (expression is not IInvocationOperation invocation || !RootedAt(invocation, parameter))
            {
                return null;
            }

            chains.Add(invocation);
        }

        var runner = new LambdaRunner(this, parameter, chains);
        var factory = RunnerFactories.GetOrAdd(parameterType, t => (Func<LambdaRunner, Delegate>)typeof(LambdaRunner)
            .GetMethod(nameof(LambdaRunner.Factory), BindingFlags.Public | BindingFlags.Static)!
            .MakeGenericMethod(t)
            .CreateDelegate(typeof(Func<LambdaRunner, Delegate>)));
        return factory(runner);
    }

    private static bool RootedAt(IOperation? operation, IParameterSymbol parameter)
    {
        while (operation is IInvocationOperation { Instance: var instance })
        {
            operation = instance;
        }

        return operation is IParameterReferenceOperation p && SymbolEqualityComparer.Default.Equals(p.Parameter, parameter);
    }

    private void Replay(IOperation operation, object target)
    {
        if (operation is IInvocationOperation call)
        {
            Replay(call.Instance!, target);
            Apply(call, target);
        }
    }

    private sealed class LambdaRunner(ChainFolder folder, IParameterSymbol parameter, List<IInvocationOperation> chains)
    {
        public IParameterSymbol Parameter { get; } = parameter;

        public static Delegate Factory<T>(LambdaRunner runner) => new Action<T>(runner.Run);

        public void Run<T>(T builder)
        {
            foreach (var chain in chains)
            {
                folder.Replay(chain, builder!);
            }
        }
    }
}
