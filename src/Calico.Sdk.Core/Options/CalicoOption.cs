namespace Calico.Sdk;

/// <summary>The part of Calico (or of the Kubespray cluster around it) an option belongs to; also the sub-builder that sets it.</summary>
public enum OptionArea
{
    /// <summary>Backend, encapsulation, MTU, address families (<c>calico_network_backend</c>, <c>calico_ipip_mode</c> …).</summary>
    Network,

    /// <summary>IP pools: names, CIDRs, block sizes, NAT (<c>calico_pool_*</c>, <c>nat_outgoing*</c>).</summary>
    Pools,

    /// <summary>BGP: AS numbers, peering, service advertisement (<c>global_as_num</c>, <c>peers</c> …).</summary>
    Bgp,

    /// <summary>Dataplane: eBPF, Wireguard, iptables/nftables (<c>calico_bpf_*</c>, <c>calico_wireguard_*</c> …).</summary>
    Dataplane,

    /// <summary>Felix settings passed through FelixConfiguration or calico-node env (<c>calico_felix_*</c> …).</summary>
    Felix,

    /// <summary>Typha (<c>typha_*</c>).</summary>
    Typha,

    /// <summary>IPAM (<c>calico_ipam_*</c>).</summary>
    Ipam,

    /// <summary>CNI plugin configuration (<c>calico_cni_*</c>, <c>calico_feature_control</c> …).</summary>
    Cni,

    /// <summary>Datastore (<c>calico_datastore</c>, etcd certificate files …).</summary>
    Datastore,

    /// <summary>Component versions, images and downloads (<c>calico_version</c>, <c>calico_*_image_*</c> …).</summary>
    Images,

    /// <summary>calico-node and calico-kube-controllers resources, selectors and probes.</summary>
    Workloads,

    /// <summary>Kubespray cluster settings Calico depends on (<c>kube_pods_subnet</c>, <c>kube_proxy_mode</c> …).</summary>
    Cluster,

    /// <summary>Per-host settings (<c>ip</c>, <c>access_ip</c>, <c>local_as</c>, <c>cluster_id</c> …).</summary>
    Host,
}

/// <summary>Where in an inventory an option may be set.</summary>
[Flags]
public enum OptionScopes
{
    /// <summary>Nowhere (derived by Kubespray).</summary>
    None = 0,

    /// <summary>Cluster-wide group vars (<c>group_vars/k8s_cluster</c> or <c>group_vars/all</c>).</summary>
    Cluster = 1,

    /// <summary>Vars of a custom group such as <c>[rack0:vars]</c>.</summary>
    Group = 2,

    /// <summary>Host vars.</summary>
    Host = 4,

    /// <summary>Anywhere.</summary>
    Any = Cluster | Group | Host,
}

/// <summary>Whether Kubespray still reads an option.</summary>
public enum OptionStatus
{
    /// <summary>Read by Kubespray.</summary>
    Active,

    /// <summary>A legacy name Kubespray rejects (its assert fails when the variable is defined).</summary>
    Deprecated,

    /// <summary>Defined by Kubespray but read by nothing.</summary>
    Unused,

    /// <summary>An older name that still works but is superseded (Kubespray or Ansible warns, or documents <see cref="CalicoOption.ReplacedBy"/> instead).</summary>
    Legacy,
}

/// <summary>
/// One Kubespray variable that touches Calico: its name, C# member, type, Kubespray default, allowed values, scope
/// and one-line doc. The catalog (<see cref="CalicoOptions"/>) holds one per variable; import, rendering, docs and
/// the analyzers all read it.
/// </summary>
public abstract class CalicoOption
{
    private protected CalicoOption(OptionDefinition d)
    {
        Name = d.Name;
        Member = d.Member;
        Area = d.Area;
        Summary = d.Summary;
        _defaultText = d.DefaultText;
        Scopes = d.Scopes;
        HomeGroup = d.HomeGroup;
        HomeFile = d.HomeFile;
        Status = d.Status;
        ReplacedBy = d.ReplacedBy;
        Consumer = d.Consumer;
    }

    /// <summary>The Kubespray variable name, such as <c>calico_ipip_mode</c>.</summary>
    public string Name { get; }

    /// <summary>The C# member that exposes it, such as <c>Network.IpipMode</c>.</summary>
    public string Member { get; }

    /// <summary>The area (and sub-builder) it belongs to.</summary>
    public OptionArea Area { get; }

    /// <summary>One-line description.</summary>
    public string Summary { get; }

    /// <summary>Kubespray's default as Kubespray documents it (<c>Never</c>, <c>unset → kube_pods_subnet</c> …).</summary>
    public string DefaultText => _defaultText ??= DescribeDefault();

    /// <summary>Where in an inventory it may be set.</summary>
    public OptionScopes Scopes { get; }

    /// <summary>The group whose group_vars hold it by default: <c>k8s_cluster</c> or <c>all</c>.</summary>
    public string HomeGroup { get; }

    /// <summary>The group_vars file that holds it in Kubespray's sample inventory, such as <c>k8s-net-calico.yml</c>.</summary>
    public string HomeFile { get; }

    /// <summary>Whether Kubespray still reads it.</summary>
    public OptionStatus Status { get; }

    /// <summary>For a deprecated or legacy name, the variable that replaces it.</summary>
    public string? ReplacedBy { get; }

    /// <summary>What Kubespray turns the value into (resource field, env var …).</summary>
    public string Consumer { get; }

    /// <summary>The C# type of the value.</summary>
    public abstract Type ValueType { get; }

    // Written out on first read (the docs and a few messages need it; the analyzers' start-up does not).
    private string? _defaultText;
    private string? _defaultScalarText;

    /// <summary>The position in the catalog: a dense key for per-option tables.</summary>
    internal int Index { get; set; } = -1;

    /// <summary>The text of the typed default written as a scalar (empty when there is none), computed once.</summary>
    internal string DefaultScalarText => _defaultScalarText ??= DefaultValue is { } v ? ScalarText(v) : string.Empty;

    /// <summary>A typed value written as a scalar's text; empty when it is written as a list or map.</summary>
    /// <param name="value">A value of <see cref="ValueType"/>.</param>
    internal string ScalarText(object value) => FormatValue(value) is InventoryScalar s ? s.Text : string.Empty;

    private protected abstract string DescribeDefault();

    /// <summary>A description of the accepted values, such as <c>Always | CrossSubnet | Never</c>.</summary>
    public abstract string Allowed { get; }

    /// <summary>True when Kubespray has a literal default (false when the default is unset or derived).</summary>
    public abstract bool HasDefault { get; }

    /// <summary>The typed default, boxed; null when <see cref="HasDefault"/> is false.</summary>
    public abstract object? DefaultValue { get; }

    /// <summary>Reads a raw inventory value; never throws.</summary>
    /// <param name="raw">The value as read from the inventory.</param>
    public abstract OptionParseResult ParseValue(InventoryValue raw);

    /// <summary>Writes a typed value as an inventory value.</summary>
    /// <param name="value">A value of <see cref="ValueType"/>.</param>
    public abstract InventoryValue FormatValue(object value);

    /// <summary>Checks a typed value against the option's range or format; null when it is acceptable.</summary>
    /// <param name="value">A value of <see cref="ValueType"/>.</param>
    public abstract string? CheckValue(object value);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The outcome of reading one raw value: the typed value, or why it could not be read.</summary>
/// <param name="Success">True when <paramref name="Value"/> holds the typed value.</param>
/// <param name="Value">The typed value (boxed).</param>
/// <param name="Error">Why the value could not be read.</param>
/// <param name="Warning">A remark on a value that was read but is suspicious (a string where Kubespray expects a boolean …).</param>
/// <param name="ErrorLocation">Where inside the value the problem is, when it is not the value's start.</param>
public readonly record struct OptionParseResult(bool Success, object? Value, string? Error, string? Warning = null, SourceLocation? ErrorLocation = null);

/// <summary>A typed catalog entry.</summary>
/// <typeparam name="T">The C# type of the value.</typeparam>
public sealed class CalicoOption<T> : CalicoOption
    where T : notnull
{
    private readonly ValueConverter<T> _converter;
    private readonly Func<T, string?>? _check;
    private readonly T? _default;
    private readonly object? _boxedDefault;

    internal CalicoOption(OptionDefinition definition, ValueConverter<T> converter, bool hasDefault, T? defaultValue, Func<T, string?>? check)
        : base(definition)
    {
        _converter = converter;
        _check = check;
        HasDefault = hasDefault;
        _default = defaultValue;
        _boxedDefault = hasDefault ? defaultValue : null;
    }

    /// <inheritdoc />
    public override Type ValueType => typeof(T);

    /// <inheritdoc />
    public override string Allowed => _converter.Describe();

    /// <inheritdoc />
    public override bool HasDefault { get; }

    /// <summary>The typed Kubespray default; <c>default</c> when <see cref="CalicoOption.HasDefault"/> is false.</summary>
    public T? Default => _default;

    /// <inheritdoc />
    public override object? DefaultValue => _boxedDefault;

    /// <summary>Reads a raw inventory value.</summary>
    /// <param name="raw">The raw value.</param>
    public OptionParseResult Parse(InventoryValue raw) => _converter.Parse(raw);

    /// <summary>Writes a typed value.</summary>
    /// <param name="value">The value.</param>
    public InventoryValue Format(T value) => _converter.Format(value);

    /// <summary>True when every value is written as a scalar (so it can live on an inventory host line).</summary>
    internal bool AlwaysScalar => _converter.AlwaysScalar;

    /// <summary>Checks a typed value against range and format; null when acceptable.</summary>
    /// <param name="value">The value.</param>
    public string? Check(T value) => _converter.Check(value) ?? _check?.Invoke(value);

    /// <inheritdoc />
    public override OptionParseResult ParseValue(InventoryValue raw) => _converter.Parse(raw);

    /// <inheritdoc />
    public override InventoryValue FormatValue(object value) => _converter.Format((T)value);

    /// <inheritdoc />
    public override string? CheckValue(object value) => Check((T)value);

    private protected override string DescribeDefault() =>
        HasDefault ? _converter.Format(_default!).Describe().Trim('\'') : "unset";
}

/// <summary>The descriptive part of a catalog entry, shared by every value type.</summary>
internal sealed class OptionDefinition
{
    public OptionDefinition(string name, string member, OptionArea area, string summary)
    {
        Name = name;
        Member = member;
        Area = area;
        Summary = summary;
    }

    public string Name { get; }

    public string Member { get; }

    public OptionArea Area { get; }

    public string Summary { get; }

    /// <summary>Null: described from the typed default when first read.</summary>
    public string? DefaultText { get; set; }

    public OptionScopes Scopes { get; set; } = OptionScopes.Cluster;

    public string HomeGroup { get; set; } = KubesprayGroups.K8sCluster;

    public string HomeFile { get; set; } = "k8s-net-calico.yml";

    public OptionStatus Status { get; set; } = OptionStatus.Active;

    public string? ReplacedBy { get; set; }

    public string Consumer { get; set; } = string.Empty;
}
