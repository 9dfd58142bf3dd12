using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Calico.Sdk.Resources;

/// <summary>How serious a schema finding is.</summary>
public enum SchemaFindingSeverity
{
    /// <summary>kube-apiserver (or Calico's etcd-mode validator) rejects the object.</summary>
    Error,

    /// <summary>Accepted, but not as written: a field the schema does not declare, which kube-apiserver silently drops.</summary>
    Warning,
}

/// <summary>One problem of an object against its CRD schema.</summary>
/// <param name="Pointer">JSON pointer of the offending value, such as <c>/spec/blockSize</c> (empty for the whole object).</param>
/// <param name="Keyword">The schema keyword that failed (<c>maximum</c>, <c>enum</c>, <c>pattern</c> …) or <c>unknown-field</c>.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Severity">Error or warning.</param>
public sealed record SchemaFinding(string Pointer, string Keyword, string Message, SchemaFindingSeverity Severity = SchemaFindingSeverity.Error)
{
    /// <inheritdoc />
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {(Pointer.Length == 0 ? "/" : Pointer)}: {Message} ({Keyword})";
}

/// <summary>The outcome of validating one object.</summary>
/// <param name="ApiVersion">The object's <c>apiVersion</c>.</param>
/// <param name="Kind">The object's <c>kind</c>.</param>
/// <param name="Name">The object's <c>metadata.name</c>.</param>
/// <param name="HasSchema">False when no embedded CRD describes this kind (Kubernetes kinds, Calico Node); nothing was checked.</param>
/// <param name="Findings">The problems, ordered by pointer.</param>
public sealed record SchemaValidationResult(string ApiVersion, string Kind, string Name, bool HasSchema, IReadOnlyList<SchemaFinding> Findings)
{
    /// <summary>True when a schema was found and no finding is an error.</summary>
    public bool IsValid => HasSchema && Findings.All(f => f.Severity != SchemaFindingSeverity.Error);

    /// <summary>The error findings.</summary>
    public IEnumerable<SchemaFinding> Errors => Findings.Where(f => f.Severity == SchemaFindingSeverity.Error);

    /// <inheritdoc />
    public override string ToString() =>
        $"{ApiVersion} {Kind} {Name}: " + (!HasSchema ? "no schema" : Findings.Count == 0 ? "valid" : string.Join("; ", Findings));
}

/// <summary>
/// Validates objects against the official Calico CRD schemas embedded in Calico.Sdk (both <c>projectcalico.org/v3</c>
/// and <c>crd.projectcalico.org/v1</c>): the CRD's <c>default</c> values are applied first, as kube-apiserver does,
/// then the <c>openAPIV3Schema</c> is evaluated (types, enums, patterns, ranges, required fields, formats including
/// <c>cidr</c>). Fields the schema does not declare are reported as warnings, since kube-apiserver drops them without
/// a word. CEL rules (<c>x-kubernetes-validations</c>) are not evaluated here. Thread-safe; schemas are built once.
/// </summary>
public static class CrdSchemaValidator
{
    private static readonly Lazy<IReadOnlyDictionary<(string Group, string Kind), JsonObject>> Crds = new(LoadCrds);
    private static readonly ConcurrentDictionary<(string Group, string Kind), JsonSchema> Schemas = new();
    private static readonly FormatRegistry Formats = CreateFormats();

    private static readonly EvaluationOptions FlagOptions = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true, FormatRegistry = Formats };

    private static readonly EvaluationOptions ListOptions = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true, FormatRegistry = Formats };

    /// <summary>The (group, kind) pairs an embedded CRD describes.</summary>
    public static IEnumerable<(string Group, string Kind)> Kinds => Crds.Value.Keys.OrderBy(k => k.Group, StringComparer.Ordinal).ThenBy(k => k.Kind, StringComparer.Ordinal);

    /// <summary>The <c>openAPIV3Schema</c> of the CRD for <paramref name="apiVersion"/> and <paramref name="kind"/>, or null.</summary>
    /// <param name="apiVersion">Such as <c>crd.projectcalico.org/v1</c>.</param>
    /// <param name="kind">Such as <c>IPPool</c>.</param>
    public static JsonObject? OpenApiSchema(string apiVersion, string kind) =>
        Crds.Value.TryGetValue((Group(apiVersion), kind), out var s) ? (JsonObject)s.DeepClone() : null;

    /// <summary>Validates a typed resource.</summary>
    /// <param name="resource">The resource.</param>
    public static SchemaValidationResult Validate(IKubernetesResource resource) => Validate(ManifestSerializer.ToJsonNode(resource));

    /// <summary>Validates an object given as a JSON tree (a manifest read from a file, for instance).</summary>
    /// <param name="manifest">The object.</param>
    public static SchemaValidationResult Validate(JsonNode manifest)
    {
        var apiVersion = (manifest["apiVersion"] as JsonValue)?.ToString() ?? string.Empty;
        var kind = (manifest["kind"] as JsonValue)?.ToString() ?? string.Empty;
        var name = (manifest["metadata"]?["name"] as JsonValue)?.ToString() ?? string.Empty;
        var key = (Group(apiVersion), kind);
        if (!Crds.Value.TryGetValue(key, out var openApi))
        {
            return new SchemaValidationResult(apiVersion, kind, name, false, []);
        }

        var instance = manifest.DeepClone();
        ApplyDefaults(openApi, instance);
        var findings = new List<SchemaFinding>();
        var schema = Schemas.GetOrAdd(key, _ => Build(openApi));
        using var doc = JsonDocument.Parse(instance.ToJsonString());
        // A pass/fail evaluation is much cheaper; the detailed one runs only for an invalid object.
        var valid = schema.Evaluate(doc.RootElement, FlagOptions).IsValid;
        if (!valid)
        {
            var result = schema.Evaluate(doc.RootElement, ListOptions);
            foreach (var detail in (result.Details ?? []).Prepend(result))
            {
                foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
                {
                    findings.Add(new SchemaFinding(detail.InstanceLocation.ToString(), keyword, message));
                }
            }
        }

        UnknownFields(openApi, instance, string.Empty, findings);
        var ordered = findings.Distinct()
            .OrderBy(f => f.Pointer, StringComparer.Ordinal).ThenBy(f => f.Keyword, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
        return new SchemaValidationResult(apiVersion, kind, name, true, ordered);
    }

    /// <summary>Validates every document of a YAML (or JSON) manifest stream.</summary>
    /// <param name="yaml">The manifest text.</param>
    /// <exception cref="YamlDotNet.Core.YamlException">The text is not valid YAML.</exception>
    public static IReadOnlyList<SchemaValidationResult> ValidateYaml(string yaml) =>
        YamlJson.ReadAll(yaml).OfType<JsonNode>().Select(Validate).ToList();

    /// <summary>Applies the schema's <c>default</c> values to missing fields, as kube-apiserver does before validating.</summary>
    /// <param name="schema">An OpenAPI v3 schema node.</param>
    /// <param name="instance">The object, changed in place.</param>
    public static void ApplyDefaults(JsonObject schema, JsonNode? instance)
    {
        switch (instance)
        {
            case JsonObject obj:
                if (schema["properties"] is JsonObject props)
                {
                    foreach (var (name, propSchemaNode) in props)
                    {
                        if (propSchemaNode is not JsonObject propSchema)
                        {
                            continue;
                        }

                        if (!obj.ContainsKey(name) && propSchema.TryGetPropertyValue("default", out var def))
                        {
                            obj[name] = def?.DeepClone();
                        }

                        if (obj.TryGetPropertyValue(name, out var child))
                        {
                            ApplyDefaults(propSchema, child);
                        }
                    }
                }

                if (schema["additionalProperties"] is JsonObject valueSchema)
                {
                    foreach (var (_, child) in obj.ToList())
                    {
                        ApplyDefaults(valueSchema, child);
                    }
                }

                break;
            case JsonArray array when schema["items"] is JsonObject itemSchema:
                foreach (var item in array)
                {
                    ApplyDefaults(itemSchema, item);
                }

                break;
        }
    }

    private static void UnknownFields(JsonObject schema, JsonNode? instance, string pointer, List<SchemaFinding> findings)
    {
        switch (instance)
        {
            case JsonObject obj:
                if (schema["x-kubernetes-preserve-unknown-fields"] is JsonValue preserve && preserve.GetValueKind() == JsonValueKind.True)
                {
                    return;
                }

                var props = schema["properties"] as JsonObject;
                var additional = schema["additionalProperties"] as JsonObject;
                if (props is null && additional is null)
                {
                    return;
                }

                foreach (var (name, child) in obj)
                {
                    var childPointer = pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    if (props?[name] is JsonObject childSchema)
                    {
                        UnknownFields(childSchema, child, childPointer, findings);
                    }
                    else if (additional is not null)
                    {
                        UnknownFields(additional, child, childPointer, findings);
                    }
                    else if (pointer.Length > 0 || name is not ("apiVersion" or "kind" or "metadata"))
                    {
                        findings.Add(new SchemaFinding(childPointer, "unknown-field", $"'{name}' is not a field of the schema; kube-apiserver drops it", SchemaFindingSeverity.Warning));
                    }
                }

                break;
            case JsonArray array when schema["items"] is JsonObject itemSchema:
                for (var i = 0; i < array.Count; i++)
                {
                    UnknownFields(itemSchema, array[i], pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), findings);
                }

                break;
        }
    }

    private static JsonSchema Build(JsonObject openApi)
    {
        var options = new BuildOptions { Dialect = Dialect.Draft202012, SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(openApi.ToJsonString(), options);
    }

    private static FormatRegistry CreateFormats()
    {
        var registry = new FormatRegistry();

        // Go's net.ParseCIDR: address and prefix length required, host bits allowed.
        registry.Register(new PredicateFormat("cidr", e => e.ValueKind != JsonValueKind.String || IsGoCidr(e.GetString()!)));
        return registry;
    }

    private static bool IsGoCidr(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || !IPAddress.TryParse(text.AsSpan(0, slash), out var address) || text.Contains('%', StringComparison.Ordinal))
        {
            return false;
        }

        var bits = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128;
        var prefix = text.AsSpan(slash + 1);
        return prefix.Length is > 0 and <= 3 && prefix.IndexOfAnyExceptInRange('0', '9') < 0
            && int.Parse(prefix, System.Globalization.CultureInfo.InvariantCulture) <= bits;
    }

    private static string Group(string apiVersion)
    {
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? string.Empty : apiVersion[..slash];
    }

    private static IReadOnlyDictionary<(string Group, string Kind), JsonObject> LoadCrds()
    {
        var result = new Dictionary<(string, string), JsonObject>();
        var assembly = typeof(CrdSchemaValidator).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Calico.Sdk.Crds.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            foreach (var crd in YamlJson.ReadAll(reader.ReadToEnd()).OfType<JsonObject>())
            {
                var group = crd["spec"]?["group"]?.ToString();
                var kind = crd["spec"]?["names"]?["kind"]?.ToString();
                if (group is null || kind is null || crd["spec"]?["versions"] is not JsonArray { Count: > 0 } versions
                    || versions[0]?["schema"]?["openAPIV3Schema"] is not JsonObject schema)
                {
                    continue;
                }

                result[(group, kind)] = schema;
            }
        }

        return result;
    }
}
