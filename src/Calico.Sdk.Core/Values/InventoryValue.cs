using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace Calico.Sdk;

/// <summary>How a scalar was written. It decides how the scalar is typed (YAML 1.1 for Ansible's YAML,
/// Python literal rules for Ansible's INI inventories) and lets a renderer write it back as it was.</summary>
public enum ScalarStyle
{
    /// <summary>An unquoted YAML scalar, typed by YAML 1.1 rules (<c>yes</c> is a boolean, <c>0755</c> an octal number).</summary>
    Plain,

    /// <summary>A single-quoted YAML scalar: always a string.</summary>
    SingleQuoted,

    /// <summary>A double-quoted YAML scalar: always a string.</summary>
    DoubleQuoted,

    /// <summary>A literal block scalar (<c>|</c>): always a string.</summary>
    Literal,

    /// <summary>A folded block scalar (<c>&gt;</c>): always a string.</summary>
    Folded,

    /// <summary>A value from an Ansible INI inventory, typed the way Ansible does it (Python <c>literal_eval</c>, else a string).</summary>
    Ini,
}

/// <summary>The type Ansible gives a scalar once it has read it.</summary>
public enum ScalarKind
{
    /// <summary>Null (<c>~</c>, <c>null</c>, empty, or INI <c>None</c>).</summary>
    Null,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>An integer.</summary>
    Integer,

    /// <summary>A floating-point number.</summary>
    Float,

    /// <summary>A string.</summary>
    String,
}

/// <summary>
/// A variable value as Ansible holds it, independent of the file format it came from: a scalar, a sequence or a mapping.
/// Equality is semantic (what Ansible would see), so <c>65001</c> from an INI host line equals <c>65001</c> from YAML;
/// the original spelling is kept for rendering the value back verbatim. <see cref="Location"/> is not part of equality.
/// </summary>
public abstract class InventoryValue : IEquatable<InventoryValue>
{
    private protected InventoryValue(string? tag, SourceLocation? location)
    {
        Tag = tag;
        Location = location;
    }

    /// <summary>The YAML tag, such as <c>!vault</c> or <c>!unsafe</c>; null when untagged.</summary>
    public string? Tag { get; }

    /// <summary>Where the value starts in its file, when it was read from one.</summary>
    public SourceLocation? Location { get; }

    /// <inheritdoc />
    public abstract bool Equals(InventoryValue? other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is InventoryValue v && Equals(v);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>Creates a plain string scalar that is a string whatever its text (quoted on output where YAML 1.1 needs it).</summary>
    /// <param name="text">The string.</param>
    public static InventoryScalar String(string text) => new(text, ScalarStyle.DoubleQuoted);

    /// <summary>Creates an integer scalar.</summary>
    /// <param name="value">The number.</param>
    public static InventoryScalar Integer(long value) => InventoryScalar.Known(value.ToString(CultureInfo.InvariantCulture), ScalarKind.Integer);

    /// <summary>Creates a boolean scalar.</summary>
    /// <param name="value">The boolean.</param>
    public static InventoryScalar Boolean(bool value) => InventoryScalar.Known(value ? "true" : "false", ScalarKind.Boolean);

    /// <summary>A short, human-readable rendering for messages.</summary>
    public abstract string Describe();
}

/// <summary>A scalar value with its original text and style.</summary>
public sealed class InventoryScalar : InventoryValue
{
    private readonly (ScalarKind Kind, string Canonical) _resolved;

    /// <summary>Creates a scalar.</summary>
    /// <param name="text">The text as written (without quotes; escapes already processed).</param>
    /// <param name="style">How it was written.</param>
    /// <param name="tag">The YAML tag, or null.</param>
    /// <param name="location">Where it was read, or null.</param>
    public InventoryScalar(string text, ScalarStyle style, string? tag = null, SourceLocation? location = null)
        : base(tag, location)
    {
        Text = text;
        Style = style;
        _resolved = Resolve(text, style, tag);
    }

    // A scalar made in code whose kind is known (an integer or boolean being written): nothing to resolve.
    private InventoryScalar(string text, ScalarKind kind)
        : base(null, null)
    {
        Text = text;
        Style = ScalarStyle.Plain;
        _resolved = (kind, text);
    }

    /// <summary>The text as written, without quotes.</summary>
    public string Text { get; }

    /// <summary>How the scalar was written.</summary>
    public ScalarStyle Style { get; }

    /// <summary>The type Ansible gives this scalar.</summary>
    public ScalarKind Kind => _resolved.Kind;

    /// <summary>The value in a canonical spelling: <c>true</c>/<c>false</c>, a decimal integer, a round-trip float, or the string itself.</summary>
    public string Canonical => _resolved.Canonical;

    /// <summary>True when the scalar text holds a Jinja expression (<c>{{ … }}</c> or <c>{% … %}</c>), which Ansible evaluates late.</summary>
    public bool IsTemplate => Kind == ScalarKind.String && (Text.Contains("{{") || Text.Contains("{%"));

    internal static InventoryScalar Known(string text, ScalarKind kind) => new(text, kind);

    /// <summary>Returns this scalar with a location attached.</summary>
    /// <param name="location">The location.</param>
    public InventoryScalar WithLocation(SourceLocation? location) => new(Text, Style, Tag, location);

    /// <inheritdoc />
    public override bool Equals(InventoryValue? other) =>
        other is InventoryScalar s && s._resolved.Kind == _resolved.Kind && string.Equals(s._resolved.Canonical, _resolved.Canonical, StringComparison.Ordinal)
        && string.Equals(s.Tag, Tag, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)_resolved.Kind * 397) ^ StringComparer.Ordinal.GetHashCode(_resolved.Canonical);

    /// <inheritdoc />
    public override string Describe() => Kind == ScalarKind.String ? "'" + Text + "'" : Text;

    /// <inheritdoc />
    public override string ToString() => Describe();

    private static (ScalarKind, string) Resolve(string text, ScalarStyle style, string? tag)
    {
        if (tag is not null && tag != "!" && tag != "tag:yaml.org,2002:str")
        {
            // !vault, !unsafe and friends: opaque strings to everything but Ansible itself.
            return (ScalarKind.String, text);
        }

        return style switch
        {
            ScalarStyle.Plain when tag is null => ResolveYamlPlain(text),
            ScalarStyle.Ini => ResolvePythonLiteral(text),
            _ => (ScalarKind.String, text),
        };
    }

    // PyYAML's YAML 1.1 resolvers, which is what Ansible uses; compiled when the first plain scalar is read.
    private static class Resolvers
    {
        public static readonly Regex YamlBool = new("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$", RegexOptions.CultureInvariant);
        public static readonly Regex YamlNull = new("^(?:~|null|Null|NULL|)$", RegexOptions.CultureInvariant);
        public static readonly Regex YamlInt = new("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$", RegexOptions.CultureInvariant);
        public static readonly Regex YamlFloat = new(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.CultureInvariant);
        public static readonly Regex PyInt = new("^[-+]?(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0|[1-9][0-9_]*)$", RegexOptions.CultureInvariant);
        public static readonly Regex PyFloat = new(@"^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9_]+|[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);
    }

    private static (ScalarKind, string) ResolveYamlPlain(string text)
    {
        if (Resolvers.YamlNull.IsMatch(text))
        {
            return (ScalarKind.Null, string.Empty);
        }

        if (Resolvers.YamlBool.IsMatch(text))
        {
            var t = text.ToUpperInvariant();
            return (ScalarKind.Boolean, t is "YES" or "TRUE" or "ON" ? "true" : "false");
        }

        if (Resolvers.YamlInt.IsMatch(text) && TryYamlInt(text, out var i))
        {
            return (ScalarKind.Integer, i.ToString(CultureInfo.InvariantCulture));
        }

        if (Resolvers.YamlFloat.IsMatch(text))
        {
            var t = text.Replace("_", string.Empty);
            if (t.EndsWith("inf", StringComparison.OrdinalIgnoreCase) || t.EndsWith("INF", StringComparison.Ordinal))
            {
                return (ScalarKind.Float, t.StartsWith("-", StringComparison.Ordinal) ? "-inf" : "inf");
            }

            if (t.EndsWith("nan", StringComparison.OrdinalIgnoreCase))
            {
                return (ScalarKind.Float, "nan");
            }

            if (!t.Contains(':') && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                return (ScalarKind.Float, d.ToString("R", CultureInfo.InvariantCulture));
            }

            return (ScalarKind.Float, t);
        }

        return (ScalarKind.String, text);
    }

    private static bool TryYamlInt(string text, out BigInteger value)
    {
        var t = text.Replace("_", string.Empty);
        var negative = t.StartsWith("-", StringComparison.Ordinal);
        if (t.StartsWith("-", StringComparison.Ordinal) || t.StartsWith("+", StringComparison.Ordinal))
        {
            t = t.Substring(1);
        }

        value = BigInteger.Zero;
        if (t.Contains(':'))
        {
            foreach (var part in t.Split(':'))
            {
                value = (value * 60) + BigInteger.Parse(part, CultureInfo.InvariantCulture);
            }
        }
        else if (t.StartsWith("0b", StringComparison.Ordinal))
        {
            value = ParseRadix(t.Substring(2), 2);
        }
        else if (t.StartsWith("0x", StringComparison.Ordinal))
        {
            value = ParseRadix(t.Substring(2), 16);
        }
        else if (t.Length > 1 && t[0] == '0')
        {
            value = ParseRadix(t.Substring(1), 8);
        }
        else
        {
            value = BigInteger.Parse(t, CultureInfo.InvariantCulture);
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    private static BigInteger ParseRadix(string digits, int radix)
    {
        var v = BigInteger.Zero;
        foreach (var c in digits)
        {
            v = (v * radix) + Convert.ToInt32(c.ToString(), 16);
        }

        return v;
    }

    private static (ScalarKind, string) ResolvePythonLiteral(string text)
    {
        var t = text.Trim();
        switch (t)
        {
            case "True":
                return (ScalarKind.Boolean, "true");
            case "False":
                return (ScalarKind.Boolean, "false");
            case "None":
                return (ScalarKind.Null, string.Empty);
        }

        if (Resolvers.PyInt.IsMatch(t) && !t.EndsWith("_", StringComparison.Ordinal))
        {
            var digits = t.Replace("_", string.Empty);
            var negative = digits.StartsWith("-", StringComparison.Ordinal);
            digits = digits.TrimStart('-', '+');
            BigInteger v;
            if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                v = ParseRadix(digits.Substring(2), 16);
            }
            else if (digits.StartsWith("0o", StringComparison.OrdinalIgnoreCase))
            {
                v = ParseRadix(digits.Substring(2), 8);
            }
            else if (digits.StartsWith("0b", StringComparison.OrdinalIgnoreCase))
            {
                v = ParseRadix(digits.Substring(2), 2);
            }
            else
            {
                v = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
            }

            return (ScalarKind.Integer, (negative ? -v : v).ToString(CultureInfo.InvariantCulture));
        }

        if (Resolvers.PyFloat.IsMatch(t) && double.TryParse(t.Replace("_", string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return (ScalarKind.Float, d.ToString("R", CultureInfo.InvariantCulture));
        }

        if (t.Length >= 2 && (t[0] == '"' || t[0] == '\'') && t[t.Length - 1] == t[0])
        {
            return (ScalarKind.String, UnescapePython(t.Substring(1, t.Length - 2)));
        }

        return (ScalarKind.String, text);
    }

    private static string UnescapePython(string s)
    {
        if (s.IndexOf('\\') < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                i++;
                sb.Append(s[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => s[i] });
            }
            else
            {
                sb.Append(s[i]);
            }
        }

        return sb.ToString();
    }
}

/// <summary>One key and value of an <see cref="InventoryMapping"/>.</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value.</param>
public readonly record struct MappingEntry(string Key, InventoryValue Value);

/// <summary>A YAML sequence (Ansible list).</summary>
public sealed class InventorySequence : InventoryValue
{
    /// <summary>Creates a sequence.</summary>
    /// <param name="items">The items in order.</param>
    /// <param name="tag">The YAML tag, or null.</param>
    /// <param name="location">Where it was read, or null.</param>
    public InventorySequence(EquatableArray<InventoryValue> items, string? tag = null, SourceLocation? location = null)
        : base(tag, location) => Items = items;

    /// <summary>The items in order.</summary>
    public EquatableArray<InventoryValue> Items { get; }

    /// <inheritdoc />
    public override bool Equals(InventoryValue? other) => other is InventorySequence s && s.Items.Equals(Items) && s.Tag == Tag;

    /// <inheritdoc />
    public override int GetHashCode() => Items.GetHashCode();

    /// <inheritdoc />
    public override string Describe() => "[" + string.Join(", ", Items.Select(i => i.Describe())) + "]";

    /// <inheritdoc />
    public override string ToString() => Describe();
}

/// <summary>A YAML mapping (Ansible dictionary), in the order it was written.</summary>
public sealed class InventoryMapping : InventoryValue
{
    /// <summary>Creates a mapping.</summary>
    /// <param name="entries">The entries in order.</param>
    /// <param name="tag">The YAML tag, or null.</param>
    /// <param name="location">Where it was read, or null.</param>
    public InventoryMapping(EquatableArray<MappingEntry> entries, string? tag = null, SourceLocation? location = null)
        : base(tag, location) => Entries = entries;

    /// <summary>The entries in order.</summary>
    public EquatableArray<MappingEntry> Entries { get; }

    /// <summary>The value under <paramref name="key"/>, or null.</summary>
    /// <param name="key">The key (ordinal comparison).</param>
    public InventoryValue? this[string key] => Entries.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.Ordinal)).Value;

    /// <inheritdoc />
    public override bool Equals(InventoryValue? other) => other is InventoryMapping m && m.Entries.Equals(Entries) && m.Tag == Tag;

    /// <inheritdoc />
    public override int GetHashCode() => Entries.GetHashCode();

    /// <inheritdoc />
    public override string Describe() => "{" + string.Join(", ", Entries.Select(e => e.Key + ": " + e.Value.Describe())) + "}";

    /// <inheritdoc />
    public override string ToString() => Describe();
}
