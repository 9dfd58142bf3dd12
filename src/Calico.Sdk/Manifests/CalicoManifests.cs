using System.Text.Json.Nodes;
using Calico.Sdk.Resources;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Calico.Sdk.Manifests;

/// <summary>A Calico (or other Kubernetes) object read from a manifest.</summary>
/// <param name="ApiVersion">Such as <c>projectcalico.org/v3</c>.</param>
/// <param name="Kind">Such as <c>IPPool</c>.</param>
/// <param name="Name"><c>metadata.name</c>.</param>
/// <param name="Content">The object as a JSON tree (YAML 1.2 core-schema typing).</param>
/// <param name="File">The file it was read from.</param>
/// <param name="Pointer">Where it sits in its document: empty, or <c>/items/3</c> inside a <c>List</c>.</param>
/// <param name="Document">Its document's index in the file (0-based).</param>
public sealed record ManifestObject(string ApiVersion, string Kind, string Name, JsonObject Content, string File, string Pointer, int Document)
{
    /// <summary>The API group: <c>projectcalico.org</c>, <c>crd.projectcalico.org</c>, or empty for the core group.</summary>
    public string Group => ApiVersion.Contains('/') ? ApiVersion.Substring(0, ApiVersion.IndexOf('/')) : string.Empty;
}

/// <summary>What <see cref="CalicoManifests"/> found: the objects read and every finding, sorted.</summary>
public sealed class ManifestLintResult
{
    internal ManifestLintResult(IReadOnlyList<ManifestObject> objects, IReadOnlyList<Finding> findings)
    {
        Objects = objects;
        Findings = findings;
    }

    /// <summary>Every object read, in file and document order.</summary>
    public IReadOnlyList<ManifestObject> Objects { get; }

    /// <summary>Every finding, sorted by file, line, column and code.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>True when a finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);

    /// <summary>True when a file could not be read at all (CAL3800).</summary>
    public bool HasUnreadableInput => Findings.Any(f => f.Code == ManifestFindings.Unreadable.Code);
}

/// <summary>
/// Lints Calico resource manifests (YAML or JSON, multi-document, <c>List</c> objects included) the way Calico's API
/// would accept them: every object of a kind with an official CRD is checked against its schema with the schema's
/// defaults applied first (CAL3900), and then against Calico's field rules that the schema cannot express (CAL3804–
/// CAL3814). Both <c>projectcalico.org/v3</c> and <c>crd.projectcalico.org/v1</c> are understood. Every finding
/// carries <c>file:line:column</c>. Never throws for bad input.
/// </summary>
public static class CalicoManifests
{
    /// <summary>The largest manifest file read, in bytes (16 MiB).</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>The most YAML nodes one file may expand to (aliases included), so that an alias bomb cannot exhaust memory.</summary>
    public const int MaxNodes = 2_000_000;

    private static readonly string[] ManifestExtensions = [".yaml", ".yml", ".json"];

    /// <summary>
    /// True when <paramref name="path"/> is a manifest rather than an Ansible inventory: a <c>.yaml</c>, <c>.yml</c> or
    /// <c>.json</c> file with a top-level <c>apiVersion</c> key, or a directory holding such files and no inventory.
    /// </summary>
    /// <param name="path">A file or directory.</param>
    public static bool IsManifest(string path)
    {
        if (Directory.Exists(path))
        {
            var inventoryMarkers = new[] { "hosts.ini", "hosts.yaml", "hosts.yml", "inventory.ini", "inventory.yaml", "inventory.yml", "group_vars", "host_vars" };
            if (inventoryMarkers.Any(m => File.Exists(Path.Combine(path, m)) || Directory.Exists(Path.Combine(path, m))))
            {
                return false;
            }

            return ManifestFiles(path).Any(IsManifestFile);
        }

        return File.Exists(path) && IsManifestFile(path);
    }

    /// <summary>Lints manifest files and directories (searched recursively for <c>.yaml</c>, <c>.yml</c> and <c>.json</c> files, in ordinal order).</summary>
    /// <param name="paths">Files or directories.</param>
    public static ManifestLintResult Lint(IEnumerable<string> paths)
    {
        var inputs = new List<(string File, string? Text, Finding? Error)>();
        foreach (var path in paths)
        {
            var files = Directory.Exists(path) ? ManifestFiles(path).Where(IsManifestFile).ToList() : [path];
            if (files.Count == 0)
            {
                inputs.Add((path, null, ManifestFindings.Unreadable.Create(path, $"'{path}' holds no manifest (.yaml, .yml or .json file with apiVersion and kind)", "give a manifest file, or a folder of them", new SourceLocation(path, 1, 1))));
            }

            foreach (var file in files)
            {
                inputs.Add(ReadFile(file));
            }
        }

        return LintInputs(inputs);
    }

    /// <summary>Lints manifest text (YAML or JSON).</summary>
    /// <param name="text">The manifest.</param>
    /// <param name="file">The name used in locations.</param>
    public static ManifestLintResult LintText(string text, string file = "manifest.yaml") => LintInputs([(file, text, null)]);

    private static ManifestLintResult LintInputs(List<(string File, string? Text, Finding? Error)> inputs)
    {
        var findings = new List<Finding>();
        var located = new List<LocatedObject>();
        foreach (var (file, text, error) in inputs)
        {
            if (error is not null)
            {
                findings.Add(error);
                continue;
            }

            located.AddRange(Parse(file, text!, findings));
        }

        foreach (var o in located)
        {
            ManifestRules.Check(o, findings);
        }

        ManifestRules.CheckAcrossObjects(located, findings);
        findings.Sort(FindingComparer.Instance);
        return new ManifestLintResult(located.Select(o => o.Object).ToList(), findings);
    }

    private static IEnumerable<string> ManifestFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => ManifestExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .OrderBy(f => f, StringComparer.Ordinal);

    private static bool IsManifestFile(string file)
    {
        if (!ManifestExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
        {
            return false;
        }

        try
        {
            using var reader = new StreamReader(file);
            for (var i = 0; i < 4096 && reader.ReadLine() is { } line; i++)
            {
                var t = line.TrimStart();
                if (line.StartsWith("apiVersion:", StringComparison.Ordinal) || t.StartsWith("\"apiVersion\"", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }

        return false;
    }

    private static (string File, string? Text, Finding? Error) ReadFile(string file)
    {
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                return (file, null, ManifestFindings.Unreadable.Create(file, $"'{file}' does not exist", "check the path", new SourceLocation(file, 1, 1)));
            }

            if (info.Length > MaxFileBytes)
            {
                return (file, null, ManifestFindings.Unreadable.Create(file, $"'{file}' is {info.Length} bytes, more than the {MaxFileBytes} bytes read", "split the manifest into smaller files", new SourceLocation(file, 1, 1)));
            }

            return (file, File.ReadAllText(file), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (file, null, ManifestFindings.Unreadable.Create(file, $"'{file}' cannot be read: {e.Message}", "check that the file exists and is readable", new SourceLocation(file, 1, 1)));
        }
    }

    private static List<LocatedObject> Parse(string file, string text, List<Finding> findings)
    {
        var result = new List<LocatedObject>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var line = (int)Math.Max(1, e.Start.Line);
            var column = (int)Math.Max(1, e.Start.Column);
            var message = e.InnerException is { } inner ? $"{e.Message}: {inner.Message}" : e.Message;
            findings.Add(ManifestFindings.Unreadable.Create(file, $"YAML syntax error: {message}", "fix the syntax at this position (JSON is read as YAML, so both report here)", new SourceLocation(file, line, column)));
            return result;
        }

        var budget = MaxNodes;
        for (var d = 0; d < stream.Documents.Count; d++)
        {
            var root = stream.Documents[d].RootNode;
            if (root is YamlScalarNode { Value: null or "" })
            {
                continue;
            }

            var marks = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
            JsonNode? json;
            try
            {
                json = Walk(root, string.Empty, marks, ref budget);
            }
            catch (InvalidOperationException e)
            {
                findings.Add(ManifestFindings.Unreadable.Create(file, e.Message, "remove the YAML aliases that repeat large parts of the document", Location(file, root)));
                return result;
            }

            var locator = new Locator(file, marks);
            if (json is not JsonObject obj)
            {
                findings.Add(ManifestFindings.NotAnObject.Create($"{file}#{d}", $"document {d + 1} is a {Describe(json)}, not an object with apiVersion, kind and metadata", "each document must be a mapping such as 'apiVersion: projectcalico.org/v3' / 'kind: IPPool' / 'metadata: {name: ...}' / 'spec: ...'", locator.Locate(string.Empty)));
                continue;
            }

            var kind = Text(obj["kind"]);
            if (kind is not null && kind.EndsWith("List", StringComparison.Ordinal) && obj["items"] is JsonArray items)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    AddObject(file, d, $"/items/{i}", items[i], locator, result, findings);
                }
            }
            else
            {
                AddObject(file, d, string.Empty, obj, locator, result, findings);
            }
        }

        return result;
    }

    private static void AddObject(string file, int document, string pointer, JsonNode? node, Locator locator, List<LocatedObject> result, List<Finding> findings)
    {
        var at = locator.Locate(pointer);
        if (node is not JsonObject obj)
        {
            findings.Add(ManifestFindings.NotAnObject.Create($"{file}#{document}{pointer}", $"the item is a {Describe(node)}, not an object", "list items must be objects with apiVersion, kind and metadata", at));
            return;
        }

        var apiVersion = Text(obj["apiVersion"]);
        var kind = Text(obj["kind"]);
        var name = Text(obj["metadata"]?["name"]);
        var missing = new List<string>();
        if (string.IsNullOrEmpty(apiVersion))
        {
            missing.Add("apiVersion");
        }

        if (string.IsNullOrEmpty(kind))
        {
            missing.Add("kind");
        }

        if (string.IsNullOrEmpty(name))
        {
            missing.Add("metadata.name");
        }

        if (missing.Count > 0)
        {
            findings.Add(ManifestFindings.NotAnObject.Create($"{file}#{document}{pointer}", $"the object has no {string.Join(", ", missing)} (a string is required)", "set apiVersion (projectcalico.org/v3 or crd.projectcalico.org/v1), kind and metadata.name", at));
            return;
        }

        result.Add(new LocatedObject(new ManifestObject(apiVersion!, kind!, name!, obj, file, pointer, document), locator));
    }

    private static JsonNode? Walk(YamlNode node, string pointer, Dictionary<string, (int Line, int Column)> marks, ref int budget)
    {
        if (--budget < 0)
        {
            throw new InvalidOperationException($"the document expands to more than {MaxNodes} YAML nodes");
        }

        marks[pointer] = ((int)node.Start.Line, (int)node.Start.Column);
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (k, v) in map.Children)
                {
                    var key = (k as YamlScalarNode)?.Value ?? string.Empty;
                    var child = pointer + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    obj[key] = Walk(v, child, marks, ref budget);
                }

                return obj;
            case YamlSequenceNode seq:
                var array = new JsonArray();
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    array.Add(Walk(seq.Children[i], pointer + "/" + i, marks, ref budget));
                }

                return array;
            default:
                return YamlJson.Convert(node);
        }
    }

    private static SourceLocation Location(string file, YamlNode node) => new(file, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column));

    internal static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    internal static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "list",
        JsonObject => "mapping",
        JsonValue v when v.TryGetValue<string>(out _) => "string",
        JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
        _ => "number",
    };
}

/// <summary>Maps JSON pointers of one document to the line and column where YAML wrote them.</summary>
internal sealed class Locator(string file, Dictionary<string, (int Line, int Column)> marks)
{
    public string File => file;

    /// <summary>The position of <paramref name="pointer"/>, or of its nearest ancestor that exists.</summary>
    public SourceLocation Locate(string pointer)
    {
        var p = pointer;
        while (true)
        {
            if (marks.TryGetValue(p, out var m))
            {
                return new SourceLocation(file, Math.Max(1, m.Line), Math.Max(1, m.Column));
            }

            if (p.Length == 0)
            {
                return new SourceLocation(file, 1, 1);
            }

            var slash = p.LastIndexOf('/');
            p = slash <= 0 ? string.Empty : p.Substring(0, slash);
        }
    }
}

/// <summary>An object with the locator of its document.</summary>
internal sealed record LocatedObject(ManifestObject Object, Locator Locator)
{
    public SourceLocation Locate(string pointer) => Locator.Locate(Object.Pointer + pointer);
}
