using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Calico.Sdk;

/// <summary>Reads and writes the values of one C# type as inventory values. Parsing never throws.</summary>
/// <typeparam name="T">The C# type.</typeparam>
public abstract class ValueConverter<T>
    where T : notnull
{
    /// <summary>Reads a raw value.</summary>
    /// <param name="raw">The raw value.</param>
    public abstract OptionParseResult Parse(InventoryValue raw);

    /// <summary>Writes a typed value.</summary>
    /// <param name="value">The value.</param>
    public abstract InventoryValue Format(T value);

    /// <summary>Describes the accepted values for docs and messages.</summary>
    public abstract string Describe();

    /// <summary>Checks range and format of a typed value; null when acceptable.</summary>
    /// <param name="value">The value.</param>
    public virtual string? Check(T value) => null;

    // True when Format always returns a scalar: the builder can then place a value without formatting it first.
    internal virtual bool AlwaysScalar => false;

    private protected static OptionParseResult Ok(object value, string? warning = null) => new(true, value, null, warning);

    private protected static OptionParseResult Fail(string error, SourceLocation? at = null) => new(false, null, error, null, at);

    private protected static string KindName(InventoryValue v) => v switch
    {
        InventoryScalar s => s.Kind switch
        {
            ScalarKind.Null => "an empty value",
            ScalarKind.Boolean => "a boolean",
            ScalarKind.Integer => "an integer",
            ScalarKind.Float => "a number",
            _ => "a string",
        },
        InventorySequence => "a list",
        _ => "a mapping",
    };
}

/// <summary>The converters the catalog is built from.</summary>
public static partial class Converters
{
    /// <summary>Booleans. Strings spelling a boolean are accepted with a warning (Jinja treats any non-empty string as true).</summary>
    public static ValueConverter<bool> Boolean { get; } = new BoolConverter();

    /// <summary>Free-text strings; numbers are accepted as their text.</summary>
    public static ValueConverter<string> Text { get; } = new StringConverter(null, null);

    /// <summary>IPv4 or IPv6 addresses.</summary>
    public static ValueConverter<IPAddress> IpAddress { get; } = new IpConverter();

    /// <summary>BGP AS numbers, plain or asdot, as a number or a string.</summary>
    public static ValueConverter<AsNumber> AsNumber { get; } = new AsNumberConverter();

    /// <summary>Go durations.</summary>
    public static ValueConverter<GoDuration> Duration { get; } = new ParsedStringConverter<GoDuration>((string s, out GoDuration v, out string? e) => GoDuration.TryParse(s, out v, out e), v => v.Text, "Go duration (0s, 90s, 1m30s)");

    /// <summary>Kubernetes quantities.</summary>
    public static ValueConverter<Quantity> Quantity { get; } = new ParsedStringConverter<Quantity>((string s, out Quantity v, out string? e) => Sdk.Quantity.TryParse(s, out v, out e), v => v.Text, "Kubernetes quantity (500M, 1Gi, 150m)");

    /// <summary>Any value, kept as it is (maps and lists with a free structure).</summary>
    public static ValueConverter<InventoryValue> Raw { get; } = new RawConverter();

    /// <summary>Integers within a range.</summary>
    /// <param name="min">Smallest accepted value.</param>
    /// <param name="max">Largest accepted value.</param>
    public static ValueConverter<int> Integer(int min = int.MinValue, int max = int.MaxValue) => new IntConverter(min, max);

    /// <summary>Strings matching a pattern.</summary>
    /// <param name="pattern">Regular expression the value must match.</param>
    /// <param name="what">What the pattern means, for messages.</param>
    public static ValueConverter<string> Matching(string pattern, string what) =>
        new StringConverter(new Lazy<Regex>(() => new Regex(pattern, RegexOptions.CultureInvariant)), what);

    /// <summary>Networks in CIDR notation.</summary>
    /// <param name="ipv6">True for IPv6 only, false for IPv4 only, null for either.</param>
    public static ValueConverter<Cidr> Network(bool? ipv6 = null) => new CidrConverter(ipv6);

    /// <summary>An enumeration with Kubespray's exact spellings.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="spelling">Kubespray's spelling of each member.</param>
    public static ValueConverter<TEnum> Enum<TEnum>(Func<TEnum, string> spelling)
        where TEnum : struct, System.Enum => new EnumConverter<TEnum>(spelling);

    /// <summary>A list whose items use <paramref name="item"/>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="item">The item converter.</param>
    public static ValueConverter<EquatableArray<TItem>> List<TItem>(ValueConverter<TItem> item)
        where TItem : notnull => new ListConverter<TItem>(item);

    /// <summary>A mapping of names to strings (environment variables and the like).</summary>
    public static ValueConverter<EquatableArray<StringPair>> StringMap { get; } = new StringMapConverter();

    private sealed class BoolConverter : ValueConverter<bool>
    {
        public override OptionParseResult Parse(InventoryValue raw)
        {
            if (raw is InventoryScalar { Kind: ScalarKind.Boolean } s)
            {
                return Ok(s.Canonical == "true");
            }

            if (raw is InventoryScalar { Kind: ScalarKind.String } str)
            {
                switch (str.Canonical.Trim().ToUpperInvariant())
                {
                    case "TRUE" or "YES" or "ON":
                        return Ok(true, $"'{str.Text}' is a string, not a boolean; Kubespray's templates test some booleans without '| bool', where any non-empty string counts as true");
                    case "FALSE" or "NO" or "OFF":
                        return Ok(false, $"'{str.Text}' is a string, not a boolean; Kubespray's templates test some booleans without '| bool', where the string '{str.Text}' counts as TRUE");
                }
            }

            return Fail($"expected true or false, got {KindName(raw)} {raw.Describe()}");
        }

        public override InventoryValue Format(bool value) => InventoryValue.Boolean(value);

        internal override bool AlwaysScalar => true;

        public override string Describe() => "true | false";
    }

    private sealed class IntConverter(int min, int max) : ValueConverter<int>
    {
        public override OptionParseResult Parse(InventoryValue raw)
        {
            if (raw is InventoryScalar { Kind: ScalarKind.Integer } s && int.TryParse(s.Canonical, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
            {
                return Ok(i);
            }

            if (raw is InventoryScalar { Kind: ScalarKind.String } str && int.TryParse(str.Canonical.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var j))
            {
                return Ok(j, $"'{str.Text}' is a string holding a number; Kubespray passes it on as a string (write it unquoted)");
            }

            return Fail($"expected an integer, got {KindName(raw)} {raw.Describe()}");
        }

        public override InventoryValue Format(int value) => InventoryValue.Integer(value);

        internal override bool AlwaysScalar => true;

        public override string Describe() => (min, max) switch
        {
            (int.MinValue, int.MaxValue) => "integer",
            (_, int.MaxValue) => $"integer ≥ {min}",
            _ => $"integer {min}–{max}",
        };

        public override string? Check(int value) => value < min || value > max ? $"{value} is outside {min}–{max}" : null;
    }

    // The pattern is compiled on the first check: the catalog creates every converter at start-up.
    private sealed class StringConverter(Lazy<Regex>? pattern, string? what) : ValueConverter<string>
    {
        public override OptionParseResult Parse(InventoryValue raw)
        {
            if (raw is InventoryScalar { Kind: ScalarKind.String or ScalarKind.Integer or ScalarKind.Float } s)
            {
                return Ok(s.Canonical);
            }

            return Fail($"expected a string, got {KindName(raw)} {raw.Describe()}");
        }

        public override InventoryValue Format(string value) => InventoryValue.String(value);

        internal override bool AlwaysScalar => true;

        public override string Describe() => what ?? "string";

        public override string? Check(string value) =>
            pattern is not null && !pattern.Value.IsMatch(value) && !value.Contains("{{") ? $"'{value}' is not {what}" : null;
    }

    private delegate bool TryParseText<TValue>(string text, out TValue value, out string? error);

    private sealed class ParsedStringConverter<TValue>(TryParseText<TValue> tryParse, Func<TValue, string> text, string what) : ValueConverter<TValue>
        where TValue : notnull
    {
        public override OptionParseResult Parse(InventoryValue raw)
        {
            if (raw is InventoryScalar { Kind: ScalarKind.String or ScalarKind.Integer or ScalarKind.Float } s)
            {
                var t = s.Canonical;
                return tryParse(t, out var v, out var error) ? Ok(v) : Fail(error!);
            }

            return Fail($"expected a {what}, got {KindName(raw)} {raw.Describe()}");
        }

        public override InventoryValue Format(TValue value) => InventoryValue.String(text(value));

        internal override bool AlwaysScalar => true;

        public override string Describe() => what;
    }

    private sealed class IpConverter : ValueConverter<IPAddress>
    {
        public override OptionParseResult Parse(InventoryValue raw)
        {
            if (raw is InventoryScalar { Kind: ScalarKind.String } s)
            {
                return IpAddresses.TryParseStrict(s.Canonical.Trim(), out var ip) ? Ok(ip!) : Fail($"'{s.Text}' is not an IPv4 or IPv6 address");
            }

            return Fail($"expected an IP address, got {KindName(raw)} {raw.Describe()}");
        }

        public override InventoryValue Format(IPAddress value) => InventoryValue.String(IpAddresses.Format(value));

        internal override bool AlwaysScalar => true;

        public override string Describe() => "IPv4 or IPv6 address";
    }

    private sealed class AsNumberConverter : ValueConverter<AsNumber>
    {
        public override OptionParseResult Parse(InventoryValue raw)
        {
            if (raw is InventoryScalar { Kind: ScalarKind.String or ScalarKind.Integer or ScalarKind.Float } s)
            {
                var text = s.Canonical;
                return Sdk.AsNumber.TryParse(text, out var v, out var e) ? Ok(v) : Fail(e!);
            }

            return Fail($"expected an AS number, got {KindName(raw)} {raw.Describe()}");
        }

        // Kubespray's own defaults write AS numbers as strings ("64512"); so do we.
        public override InventoryValue Format(AsNumber value) => InventoryValue.String(value.ToString());

        internal override bool AlwaysScalar => true;

        public override string Describe() => "AS number 1–4294967295 (plain or asdot)";

        public override string? Check(AsNumber value) => value.Value == 0 ? "AS number 0 is reserved (RFC 7607)" : null;
    }

    private sealed class CidrConverter(bool? ipv6) : ValueConverter<Cidr>
    {
        public override OptionParseResult Parse(InventoryValue raw)
        {
            if (raw is InventoryScalar { Kind: ScalarKind.String } s)
            {
                return Cidr.TryParse(s.Canonical.Trim(), out var c, out var e) ? Ok(c) : Fail(e!);
            }

            return Fail($"expected a network in CIDR notation, got {KindName(raw)} {raw.Describe()}");
        }

        public override InventoryValue Format(Cidr value) => InventoryValue.String(value.ToString());

        internal override bool AlwaysScalar => true;

        public override string Describe() => ipv6 switch { true => "IPv6 CIDR", false => "IPv4 CIDR", _ => "IPv4 or IPv6 CIDR" };

        public override string? Check(Cidr value) => ipv6 switch
        {
            true when !value.IsIPv6 => $"{value} is an IPv4 network where an IPv6 network is expected",
            false when value.IsIPv6 => $"{value} is an IPv6 network where an IPv4 network is expected",
            _ => null,
        };
    }

    private sealed class EnumConverter<TEnum>(Func<TEnum, string> spelling) : ValueConverter<TEnum>
        where TEnum : struct, System.Enum
    {
        // Read on first use: the catalog creates a converter per option, and most are never asked.
        private TEnum[]? _valuesCache;

        private TEnum[] Values => _valuesCache ??= (TEnum[])System.Enum.GetValues(typeof(TEnum));

        public override OptionParseResult Parse(InventoryValue raw)
        {
            if (raw is InventoryScalar { Kind: ScalarKind.Boolean } b)
            {
                var candidates = Values.Where(v => string.Equals(spelling(v), b.Text, StringComparison.Ordinal)).ToList();
                var hint = candidates.Count > 0 ? $" (YAML 1.1 reads unquoted {b.Text} as a boolean: quote it, \"{b.Text}\")" : string.Empty;
                return Fail($"expected one of {Describe()}, got the boolean {b.Text}{hint}");
            }

            if (raw is not InventoryScalar { Kind: ScalarKind.String or ScalarKind.Integer } s)
            {
                return Fail($"expected one of {Describe()}, got {KindName(raw)} {raw.Describe()}");
            }

            var text = s.Canonical;
            foreach (var v in Values)
            {
                if (string.Equals(spelling(v), text, StringComparison.Ordinal))
                {
                    return Ok(v);
                }
            }

            foreach (var v in Values)
            {
                if (string.Equals(spelling(v), text, StringComparison.OrdinalIgnoreCase))
                {
                    return Ok(v, $"'{text}' differs in case from '{spelling(v)}'; Kubespray compares values exactly");
                }
            }

            var near = Spelling.Closest(text, Values.Select(spelling));
            return Fail($"'{text}' is not one of {Describe()}" + (near is null ? string.Empty : $"; did you mean '{near}'?"));
        }

        public override InventoryValue Format(TEnum value) => InventoryValue.String(spelling(value));

        internal override bool AlwaysScalar => true;

        public override string Describe() => string.Join(" | ", Values.Select(v => spelling(v) is { Length: > 0 } s ? s : "\"\""));
    }

    private sealed class ListConverter<TItem>(ValueConverter<TItem> item) : ValueConverter<EquatableArray<TItem>>
        where TItem : notnull
    {
        public override OptionParseResult Parse(InventoryValue raw)
        {
            if (raw is not InventorySequence seq)
            {
                return Fail($"expected a list of {item.Describe()}, got {KindName(raw)} {raw.Describe()}");
            }

            var items = new List<TItem>(seq.Items.Count);
            string? warning = null;
            for (var i = 0; i < seq.Items.Count; i++)
            {
                var r = item.Parse(seq.Items[i]);
                if (!r.Success)
                {
                    return Fail($"item {i}: {r.Error}", r.ErrorLocation ?? seq.Items[i].Location);
                }

                warning ??= r.Warning is null ? null : $"item {i}: {r.Warning}";
                items.Add((TItem)r.Value!);
            }

            return Ok(items.ToEquatableArray(), warning);
        }

        public override InventoryValue Format(EquatableArray<TItem> value) =>
            new InventorySequence(value.Select(item.Format).ToEquatableArray());

        public override string Describe() => $"list of {item.Describe()}";

        public override string? Check(EquatableArray<TItem> value)
        {
            for (var i = 0; i < value.Count; i++)
            {
                if (item.Check(value[i]) is { } e)
                {
                    return $"item {i}: {e}";
                }
            }

            return null;
        }
    }

    private sealed class StringMapConverter : ValueConverter<EquatableArray<StringPair>>
    {
        public override OptionParseResult Parse(InventoryValue raw)
        {
            if (raw is not InventoryMapping map)
            {
                return Fail($"expected a mapping of names to strings, got {KindName(raw)} {raw.Describe()}");
            }

            var pairs = new List<StringPair>();
            foreach (var e in map.Entries)
            {
                if (e.Value is not InventoryScalar s || s.Kind == ScalarKind.Null)
                {
                    return Fail($"'{e.Key}': expected a string, got {KindName(e.Value)}", e.Value.Location);
                }

                pairs.Add(new StringPair(e.Key, s.Canonical));
            }

            return Ok(pairs.ToEquatableArray());
        }

        public override InventoryValue Format(EquatableArray<StringPair> value) =>
            new InventoryMapping(value.Select(p => new MappingEntry(p.Key, InventoryValue.String(p.Value))).ToEquatableArray());

        public override string Describe() => "mapping of names to strings";
    }

    private sealed class RawConverter : ValueConverter<InventoryValue>
    {
        public override OptionParseResult Parse(InventoryValue raw) =>
            raw is InventoryScalar { Kind: ScalarKind.Null } ? Fail("empty value") : Ok(raw);

        public override InventoryValue Format(InventoryValue value) => value;

        public override string Describe() => "any value";
    }
}

/// <summary>A name and a string value, such as one environment variable.</summary>
/// <param name="Key">The name.</param>
/// <param name="Value">The value.</param>
public readonly record struct StringPair(string Key, string Value);

/// <summary>"Did you mean" suggestions.</summary>
public static class Spelling
{
    /// <summary>The candidate closest to <paramref name="text"/> by edit distance, when close enough to be a likely typo.</summary>
    /// <param name="text">What was written.</param>
    /// <param name="candidates">What could have been meant.</param>
    public static string? Closest(string text, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = Distance(text.ToLowerInvariant(), c.ToLowerInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = c;
            }
        }

        var limit = Math.Max(2, text.Length / 4);
        return bestDistance <= limit ? best : null;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    /// <param name="a">First string.</param>
    /// <param name="b">Second string.</param>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
