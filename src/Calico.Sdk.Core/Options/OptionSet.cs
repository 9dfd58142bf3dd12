namespace Calico.Sdk;

/// <summary>Where an inventory keeps a variable. It decides Ansible's precedence: inventory-file variables
/// (an INI host line, <c>[group:vars]</c>, <c>vars:</c> in hosts.yaml) lose to <c>group_vars/</c> and <c>host_vars/</c> files of the same level.</summary>
public enum VariablePlacement
{
    /// <summary>In a <c>group_vars/</c> or <c>host_vars/</c> file.</summary>
    VarsFile,

    /// <summary>In the inventory file itself.</summary>
    Inventory,
}

/// <summary>A typed value of one catalog option, with the raw value it was read from (kept to render it back as written).</summary>
public sealed class OptionAssignment : IEquatable<OptionAssignment>
{
    /// <summary>Creates an assignment.</summary>
    /// <param name="option">The option.</param>
    /// <param name="value">The typed value (of <see cref="CalicoOption.ValueType"/>).</param>
    /// <param name="placement">Where the inventory keeps it.</param>
    /// <param name="source">The raw value it was read from, or null when set in code.</param>
    public OptionAssignment(CalicoOption option, object value, VariablePlacement placement, InventoryValue? source = null)
    {
        Option = option;
        Value = value;
        Placement = placement;
        Source = source;
    }

    /// <summary>The option.</summary>
    public CalicoOption Option { get; }

    /// <summary>The typed value.</summary>
    public object Value { get; }

    /// <summary>Where the inventory keeps it.</summary>
    public VariablePlacement Placement { get; }

    /// <summary>The raw value it was read from (not part of equality).</summary>
    public InventoryValue? Source { get; }

    // The typed value written as a scalar's text (empty for lists and maps), computed once: rules compare it often.
    private string? _scalarText;

    internal string ScalarText => _scalarText ??= Option.ScalarText(Value);

    /// <summary>The value as it should be written: the original spelling when the typed value is unchanged, else the canonical form.</summary>
    public InventoryValue ToInventoryValue()
    {
        if (Source is not null)
        {
            var reread = Option.ParseValue(Source);
            if (reread.Success && Equals(reread.Value, Value))
            {
                return Source;
            }
        }

        return Option.FormatValue(Value);
    }

    /// <inheritdoc />
    public bool Equals(OptionAssignment? other) =>
        other is not null && ReferenceEquals(other.Option, Option) && Equals(other.Value, Value) && other.Placement == Placement;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OptionAssignment);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Option.Name) ^ Value.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{Option.Name}={Value}";
}

/// <summary>An immutable set of typed option values, one per option, ordered by variable name.</summary>
public sealed class OptionSet : IEquatable<OptionSet>, IReadOnlyCollection<OptionAssignment>
{
    private readonly EquatableArray<OptionAssignment> _items;

    private OptionSet(EquatableArray<OptionAssignment> items) => _items = items;

    /// <summary>The empty set.</summary>
    public static OptionSet Empty { get; } = new(EquatableArray<OptionAssignment>.Empty);

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <summary>The assignment at a position (ordered by variable name); a loop over these allocates no enumerator.</summary>
    internal OptionAssignment this[int index] => _items[index];

    /// <summary>The assignment of the option named <paramref name="name"/>, or null.</summary>
    /// <param name="name">The Kubespray variable name.</param>
    public OptionAssignment? Find(string name)
    {
        var i = IndexOf(name);
        return i >= 0 ? _items[i] : null;
    }

    /// <summary>True when the option is set.</summary>
    /// <param name="option">The option.</param>
    public bool Contains(CalicoOption option) => IndexOf(option.Name) >= 0;

    /// <summary>Reads a typed value.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="option">The option.</param>
    /// <param name="value">The value, when set.</param>
    public bool TryGet<T>(CalicoOption<T> option, out T value)
        where T : notnull
    {
        var i = IndexOf(option.Name);
        if (i >= 0)
        {
            value = (T)_items[i].Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Returns a set with the option set to <paramref name="value"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="option">The option.</param>
    /// <param name="value">The value.</param>
    /// <param name="placement">Where the inventory keeps it.</param>
    /// <param name="source">The raw value it was read from.</param>
    public OptionSet Set<T>(CalicoOption<T> option, T value, VariablePlacement placement = VariablePlacement.VarsFile, InventoryValue? source = null)
        where T : notnull => Set(new OptionAssignment(option, value, placement, source));

    /// <summary>Returns a set with <paramref name="assignment"/> added or replacing the option's previous value.</summary>
    /// <param name="assignment">The assignment.</param>
    public OptionSet Set(OptionAssignment assignment)
    {
        var i = IndexOf(assignment.Option.Name);
        if (i >= 0)
        {
            return new OptionSet(_items.SetItem(i, assignment));
        }

        return new OptionSet(_items.Insert(~i, assignment));
    }

    /// <summary>Returns a set without the option.</summary>
    /// <param name="option">The option.</param>
    public OptionSet Remove(CalicoOption option)
    {
        var i = IndexOf(option.Name);
        return i < 0 ? this : new OptionSet(_items.Where((_, k) => k != i).ToEquatableArray());
    }

    private int IndexOf(string name)
    {
        int lo = 0, hi = _items.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var c = string.CompareOrdinal(_items[mid].Option.Name, name);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }

    /// <inheritdoc />
    public bool Equals(OptionSet? other) => other is not null && other._items.Equals(_items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OptionSet);

    /// <inheritdoc />
    public override int GetHashCode() => _items.GetHashCode();

    /// <inheritdoc />
    public IEnumerator<OptionAssignment> GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => _items.ToString();
}

/// <summary>A variable that is not a typed Calico option: another role's variable, or a Calico variable whose value
/// could not be read (kept verbatim so that nothing is lost; a finding says why).</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Value">The value as read.</param>
/// <param name="File">The vars file it lives in (such as <c>k8s-cluster.yml</c>), or null when it lives in the inventory file itself.</param>
public sealed record RawVariable(string Name, InventoryValue Value, string? File);

/// <summary>The variables of one group or host: typed Calico options plus every other variable, verbatim.</summary>
/// <param name="Options">Typed Calico options.</param>
/// <param name="Extra">Every other variable, in the order it was read.</param>
public sealed record VariableSet(OptionSet Options, EquatableArray<RawVariable> Extra)
{
    /// <summary>No variables.</summary>
    public static VariableSet Empty { get; } = new(OptionSet.Empty, EquatableArray<RawVariable>.Empty);

    /// <summary>True when there is no variable at all.</summary>
    public bool IsEmpty => Options.Count == 0 && Extra.IsEmpty;

    /// <summary>
    /// Value equality. The order of raw variables matters only within one file (it is the order they are written
    /// in); across files and the inventory line it carries no meaning for Ansible, so it is not compared.
    /// </summary>
    /// <param name="other">The other set.</param>
    public bool Equals(VariableSet? other) =>
        other is not null && Options.Equals(other.Options) && ByFile(Extra).SequenceEqual(ByFile(other.Extra));

    /// <inheritdoc />
    public override int GetHashCode() => (Options.GetHashCode() * 397) ^ ByFile(Extra).Aggregate(17, (h, v) => (h * 31) + v.GetHashCode());

    private static IEnumerable<RawVariable> ByFile(EquatableArray<RawVariable> extra) =>
        extra.OrderBy(v => v.File ?? string.Empty, StringComparer.Ordinal);

    /// <summary>Returns the set with a typed option set.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="option">The option.</param>
    /// <param name="value">The value.</param>
    /// <param name="placement">Where the inventory keeps it.</param>
    public VariableSet With<T>(CalicoOption<T> option, T value, VariablePlacement placement)
        where T : notnull => this with { Options = Options.Set(option, value, placement) };

    /// <summary>Returns the set with a raw variable added, replacing an earlier one of the same name.</summary>
    /// <param name="variable">The variable.</param>
    public VariableSet WithExtra(RawVariable variable) =>
        this with { Extra = Extra.Where(v => v.Name != variable.Name).Append(variable).ToEquatableArray() };
}
