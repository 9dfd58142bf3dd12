namespace Calico.Sdk;

/// <summary>Who holds a variable definition in the inventory.</summary>
public enum DefinitionOwner
{
    /// <summary>Kubespray's default: the inventory does not set the variable.</summary>
    Default,

    /// <summary>The cluster-wide groups <c>all</c> and <c>k8s_cluster</c> (group_vars or inventory-file vars).</summary>
    Cluster,

    /// <summary>Another group, such as a rack (<c>[rack0:vars]</c>, <c>group_vars/rack0.yml</c>) or a role group.</summary>
    Group,

    /// <summary>A host (its inventory line or <c>host_vars/</c>).</summary>
    Host,
}

/// <summary>
/// One place where the inventory sets a catalog variable: the typed value when it could be read, the raw value as
/// written (kept verbatim when it could not), who sets it, and the option path and file location to report at.
/// </summary>
public sealed class DefinedValue
{
    internal DefinedValue(CalicoOption option, DefinitionOwner owner, string? ownerName, OptionAssignment? assignment, RawVariable? raw)
    {
        Option = option;
        Owner = owner;
        OwnerName = ownerName;
        Assignment = assignment;
        RawVariable = raw;
        Path = owner switch
        {
            DefinitionOwner.Group => $"groups[{ownerName}].{option.Name}",
            DefinitionOwner.Host => $"hosts[{ownerName}].{option.Name}",
            _ => option.Name,
        };
    }

    /// <summary>The option.</summary>
    public CalicoOption Option { get; }

    /// <summary>Who sets it.</summary>
    public DefinitionOwner Owner { get; }

    /// <summary>The group or host name for <see cref="DefinitionOwner.Group"/> and <see cref="DefinitionOwner.Host"/>; the group name (<c>all</c>, <c>k8s_cluster</c>) for <see cref="DefinitionOwner.Cluster"/>; null for the default.</summary>
    public string? OwnerName { get; }

    /// <summary>The typed assignment, when the value could be read.</summary>
    public OptionAssignment? Assignment { get; }

    /// <summary>The variable kept verbatim because its value could not be read (an import finding said why), or null.</summary>
    public RawVariable? RawVariable { get; }

    /// <summary>True when the inventory sets a typed value here (see <see cref="Value"/>).</summary>
    public bool IsReadable => Assignment is not null;

    /// <summary>True when the inventory sets a value here that could not be read (kept verbatim; an import finding said why).</summary>
    public bool IsUnreadable => RawVariable is not null && Assignment is null;

    /// <summary>The typed value, or null when the value could not be read or the default applies without a literal.</summary>
    public object? Value => Assignment?.Value ?? (Owner == DefinitionOwner.Default ? Option.DefaultValue : null);

    /// <summary>The value as written in the inventory: the raw value of a typed assignment read from a file, or the unreadable value; null when set in code or defaulted.</summary>
    public InventoryValue? Raw => Assignment?.Source ?? RawVariable?.Value;

    /// <summary>The option path to report at: <c>calico_ipip_mode</c>, <c>groups[rack0].cluster_id</c>, <c>hosts[rr0].cluster_id</c>.</summary>
    public string Path { get; }

    /// <summary>Where the value was read, for imported inventories.</summary>
    public SourceLocation? Location => Raw?.Location;

    /// <summary>True when the inventory sets the variable here (false for Kubespray's default).</summary>
    public bool IsSet => Owner != DefinitionOwner.Default;

    /// <summary>How specific the definition is: default 0, cluster 1, group 2, host 3.</summary>
    internal int Specificity => (int)Owner;

    /// <summary>The text of a scalar as written (quotes removed), or null when the value is not a scalar from a file.</summary>
    public string? RawText => Raw is InventoryScalar s ? (s.Kind == ScalarKind.String ? s.Canonical : s.Text) : null;

    /// <summary>A short description of the value for messages: the raw spelling when known, else the typed value.</summary>
    public string Describe() => Raw switch
    {
        // The string as Ansible sees it: an INI value "1.0.0.1" is the string 1.0.0.1.
        InventoryScalar { Kind: ScalarKind.String } s => "'" + s.Canonical + "'",
        { } raw => raw.Describe(),
        _ => Value is { } v ? Option.FormatValue(v).Describe() : "(unset)",
    };

    internal static DefinedValue Default(CalicoOption option) => new(option, DefinitionOwner.Default, null, null, null);

    /// <inheritdoc />
    public override string ToString() => $"{Path}={Describe()}";
}
