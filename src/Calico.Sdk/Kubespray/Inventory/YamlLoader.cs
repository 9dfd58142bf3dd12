using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlScalarStyle = YamlDotNet.Core.ScalarStyle;

namespace Calico.Sdk.Kubespray;

/// <summary>A YAML node as Ansible would construct it, with where it was written. Aliases share nodes.</summary>
internal abstract class YNode
{
    protected YNode(string? tag, SourceLocation location)
    {
        Tag = tag;
        Location = location;
    }

    public string? Tag { get; }

    public SourceLocation Location { get; }

    /// <summary>Nodes this one expands to, counting every alias expansion (saturating).</summary>
    public long Size { get; protected set; } = 1;

    /// <summary>Collection nesting below and including this node.</summary>
    public int Depth { get; protected set; }
}

internal sealed class YScalar : YNode
{
    public YScalar(string text, ScalarStyle style, string? tag, SourceLocation location)
        : base(tag, location)
    {
        Text = text;
        Style = style;
    }

    public string Text { get; }

    public ScalarStyle Style { get; }

    public bool IsPlainUntagged => Style == ScalarStyle.Plain && Tag is null;
}

internal sealed class YSequence : YNode
{
    public YSequence(IReadOnlyList<YNode> items, string? tag, SourceLocation location)
        : base(tag, location)
    {
        Items = items;
        long size = 1;
        var depth = 0;
        foreach (var i in items)
        {
            size = YamlLoader.SaturatingAdd(size, i.Size);
            depth = Math.Max(depth, i.Depth);
        }

        Size = size;
        Depth = depth + 1;
    }

    public IReadOnlyList<YNode> Items { get; }
}

/// <summary>One entry of a <see cref="YMapping"/>: the key as Ansible sees it (a string), where it was written, the value.</summary>
internal sealed record YEntry(string Key, SourceLocation KeyLocation, YNode Value);

internal sealed class YMapping : YNode
{
    public YMapping(IReadOnlyList<YEntry> entries, string? tag, SourceLocation location)
        : base(tag, location)
    {
        Entries = entries;
        long size = 1;
        var depth = 0;
        foreach (var e in entries)
        {
            size = YamlLoader.SaturatingAdd(size, YamlLoader.SaturatingAdd(1, e.Value.Size));
            depth = Math.Max(depth, e.Value.Depth);
        }

        Size = size;
        Depth = depth + 1;
    }

    public IReadOnlyList<YEntry> Entries { get; }
}

/// <summary>The outcome of loading one YAML file.</summary>
/// <param name="Root">The document's root node; null for an empty file or when nothing could be kept.</param>
/// <param name="Complete">False when an error stopped reading part-way (the root then holds what was read before it).</param>
internal sealed record YamlLoadResult(YNode? Root, bool Complete);

/// <summary>
/// Loads one YAML (or JSON) file the way Ansible's loader does, from YamlDotNet's low-level parser events so that
/// every node keeps its position, style and tag. It applies PyYAML's merge keys (<c>&lt;&lt;</c>), expands aliases
/// by sharing nodes (so an alias bomb costs no memory) while counting the nodes they stand for against
/// <see cref="InventoryReadOptions.MaxYamlNodes"/>, keeps the last of duplicate keys (CAL0004), and turns parser
/// errors into CAL0002 findings instead of exceptions.
/// </summary>
internal sealed class YamlLoader
{
    private const int HardDepthCap = 512;

    private static readonly Regex JsonNumber = new(@"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly ReadContext _ctx;
    private readonly string _file;
    private readonly bool _keepIncomplete;
    private readonly int _maxDepth;
    private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _openAnchors = new(StringComparer.Ordinal);
    private readonly List<Frame> _stack = [];
    private bool _jsonMode;
    private long _events;
    private YNode? _root;

    private YamlLoader(ReadContext ctx, string file, bool keepIncomplete)
    {
        _ctx = ctx;
        _file = file;
        _keepIncomplete = keepIncomplete;
        _maxDepth = Math.Max(1, Math.Min(ctx.Options.MaxNestingDepth, HardDepthCap));
    }

    /// <summary>Loads <paramref name="text"/> read from <paramref name="file"/>.</summary>
    /// <param name="ctx">Reading context (limits, findings).</param>
    /// <param name="file">The file's path for locations.</param>
    /// <param name="text">The decoded text.</param>
    /// <param name="keepIncomplete">On a syntax error, keep collections that were still open (the inventory file) or
    /// only the top-level entries completed before the error (vars files).</param>
    public static YamlLoadResult Load(ReadContext ctx, string file, string text, bool keepIncomplete) =>
        new YamlLoader(ctx, file, keepIncomplete).Run(text);

    internal static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    /// <summary>Converts a node into the value model; the node's size was already checked against the budget.</summary>
    public static InventoryValue ToValue(YNode node) => node switch
    {
        YScalar s => new InventoryScalar(s.Text, s.Style, s.Tag, s.Location),
        YSequence q => new InventorySequence(q.Items.Select(ToValue).ToEquatableArray(), q.Tag, q.Location),
        YMapping m => new InventoryMapping(m.Entries.Select(e => new MappingEntry(e.Key, ToValue(e.Value))).ToEquatableArray(), m.Tag, m.Location),
        _ => throw new InvalidOperationException("unknown node"),
    };

    /// <summary>The text Ansible's JSON output would use for a mapping key (PyYAML types plain keys, JSON turns them back into text).</summary>
    public static string KeyText(YScalar key)
    {
        if (!key.IsPlainUntagged || AnsibleYaml.IsObviouslyString(key.Text))
        {
            return key.Text;
        }

        var s = new InventoryScalar(key.Text, ScalarStyle.Plain);
        switch (s.Kind)
        {
            case ScalarKind.Null:
                return "null";
            case ScalarKind.Float:
                return s.Canonical switch
                {
                    "inf" => "Infinity",
                    "-inf" => "-Infinity",
                    "nan" => "NaN",
                    var c when double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => PythonText.FloatRepr(d),
                    var c => c,
                };
            case ScalarKind.String:
                return key.Text;
            default:
                return s.Canonical;
        }
    }

    private static bool LooksLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                continue;
            }

            return c is '{' or '[' or '"';
        }

        return false;
    }

    private SourceLocation Loc(Mark m) => new(_file, (int)Math.Min(int.MaxValue, m.Line), (int)Math.Min(int.MaxValue, m.Column));

    private YamlLoadResult Run(string text)
    {
        JsonDocument? json = null;
        if (LooksLikeJson(text))
        {
            // Ansible tries json.loads before YAML; JSON then decides how numbers are typed.
            try
            {
                json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = _maxDepth + 1 });
                _jsonMode = true;
            }
            catch (JsonException)
            {
                json = null;
            }
        }

        using (json)
        {
            var lastMark = Mark.Empty;
            try
            {
                var parser = new Parser(new StringReader(text));
                var documents = 0;
                while (parser.MoveNext())
                {
                    var ev = parser.Current!;
                    lastMark = ev.Start;
                    switch (ev)
                    {
                        case DocumentStart:
                            if (++documents > 1)
                            {
                                _ctx.Report(
                                    InventoryFindings.BadStructure,
                                    _file,
                                    $"'{_file}' holds more than one YAML document; Ansible reads only single-document files.",
                                    "Remove the extra '---' document separator or split the file.",
                                    Loc(ev.Start));
                                return new YamlLoadResult(null, false);
                            }

                            break;
                        case Scalar s:
                            if (!Count(ev))
                            {
                                return new YamlLoadResult(null, false);
                            }

                            Add(MakeScalar(s), AnchorOf(s.Anchor));
                            break;
                        case AnchorAlias a:
                            if (!Count(ev))
                            {
                                return new YamlLoadResult(null, false);
                            }

                            var name = a.Value.Value;
                            if (!_anchors.TryGetValue(name, out var target))
                            {
                                var recursive = _openAnchors.Contains(name);
                                _ctx.Report(
                                    InventoryFindings.YamlSyntax,
                                    _file,
                                    recursive ? $"Alias '*{name}' refers to the collection that contains it (a recursive structure)." : $"Alias '*{name}' refers to no anchor defined before it.",
                                    recursive ? "Ansible cannot use recursive YAML structures; copy the values instead." : $"Define '&{name}' before using '*{name}'.",
                                    Loc(ev.Start));
                                return Salvage();
                            }

                            Add(target, null);
                            break;
                        case SequenceStart q:
                            if (!Count(ev) || !Push(new Frame(false, TagOf(q.Tag), AnchorOf(q.Anchor), Loc(q.Start))))
                            {
                                return new YamlLoadResult(null, false);
                            }

                            break;
                        case MappingStart m:
                            if (!Count(ev) || !Push(new Frame(true, TagOf(m.Tag), AnchorOf(m.Anchor), Loc(m.Start))))
                            {
                                return new YamlLoadResult(null, false);
                            }

                            break;
                        case SequenceEnd:
                        case MappingEnd:
                        {
                            var frame = Pop();
                            var node = Finish(frame);
                            if (node is null)
                            {
                                return new YamlLoadResult(null, false);
                            }

                            Add(node, frame.Anchor);
                            break;
                        }
                    }
                }
            }
            catch (YamlException e)
            {
                var at = e.Start.Line > 0 ? Loc(e.Start) : Loc(lastMark);
                _ctx.Report(
                    InventoryFindings.YamlSyntax,
                    _file,
                    $"YAML syntax error: {Describe(e)}",
                    "Fix the YAML at this position (indentation, an unclosed quote or bracket, a tab, a ':' without a space after it are the usual causes); Ansible refuses the whole file.",
                    at);
                return json is not null ? FromJson(json) : Salvage();
            }
            catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
            {
                _ctx.Report(
                    InventoryFindings.YamlSyntax,
                    _file,
                    $"YAML could not be parsed: {e.Message}",
                    "Fix the YAML near this position; Ansible refuses the whole file.",
                    Loc(lastMark).Line > 0 ? Loc(lastMark) : ReadContext.Start(_file));
                return json is not null ? FromJson(json) : Salvage();
            }

            return new YamlLoadResult(_root, true);
        }
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes "(Line: …, Col: …, Idx: …) - (…): "; the location is reported separately.
        var m = e.Message;
        var i = m.IndexOf("): ", StringComparison.Ordinal);
        return i >= 0 && m.StartsWith("(", StringComparison.Ordinal) ? m.Substring(i + 3) : m;
    }

    private static string? TagOf(TagName tag) => tag.IsEmpty ? null : tag.Value;

    private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

    private bool Count(ParsingEvent ev)
    {
        if (++_events <= _ctx.Options.MaxYamlNodes)
        {
            return true;
        }

        _ctx.Report(
            InventoryFindings.LimitExceeded,
            _file,
            $"'{_file}' has more than {_ctx.Options.MaxYamlNodes} YAML nodes; it was not read.",
            "Split the file, or raise InventoryReadOptions.MaxYamlNodes if the file is trusted.",
            Loc(ev.Start));
        return false;
    }

    private bool Push(Frame frame)
    {
        if (_stack.Count + 1 > _maxDepth)
        {
            _ctx.Report(
                InventoryFindings.LimitExceeded,
                _file,
                $"'{_file}' nests collections deeper than {_maxDepth} levels; it was not read.",
                "Flatten the structure, or raise InventoryReadOptions.MaxNestingDepth if the file is trusted.",
                frame.Location);
            return false;
        }

        if (frame.Anchor is not null)
        {
            _openAnchors.Add(frame.Anchor);
            _anchors.Remove(frame.Anchor); // a redefined anchor is not visible inside its own new node
        }

        _stack.Add(frame);
        return true;
    }

    private Frame Pop()
    {
        var f = _stack[_stack.Count - 1];
        _stack.RemoveAt(_stack.Count - 1);
        if (f.Anchor is not null)
        {
            _openAnchors.Remove(f.Anchor);
        }

        return f;
    }

    private YScalar MakeScalar(Scalar s)
    {
        var style = s.Style switch
        {
            YamlScalarStyle.SingleQuoted => ScalarStyle.SingleQuoted,
            YamlScalarStyle.DoubleQuoted => ScalarStyle.DoubleQuoted,
            YamlScalarStyle.Literal => ScalarStyle.Literal,
            YamlScalarStyle.Folded => ScalarStyle.Folded,
            _ => ScalarStyle.Plain,
        };
        var text = s.Value;
        var tag = TagOf(s.Tag);
        if (_jsonMode && style == ScalarStyle.Plain && tag is null && JsonNumber.IsMatch(text))
        {
            text = JsonNumberAsYaml(text);
        }

        return new YScalar(text, style, tag, Loc(s.Start));
    }

    // JSON types 1e3 as a float; YAML 1.1 would read it as a string. Respell such numbers the YAML 1.1 way.
    private static string JsonNumberAsYaml(string text)
    {
        var kind = new InventoryScalar(text, ScalarStyle.Plain).Kind;
        if (kind is ScalarKind.Integer or ScalarKind.Float)
        {
            return text;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? AnsibleYaml.FormatFloat(d) : text;
    }

    private void Add(YNode node, string? anchor)
    {
        if (anchor is not null)
        {
            _anchors[anchor] = node;
        }

        if (_stack.Count == 0)
        {
            _root = node;
            return;
        }

        var top = _stack[_stack.Count - 1];
        if (!top.IsMapping)
        {
            top.Items.Add(node);
        }
        else if (top.PendingKey is null)
        {
            top.PendingKey = node;
        }
        else
        {
            top.Pairs.Add((top.PendingKey, node));
            top.PendingKey = null;
        }
    }

    private YNode? Finish(Frame frame)
    {
        YNode node = frame.IsMapping ? FinishMapping(frame) : new YSequence(frame.Items, frame.Tag, frame.Location);
        if (node.Size > _ctx.Options.MaxYamlNodes)
        {
            _ctx.Report(
                InventoryFindings.LimitExceeded,
                _file,
                $"'{_file}' expands to more than {_ctx.Options.MaxYamlNodes} YAML nodes through aliases or merge keys (an alias bomb?); it was not read.",
                "Remove the nested aliases, or raise InventoryReadOptions.MaxYamlNodes if the file is trusted.",
                frame.Location);
            return null;
        }

        if (node.Depth > _maxDepth)
        {
            _ctx.Report(
                InventoryFindings.LimitExceeded,
                _file,
                $"'{_file}' nests collections deeper than {_maxDepth} levels once aliases are expanded; it was not read.",
                "Flatten the structure, or raise InventoryReadOptions.MaxNestingDepth if the file is trusted.",
                frame.Location);
            return null;
        }

        return node;
    }

    private YMapping FinishMapping(Frame frame)
    {
        var merged = new List<YEntry>();
        var explicitEntries = new List<YEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in frame.Pairs)
        {
            if (keyNode is not YScalar key)
            {
                _ctx.Report(
                    InventoryFindings.BadStructure,
                    _file,
                    "A mapping key is a list or a mapping; Ansible only accepts scalar keys. The entry was skipped.",
                    "Use a plain string as the key.",
                    keyNode.Location);
                continue;
            }

            if ((key.IsPlainUntagged && key.Text == "<<") || key.Tag == "tag:yaml.org,2002:merge")
            {
                Merge(key, value, merged);
                continue;
            }

            var text = KeyText(key);
            if (!seen.Add(text))
            {
                _ctx.Report(
                    InventoryFindings.DuplicateKey,
                    _file,
                    $"Key '{text}' appears more than once in this mapping; Ansible uses the last value.",
                    "Remove the earlier definition.",
                    key.Location);
            }

            explicitEntries.Add(new YEntry(text, key.Location, value));
        }

        // Python dict semantics: merged keys first, explicit keys override; a key keeps its first position and its last value.
        var result = new List<YEntry>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in merged.Concat(explicitEntries))
        {
            if (index.TryGetValue(e.Key, out var at))
            {
                result[at] = e;
            }
            else
            {
                index[e.Key] = result.Count;
                result.Add(e);
            }
        }

        return new YMapping(result, frame.Tag, frame.Location);
    }

    // PyYAML's flatten_mapping: "<<: *m" merges m; "<<: [*a, *b]" merges b then a, so that a wins.
    private void Merge(YScalar key, YNode value, List<YEntry> merged)
    {
        switch (value)
        {
            case YMapping m:
                merged.AddRange(m.Entries);
                return;
            case YSequence s:
                var parts = new List<IReadOnlyList<YEntry>>();
                foreach (var item in s.Items)
                {
                    if (item is not YMapping im)
                    {
                        ReportBadMerge(item.Location);
                        return;
                    }

                    parts.Add(im.Entries);
                }

                parts.Reverse();
                foreach (var p in parts)
                {
                    merged.AddRange(p);
                }

                return;
            default:
                ReportBadMerge(key.Location);
                return;
        }
    }

    private void ReportBadMerge(SourceLocation at) =>
        _ctx.Report(
            InventoryFindings.YamlSyntax,
            _file,
            "The merge key '<<' needs a mapping or a list of mappings; the merge was skipped.",
            "Merge only aliases of mappings, such as '<<: *defaults'.",
            at);

    // After an error: close what is open, keeping what was complete before it.
    private YamlLoadResult Salvage()
    {
        if (_stack.Count == 0)
        {
            return new YamlLoadResult(_root, false);
        }

        if (!_keepIncomplete)
        {
            // Keep only the top-level entries that were complete.
            var bottom = _stack[0];
            _stack.Clear();
            bottom.PendingKey = null;
            _root = Finish(bottom);
            return new YamlLoadResult(_root, false);
        }

        while (_stack.Count > 0)
        {
            var frame = Pop();
            frame.PendingKey = null;
            var node = Finish(frame);
            if (node is null)
            {
                return new YamlLoadResult(null, false);
            }

            if (_stack.Count > 0 && _stack[_stack.Count - 1] is { IsMapping: true, PendingKey: null })
            {
                continue; // a collection in key position: drop it
            }

            Add(node, null);
        }

        return new YamlLoadResult(_root, false);
    }

    // When YamlDotNet rejects valid JSON (Ansible would have read it as JSON), build the nodes from the JSON document.
    private YamlLoadResult FromJson(JsonDocument json)
    {
        _ctx.Findings.RemoveAt(_ctx.Findings.Count - 1);
        var start = ReadContext.Start(_file);
        YNode Convert(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object => new YMapping(e.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal).Select(g => new YEntry(g.Key, start, Convert(g.Last().Value))).ToArray(), null, start),
            JsonValueKind.Array => new YSequence(e.EnumerateArray().Select(Convert).ToArray(), null, start),
            JsonValueKind.String => new YScalar(e.GetString() ?? string.Empty, ScalarStyle.DoubleQuoted, null, start),
            JsonValueKind.Number => new YScalar(JsonNumberAsYaml(e.GetRawText()), ScalarStyle.Plain, null, start),
            JsonValueKind.True => new YScalar("true", ScalarStyle.Plain, null, start),
            JsonValueKind.False => new YScalar("false", ScalarStyle.Plain, null, start),
            _ => new YScalar("null", ScalarStyle.Plain, null, start),
        };

        var root = Convert(json.RootElement);
        if (root.Size > _ctx.Options.MaxYamlNodes)
        {
            _ctx.Report(InventoryFindings.LimitExceeded, _file, $"'{_file}' has more than {_ctx.Options.MaxYamlNodes} nodes; it was not read.", "Split the file.", start);
            return new YamlLoadResult(null, false);
        }

        return new YamlLoadResult(root, true);
    }

    private sealed class Frame
    {
        public Frame(bool isMapping, string? tag, string? anchor, SourceLocation location)
        {
            IsMapping = isMapping;
            Tag = tag;
            Anchor = anchor;
            Location = location;
        }

        public bool IsMapping { get; }

        public string? Tag { get; }

        public string? Anchor { get; }

        public SourceLocation Location { get; }

        public List<YNode> Items { get; } = [];

        public List<(YNode Key, YNode Value)> Pairs { get; } = [];

        public YNode? PendingKey { get; set; }
    }
}
