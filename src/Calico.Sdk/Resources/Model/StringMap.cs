using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Calico.Sdk.Resources;

/// <summary>
/// An immutable map of strings ordered by key (ordinal), with value equality: labels, annotations and ConfigMap
/// data. Serialises as a JSON object, so Kubernetes clients read it as <c>IDictionary&lt;string, string&gt;</c>.
/// </summary>
[JsonConverter(typeof(StringMapJsonConverter))]
public sealed class StringMap : IReadOnlyDictionary<string, string>, IEquatable<StringMap>
{
    private readonly KeyValuePair<string, string>[] _entries;

    private StringMap(KeyValuePair<string, string>[] sortedEntries) => _entries = sortedEntries;

    /// <summary>The empty map.</summary>
    public static StringMap Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _entries.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    /// <inheritdoc />
    public IEnumerable<string> Values => _entries.Select(e => e.Value);

    /// <inheritdoc />
    public string this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key);

    /// <summary>Creates a map; a later entry with the same key replaces an earlier one.</summary>
    /// <param name="entries">Keys and values.</param>
    public static StringMap Create(IEnumerable<KeyValuePair<string, string>> entries)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            map[e.Key] = e.Value;
        }

        return map.Count == 0 ? Empty : new StringMap(map.ToArray());
    }

    /// <summary>Creates a map from key/value tuples.</summary>
    /// <param name="entries">Keys and values.</param>
    public static StringMap Of(params (string Key, string Value)[] entries) =>
        Create(entries.Select(e => new KeyValuePair<string, string>(e.Key, e.Value)));

    /// <summary>Returns a map with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    public StringMap With(string key, string value) => Create(_entries.Append(new KeyValuePair<string, string>(key, value)));

    /// <summary>Returns a map with only the entries whose key passes <paramref name="keep"/>.</summary>
    /// <param name="keep">The filter.</param>
    public StringMap Where(Func<string, bool> keep) => Create(_entries.Where(e => keep(e.Key)));

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, out string value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _entries[i].Value : null!;
        return i >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(StringMap? other) =>
        other is not null && other._entries.Length == _entries.Length
        && _entries.Zip(other._entries, (a, b) => a.Key == b.Key && a.Value == b.Value).All(x => x);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StringMap);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var e in _entries)
        {
            h.Add(e.Key, StringComparer.Ordinal);
            h.Add(e.Value, StringComparer.Ordinal);
        }

        return h.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => "{" + string.Join(", ", _entries.Select(e => e.Key + "=" + e.Value)) + "}";

    private int IndexOf(string key)
    {
        int lo = 0, hi = _entries.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var c = string.CompareOrdinal(_entries[mid].Key, key);
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

        return -1;
    }
}

/// <summary>Reads and writes a <see cref="StringMap"/> as a JSON object of strings.</summary>
public sealed class StringMapJsonConverter : JsonConverter<StringMap>
{
    /// <inheritdoc />
    public override StringMap? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var map = JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options) ?? [];
        return StringMap.Create(map);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, StringMap value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var e in value)
        {
            writer.WriteString(e.Key, e.Value);
        }

        writer.WriteEndObject();
    }
}

/// <summary>
/// Reads and writes <see cref="EquatableArray{T}"/> (and its nullable form) as a JSON array, so that resources keep
/// value equality and still round-trip through System.Text.Json and KubernetesClient's <c>KubernetesJson</c>.
/// </summary>
public sealed class EquatableArrayJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => ItemType(typeToConvert) is not null;

    /// <inheritdoc />
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var item = ItemType(typeToConvert)!;
        var converter = Nullable.GetUnderlyingType(typeToConvert) is null ? typeof(Converter<>) : typeof(NullableConverter<>);
        return (JsonConverter?)Activator.CreateInstance(converter.MakeGenericType(item));
    }

    private static Type? ItemType(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsGenericType && t.GetGenericTypeDefinition() == typeof(EquatableArray<>) ? t.GetGenericArguments()[0] : null;
    }

    private static EquatableArray<T> ReadArray<T>(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        (JsonSerializer.Deserialize<List<T>>(ref reader, options) ?? []).ToEquatableArray();

    private static void WriteArray<T>(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, options);
        }

        writer.WriteEndArray();
    }

    private sealed class Converter<T> : JsonConverter<EquatableArray<T>>
    {
        public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? default : ReadArray<T>(ref reader, options);

        public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options) =>
            WriteArray(writer, value, options);
    }

    private sealed class NullableConverter<T> : JsonConverter<EquatableArray<T>?>
    {
        public override EquatableArray<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : ReadArray<T>(ref reader, options);

        public override void Write(Utf8JsonWriter writer, EquatableArray<T>? value, JsonSerializerOptions options)
        {
            if (value is { } v)
            {
                WriteArray(writer, v, options);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
