namespace Calico.Sdk.Kubespray;

/// <summary>The kinds of finding that reading and importing an inventory can give (codes CAL0001–CAL0099).</summary>
public static class InventoryFindings
{
    // CAL0001–CAL0049: reading files (syntax, structure, limits). CAL0050–CAL0099: giving the values Calico meaning.

    /// <summary>CAL0001: a file cannot be read (missing, unreadable, not UTF-8).</summary>
    public static readonly FindingDescriptor UnreadableFile = new("CAL0001", FindingSeverity.Error, "Inventory file cannot be read", "Inventory");

    /// <summary>CAL0002: YAML syntax error.</summary>
    public static readonly FindingDescriptor YamlSyntax = new("CAL0002", FindingSeverity.Error, "YAML syntax error", "Inventory");

    /// <summary>CAL0003: INI syntax error.</summary>
    public static readonly FindingDescriptor IniSyntax = new("CAL0003", FindingSeverity.Error, "INI inventory syntax error", "Inventory");

    /// <summary>CAL0004: the same key twice in one mapping (Ansible keeps the last one).</summary>
    public static readonly FindingDescriptor DuplicateKey = new("CAL0004", FindingSeverity.Warning, "Duplicate key", "Inventory");

    /// <summary>CAL0005: file larger than the import limit, or too deeply nested, or an alias expansion too large (YAML "billion laughs").</summary>
    public static readonly FindingDescriptor LimitExceeded = new("CAL0005", FindingSeverity.Error, "Inventory exceeds a safety limit", "Inventory");

    /// <summary>CAL0006: the file's structure is not an Ansible inventory or vars file (a list where a mapping is expected …).</summary>
    public static readonly FindingDescriptor BadStructure = new("CAL0006", FindingSeverity.Error, "Not an inventory structure", "Inventory");

    /// <summary>CAL0007: no inventory file found in a directory.</summary>
    public static readonly FindingDescriptor NoInventory = new("CAL0007", FindingSeverity.Error, "No inventory file found", "Inventory");

    /// <summary>CAL0008: a host that belongs to no group (Kubespray ignores it).</summary>
    public static readonly FindingDescriptor HostInNoGroup = new("CAL0008", FindingSeverity.Warning, "Host in no group", "Inventory");

    /// <summary>CAL0009: a variable defined in two vars files of the same group or host; the later file wins.</summary>
    public static readonly FindingDescriptor ShadowedVariable = new("CAL0009", FindingSeverity.Warning, "Variable defined twice", "Inventory");

    /// <summary>CAL0010: a child group or group_vars/host_vars entry that names no group or host of the inventory.</summary>
    public static readonly FindingDescriptor UnknownReference = new("CAL0010", FindingSeverity.Warning, "Reference to an unknown group or host", "Inventory");

    /// <summary>CAL0011: a group that is its own ancestor.</summary>
    public static readonly FindingDescriptor GroupCycle = new("CAL0011", FindingSeverity.Error, "Group cycle", "Inventory");

    /// <summary>CAL0012: a file in <c>group_vars/</c> or <c>host_vars/</c> that Ansible does not read (shadowed by a
    /// same-named directory or an earlier extension, or an extension Ansible ignores).</summary>
    public static readonly FindingDescriptor IgnoredVarsFile = new("CAL0012", FindingSeverity.Warning, "Vars file not read by Ansible", "Inventory");

    /// <summary>CAL0050: a Calico variable whose value has the wrong type or format; kept verbatim.</summary>
    public static readonly FindingDescriptor WrongType = new("CAL0050", FindingSeverity.Error, "Wrong type or format", "Inventory");

    /// <summary>CAL0051: a value outside the option's range or format.</summary>
    public static readonly FindingDescriptor OutOfRange = new("CAL0051", FindingSeverity.Error, "Value out of range", "Inventory");

    /// <summary>CAL0052: a variable that looks like a misspelled Calico variable.</summary>
    public static readonly FindingDescriptor UnknownVariable = new("CAL0052", FindingSeverity.Warning, "Unknown variable, probably misspelled", "Inventory");

    /// <summary>CAL0053: a value that was read but is suspicious (a string where a boolean is expected …).</summary>
    public static readonly FindingDescriptor SuspiciousValue = new("CAL0053", FindingSeverity.Warning, "Suspicious value", "Inventory");

    /// <summary>CAL0054: a Jinja template value; Calico.Sdk does not evaluate templates and keeps it verbatim.</summary>
    public static readonly FindingDescriptor TemplatedValue = new("CAL0054", FindingSeverity.Info, "Templated value not evaluated", "Inventory");

    /// <summary>CAL0055: a Calico variable set where Kubespray does not read it (a host-only variable in cluster group vars …).</summary>
    public static readonly FindingDescriptor WrongScope = new("CAL0055", FindingSeverity.Warning, "Variable set where Kubespray does not read it", "Inventory");

    /// <summary>CAL0056: a legacy variable or group name Kubespray rejects or maps.</summary>
    public static readonly FindingDescriptor Deprecated = new("CAL0056", FindingSeverity.Warning, "Deprecated name", "Inventory");

    /// <summary>Every descriptor of this class.</summary>
    public static IReadOnlyList<FindingDescriptor> All { get; } =
    [
        UnreadableFile, YamlSyntax, IniSyntax, DuplicateKey, LimitExceeded, BadStructure, NoInventory, HostInNoGroup,
        ShadowedVariable, UnknownReference, GroupCycle, IgnoredVarsFile, WrongType, OutOfRange, UnknownVariable, SuspiciousValue,
        TemplatedValue, WrongScope, Deprecated,
    ];
}
