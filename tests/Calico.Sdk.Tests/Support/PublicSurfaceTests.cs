using System.Reflection;
using System.Text;

namespace Calico.Sdk.Tests.Support;

/// <summary>
/// The public surface of every library assembly, one line per type and member, is kept in
/// <c>tests/data/golden/api/&lt;assembly&gt;.txt</c>. A change to it fails here until it is reviewed and approved with
/// <c>CALICO_SDK_APPROVE=1</c>, so that no public member appears, changes or disappears unnoticed.
/// </summary>
public class PublicSurfaceTests
{
    public static TheoryData<string> Assemblies() =>
    [
        typeof(CalicoCluster).Assembly.GetName().Name!,
        typeof(Calico.Sdk.Manifests.CalicoManifests).Assembly.GetName().Name!,
        typeof(Calico.Sdk.Etcd.EtcdApplyPlan).Assembly.GetName().Name!,
        typeof(Calico.Sdk.Kubernetes.KubernetesDatastore).Assembly.GetName().Name!,
    ];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void PublicSurface_IsApproved(string assembly)
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == assembly);
        var surface = PublicSurface.Describe(loaded);
        Assert.NotEmpty(surface);
        Golden.AssertFile($"api/{assembly}.txt", surface);
    }

    [Fact]
    public void Describe_ListsMembersWithSignatures()
    {
        var surface = PublicSurface.Describe(typeof(CalicoCluster).Assembly);
        // Generic types, interfaces, nullable annotations and optional values are all part of a line.
        Assert.Contains("type Calico.Sdk.EquatableArray<T> : struct implements ", surface, StringComparison.Ordinal);
        Assert.Contains("System.IEquatable<Calico.Sdk.EquatableArray<T>>", surface, StringComparison.Ordinal);
        Assert.Contains("  method static Calico.Sdk.ValidationReport ValidatePartial(Calico.Sdk.CalicoCluster cluster, System.Func<Calico.Sdk.CalicoOption, bool> isKnown, bool topologyKnown, Calico.Sdk.ValidationOptions? options = null, System.Collections.Generic.IEnumerable<Calico.Sdk.Rule>? rules = null)", surface, StringComparison.Ordinal);
        Assert.Contains("  value Vxlan = ", surface, StringComparison.Ordinal);

        // Internal types and members stay out.
        Assert.DoesNotContain("HostIndex", surface, StringComparison.Ordinal);
        Assert.DoesNotContain("DefaultScalarText", surface, StringComparison.Ordinal);
    }
}

/// <summary>Writes an assembly's public surface as sorted, stable text.</summary>
internal static class PublicSurface
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append("type ").Append(Name(type)).Append(" : ").Append(Kind(type));
            var interfaces = type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
            if (interfaces.Count > 0 && !type.IsEnum)
            {
                text.Append(" implements ").Append(string.Join(", ", interfaces));
            }

            text.Append('\n');
            var lines = new List<string>();
            if (type.IsEnum)
            {
                lines.AddRange(Enum.GetNames(type).Select(n => $"  value {n} = {Convert.ToInt64(Enum.Parse(type, n), System.Globalization.CultureInfo.InvariantCulture)}"));
            }
            else
            {
                lines.AddRange(Members(type));
            }

            lines.Sort(StringComparer.Ordinal);
            foreach (var line in lines)
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> Members(Type type)
    {
        var nullability = new NullabilityInfoContext();
        foreach (var c in type.GetConstructors(Declared).Where(Visible))
        {
            yield return $"  ctor {Modifiers(c)}({Parameters(c, nullability)})";
        }

        foreach (var m in type.GetMethods(Declared).Where(m => Visible(m) && !m.IsSpecialName && !m.Name.StartsWith('<')))
        {
            var generic = m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;
            yield return $"  method {Modifiers(m)}{Name(nullability.Create(m.ReturnParameter))} {m.Name}{generic}({Parameters(m, nullability)})";
        }

        foreach (var m in type.GetMethods(Declared).Where(m => Visible(m) && m.IsSpecialName && m.Name.StartsWith("op_", StringComparison.Ordinal)))
        {
            yield return $"  operator {Modifiers(m)}{Name(m.ReturnType)} {m.Name}({Parameters(m, nullability)})";
        }

        foreach (var p in type.GetProperties(Declared))
        {
            var accessors = new[] { ("get", p.GetMethod), (IsInit(p) ? "init" : "set", p.SetMethod) }
                .Where(a => a.Item2 is not null && Visible(a.Item2))
                .Select(a => a.Item1)
                .ToList();
            if (accessors.Count == 0)
            {
                continue;
            }

            var accessor = (p.GetMethod is { } g && Visible(g) ? g : p.SetMethod)!;
            var indexer = p.GetIndexParameters() is { Length: > 0 } ix ? "[" + string.Join(", ", ix.Select(i => Name(i.ParameterType) + " " + i.Name)) + "]" : string.Empty;
            yield return $"  property {Modifiers(accessor)}{Name(nullability.Create(p))} {p.Name}{indexer} {{ {string.Join("; ", accessors)}; }}";
        }

        foreach (var f in type.GetFields(Declared).Where(f => (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName))
        {
            var kind = f.IsLiteral ? "const " : (f.IsStatic ? "static " : string.Empty) + (f.IsInitOnly ? "readonly " : string.Empty);
            var value = f.IsLiteral ? " = " + Literal(f.GetRawConstantValue()) : string.Empty;
            yield return $"  field {kind}{Name(nullability.Create(f))} {f.Name}{value}";
        }

        foreach (var e in type.GetEvents(Declared).Where(e => e.AddMethod is { } a && Visible(a)))
        {
            yield return $"  event {Name(e.EventHandlerType!)} {e.Name}";
        }
    }

    private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    private static bool IsInit(PropertyInfo p) =>
        p.SetMethod?.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit") == true;

    private static string Modifiers(MethodBase m)
    {
        var parts = new List<string>();
        if (!m.IsPublic)
        {
            parts.Add("protected");
        }

        if (m.IsStatic)
        {
            parts.Add("static");
        }
        else if (m.IsAbstract)
        {
            parts.Add("abstract");
        }
        else if (m is MethodInfo { IsVirtual: true, IsFinal: false } mi)
        {
            parts.Add(mi.GetBaseDefinition() == mi ? "virtual" : "override");
        }

        return parts.Count == 0 ? string.Empty : string.Join(' ', parts) + " ";
    }

    private static string Parameters(MethodBase m, NullabilityInfoContext nullability) =>
        string.Join(", ", m.GetParameters().Select(p =>
        {
            var prefix = p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : p.GetCustomAttribute<ParamArrayAttribute>() is not null ? "params " : string.Empty;
            var type = p.ParameterType.IsByRef ? Name(p.ParameterType.GetElementType()!) : Name(nullability.Create(p));
            var optional = p.HasDefaultValue
                ? " = " + (p.RawDefaultValue is null && p.ParameterType.IsValueType && Nullable.GetUnderlyingType(p.ParameterType) is null ? "default" : Literal(p.RawDefaultValue))
                : string.Empty;
            return prefix + type + " " + p.Name + optional;
        }));

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Kind(Type t) =>
        t.IsEnum ? "enum"
        : t.IsInterface ? "interface"
        : t.IsValueType ? "struct"
        : typeof(Delegate).IsAssignableFrom(t) ? "delegate"
        : (t.IsAbstract && t.IsSealed ? "static class" : t.IsAbstract ? "abstract class" : t.IsSealed ? "sealed class" : "class")
            + (t.BaseType is { } b && b != typeof(object) ? " " + Name(b) : string.Empty);

    // A type as C# spells it, with nullable reference annotations where the metadata has them.
    private static string Name(NullabilityInfo info)
    {
        var name = info.ElementType is { } element ? Name(element) + "[]"
            : info.GenericTypeArguments.Length > 0 && !info.Type.IsGenericTypeDefinition && Nullable.GetUnderlyingType(info.Type) is null
                ? GenericName(info.Type) + "<" + string.Join(", ", info.GenericTypeArguments.Select(Name)) + ">"
                : Name(info.Type);
        return info.ReadState == NullabilityState.Nullable && !info.Type.IsValueType ? name + "?" : name;
    }

    private static string Name(Type t)
    {
        if (t.IsGenericParameter)
        {
            return t.Name;
        }

        if (t.IsArray)
        {
            return Name(t.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(t) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var keyword = Type.GetTypeCode(t) switch
        {
            TypeCode.Boolean => "bool",
            TypeCode.Int32 => "int",
            TypeCode.Int64 => "long",
            TypeCode.Double => "double",
            TypeCode.String => "string",
            TypeCode.Byte => "byte",
            TypeCode.UInt32 => "uint",
            TypeCode.UInt16 => "ushort",
            TypeCode.Char => "char",
            _ => null,
        };
        if (keyword is not null && !t.IsEnum)
        {
            return keyword;
        }

        if (t == typeof(object))
        {
            return "object";
        }

        if (t == typeof(void))
        {
            return "void";
        }

        return t.IsGenericType ? GenericName(t) + "<" + string.Join(", ", t.GetGenericArguments().Select(Name)) + ">" : FullName(t);
    }

    private static string GenericName(Type t)
    {
        var name = FullName(t.IsGenericTypeDefinition ? t : t.GetGenericTypeDefinition());
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static string FullName(Type t) => t.IsNested ? FullName(t.DeclaringType!) + "." + t.Name : (t.Namespace is null ? t.Name : t.Namespace + "." + t.Name);
}
