using System.Globalization;
using System.Numerics;
using System.Text;

namespace Calico.Sdk.Kubespray;

/// <summary>A value produced by <see cref="PythonLiteral"/>.</summary>
internal abstract record PyValue(int Offset);

/// <summary>A Python <c>str</c> (or <c>bytes</c>, which Ansible turns into text).</summary>
internal sealed record PyStr(string Value, int Offset) : PyValue(Offset);

/// <summary>A Python <c>int</c>.</summary>
internal sealed record PyInt(BigInteger Value, int Offset) : PyValue(Offset);

/// <summary>A Python <c>float</c>.</summary>
internal sealed record PyFloat(double Value, int Offset) : PyValue(Offset);

/// <summary>A Python <c>bool</c>.</summary>
internal sealed record PyBool(bool Value, int Offset) : PyValue(Offset);

/// <summary>Python's <c>None</c>.</summary>
internal sealed record PyNone(int Offset) : PyValue(Offset);

/// <summary>
/// A valid Python literal that no inventory value can hold (a complex number, a set, <c>...</c>, a string with a
/// <c>\N{…}</c> escape or a lone surrogate, a dict with an unhashable key). <c>literal_eval</c> accepts it, so a
/// string with this text must be quoted when written; read back, it is kept as text.
/// </summary>
/// <param name="Imaginary">True for an imaginary number such as <c>2j</c> (the right operand of <c>1+2j</c>).</param>
/// <param name="Offset">Where it starts.</param>
internal sealed record PyUnsupported(bool Imaginary, int Offset) : PyValue(Offset);

/// <summary>A Python <c>list</c> or <c>tuple</c> (both become JSON lists for Ansible's output).</summary>
internal sealed record PyList(IReadOnlyList<PyValue> Items, int Offset) : PyValue(Offset);

/// <summary>A Python <c>dict</c>, keys in insertion order.</summary>
internal sealed record PyDict(IReadOnlyList<KeyValuePair<PyValue, PyValue>> Entries, int Offset) : PyValue(Offset);

/// <summary>
/// Python's <c>ast.literal_eval</c> for the values of Ansible INI inventories: strings (all prefixes and escapes,
/// implicit concatenation), numbers, <c>True</c>/<c>False</c>/<c>None</c>, lists, tuples, dicts and a leading sign.
/// Whatever <c>literal_eval</c> rejects, this rejects too (null), and Ansible then keeps the text as a string. Complex
/// numbers, sets, <c>...</c> and <c>\N{…}</c> escapes are valid Python that no inventory value can hold (Ansible cannot
/// even serialise them); they evaluate to <see cref="PyUnsupported"/>.
/// </summary>
internal sealed class PythonLiteral
{
    private const int MaxNesting = 199; // CPython's parser gives up at 200 nested brackets

    private readonly string _s;
    private int _pos;
    private int _depth;
    private bool _textUnsupported;

    private PythonLiteral(string s) => _s = s;

    /// <summary>Evaluates <paramref name="text"/>; null when <c>literal_eval</c> would raise.</summary>
    public static PyValue? Evaluate(string text)
    {
        if (text.Contains('\0'))
        {
            return null;
        }

        // literal_eval strips leading spaces and tabs before parsing.
        var skip = 0;
        while (skip < text.Length && text[skip] is ' ' or '\t')
        {
            skip++;
        }

        var p = new PythonLiteral(text) { _pos = skip };
        try
        {
            var v = p.ParseTestList(top: true);
            if (v is null)
            {
                return null;
            }

            p.SkipSpace();
            return p._pos == text.Length ? v : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool IsIdentStart(char c) => char.IsLetter(c) || c == '_' || c > '\x7f';

    private static bool IsIdentPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c > '\x7f';

    private void SkipSpace()
    {
        while (_pos < _s.Length)
        {
            var c = _s[_pos];
            if (c is ' ' or '\t' or '\f')
            {
                _pos++;
            }
            else if (c == '#')
            {
                _pos = _s.Length;
            }
            else
            {
                break;
            }
        }
    }

    private char Peek()
    {
        SkipSpace();
        return _pos < _s.Length ? _s[_pos] : '\0';
    }

    // testlist: test (',' test)* [','] — a bare tuple at the top level.
    private PyValue? ParseTestList(bool top)
    {
        var start = _pos;
        var first = ParseTest();
        if (first is null)
        {
            return null;
        }

        if (!top || Peek() != ',')
        {
            return first;
        }

        var items = new List<PyValue> { first };
        while (Peek() == ',')
        {
            _pos++;
            var c = Peek();
            if (c == '\0')
            {
                break;
            }

            var next = ParseTest();
            if (next is null)
            {
                return null;
            }

            items.Add(next);
        }

        return Container(items, new PyList(items, start));
    }

    private PyValue? ParseTest()
    {
        SkipSpace();
        var start = _pos;
        PyValue? value;
        if (_pos < _s.Length && _s[_pos] is '+' or '-')
        {
            var negative = _s[_pos] == '-';
            _pos++;
            var operand = ParseAtom();

            // Only a number may carry a sign, and only one sign (literal_eval rejects "--1" and "-True").
            value = operand switch
            {
                PyInt i => negative ? new PyInt(-i.Value, start) : i with { Offset = start },
                PyFloat f => negative ? new PyFloat(-f.Value, start) : f with { Offset = start },
                PyUnsupported { Imaginary: true } => new PyUnsupported(false, start),
                _ => null,
            };
        }
        else
        {
            value = ParseAtom();
        }

        if (value is PyInt or PyFloat && Peek() is '+' or '-')
        {
            // "1+2j": a real number plus or minus an unsigned imaginary one is the only operation literal_eval allows.
            var save = _pos;
            _pos++;
            SkipSpace();
            if (_pos < _s.Length && _s[_pos] is not ('+' or '-') && ParseAtom() is PyUnsupported { Imaginary: true })
            {
                value = new PyUnsupported(false, start);
            }
            else
            {
                _pos = save;
            }
        }

        return value is null ? null : RejectBinaryOperator(value);
    }

    // Any other operator after a value makes the text an expression that literal_eval rejects.
    private PyValue? RejectBinaryOperator(PyValue v)
    {
        var c = Peek();
        return c is '+' or '-' or '*' or '/' or '%' or '@' or '&' or '|' or '^' or '<' or '>' or '=' or '.' or '[' or '(' ? null : v;
    }

    private PyValue? ParseAtom()
    {
        SkipSpace();
        if (_pos >= _s.Length)
        {
            return null;
        }

        var c = _s[_pos];
        var start = _pos;
        switch (c)
        {
            case '(':
                return ParseParenthesized();
            case '[':
                return ParseList();
            case '{':
                return ParseDict();
        }

        if (c == '.' && _pos + 2 < _s.Length && _s[_pos + 1] == '.' && _s[_pos + 2] == '.')
        {
            _pos += 3;
            return new PyUnsupported(false, start); // Ellipsis
        }

        if ((char.IsDigit(c) && c <= '9') || (c == '.' && _pos + 1 < _s.Length && _s[_pos + 1] is >= '0' and <= '9'))
        {
            return ParseNumber();
        }

        if (c is '\'' or '"' || IsIdentStart(c))
        {
            // A string, possibly prefixed, possibly several concatenated; or a name.
            if (TryStringPrefix(out _))
            {
                return ParseStrings(start);
            }

            var end = _pos;
            while (end < _s.Length && IsIdentPart(_s[end]))
            {
                end++;
            }

            var name = _s.Substring(_pos, end - _pos);
            _pos = end;
            return name switch
            {
                "True" => new PyBool(true, start),
                "False" => new PyBool(false, start),
                "None" => new PyNone(start),
                "set" when Peek() == '(' && _pos + 1 < _s.Length && AfterOpenParenIsClose() => new PyUnsupported(false, start),
                _ => null,
            };
        }

        return null;
    }

    private bool AfterOpenParenIsClose()
    {
        var save = _pos;
        _pos++;
        var close = Peek() == ')';
        if (close)
        {
            _pos++;
        }
        else
        {
            _pos = save;
        }

        return close;
    }

    private void Enter()
    {
        if (++_depth > MaxNesting)
        {
            throw new FormatException("too many nested parentheses");
        }
    }

    private PyValue? ParseParenthesized()
    {
        var start = _pos;
        _pos++;
        Enter();
        try
        {
            if (Peek() == ')')
            {
                _pos++;
                return new PyList([], start);
            }

            var first = ParseTest();
            if (first is null)
            {
                return null;
            }

            if (Peek() == ')')
            {
                _pos++;
                return first; // plain parentheses, not a tuple
            }

            var items = new List<PyValue> { first };
            while (Peek() == ',')
            {
                _pos++;
                if (Peek() == ')')
                {
                    break;
                }

                var next = ParseTest();
                if (next is null)
                {
                    return null;
                }

                items.Add(next);
            }

            if (Peek() != ')')
            {
                return null;
            }

            _pos++;
            return Container(items, new PyList(items, start));
        }
        finally
        {
            _depth--;
        }
    }

    private PyValue? ParseList()
    {
        var start = _pos;
        _pos++;
        Enter();
        try
        {
            var items = new List<PyValue>();
            while (true)
            {
                if (Peek() == ']')
                {
                    _pos++;
                    return Container(items, new PyList(items, start));
                }

                var item = ParseTest();
                if (item is null)
                {
                    return null;
                }

                items.Add(item);
                var c = Peek();
                if (c == ',')
                {
                    _pos++;
                }
                else if (c != ']')
                {
                    return null;
                }
            }
        }
        finally
        {
            _depth--;
        }
    }

    private PyValue? ParseDict()
    {
        var start = _pos;
        _pos++;
        Enter();
        try
        {
            var entries = new List<KeyValuePair<PyValue, PyValue>>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var unsupported = false;
            while (true)
            {
                if (Peek() == '}')
                {
                    _pos++;
                    return unsupported ? new PyUnsupported(false, start) : new PyDict(entries, start);
                }

                var key = ParseTest();
                if (key is null)
                {
                    return null;
                }

                if (entries.Count == 0 && !unsupported && Peek() is ',' or '}')
                {
                    return ParseSetRest(start);
                }

                if (Peek() != ':')
                {
                    return null;
                }

                _pos++;
                var value = ParseTest();
                if (value is null)
                {
                    return null;
                }

                // An unhashable key makes Python raise TypeError (which Ansible does not catch); a valid literal all the same.
                var identity = HashIdentity(key);
                if (identity is null || value is PyUnsupported)
                {
                    unsupported = true;
                }
                else if (index.TryGetValue(identity, out var at))
                {
                    // Python dict semantics: the first key object keeps its place, the last value wins.
                    entries[at] = new KeyValuePair<PyValue, PyValue>(entries[at].Key, value);
                }
                else
                {
                    index[identity] = entries.Count;
                    entries.Add(new KeyValuePair<PyValue, PyValue>(key, value));
                }

                var c = Peek();
                if (c == ',')
                {
                    _pos++;
                }
                else if (c != '}')
                {
                    return null;
                }
            }
        }
        finally
        {
            _depth--;
        }
    }

    // "{a, b}": a set, after its first item.
    private PyValue? ParseSetRest(int start)
    {
        while (true)
        {
            var c = Peek();
            if (c == '}')
            {
                _pos++;
                return new PyUnsupported(false, start);
            }

            if (c != ',')
            {
                return null;
            }

            _pos++;
            if (Peek() == '}')
            {
                continue;
            }

            if (ParseTest() is null)
            {
                return null;
            }
        }
    }

    private static PyValue Container(List<PyValue> items, PyValue container) =>
        items.Any(i => i is PyUnsupported) ? new PyUnsupported(false, container.Offset) : container;

    // Python's key equality: 1 == 1.0 == True, so they are the same dict key.
    private static string? HashIdentity(PyValue key) => key switch
    {
        PyStr s => "s:" + s.Value,
        PyBool b => "n:" + (b.Value ? "1" : "0"),
        PyInt i => "n:" + i.Value.ToString(CultureInfo.InvariantCulture),
        PyFloat f when !double.IsNaN(f.Value) && !double.IsInfinity(f.Value) && Math.Floor(f.Value) == f.Value && Math.Abs(f.Value) < 1e300 =>
            "n:" + new BigInteger(f.Value).ToString(CultureInfo.InvariantCulture),
        PyFloat f => "f:" + f.Value.ToString("R", CultureInfo.InvariantCulture),
        PyNone => "none",
        _ => null, // lists and dicts are unhashable; tuples are hashable, but no inventory value has tuple keys
    };

    private bool TryStringPrefix(out int quoteAt)
    {
        quoteAt = _pos;
        var end = _pos;
        while (end < _s.Length && end - _pos < 3 && char.IsLetter(_s[end]))
        {
            end++;
        }

        if (end < _s.Length && _s[end] is '\'' or '"')
        {
            var prefix = _s.Substring(_pos, end - _pos).ToLowerInvariant();
            if (prefix is "" or "r" or "u" or "b" or "br" or "rb" or "f" or "fr" or "rf")
            {
                quoteAt = end;
                return true;
            }
        }

        return false;
    }

    private PyValue? ParseStrings(int start)
    {
        var sb = new StringBuilder();
        bool? isBytes = null;
        _textUnsupported = false;
        while (true)
        {
            SkipSpace();
            if (_pos >= _s.Length || !TryStringPrefix(out var quoteAt))
            {
                break;
            }

            var prefix = _s.Substring(_pos, quoteAt - _pos).ToLowerInvariant();
            if (prefix.Contains('f'))
            {
                return null; // an f-string is a JoinedStr, which literal_eval rejects
            }

            var bytes = prefix.Contains('b');
            if (isBytes is { } wasBytes && wasBytes != bytes)
            {
                return null; // cannot mix bytes and str
            }

            isBytes = bytes;
            _pos = quoteAt;
            var raw = prefix.Contains('r');
            if (!ReadOneString(sb, raw, bytes))
            {
                return null;
            }
        }

        if (isBytes == true)
        {
            // Ansible's to_text decodes bytes as UTF-8; anything else would become surrogate escapes.
            var data = new byte[sb.Length];
            for (var i = 0; i < sb.Length; i++)
            {
                data[i] = (byte)sb[i];
            }

            try
            {
                return new PyStr(new UTF8Encoding(false, true).GetString(data), start);
            }
            catch (ArgumentException)
            {
                return new PyUnsupported(false, start); // valid bytes, but not UTF-8 text
            }
        }

        // A following name or number right after the last string is a syntax error.
        var after = Peek();
        if (IsIdentStart(after) || char.IsDigit(after))
        {
            return null;
        }

        return _textUnsupported ? new PyUnsupported(false, start) : new PyStr(sb.ToString(), start);
    }

    private bool ReadOneString(StringBuilder sb, bool raw, bool bytes)
    {
        var quote = _s[_pos];
        var triple = _pos + 2 < _s.Length && _s[_pos + 1] == quote && _s[_pos + 2] == quote;
        _pos += triple ? 3 : 1;
        while (true)
        {
            if (_pos >= _s.Length)
            {
                return false; // unterminated
            }

            var c = _s[_pos];
            if (c == quote && (!triple || (_pos + 2 < _s.Length && _s[_pos + 1] == quote && _s[_pos + 2] == quote)))
            {
                _pos += triple ? 3 : 1;
                return true;
            }

            if (bytes && c > '\x7f')
            {
                return false; // bytes literals may only hold ASCII
            }

            if (c != '\\')
            {
                sb.Append(c);
                _pos++;
                continue;
            }

            if (_pos + 1 >= _s.Length)
            {
                return false;
            }

            var n = _s[_pos + 1];
            if (raw)
            {
                // In raw strings a backslash stays, but still protects the next character from ending the string.
                sb.Append('\\').Append(n);
                _pos += 2;
                continue;
            }

            _pos += 2;
            switch (n)
            {
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    var v = n - '0';
                    for (var k = 0; k < 2 && _pos < _s.Length && _s[_pos] is >= '0' and <= '7'; k++)
                    {
                        v = (v * 8) + (_s[_pos] - '0');
                        _pos++;
                    }

                    if (bytes)
                    {
                        sb.Append((char)(v & 0xff));
                    }
                    else
                    {
                        sb.Append((char)v);
                    }

                    break;
                }

                case 'x':
                    if (!ReadHex(sb, 2, bytes))
                    {
                        return false;
                    }

                    break;
                case 'u' when !bytes:
                    if (!ReadHex(sb, 4, false))
                    {
                        return false;
                    }

                    break;
                case 'U' when !bytes:
                    if (!ReadHex(sb, 8, false))
                    {
                        return false;
                    }

                    break;
                case 'N' when !bytes:
                {
                    // A named escape needs Unicode's name table, which .NET lacks: a valid literal this reader cannot spell out.
                    var close = _pos < _s.Length && _s[_pos] == '{' ? _s.IndexOf('}', _pos) : -1;
                    if (close <= _pos + 1)
                    {
                        return false;
                    }

                    _pos = close + 1;
                    _textUnsupported = true;
                    break;
                }
                default:
                    // Unknown escapes keep their backslash.
                    sb.Append('\\').Append(n);
                    break;
            }
        }
    }

    private bool ReadHex(StringBuilder sb, int count, bool bytes)
    {
        if (_pos + count > _s.Length)
        {
            return false;
        }

        var hex = _s.Substring(_pos, count);
        if (!hex.All(Uri.IsHexDigit) || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
        {
            return false;
        }

        _pos += count;
        if (bytes || count == 2)
        {
            sb.Append((char)v);
            return true;
        }

        if (v > 0x10FFFF)
        {
            return false;
        }

        if (v >= 0xD800 && v <= 0xDFFF)
        {
            _textUnsupported = true; // a lone surrogate: valid Python, but not storable as UTF-8 text
            return true;
        }

        sb.Append(char.ConvertFromUtf32(v));
        return true;
    }

    private PyValue? ParseNumber()
    {
        var start = _pos;
        var s = _s;
        var i = _pos;

        static bool Digits(string s, ref int i, Func<char, bool> isDigit)
        {
            // digit (["_"] digit)*
            if (i >= s.Length || !isDigit(s[i]))
            {
                return false;
            }

            i++;
            while (i < s.Length)
            {
                if (isDigit(s[i]))
                {
                    i++;
                }
                else if (s[i] == '_' && i + 1 < s.Length && isDigit(s[i + 1]))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            return true;
        }

        static bool Dec(char c) => c is >= '0' and <= '9';

        PyValue? Finish(int end, PyValue value)
        {
            // A letter, digit or underscore glued to a number is a syntax error.
            if (end < s.Length && (IsIdentPart(s[end]) || s[end] == '.'))
            {
                return null;
            }

            _pos = end;
            return value;
        }

        if (s[i] == '0' && i + 1 < s.Length && s[i + 1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            var radix = char.ToLowerInvariant(s[i + 1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            Func<char, bool> isDigit = radix switch
            {
                16 => Uri.IsHexDigit,
                8 => c => c is >= '0' and <= '7',
                _ => c => c is '0' or '1',
            };
            var j = i + 2;
            if (j < s.Length && s[j] == '_')
            {
                j++;
            }

            var digitsStart = j;
            if (!Digits(s, ref j, isDigit))
            {
                return null;
            }

            var v = BigInteger.Zero;
            foreach (var c in s.Substring(digitsStart, j - digitsStart))
            {
                if (c != '_')
                {
                    v = (v * radix) + Convert.ToInt32(c.ToString(), 16);
                }
            }

            return Finish(j, new PyInt(v, start));
        }

        var k = i;
        var hasInt = Digits(s, ref k, Dec);
        var isFloat = false;
        if (k < s.Length && s[k] == '.')
        {
            var f = k + 1;
            if (Digits(s, ref f, Dec))
            {
                k = f;
                isFloat = true;
            }
            else if (hasInt)
            {
                k++; // "1." is a float
                isFloat = true;
            }
            else
            {
                return null;
            }
        }

        if (k < s.Length && s[k] is 'e' or 'E' && (hasInt || isFloat))
        {
            var e = k + 1;
            if (e < s.Length && s[e] is '+' or '-')
            {
                e++;
            }

            if (Digits(s, ref e, Dec))
            {
                k = e;
                isFloat = true;
            }
        }

        if (k < s.Length && s[k] is 'j' or 'J' && (hasInt || isFloat))
        {
            return Finish(k + 1, new PyUnsupported(true, start)); // an imaginary number ("007j" is valid, "007" is not)
        }

        var text = s.Substring(i, k - i).Replace("_", string.Empty);
        if (isFloat)
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? Finish(k, new PyFloat(d, start)) : null;
        }

        if (!hasInt)
        {
            return null;
        }

        // "007" is a syntax error; "000" is zero.
        if (text.Length > 1 && text[0] == '0' && text.Any(ch => ch != '0'))
        {
            return null;
        }

        return Finish(k, new PyInt(BigInteger.Parse(text, CultureInfo.InvariantCulture), start));
    }
}
