using System.Text;

namespace Calico.Sdk.Kubespray;

/// <summary>One token of a host line, with the position in the line that each of its characters came from.</summary>
/// <param name="Text">The token after quote removal.</param>
/// <param name="Start">Index in the line where the token starts (its first character, quote or not).</param>
/// <param name="Sources">For each character of <paramref name="Text"/>, its index in the line.</param>
internal sealed record ShlexToken(string Text, int Start, int[] Sources)
{
    /// <summary>The line index of character <paramref name="i"/> of the text; past the end, the index after the last one.</summary>
    public int SourceOf(int i) => i < Sources.Length ? Sources[i] : (Sources.Length == 0 ? Start : Sources[Sources.Length - 1] + 1);
}

/// <summary>
/// Python's <c>shlex.split(s, comments=True)</c> in POSIX mode, which Ansible uses to cut an INI host line into
/// tokens: whitespace separates, single quotes take everything literally, double quotes let a backslash escape only
/// <c>"</c> and <c>\</c>, a backslash outside quotes escapes any character, and <c>#</c> outside quotes ends the line
/// even in the middle of a word.
/// </summary>
internal static class PythonShlex
{
    private const char None = '\0';

    public static bool IsShlexSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    /// <summary>Splits a line; returns null and an error message (Python's wording) when a quote or escape is unterminated.</summary>
    public static List<ShlexToken>? Split(string line, out string? error)
    {
        error = null;
        var tokens = new List<ShlexToken>();
        var token = new StringBuilder();
        var sources = new List<int>();
        var state = ' ';
        var escapedState = 'a';
        var start = -1;
        var i = 0;

        void Emit()
        {
            tokens.Add(new ShlexToken(token.ToString(), start, sources.ToArray()));
            token.Clear();
            sources.Clear();
            start = -1;
        }

        while (true)
        {
            var atEnd = i >= line.Length;
            var c = atEnd ? None : line[i];
            if (state == ' ')
            {
                if (atEnd)
                {
                    break;
                }

                if (IsShlexSpace(c))
                {
                    i++;
                    continue;
                }

                if (c == '#')
                {
                    break; // the rest of the line is a comment
                }

                start = i;
                if (c == '\\')
                {
                    escapedState = 'a';
                    state = '\\';
                }
                else if (c is '\'' or '"')
                {
                    state = c;
                }
                else
                {
                    token.Append(c);
                    sources.Add(i);
                    state = 'a';
                }

                i++;
            }
            else if (state is '\'' or '"')
            {
                if (atEnd)
                {
                    error = "No closing quotation";
                    return null;
                }

                if (c == state)
                {
                    state = 'a';
                }
                else if (c == '\\' && state == '"')
                {
                    escapedState = state;
                    state = '\\';
                }
                else
                {
                    token.Append(c);
                    sources.Add(i);
                }

                i++;
            }
            else if (state == '\\')
            {
                if (atEnd)
                {
                    error = "No escaped character";
                    return null;
                }

                // Inside double quotes only the quote itself and the backslash can be escaped.
                if (escapedState is '\'' or '"' && c != '\\' && c != escapedState)
                {
                    token.Append('\\');
                    sources.Add(i - 1);
                }

                token.Append(c);
                sources.Add(i);
                state = escapedState;
                i++;
            }
            else
            {
                // state 'a': inside a word
                if (atEnd)
                {
                    Emit();
                    break;
                }

                if (IsShlexSpace(c))
                {
                    Emit();
                    state = ' ';
                    i++;
                }
                else if (c == '#')
                {
                    Emit();
                    break;
                }
                else if (c is '\'' or '"')
                {
                    state = c;
                    i++;
                }
                else if (c == '\\')
                {
                    escapedState = 'a';
                    state = '\\';
                    i++;
                }
                else
                {
                    token.Append(c);
                    sources.Add(i);
                    i++;
                }
            }
        }

        return tokens;
    }

    /// <summary>True when <paramref name="text"/> survives <see cref="Split"/> unchanged as one token without quoting.</summary>
    public static bool IsBareSafe(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (IsShlexSpace(c) || c is '\'' or '"' or '\\' or '#' || PythonText.IsSpace(c) || PythonText.IsLineBreak(c) || c == '\0')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Quotes <paramref name="text"/> so that <see cref="Split"/> gives it back as one token: bare when safe, in single
    /// quotes when it holds no single quote, else in double quotes with <c>"</c> and <c>\</c> escaped. The text must not
    /// contain line breaks (the caller turns those into Python escapes first).
    /// </summary>
    public static string Quote(string text)
    {
        return IsBareSafe(text) ? text : ForceQuote(text);
    }

    /// <summary>Quotes <paramref name="text"/> even when it would be safe bare (single quotes when possible).</summary>
    public static string ForceQuote(string text)
    {
        if (!text.Contains('\''))
        {
            return "'" + text + "'";
        }

        return "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }
}
