using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Cluster;

/// <summary>
/// JSON helpers the datastore adapters share: value equality that ignores property order and number spelling,
/// compact text, safe parsing and path access. Objects travel between the adapters as <see cref="JsonObject"/> in
/// their <c>projectcalico.org/v3</c> form.
/// </summary>
public static class ClusterJson
{
    /// <summary>Whether two JSON values are equal: objects by their properties in any order, arrays item by item, numbers by value.</summary>
    /// <param name="a">One value (null = absent or JSON null).</param>
    /// <param name="b">The other value.</param>
    public static bool DeepEquals(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        switch (a)
        {
            case JsonObject oa when b is JsonObject ob:
                if (oa.Count != ob.Count)
                {
                    return false;
                }

                foreach (var (key, value) in oa)
                {
                    if (!ob.TryGetPropertyValue(key, out var other) || !DeepEquals(value, other))
                    {
                        return false;
                    }
                }

                return true;
            case JsonArray aa when b is JsonArray ab:
                if (aa.Count != ab.Count)
                {
                    return false;
                }

                for (var i = 0; i < aa.Count; i++)
                {
                    if (!DeepEquals(aa[i], ab[i]))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValue va when b is JsonValue vb:
                var ka = va.GetValueKind();
                var kb = vb.GetValueKind();
                if (ka != kb)
                {
                    return false;
                }

                return ka switch
                {
                    JsonValueKind.String => va.GetValue<string>() == vb.GetValue<string>(),
                    JsonValueKind.Number => decimal.TryParse(va.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var da)
                        && decimal.TryParse(vb.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var db)
                        ? da == db
                        : va.ToJsonString() == vb.ToJsonString(),
                    _ => true,
                };
            default:
                return false;
        }
    }

    /// <summary>Compact one-line JSON, as written to etcd and shown in findings; null for null.</summary>
    /// <param name="node">The value.</param>
    public static string? Compact(JsonNode? node) => node?.ToJsonString(ManifestSerializer.Options);

    /// <summary>Parses a JSON object; null when <paramref name="text"/> is not a JSON object.</summary>
    /// <param name="text">The text.</param>
    public static JsonObject? ParseObject(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The value at a path of property names, or null.</summary>
    /// <param name="node">Where to start.</param>
    /// <param name="path">Property names.</param>
    public static JsonNode? At(JsonNode? node, params string[] path)
    {
        foreach (var p in path)
        {
            if (node is not JsonObject o || !o.TryGetPropertyValue(p, out node))
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>The string at a path, or null when absent or not a string.</summary>
    /// <param name="node">Where to start.</param>
    /// <param name="path">Property names.</param>
    public static string? String(JsonNode? node, params string[] path) =>
        At(node, path) is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>The value at a path as text: a string as it is, anything else as compact JSON; null when absent.</summary>
    /// <param name="node">Where to start.</param>
    /// <param name="path">Property names.</param>
    public static string? Text(JsonNode? node, params string[] path) => At(node, path) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var other => Compact(other),
    };

    /// <summary>The boolean at a path; false when absent (Go's zero value).</summary>
    /// <param name="node">Where to start.</param>
    /// <param name="path">Property names.</param>
    public static bool Bool(JsonNode? node, params string[] path) =>
        At(node, path) is JsonValue v && v.GetValueKind() == JsonValueKind.True;

    /// <summary>The strings of an array at a path; empty when absent. Non-string items are written as compact JSON.</summary>
    /// <param name="node">Where to start.</param>
    /// <param name="path">Property names.</param>
    public static IReadOnlyList<string> Strings(JsonNode? node, params string[] path) =>
        At(node, path) is JsonArray a
            ? a.Select(i => i is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : Compact(i) ?? "null").ToList()
            : [];

    /// <summary>Returns <paramref name="obj"/>'s child object <paramref name="name"/>, creating it when absent.</summary>
    /// <param name="obj">The parent.</param>
    /// <param name="name">The property name.</param>
    public static JsonObject Child(JsonObject obj, string name)
    {
        if (obj[name] is JsonObject child)
        {
            return child;
        }

        child = [];
        obj[name] = child;
        return child;
    }
}
