namespace Calico.Sdk;

/// <summary>
/// The option catalog: one entry per Kubespray variable that touches Calico. Import, rendering, the option reference
/// in docs/ and the analyzers all read it; none keeps its own list.
/// </summary>
public static partial class CalicoOptions
{
    // Created on first registration: the order of static initialisers across partial files is not defined.
    private static List<CalicoOption>? _registry;
    private static Dictionary<string, CalicoOption>? _byName;

    private static List<CalicoOption> Registry => _registry ??= [];

    private static Dictionary<string, CalicoOption> ByName => _byName ??= new(StringComparer.Ordinal);

    /// <summary>Every option, in catalog order.</summary>
    public static IReadOnlyList<CalicoOption> All
    {
        get
        {
            EnsureInitialized();
            return Registry;
        }
    }

    /// <summary>The option named <paramref name="name"/> (a Kubespray variable), or null.</summary>
    /// <param name="name">The Kubespray variable name.</param>
    public static CalicoOption? Find(string name)
    {
        EnsureInitialized();
        return ByName.TryGetValue(name, out var o) ? o : null;
    }

    private static CalicoOption<T> Value<T>(
        string name,
        string member,
        OptionArea area,
        ValueConverter<T> converter,
        T @default,
        string summary,
        string? defaultText = null,
        OptionScopes scopes = OptionScopes.Cluster,
        string file = "k8s-net-calico.yml",
        string group = KubesprayGroups.K8sCluster,
        string consumer = "",
        Func<T, string?>? check = null)
        where T : notnull =>
        Register(new CalicoOption<T>(
            new OptionDefinition(name, member, area, summary)
            {
                DefaultText = defaultText,
                Scopes = scopes,
                HomeFile = file,
                HomeGroup = group,
                Consumer = consumer,
            },
            converter,
            true,
            @default,
            check));

    private static CalicoOption<T> Unset<T>(
        string name,
        string member,
        OptionArea area,
        ValueConverter<T> converter,
        string summary,
        string defaultText = "unset",
        OptionScopes scopes = OptionScopes.Cluster,
        string file = "k8s-net-calico.yml",
        string group = KubesprayGroups.K8sCluster,
        string consumer = "",
        OptionStatus status = OptionStatus.Active,
        string? replacedBy = null,
        Func<T, string?>? check = null)
        where T : notnull =>
        Register(new CalicoOption<T>(
            new OptionDefinition(name, member, area, summary)
            {
                DefaultText = defaultText,
                Scopes = scopes,
                HomeFile = file,
                HomeGroup = group,
                Consumer = consumer,
                Status = status,
                ReplacedBy = replacedBy,
            },
            converter,
            false,
            default,
            check));

    // Generic over the option's class, not its value type: one shared body instead of one per value type.
    private static TOption Register<TOption>(TOption option)
        where TOption : CalicoOption
    {
        option.Index = Registry.Count;
        Registry.Add(option);
        ByName.Add(option.Name, option);
        return option;
    }

    // Touching any static field runs every initializer of this class; this makes All/Find safe to call first.
    private static void EnsureInitialized() => _ = NetworkBackend;
}
