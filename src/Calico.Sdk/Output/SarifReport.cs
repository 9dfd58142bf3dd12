using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Calico.Sdk.Output;

/// <summary>Choices for a SARIF log.</summary>
public sealed record SarifOptions
{
    /// <summary>
    /// Prefix for each rule's <c>helpUri</c>, such as <c>https://github.com/org/calico-sdk/blob/main/</c>. Default
    /// null: the help URI is the page's path relative to the repository root, <c>docs/rules/CALxxxx.md</c>.
    /// </summary>
    public string? HelpUriBase { get; init; }

    /// <summary>Codes to describe beyond <see cref="FindingCatalog.All"/> (for example manifest findings of another component).</summary>
    public IReadOnlyList<FindingInfo> ExtraRules { get; init; } = [];

    /// <summary>The tool version written in the log. Default: the Calico.Sdk assembly's informational version.</summary>
    public string? ToolVersion { get; init; }
}

/// <summary>
/// Writes findings as a SARIF 2.1.0 log for CI code scanning: one run, the tool's rules (every code Calico.Sdk can
/// report, with name, descriptions, help URI and default level) and one result per finding (rule id and index,
/// level, message, the file location when the value came from a file, and the option path as a logical location).
/// Deterministic: same findings, same bytes — no timestamps, no machine paths beyond those in the findings.
/// </summary>
public static class SarifReport
{
    /// <summary>The SARIF version written.</summary>
    public const string Version = "2.1.0";

    /// <summary>The JSON schema of SARIF 2.1.0.</summary>
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The SARIF log as a string (indented JSON, LF line ends).</summary>
    /// <param name="findings">The findings.</param>
    /// <param name="options">Help URI base, extra rules, tool version.</param>
    public static string ToJson(IEnumerable<Finding> findings, SarifOptions? options = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            Write(writer, findings, options);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>Writes the SARIF log.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="findings">The findings.</param>
    /// <param name="options">Help URI base, extra rules, tool version.</param>
    public static void Write(Utf8JsonWriter writer, IEnumerable<Finding> findings, SarifOptions? options = null)
    {
        options ??= new SarifOptions();
        var sorted = findings.OrderBy(f => f, FindingComparer.Instance).ToList();
        var rules = FindingCatalog.All.Concat(options.ExtraRules)
            .GroupBy(r => r.Code, StringComparer.Ordinal).Select(g => g.First())
            .ToList();

        // A finding whose code is not described anywhere still gets a rule entry, so that every ruleIndex resolves.
        foreach (var code in sorted.Select(f => f.Code).Distinct(StringComparer.Ordinal))
        {
            if (rules.All(r => r.Code != code))
            {
                var first = sorted.First(f => f.Code == code);
                rules.Add(new FindingInfo(code, code, code, first.Severity, "Unknown", code, null));
            }
        }

        rules.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            index[rules[i].Code] = i;
        }

        writer.WriteStartObject();
        writer.WriteString("$schema", Schema);
        writer.WriteString("version", Version);
        writer.WriteStartArray("runs");
        writer.WriteStartObject();

        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "calico-sdk");
        writer.WriteString("fullName", "Calico.Sdk lint");
        writer.WriteString("version", options.ToolVersion ?? ToolVersion());
        writer.WriteString("informationUri", "https://github.com/projectcalico/calico");
        writer.WriteStartArray("rules");
        foreach (var r in rules)
        {
            WriteRule(writer, r, options.HelpUriBase);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteString("columnKind", "unicodeCodePoints");
        writer.WriteStartArray("results");
        foreach (var f in sorted)
        {
            WriteResult(writer, f, index[f.Code]);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The SARIF level of a severity: error, warning or note.</summary>
    /// <param name="severity">The severity.</param>
    public static string Level(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>
    /// A file path as a SARIF artifact URI: an absolute path becomes a <c>file://</c> URI; a relative path stays
    /// relative, with forward slashes and each segment percent-encoded.
    /// </summary>
    /// <param name="path">The path as the finding holds it.</param>
    public static string ArtifactUri(string path)
    {
        if (Path.IsPathRooted(path) && Uri.TryCreate(Path.GetFullPath(path), UriKind.Absolute, out var absolute))
        {
            return absolute.AbsoluteUri;
        }

        var segments = path.Replace('\\', '/').Split('/');
        return string.Join("/", segments.Select(s => s is "." or ".." ? s : Uri.EscapeDataString(s)));
    }

    private static void WriteRule(Utf8JsonWriter w, FindingInfo r, string? helpBase)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Code);
        w.WriteString("name", r.Name);
        w.WriteStartObject("shortDescription");
        w.WriteString("text", r.Title);
        w.WriteEndObject();
        w.WriteStartObject("fullDescription");
        w.WriteString("text", r.Description);
        w.WriteEndObject();
        w.WriteString("helpUri", (helpBase ?? string.Empty) + r.HelpPath);
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", Level(r.Severity));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("category", r.Source);
        if (r.Rule is { } rule)
        {
            if (rule.KubesprayReference is { } reference)
            {
                w.WriteString("kubesprayReference", reference);
            }

            if (rule.MinVersion is { } min)
            {
                w.WriteString("minCalicoVersion", min.ToString());
            }

            if (rule.UntilVersion is { } until)
            {
                w.WriteString("untilCalicoVersion", until.ToString());
            }
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, Finding f, int ruleIndex)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.Code);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", Level(f.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", f.Hint is null ? f.Message : $"{f.Message}. Fix: {f.Hint}");
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        if (f.Location is { } l)
        {
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", ArtifactUri(l.File));
            w.WriteEndObject();
            w.WriteStartObject("region");
            w.WriteNumber("startLine", Math.Max(1, l.Line));
            w.WriteNumber("startColumn", Math.Max(1, l.Column));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteStartArray("logicalLocations");
        w.WriteStartObject();
        w.WriteString("fullyQualifiedName", f.Path);
        w.WriteString("kind", "variable");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteString("path", f.Path);
        if (f.Hint is not null)
        {
            w.WriteString("hint", f.Hint);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string ToolVersion()
    {
        var attribute = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>();
        var version = attribute?.InformationalVersion ?? typeof(SarifReport).Assembly.GetName().Version?.ToString() ?? "0.0.0";

        // SourceLink appends "+<commit>"; the version alone keeps the log stable across commits of one release.
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
