using System.Globalization;
using System.Text;

namespace Calico.Sdk.Kubespray;

/// <summary>
/// Python's rules for whitespace, line splitting and string quoting, as Ansible's INI inventory plugin applies them
/// (<c>str.splitlines</c>, <c>str.strip</c>, <c>repr</c>). .NET's own notions differ in a few characters, and those
/// few characters decide whether Ansible sees one line or two, or a value with or without a trailing space.
/// </summary>
internal static class PythonText
{
    /// <summary>Python's <c>str.isspace</c>.</summary>
    public static bool IsSpace(char c) => c switch
    {
        ' ' or '\t' or '\n' or '\v' or '\f' or '\r' => true,
        '\x1c' or '\x1d' or '\x1e' or '\x1f' or '\x85' or '\xa0' => true,
        '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    /// <summary>The characters at which Python's <c>str.splitlines</c> breaks a line.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    /// <summary>Python's <c>str.strip()</c>.</summary>
    public static string Strip(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }

        return s.Substring(start, end - start);
    }

    /// <summary>Index of the first character that <c>str.strip()</c> keeps, or the length when all is whitespace.</summary>
    public static int LeadingSpaceCount(string s)
    {
        var i = 0;
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Python's <c>str.splitlines()</c>: the lines without their line breaks.</summary>
    public static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsLineBreak(c))
            {
                lines.Add(text.Substring(start, i - start));
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                start = i;
            }
            else
            {
                i++;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }

    /// <summary>
    /// A Python string literal for <paramref name="s"/> in single quotes, escaping only backslash, quote, newline,
    /// carriage return and tab. Every other character stays as it is, so the literal is also understood by
    /// <see cref="InventoryScalar"/>'s INI typing, which knows only those escapes.
    /// </summary>
    public static string QuoteMinimal(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('\'');
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return sb.Append('\'').ToString();
    }

    /// <summary>
    /// A Python string literal for <paramref name="s"/> that can stand on one line of an INI file: like
    /// <see cref="QuoteMinimal"/>, but every character Python or the INI reader would treat as a line break, and NUL,
    /// is written as a <c>\x</c>/<c>\u</c> escape.
    /// </summary>
    public static string QuoteForLine(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('\'');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        sb.Append(c).Append(s[i + 1]); // a well-formed pair is ordinary UTF-8 text
                        i++;
                    }
                    else if (c == '\0' || IsLineBreak(c) || char.IsSurrogate(c))
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

        return sb.Append('\'').ToString();
    }

    /// <summary>True when <paramref name="s"/> holds half of a surrogate pair on its own (not encodable as UTF-8).</summary>
    public static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Python's <c>repr(float)</c>: shortest round-trip digits, fixed notation for exponents -4..15, else scientific.</summary>
    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d))
        {
            return "nan";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf" : "-inf";
        }

        if (d == 0)
        {
            return BitConverter.DoubleToInt64Bits(d) < 0 ? "-0.0" : "0.0";
        }

        // "E16" is not shortest; "R" is, on .NET Core 3.0 and later. Normalise its digits and exponent.
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        var negative = r.StartsWith("-", StringComparison.Ordinal);
        if (negative)
        {
            r = r.Substring(1);
        }

        var exp = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exp = int.Parse(r.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r.Substring(0, e);
        }

        var dot = r.IndexOf('.');
        var intPart = dot >= 0 ? r.Substring(0, dot) : r;
        var fracPart = dot >= 0 ? r.Substring(dot + 1) : string.Empty;
        var digits = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - (intPart + fracPart).TrimStart('0').Length;

        // decimal exponent of the first significant digit
        var pointPos = intPart.Length + exp - leadingZeros;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        var exp10 = pointPos - 1;
        string body;
        if (exp10 >= -4 && exp10 < 16)
        {
            if (pointPos <= 0)
            {
                body = "0." + new string('0', -pointPos) + digits;
            }
            else if (pointPos >= digits.Length)
            {
                body = digits + new string('0', pointPos - digits.Length) + ".0";
            }
            else
            {
                body = digits.Substring(0, pointPos) + "." + digits.Substring(pointPos);
            }
        }
        else
        {
            var mantissa = digits.Length == 1 ? digits : digits.Substring(0, 1) + "." + digits.Substring(1);
            body = mantissa + "e" + (exp10 < 0 ? "-" : "+") + Math.Abs(exp10).ToString("00", CultureInfo.InvariantCulture);
        }

        return negative ? "-" + body : body;
    }
}
