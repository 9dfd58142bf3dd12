using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Calico.Sdk.Kubespray;

/// <summary>
/// Writes YAML that Ansible (PyYAML, YAML 1.1) reads back as exactly the values given: strings that a YAML 1.1 or
/// YAML 1.2 reader would take for a boolean, null, number or date (<c>yes</c>, <c>on</c>, <c>~</c>, <c>0755</c>,
/// <c>1e3</c>, <c>1:30</c>, <c>2024-01-01</c>), or whose plain form is not valid YAML (leading <c>*&amp;!|&gt;%@`</c>,
/// <c>: </c>, <c> #</c>, surrounding spaces, line breaks), are double-quoted. Output is deterministic: LF line ends,
/// two-space indentation, sequences indented under their key, no trailing whitespace, a final newline.
/// </summary>
/// <remarks>
/// How scalars are written: a <see cref="ScalarStyle.Plain"/> scalar is written as it was read (its text decides its
/// type); single- and double-quoted scalars keep their quotes; literal (<c>|</c>) and folded (<c>&gt;</c>) block scalars
/// stay block scalars, with the chomping indicator their trailing newlines need; tags (<c>!vault</c>, <c>!unsafe</c>)
/// are kept. A double-quoted scalar that has no <see cref="InventoryValue.Location"/> (one made in memory with
/// <see cref="InventoryValue.String"/>) is written plain when that reads back as the same string. An INI-typed scalar
/// (<see cref="ScalarStyle.Ini"/>) is written as the value Ansible gave it: <c>True</c> becomes <c>true</c>,
/// <c>'abc'</c> becomes <c>abc</c>. A style that cannot hold the text (a block scalar with trailing spaces on a line,
/// a single-quoted text with control characters) falls back to double quotes; the value is unchanged.
/// </remarks>
public static class AnsibleYaml
{
    private const int MaxImplicitKeyLength = 1000; // YAML limits implicit keys to 1024 characters

    // PyYAML's implicit resolvers (YAML 1.1) beyond what InventoryScalar already types: dates and the merge/value keys.
    private static readonly Regex Timestamp = new(@"^[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // YAML 1.2 core schema, for readers other than Ansible, and YAML 1.1's y/n booleans that PyYAML leaves out.
    private static readonly Regex Yaml12Number = new(@"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex OtherSpecial = new("^(?:y|Y|n|N|=|<<|---|\\.\\.\\.)$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// True when <paramref name="text"/> written as a plain (unquoted) YAML scalar would not read back as this exact
    /// string, so it must be quoted.
    /// </summary>
    /// <param name="text">The string.</param>
    public static bool NeedsQuotes(string text) =>
        !IsPlainSyntaxSafe(text)
        || (!IsObviouslyString(text)
        && (new InventoryScalar(text, ScalarStyle.Plain).Kind != ScalarKind.String
        || Timestamp.IsMatch(text)
        || Yaml12Number.IsMatch(text)
        || OtherSpecial.IsMatch(text)));

    /// <summary>
    /// A fast answer for the common case: a plain scalar that starts with an ASCII letter and is not one of YAML 1.1's
    /// boolean or null words is a string for every resolver (numbers and dates start with a digit, sign or dot).
    /// </summary>
    internal static bool IsObviouslyString(string text)
    {
        if (text.Length == 0 || text[0] is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
        {
            return false;
        }

        if (text.Length > 5)
        {
            return true;
        }

        return text is not ("y" or "Y" or "n" or "N" or "yes" or "Yes" or "YES" or "no" or "No" or "NO" or "on" or "On" or "ON" or "off" or "Off" or "OFF"
            or "true" or "True" or "TRUE" or "false" or "False" or "FALSE" or "null" or "Null" or "NULL");
    }

    /// <summary>Formats a number the way YAML 1.1 reads it as a float (<c>1000.0</c>, <c>1.0e+20</c>, <c>.inf</c>, <c>.nan</c>).</summary>
    /// <param name="value">The number.</param>
    public static string FormatFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return ".nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? ".inf" : "-.inf";
        }

        // YAML 1.1 needs a '.' in every float and a sign in every exponent.
        var r = PythonText.FloatRepr(value);
        var e = r.IndexOf('e');
        var mantissa = e < 0 ? r : r.Substring(0, e);
        var exponent = e < 0 ? string.Empty : r.Substring(e);
        if (!mantissa.Contains('.'))
        {
            mantissa += ".0";
        }

        return mantissa + exponent;
    }

    /// <summary>
    /// Writes a vars file (<c>group_vars/…</c>, <c>host_vars/…</c>): a <c>---</c> line, then one top-level key per
    /// variable in the given order.
    /// </summary>
    /// <param name="variables">Names and values.</param>
    /// <returns>The file's text.</returns>
    public static string WriteVarsFile(IEnumerable<KeyValuePair<string, InventoryValue>> variables)
    {
        var w = new Writer();
        w.Line("---");
        w.MappingBody(variables.Select(v => new MappingEntry(v.Key, v.Value)).ToList(), 0);
        return w.ToString();
    }

    /// <summary>Writes one value as a YAML document (a <c>---</c> line and the value), for tests and diagnostics.</summary>
    /// <param name="value">The value.</param>
    public static string WriteDocument(InventoryValue value)
    {
        var w = new Writer();
        w.Line("---");
        w.RootValue(value);
        return w.ToString();
    }

    /// <summary>Writes a mapping key, quoted when needed.</summary>
    internal static string Key(string key) => NeedsQuotes(key) ? DoubleQuoted(key) : key;

    internal static bool IsPlainSyntaxSafe(string text)
    {
        if (text.Length == 0 || text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("...", StringComparison.Ordinal))
        {
            return false;
        }

        var first = text[0];
        if (first is '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`')
        {
            return false;
        }

        if (first == '-' && (text.Length == 1 || text[1] is ' ' or '\t'))
        {
            return false;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]) || PythonText.IsSpace(text[0]) || PythonText.IsSpace(text[text.Length - 1]))
        {
            return false;
        }

        if (text.EndsWith(":", StringComparison.Ordinal) || text.Contains(": ") || text.Contains(" #") || text.Contains(":\t") || text.Contains("\t#"))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is '\t' or '\uFEFF' || !IsPrintable(c) || PythonText.IsLineBreak(c))
            {
                return false;
            }
        }

        return true;
    }

    // YAML's printable set, per UTF-16 unit (a well-formed surrogate pair is printable).
    private static bool IsPrintable(char c) =>
        c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or '\x85' or (>= '\xa0' and <= '\ud7ff') or (>= '\ue000' and <= '\ufffd') || char.IsSurrogate(c);

    internal static string DoubleQuoted(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\0': sb.Append("\\0"); break;
                case '\a': sb.Append("\\a"); break;
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\v': sb.Append("\\v"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                case '\x1b': sb.Append("\\e"); break;
                case '\x85': sb.Append("\\N"); break;
                case '\xa0': sb.Append("\\_"); break;
                case '\u2028': sb.Append("\\L"); break;
                case '\u2029': sb.Append("\\P"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (c < ' ' || c is '\x7f' or '\uFEFF' || (c >= '\x80' && c < '\xa0') || char.IsSurrogate(c) || c is '\ufffe' or '\uffff')
                    {
                        sb.Append(c <= '\xff' ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    private static string? SingleQuoted(string text)
    {
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t' || !IsPrintable(c) || PythonText.IsLineBreak(c) || c == '\uFEFF' || char.IsSurrogate(c))
            {
                return null;
            }
        }

        return "'" + text.Replace("'", "''") + "'";
    }

    internal static string FormatTag(string tag)
    {
        const string Core = "tag:yaml.org,2002:";
        if (tag.StartsWith(Core, StringComparison.Ordinal) && IsTagSuffix(tag.Substring(Core.Length)))
        {
            return "!!" + tag.Substring(Core.Length);
        }

        if (tag == "!" || (tag.StartsWith("!", StringComparison.Ordinal) && tag.IndexOf('!', 1) < 0 && IsTagSuffix(tag.Substring(1))))
        {
            return tag;
        }

        return "!<" + tag + ">";
    }

    private static bool IsTagSuffix(string s) =>
        s.Length > 0 && s.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~' or '%' or ';' or '/' or '?' or ':' or '@' or '&' or '=' or '+' or '$');

    /// <summary>The lines of a block scalar body for <paramref name="text"/>, or null when the text cannot be one.</summary>
    private static (string Header, List<string> Lines)? BlockScalar(string text, bool folded)
    {
        if (text.Length == 0 || text.All(c => c == '\n'))
        {
            return null;
        }

        foreach (var c in text)
        {
            if (c is '\r' or '\uFEFF' || (c != '\n' && c != '\t' && !IsPrintable(c)) || (c != '\n' && PythonText.IsLineBreak(c)) || c == '\x85')
            {
                return null;
            }
        }

        var trailing = 0;
        while (trailing < text.Length && text[text.Length - 1 - trailing] == '\n')
        {
            trailing++;
        }

        var body = text.Substring(0, text.Length - trailing);
        var segments = body.Split('\n');
        foreach (var s in segments)
        {
            if (s.Length > 0 && (s[s.Length - 1] is ' ' or '\t'))
            {
                return null; // would leave trailing whitespace
            }

            if (folded && s.Length > 0 && s[0] is ' ' or '\t')
            {
                return null; // a more-indented line is not folded; use a literal instead
            }
        }

        var chomp = trailing switch { 0 => "-", 1 => string.Empty, _ => "+" };
        var firstContent = segments.FirstOrDefault(s => s.Length > 0) ?? string.Empty;
        var indicator = firstContent.StartsWith(" ", StringComparison.Ordinal) ? "2" : string.Empty;
        var lines = new List<string>();
        for (var i = 0; i < segments.Length; i++)
        {
            if (!folded)
            {
                lines.Add(segments[i]);
                continue;
            }

            // In a folded scalar a single line break reads as a space; each "\n" of the text is an empty line.
            if (segments[i].Length > 0)
            {
                lines.Add(segments[i]);
            }

            if (i < segments.Length - 1)
            {
                lines.Add(string.Empty);
            }
        }

        // "+" keeps the trailing line breaks: each one beyond the first is an empty line.
        for (var i = 1; i < trailing; i++)
        {
            lines.Add(string.Empty);
        }

        return ((folded ? ">" : "|") + indicator + chomp, lines);
    }

    /// <summary>The YAML text of a scalar: a single line, or a block scalar header with its lines.</summary>
    internal static (string Inline, List<string>? BlockLines) Scalar(InventoryScalar s)
    {
        var tag = s.Tag is null ? string.Empty : FormatTag(s.Tag) + " ";
        if (s.Style == ScalarStyle.Ini && s.Tag is null)
        {
            return (IniAsYaml(s), null);
        }

        var text = s.Style == ScalarStyle.Ini ? s.Canonical : s.Text;
        switch (s.Style)
        {
            case ScalarStyle.Plain:
            case ScalarStyle.Ini:
                if (text.Length == 0 && s.Tag is not null)
                {
                    return (tag.TrimEnd(), null);
                }

                if (text.Length == 0)
                {
                    return (string.Empty, null);
                }

                if (IsPlainSyntaxSafe(text))
                {
                    return (tag + text, null);
                }

                return (tag + DoubleQuoted(text), null);
            case ScalarStyle.SingleQuoted:
                return (tag + (SingleQuoted(text) ?? DoubleQuoted(text)), null);
            case ScalarStyle.Literal:
            case ScalarStyle.Folded:
            {
                var block = BlockScalar(text, s.Style == ScalarStyle.Folded) ?? (s.Style == ScalarStyle.Folded ? BlockScalar(text, false) : null);
                if (block is { } b)
                {
                    return (tag + b.Header, b.Lines);
                }

                return (tag + DoubleQuoted(text), null);
            }

            default:
                if (s.Location is null && s.Tag is null && !NeedsQuotes(text))
                {
                    return (text, null);
                }

                return (tag + DoubleQuoted(text), null);
        }
    }

    private static string IniAsYaml(InventoryScalar s) => s.Kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.Boolean => s.Canonical,
        ScalarKind.Integer => s.Canonical,
        ScalarKind.Float => double.TryParse(s.Canonical, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? FormatFloat(d) : DoubleQuoted(s.Canonical),
        _ => NeedsQuotes(s.Canonical) ? DoubleQuoted(s.Canonical) : s.Canonical,
    };

    /// <summary>Accumulates lines; the one place that decides indentation and line ends.</summary>
    internal sealed class Writer
    {
        private readonly StringBuilder _sb = new();

        public void Line(string text) => _sb.Append(text).Append('\n');

        public void Line(int indent, string text) => _sb.Append(' ', indent).Append(text).Append('\n');

        public void RootValue(InventoryValue value)
        {
            switch (value)
            {
                case InventoryMapping { Entries.Count: > 0, Tag: null } m:
                    MappingBody(m.Entries.ToList(), 0);
                    break;
                case InventorySequence { Items.Count: > 0, Tag: null } q:
                    SequenceBody(q.Items.ToList(), 0);
                    break;
                case InventoryScalar s:
                {
                    var (inline, lines) = Scalar(s);
                    Line(inline);
                    foreach (var l in lines ?? [])
                    {
                        Line(l.Length == 0 ? 0 : 2, l);
                    }

                    break;
                }

                default:
                    Line((value.Tag is null ? string.Empty : FormatTag(value.Tag) + " ") + (value is InventoryMapping ? "{}" : "[]"));
                    break;
            }
        }

        public void MappingBody(IReadOnlyList<MappingEntry> entries, int indent)
        {
            foreach (var e in entries)
            {
                Entry(indent, e.Key, e.Value);
            }
        }

        public void SequenceBody(IReadOnlyList<InventoryValue> items, int indent)
        {
            foreach (var item in items)
            {
                Entry(indent, null, item);
            }
        }

        /// <summary>Writes "key: value" (key non-null) or "- value" (key null) at <paramref name="indent"/>.</summary>
        public void Entry(int indent, string? key, InventoryValue value)
        {
            string prefix;
            if (key is null)
            {
                prefix = "-";
            }
            else
            {
                var k = Key(key);
                if (k.Length > MaxImplicitKeyLength)
                {
                    Line(indent, "? " + k);
                    prefix = ":";
                }
                else
                {
                    prefix = k + ":";
                }
            }

            var tag = value.Tag is null ? string.Empty : " " + FormatTag(value.Tag);
            switch (value)
            {
                case InventoryScalar s:
                {
                    var (inline, lines) = Scalar(s);
                    Line(indent, inline.Length == 0 ? prefix : prefix + " " + inline);
                    if (lines is not null)
                    {
                        foreach (var l in lines)
                        {
                            Line(l.Length == 0 ? 0 : indent + 2, l);
                        }
                    }

                    break;
                }

                case InventoryMapping m when m.Entries.Count == 0:
                    Line(indent, prefix + tag + " {}");
                    break;
                case InventorySequence q when q.Items.Count == 0:
                    Line(indent, prefix + tag + " []");
                    break;
                case InventoryMapping m when key is null && m.Tag is null:
                    Compact(indent, w => w.MappingBody(m.Entries.ToList(), indent + 2));
                    break;
                case InventorySequence q when key is null && q.Tag is null:
                    Compact(indent, w => w.SequenceBody(q.Items.ToList(), indent + 2));
                    break;
                case InventoryMapping m:
                    Line(indent, prefix + tag);
                    MappingBody(m.Entries.ToList(), indent + 2);
                    break;
                case InventorySequence q:
                    Line(indent, prefix + tag);
                    SequenceBody(q.Items.ToList(), indent + 2);
                    break;
            }
        }

        // "- a: 1\n  b: 2": the collection's first line shares the dash's line.
        private void Compact(int indent, Action<Writer> body)
        {
            var inner = new Writer();
            body(inner);
            var text = inner.ToString();
            _sb.Append(' ', indent).Append("- ").Append(text.Substring(indent + 2));
        }

        public override string ToString() => _sb.ToString();
    }
}
