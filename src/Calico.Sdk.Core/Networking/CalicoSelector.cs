namespace Calico.Sdk;

/// <summary>
/// Checks Calico's label-selector syntax, as used in BGPPeer <c>nodeSelector</c>/<c>peerSelector</c> and IPPool
/// <c>nodeSelector</c>: <c>key == "v"</c>, <c>!=</c>, <c>in {"a","b"}</c>, <c>not in {…}</c>, <c>contains</c>,
/// <c>starts with</c>, <c>ends with</c>, <c>has(key)</c>, <c>all()</c>, <c>global()</c>, <c>!</c>, <c>&amp;&amp;</c>,
/// <c>||</c> and parentheses; strings in single or double quotes; label keys of 1–512 characters
/// <c>[A-Za-z0-9_./-]</c>. Never throws.
/// </summary>
public static class CalicoSelector
{
    private const int MaxLabelLength = 512;
    private const int MaxDepth = 64;

    /// <summary>Checks a selector.</summary>
    /// <param name="text">The selector.</param>
    /// <param name="error">Why it does not parse (with the character position), otherwise null.</param>
    /// <returns>True when Calico would accept the selector.</returns>
    public static bool TryValidate(string? text, out string? error)
    {
        error = null;
        if (text is null)
        {
            error = "no selector";
            return false;
        }

        if (!Tokenize(text, out var tokens, out error))
        {
            return false;
        }

        var parser = new Parser(tokens);
        if (tokens.Count == 1)
        {
            // An empty selector selects everything.
            return true;
        }

        if (!parser.Expression(0, out error))
        {
            return false;
        }

        if (parser.Current.Kind != Kind.End)
        {
            error = $"unexpected {parser.Current.Describe()} at character {parser.Current.Position + 1}";
            return false;
        }

        return true;
    }

    /// <summary>True when <paramref name="c"/> may appear in a label key.</summary>
    /// <param name="c">A character.</param>
    public static bool IsLabelChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '.' or '/' or '-';

    private enum Kind
    {
        End,
        Label,
        String,
        Has,
        All,
        Global,
        Not,
        And,
        Or,
        Eq,
        NotEq,
        In,
        NotIn,
        Contains,
        StartsWith,
        EndsWith,
        LParen,
        RParen,
        LBrace,
        RBrace,
        Comma,
    }

    private static bool Tokenize(string text, out List<Token> tokens, out string? error)
    {
        tokens = [];
        error = null;
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                tokens.Add(new Token(Kind.End, string.Empty, i));
                return true;
            }

            var start = i;
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            switch (c)
            {
                case '&' when next == '&':
                    tokens.Add(new Token(Kind.And, "&&", start));
                    i += 2;
                    continue;
                case '|' when next == '|':
                    tokens.Add(new Token(Kind.Or, "||", start));
                    i += 2;
                    continue;
                case '=' when next == '=':
                    tokens.Add(new Token(Kind.Eq, "==", start));
                    i += 2;
                    continue;
                case '!' when next == '=':
                    tokens.Add(new Token(Kind.NotEq, "!=", start));
                    i += 2;
                    continue;
                case '!':
                    tokens.Add(new Token(Kind.Not, "!", start));
                    i++;
                    continue;
                case '(':
                    tokens.Add(new Token(Kind.LParen, "(", start));
                    i++;
                    continue;
                case ')':
                    tokens.Add(new Token(Kind.RParen, ")", start));
                    i++;
                    continue;
                case '{':
                    tokens.Add(new Token(Kind.LBrace, "{", start));
                    i++;
                    continue;
                case '}':
                    tokens.Add(new Token(Kind.RBrace, "}", start));
                    i++;
                    continue;
                case ',':
                    tokens.Add(new Token(Kind.Comma, ",", start));
                    i++;
                    continue;
                case '"' or '\'':
                    var close = text.IndexOf(c, i + 1);
                    if (close < 0)
                    {
                        error = $"unterminated string starting at character {start + 1}";
                        return false;
                    }

                    tokens.Add(new Token(Kind.String, text.Substring(i + 1, close - i - 1), start));
                    i = close + 1;
                    continue;
            }

            if (TryFunction(text, ref i, "has", out var label, out error))
            {
                if (error is not null)
                {
                    return false;
                }

                tokens.Add(new Token(Kind.Has, label!, start));
                continue;
            }

            if (TryFunction(text, ref i, "all", out label, out error) || TryFunction(text, ref i, "global", out label, out error))
            {
                if (error is not null || label!.Length > 0)
                {
                    error ??= $"all() and global() take no argument (character {start + 1})";
                    return false;
                }

                tokens.Add(new Token(text[start] == 'a' ? Kind.All : Kind.Global, text.Substring(start, i - start), start));
                continue;
            }

            if (TryWords(text, ref i, "not", "in"))
            {
                tokens.Add(new Token(Kind.NotIn, "not in", start));
                continue;
            }

            if (TryWords(text, ref i, "notin", null))
            {
                tokens.Add(new Token(Kind.NotIn, "notin", start));
                continue;
            }

            if (TryWords(text, ref i, "in", null))
            {
                tokens.Add(new Token(Kind.In, "in", start));
                continue;
            }

            if (TryWords(text, ref i, "contains", null))
            {
                tokens.Add(new Token(Kind.Contains, "contains", start));
                continue;
            }

            if (TryWords(text, ref i, "starts", "with"))
            {
                tokens.Add(new Token(Kind.StartsWith, "starts with", start));
                continue;
            }

            if (TryWords(text, ref i, "ends", "with"))
            {
                tokens.Add(new Token(Kind.EndsWith, "ends with", start));
                continue;
            }

            if (IsLabelChar(c))
            {
                while (i < text.Length && IsLabelChar(text[i]))
                {
                    i++;
                }

                if (i - start > MaxLabelLength)
                {
                    error = $"label at character {start + 1} is longer than {MaxLabelLength} characters";
                    return false;
                }

                tokens.Add(new Token(Kind.Label, text.Substring(start, i - start), start));
                continue;
            }

            error = $"unexpected character '{c}' at character {start + 1}";
            return false;
        }
    }

    // name ( spaces label? spaces ) — sets i past it and returns true when text at i starts with "name(".
    private static bool TryFunction(string text, ref int i, string name, out string? label, out string? error)
    {
        label = null;
        error = null;
        var j = i;
        if (string.CompareOrdinal(text, j, name, 0, name.Length) != 0)
        {
            return false;
        }

        j += name.Length;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        if (j >= text.Length || text[j] != '(')
        {
            return false;
        }

        j++;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        var labelStart = j;
        while (j < text.Length && IsLabelChar(text[j]))
        {
            j++;
        }

        label = text.Substring(labelStart, j - labelStart);
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        if (j >= text.Length || text[j] != ')')
        {
            error = $"{name}( at character {i + 1} is not closed by ')' after a label";
            i = j;
            return true;
        }

        if (name == "has" && (label.Length == 0 || label.Length > MaxLabelLength))
        {
            error = $"has() at character {i + 1} needs a label of 1–{MaxLabelLength} characters";
            i = j;
            return true;
        }

        i = j + 1;
        return true;
    }

    // A keyword (optionally two words separated by spaces) that is not the start of a longer label.
    private static bool TryWords(string text, ref int i, string first, string? second)
    {
        var j = i;
        if (string.CompareOrdinal(text, j, first, 0, first.Length) != 0)
        {
            return false;
        }

        j += first.Length;
        if (second is not null)
        {
            var k = j;
            while (k < text.Length && char.IsWhiteSpace(text[k]))
            {
                k++;
            }

            if (string.CompareOrdinal(text, k, second, 0, second.Length) != 0)
            {
                return false;
            }

            j = k + second.Length;
        }

        if (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] == '_'))
        {
            return false;
        }

        i = j;
        return true;
    }

    private readonly struct Token(Kind kind, string text, int position)
    {
        public Kind Kind { get; } = kind;

        public string Text { get; } = text;

        public int Position { get; } = position;

        public string Describe() => Kind == Kind.End ? "end of selector" : $"'{Text}'";
    }

    private sealed class Parser(List<Token> tokens)
    {
        private int _at;

        public Token Current => tokens[_at];

        // expression := and ('||' and)*
        public bool Expression(int depth, out string? error)
        {
            if (!And(depth, out error))
            {
                return false;
            }

            while (Current.Kind == Kind.Or)
            {
                _at++;
                if (!And(depth, out error))
                {
                    return false;
                }
            }

            return true;
        }

        // and := unary ('&&' unary)*
        private bool And(int depth, out string? error)
        {
            if (!Unary(depth, out error))
            {
                return false;
            }

            while (Current.Kind == Kind.And)
            {
                _at++;
                if (!Unary(depth, out error))
                {
                    return false;
                }
            }

            return true;
        }

        private bool Unary(int depth, out string? error)
        {
            error = null;
            if (depth > MaxDepth)
            {
                error = $"selector nested deeper than {MaxDepth} levels";
                return false;
            }

            var t = Current;
            switch (t.Kind)
            {
                case Kind.Not:
                    _at++;
                    return Unary(depth + 1, out error);
                case Kind.LParen:
                    _at++;
                    if (!Expression(depth + 1, out error))
                    {
                        return false;
                    }

                    if (Current.Kind != Kind.RParen)
                    {
                        error = $"expected ')' but found {Current.Describe()} at character {Current.Position + 1}";
                        return false;
                    }

                    _at++;
                    return true;
                case Kind.Has or Kind.All or Kind.Global:
                    _at++;
                    return true;
                case Kind.Label:
                    _at++;
                    return Comparison(t, out error);
                default:
                    error = $"expected a label, has(), all(), '!' or '(' but found {t.Describe()} at character {t.Position + 1}";
                    return false;
            }
        }

        private bool Comparison(Token label, out string? error)
        {
            error = null;
            var op = Current;
            switch (op.Kind)
            {
                case Kind.Eq or Kind.NotEq or Kind.Contains or Kind.StartsWith or Kind.EndsWith:
                    _at++;
                    if (Current.Kind != Kind.String)
                    {
                        error = $"expected a quoted string after {op.Describe()} but found {Current.Describe()} at character {Current.Position + 1}";
                        return false;
                    }

                    _at++;
                    return true;
                case Kind.In or Kind.NotIn:
                    _at++;
                    return Set(out error);
                default:
                    error = $"expected an operator (==, !=, in, not in, contains, starts with, ends with) after label '{label.Text}' but found {op.Describe()} at character {op.Position + 1}";
                    return false;
            }
        }

        private bool Set(out string? error)
        {
            error = null;
            if (Current.Kind != Kind.LBrace)
            {
                error = $"expected '{{' but found {Current.Describe()} at character {Current.Position + 1}";
                return false;
            }

            _at++;
            if (Current.Kind == Kind.RBrace)
            {
                _at++;
                return true;
            }

            while (true)
            {
                if (Current.Kind != Kind.String)
                {
                    error = $"expected a quoted string in the set but found {Current.Describe()} at character {Current.Position + 1}";
                    return false;
                }

                _at++;
                if (Current.Kind == Kind.Comma)
                {
                    _at++;
                    continue;
                }

                if (Current.Kind == Kind.RBrace)
                {
                    _at++;
                    return true;
                }

                error = $"expected ',' or '}}' but found {Current.Describe()} at character {Current.Position + 1}";
                return false;
            }
        }
    }
}
