using System.Net;
using System.Reflection;

namespace Calico.Sdk.Tests.Catalog;

/// <summary>
/// Reminder tests: each catalog option has a typed view property at its Member path and a builder method that names
/// it, and nothing on the views or builders exists without a catalog option.
/// </summary>
public class CatalogShapeTests
{
    private static readonly Type[] BuilderTypes =
    [
        .. typeof(CalicoOptions).Assembly.GetTypes().Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(OptionsBuilder<>)),
        typeof(HostBuilder),
        typeof(GroupBuilder),
    ];

    public static TheoryData<string> OptionNames() => [.. CalicoOptions.All.Select(o => o.Name)];

    [Theory]
    [MemberData(nameof(OptionNames))]
    public void Member_IsATypedViewProperty_ThatReadsTheOption(string name)
    {
        var option = CalicoOptions.Find(name)!;
        var property = ViewProperty(option.Member);
        Assert.True(property is not null, $"{name}: no view property {option.Member}");

        var expected = option.HasDefault || !option.ValueType.IsValueType ? option.ValueType : typeof(Nullable<>).MakeGenericType(option.ValueType);
        Assert.Equal(expected, property!.PropertyType);

        // On a cluster that sets nothing, the view shows Kubespray's default, or null when Kubespray has none.
        var cluster = CalicoCluster.Define().Nodes(n => n.Host("node1")).Build();
        Assert.Equal(option.DefaultValue, property.GetValue(ViewOf(cluster, option.Member)));
    }

    [Fact]
    public void EveryViewProperty_BelongsToAnOption()
    {
        var members = CalicoOptions.All.Select(o => o.Member).ToHashSet(StringComparer.Ordinal);
        foreach (var area in typeof(CalicoCluster).GetProperties().Where(p => p.PropertyType.Name.EndsWith("View", StringComparison.Ordinal)))
        {
            foreach (var p in area.PropertyType.GetProperties())
            {
                Assert.Contains($"{area.Name}.{p.Name}", members);
            }
        }

        // A node shows its identity plus every option a host can set.
        var hostOptions = CalicoOptions.All.Where(o => o.Scopes.HasFlag(OptionScopes.Host)).Select(o => o.Member.Split('.')[1]).ToHashSet(StringComparer.Ordinal);
        var nodeProperties = typeof(ClusterNode).GetProperties().Select(p => p.Name).Except(["Name", "Roles"]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(hostOptions.Order(StringComparer.Ordinal), nodeProperties.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OptionNames))]
    public void EveryOption_HasBuilderMethods_WhereItsScopesAllow(string name)
    {
        var option = CalicoOptions.Find(name)!;
        var methods = BuilderMethods().Where(m => m.Variable == name).ToList();
        Assert.True(methods.Count > 0, $"{name}: no builder method carries [KubesprayVariable(\"{name}\")]");

        if (option.Scopes.HasFlag(OptionScopes.Cluster))
        {
            Assert.Contains(methods, m => m.Method.DeclaringType!.Name == option.Area + "Builder");
        }

        if (option.Scopes.HasFlag(OptionScopes.Host))
        {
            Assert.Contains(methods, m => m.Method.DeclaringType == typeof(HostBuilder));
        }

        if (option.Scopes.HasFlag(OptionScopes.Group))
        {
            Assert.Contains(methods, m => m.Method.DeclaringType == typeof(GroupBuilder));
        }

        Assert.All(methods, m => Assert.Equal(m.Method.DeclaringType, m.Method.ReturnType));
    }

    [Fact]
    public void EveryKubesprayVariableAttribute_NamesACatalogOption()
    {
        var unknown = BuilderMethods().Where(m => CalicoOptions.Find(m.Variable) is null).Select(m => $"{m.Method.DeclaringType!.Name}.{m.Method.Name}: {m.Variable}").ToList();
        Assert.True(unknown.Count == 0, string.Join("\n", unknown));
    }

    [Fact]
    public void EveryPublicBuilderSetter_CarriesKubesprayVariable()
    {
        // Structural methods (roles, members, generic Set/Variable) are the only ones without an option.
        var structural = new HashSet<string>(StringComparer.Ordinal) { "Set", "Variable", "ControlPlane", "Etcd", "Worker", "RouteReflector", "InGroup", "Hosts", "Children" };
        var bare = BuilderTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && !structural.Contains(m.Name) && !m.GetCustomAttributes<KubesprayVariableAttribute>().Any())
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();
        Assert.True(bare.Count == 0, "Builder methods without [KubesprayVariable]: " + string.Join(", ", bare));
    }

    public static TheoryData<string, string> BuilderMethodIds()
    {
        var data = new TheoryData<string, string>();
        foreach (var (variable, method) in BuilderMethods())
        {
            data.Add(variable, Id(method));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BuilderMethodIds))]
    public void BuilderMethod_SetsExactlyTheOptionItNames(string variable, string methodId)
    {
        var method = BuilderMethods().Single(m => Id(m.Method) == methodId && m.Variable == variable).Method;
        var owner = CalicoCluster.Define();
        var target = method.DeclaringType == typeof(HostBuilder) ? Activator.CreateInstance(typeof(HostBuilder), BindingFlags.NonPublic | BindingFlags.Instance, null, [owner, "h1"], null)
            : method.DeclaringType == typeof(GroupBuilder) ? Activator.CreateInstance(typeof(GroupBuilder), BindingFlags.NonPublic | BindingFlags.Instance, null, [owner, "g1"], null)
            : Activator.CreateInstance(method.DeclaringType!, BindingFlags.NonPublic | BindingFlags.Instance, null, [owner], null);

        var result = method.Invoke(target, method.GetParameters().Select(SampleArgument).ToArray());
        Assert.Same(target, result);

        var cluster = owner.Build();
        var set = method.DeclaringType == typeof(HostBuilder) ? cluster.Host("h1")!.Vars.Options
            : method.DeclaringType == typeof(GroupBuilder) ? cluster.Group("g1")!.Vars.Options
            : cluster.ClusterOptions;
        Assert.Equal([variable], set.Select(a => a.Option.Name));
        Assert.Equal(CalicoOptions.Find(variable)!.ValueType, set.Single().Value.GetType());
    }

    private static string Id(MethodInfo m) => $"{m.DeclaringType!.Name}.{m.Name}({string.Join(",", m.GetParameters().Select(p => p.ParameterType.Name))})";

    private static IEnumerable<(string Variable, MethodInfo Method)> BuilderMethods() =>
        BuilderTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetCustomAttributes<KubesprayVariableAttribute>().Select(a => (a.Name, m)));

    // Any value of the right type: builders do not validate, so the test only needs the call to go through.
    private static object? SampleArgument(ParameterInfo p)
    {
        var t = p.ParameterType;
        if (Nullable.GetUnderlyingType(t) is not null || (!t.IsValueType && p.IsOptional))
        {
            return null;
        }

        if (t.IsArray)
        {
            return Array.CreateInstance(t.GetElementType()!, 0);
        }

        if (t.IsEnum)
        {
            return Enum.GetValues(t).GetValue(0);
        }

        return t switch
        {
            _ when t == typeof(bool) => true,
            _ when t == typeof(int) => 1,
            _ when t == typeof(string) => "x",
            _ when t == typeof(IPAddress) => IPAddress.Parse("10.0.0.1"),
            _ when t == typeof(AsNumber) => new AsNumber(65001),
            _ when t == typeof(Cidr) => Cidr.Parse("10.0.0.0/24"),
            _ when t == typeof(Quantity) => Quantity.Parse("1"),
            _ when t == typeof(GoDuration) => GoDuration.Parse("1s"),
            _ when t == typeof(InventoryMapping) => new InventoryMapping(EquatableArray<MappingEntry>.Empty),
            _ when t == typeof(LoadBalancerApiserver) => new LoadBalancerApiserver("10.0.0.2", 6443),
            _ when t == typeof(BgpPeerEntry) => new BgpPeerEntry("10.0.0.3", 65002),
            _ => throw new NotSupportedException($"no sample for {t}"),
        };
    }

    private static PropertyInfo? ViewProperty(string member)
    {
        var parts = member.Split('.');
        var view = parts[0] == "Host" ? typeof(ClusterNode) : typeof(CalicoCluster).GetProperty(parts[0])?.PropertyType;
        return view?.GetProperty(parts[1]);
    }

    private static object ViewOf(CalicoCluster cluster, string member)
    {
        var area = member.Split('.')[0];
        return area == "Host" ? cluster.Nodes[0] : typeof(CalicoCluster).GetProperty(area)!.GetValue(cluster)!;
    }
}
