namespace Calico.Sdk;

/// <summary>How serious a finding is.</summary>
public enum FindingSeverity
{
    /// <summary>Kubespray or Calico would fail, or the cluster would not work as described.</summary>
    Error,

    /// <summary>Works, but probably not as intended.</summary>
    Warning,

    /// <summary>Worth knowing; nothing to fix.</summary>
    Info,
}

/// <summary>
/// One problem found in a configuration or an imported file: a stable code, where it is (option path and, for
/// imported files, file:line:column), what is wrong and how to fix it. Immutable.
/// </summary>
/// <param name="Code">Stable identifier, <c>CAL</c> and four digits; see <c>docs/rules/</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Path">The option path in Kubespray's vocabulary, such as <c>calico_ipip_mode</c> or <c>hosts[rr0].cluster_id</c>.</param>
/// <param name="Message">What is wrong, with the offending value.</param>
/// <param name="Hint">How to fix it; null when there is nothing to do.</param>
/// <param name="Location">Where the value was read, for imported files.</param>
public sealed record Finding(string Code, FindingSeverity Severity, string Path, string Message, string? Hint = null, SourceLocation? Location = null)
{
    /// <summary>A one-line form: <c>file:line:col: error CAL0001: message (path) — hint</c>.</summary>
    public override string ToString()
    {
        var where = Location is { } l ? l + ": " : string.Empty;
        var severity = Severity.ToString().ToLowerInvariant();
        var hint = Hint is null ? string.Empty : " Fix: " + Hint;
        return $"{where}{severity} {Code}: {Message} [{Path}]{hint}";
    }
}

/// <summary>Orders findings the way reports print them: file, line, column, then code and path.</summary>
public sealed class FindingComparer : IComparer<Finding>
{
    /// <summary>The shared instance.</summary>
    public static FindingComparer Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(x.Location?.File ?? string.Empty, y.Location?.File ?? string.Empty);
        if (c == 0)
        {
            c = (x.Location?.Line ?? 0).CompareTo(y.Location?.Line ?? 0);
        }

        if (c == 0)
        {
            c = (x.Location?.Column ?? 0).CompareTo(y.Location?.Column ?? 0);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Code, y.Code);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Path, y.Path);
        }

        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
