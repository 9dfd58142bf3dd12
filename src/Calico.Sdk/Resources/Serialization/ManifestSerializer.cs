using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Calico.Sdk.Resources;

/// <summary>
/// Writes resources as JSON and YAML, deterministically: properties in declaration order, maps ordered by key, nulls
/// omitted, LF line ends, no timestamps. YAML is quoted for YAML 1.1 readers (see <see cref="Yaml11"/>); multi-line
/// strings (the CNI configuration) are block literals; documents of a stream are joined with <c>"\n---\n"</c>.
/// </summary>
public static class ManifestSerializer
{
    /// <summary>The System.Text.Json options the resources are written with (camelCase names come from the types).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static readonly JsonSerializerOptions IndentedOptions = new(Options) { WriteIndented = true };

    /// <summary>The resource as a JSON tree.</summary>
    /// <param name="resource">The resource.</param>
    public static JsonObject ToJsonNode(IKubernetesResource resource) =>
        JsonSerializer.SerializeToNode(resource, resource.GetType(), Options)!.AsObject();

    /// <summary>The resource as indented JSON (two spaces, LF), ending with a newline.</summary>
    /// <param name="resource">The resource.</param>
    public static string ToJson(IKubernetesResource resource) => ToJson(ToJsonNode(resource));

    /// <summary>A parsed JSON value as indented JSON (two spaces, LF), ending with a newline.</summary>
    /// <param name="element">The value.</param>
    public static string ToJson(JsonElement element) => JsonSerializer.Serialize(element, IndentedOptions).Replace("\r\n", "\n") + "\n";

    /// <summary>A JSON tree as indented JSON (two spaces, LF), ending with a newline.</summary>
    /// <param name="node">The tree.</param>
    public static string ToJson(JsonNode node) => node.ToJsonString(IndentedOptions).Replace("\r\n", "\n") + "\n";

    /// <summary>The resource as compact one-line JSON (for <c>--patch</c> arguments and the like).</summary>
    /// <param name="node">The tree.</param>
    public static string ToCompactJson(JsonNode node) => node.ToJsonString(Options);

    /// <summary>The resources as a JSON array (indented, LF, final newline).</summary>
    /// <param name="resources">The resources.</param>
    public static string ToJsonArray(IEnumerable<IKubernetesResource> resources) =>
        ToJson(new JsonArray(resources.Select(r => (JsonNode)ToJsonNode(r)).ToArray()));

    /// <summary>The resource as one YAML document, ending with a newline.</summary>
    /// <param name="resource">The resource.</param>
    public static string ToYaml(IKubernetesResource resource)
    {
        using var doc = ToJsonDocument(resource);
        var sb = new StringBuilder();
        YamlWriter.WriteDocument(sb, doc.RootElement);
        return sb.ToString();
    }

    /// <summary>The resource as a parsed JSON document (compact, for fast reading); dispose it after use.</summary>
    /// <param name="resource">The resource.</param>
    public static JsonDocument ToJsonDocument(IKubernetesResource resource) =>
        JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(resource, resource.GetType(), Options));

    /// <summary>A JSON tree as one YAML document, ending with a newline.</summary>
    /// <param name="node">The tree.</param>
    public static string ToYaml(JsonNode node)
    {
        var sb = new StringBuilder();
        WriteYaml(sb, node);
        return sb.ToString();
    }

    /// <summary>Several resources as a YAML stream: documents joined with <c>"\n---\n"</c>, ending with a newline.</summary>
    /// <param name="resources">The resources.</param>
    public static string ToYamlStream(IEnumerable<IKubernetesResource> resources)
    {
        var sb = new StringBuilder();
        foreach (var r in resources)
        {
            if (sb.Length > 0)
            {
                sb.Append("---\n");
            }

            using var doc = ToJsonDocument(r);
            YamlWriter.WriteDocument(sb, doc.RootElement);
        }

        return sb.Length == 0 ? "\n" : sb.ToString();
    }

    /// <summary>Joins YAML documents with <c>"\n---\n"</c> (each without its final newline), ending with a newline.</summary>
    /// <param name="documents">Documents, each ending with a newline or not.</param>
    public static string JoinDocuments(IEnumerable<string> documents) =>
        string.Join("\n---\n", documents.Select(d => d.TrimEnd('\n'))) + "\n";

    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Selectors hold quotes, '!' and '&'; write them as they are, not as \u escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        o.Converters.Add(new EquatableArrayJsonConverterFactory());
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }

    private static void WriteYaml(StringBuilder sb, JsonNode node) => YamlWriter.WriteDocument(sb, node);
}
