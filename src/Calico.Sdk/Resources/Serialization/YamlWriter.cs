using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Calico.Sdk.Resources;

/// <summary>
/// Writes JSON trees as block-style YAML: two-space indents, sequences at their key's indent, <c>{}</c>/<c>[]</c> for
/// empty collections, block literals for multi-line strings. Scalars are plain when every reader agrees on them,
/// double-quoted when YAML 1.1 would read them as something else (<see cref="Yaml11"/>) or when they need escapes,
/// single-quoted otherwise. Deterministic and about ten times faster than a general-purpose emitter, which matters for
/// inventories of thousands of nodes; tests read every output back with YamlDotNet and PyYAML.
/// </summary>
internal static class YamlWriter
{
    public static void WriteDocument(StringBuilder sb, JsonNode? node)
    {
        using var doc = JsonDocument.Parse(node?.ToJsonString() ?? "null");
        WriteDocument(sb, doc.RootElement);
    }

    public static void WriteDocument(StringBuilder sb, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when !IsEmpty(element):
                WriteMapping(sb, element, 0, inline: false);
                break;
            case JsonValueKind.Array when element.GetArrayLength() > 0:
                WriteSequence(sb, element, 0, inline: false);
                break;
            default:
                WriteInlineValue(sb, element, 0);
                break;
        }
    }

    private static bool IsEmpty(JsonElement obj)
    {
        using var e = obj.EnumerateObject();
        return !e.MoveNext();
    }

    private static void WriteMapping(StringBuilder sb, JsonElement obj, int indent, bool inline)
    {
        var first = true;
        foreach (var property in obj.EnumerateObject())
        {
            if (!(first && inline))
            {
                sb.Append(' ', indent);
            }

            first = false;
            WriteScalar(sb, property.Name, indent, allowBlock: false);
            sb.Append(':');
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Object && !IsEmpty(value))
            {
                sb.Append('\n');
                WriteMapping(sb, value, indent + 2, inline: false);
            }
            else if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
            {
                sb.Append('\n');
                WriteSequence(sb, value, indent, inline: false);
            }
            else
            {
                sb.Append(' ');
                WriteInlineValue(sb, value, indent);
            }
        }
    }

    private static void WriteSequence(StringBuilder sb, JsonElement array, int indent, bool inline)
    {
        var first = true;
        foreach (var item in array.EnumerateArray())
        {
            if (!(first && inline))
            {
                sb.Append(' ', indent);
            }

            first = false;
            sb.Append("- ");
            if (item.ValueKind == JsonValueKind.Object && !IsEmpty(item))
            {
                WriteMapping(sb, item, indent + 2, inline: true);
            }
            else if (item.ValueKind == JsonValueKind.Array && item.GetArrayLength() > 0)
            {
                WriteSequence(sb, item, indent + 2, inline: true);
            }
            else
            {
                WriteInlineValue(sb, item, indent);
            }
        }
    }

    // A value on the current line (after "key: " or "- "), ending the line.
    private static void WriteInlineValue(StringBuilder sb, JsonElement value, int indent)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                sb.Append("{}");
                break;
            case JsonValueKind.Array:
                sb.Append("[]");
                break;
            case JsonValueKind.String:
                WriteScalar(sb, value.GetString()!, indent, allowBlock: true);
                break;
            case JsonValueKind.True:
                sb.Append("true");
                break;
            case JsonValueKind.False:
                sb.Append("false");
                break;
            case JsonValueKind.Number:
                sb.Append(value.GetRawText());
                break;
            default:
                sb.Append("null");
                break;
        }

        if (sb[^1] != '\n')
        {
            sb.Append('\n');
        }
    }

    private static void WriteScalar(StringBuilder sb, string text, int indent, bool allowBlock)
    {
        if (allowBlock && text.Contains('\n', StringComparison.Ordinal) && CanBeLiteral(text))
        {
            WriteLiteral(sb, text, indent + 2);
            return;
        }

        if (Yaml11.NeedsQuotes(text) || NeedsEscapes(text))
        {
            WriteDoubleQuoted(sb, text);
        }
        else if (IsPlainSafe(text))
        {
            sb.Append(text);
        }
        else
        {
            sb.Append('\'').Append(text.Replace("'", "''", StringComparison.Ordinal)).Append('\'');
        }
    }

    /// <summary>True when a plain scalar reads back as exactly this string, in block context, in YAML 1.1 and 1.2.</summary>
    internal static bool IsPlainSafe(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ' || text[^1] == ':')
        {
            return false;
        }

        var c0 = text[0];
        if (c0 is ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`')
        {
            return false;
        }

        // '-', '?' and ':' may start a plain scalar only when a non-space follows (not "- x", "? x", ": x").
        if (c0 is '-' or '?' or ':' && (text.Length == 1 || text[1] == ' '))
        {
            return false;
        }

        if (text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("...", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\t' || (c == ':' && i + 1 < text.Length && text[i + 1] == ' ') || (c == '#' && text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    // Characters that only a double-quoted scalar can carry: control characters and Unicode line breaks.
    private static bool NeedsEscapes(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x20 || c == 0x7F || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CanBeLiteral(string text)
    {
        // A literal block cannot start with a space (that would need an indentation indicator) or hold control
        // characters; it keeps everything else as written.
        if (text[0] == ' ' || text[0] == '\n')
        {
            return false;
        }

        foreach (var c in text)
        {
            if ((c < 0x20 && c != '\n') || c == 0x7F || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF')
            {
                return false;
            }
        }

        return !text.Split('\n').Any(l => l.Length > 0 && l.All(ch => ch == ' '));
    }

    private static void WriteLiteral(StringBuilder sb, string text, int indent)
    {
        var trailing = text.Length - text.TrimEnd('\n').Length;
        sb.Append(trailing switch { 0 => "|-", 1 => "|", _ => "|+" }).Append('\n');
        var body = text.TrimEnd('\n');
        foreach (var line in body.Split('\n'))
        {
            if (line.Length > 0)
            {
                sb.Append(' ', indent).Append(line);
            }

            sb.Append('\n');
        }

        for (var i = 1; i < trailing; i++)
        {
            sb.Append('\n');
        }
    }

    private static void WriteDoubleQuoted(StringBuilder sb, string text)
    {
        sb.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\0':
                    sb.Append("\\0");
                    break;
                default:
                    if (c < 0x20 || c == 0x7F || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
