using System.Globalization;
using System.Text.RegularExpressions;

namespace Calico.Sdk.Kubespray;

/// <summary>
/// Reads an INI inventory exactly as Ansible's <c>ini</c> inventory plugin does:
/// <list type="bullet">
/// <item>lines are Python's <c>splitlines()</c>, stripped; empty lines and lines starting with <c>#</c> or <c>;</c> are skipped;</item>
/// <item><c>[group]</c> holds host lines, <c>[group:vars]</c> <c>key=value</c> lines, <c>[group:children]</c> group names; host lines before any section belong to <c>ungrouped</c>;</item>
/// <item>a host line is split like a shell command (<c>shlex</c>, POSIX mode, <c>#</c> starts a comment); its first token is a host pattern
/// (<c>node[1:3]</c>, <c>node1:2222</c>), the others <c>key=value</c>, split at the first <c>=</c>;</item>
/// <item>a <c>:vars</c> line is split at the first <c>=</c> and both halves stripped; no shell rules apply;</item>
/// <item>every value goes through Python's <c>ast.literal_eval</c>; what that rejects stays a string. So <c>x="123"</c> on a host
/// line is the number 123 (the shell quotes are gone before <c>literal_eval</c> sees it), while <c>x="123"</c> in <c>:vars</c> is the string 123.</item>
/// </list>
/// Where Ansible gives up on the whole file, this reports a finding (CAL0003, CAL0010) and reads on.
/// </summary>
internal sealed class IniInventoryParser
{
    private static readonly Regex Section = new(@"^\[([^:\]\s]+)(?::(\w+))?\]\s*(?:#.*)?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex GroupName = new(@"^([^:\]\s]+)\s*(?:#.*)?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly ReadContext _ctx;
    private readonly string _file;
    private readonly InventoryBuilder _b;

    // Groups named by a non-:vars section header (Ansible's "declared"), and :vars-only and :children-only mentions.
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal) { "all", "ungrouped" };
    private readonly Dictionary<string, SourceLocation> _varsOnly = new(StringComparer.Ordinal);
    private readonly List<(string Parent, string Child, SourceLocation At)> _childRefs = [];

    private IniInventoryParser(ReadContext ctx, string file)
    {
        _ctx = ctx;
        _file = file;
        _b = new InventoryBuilder(ctx, InventoryFormat.Ini, file);
    }

    /// <summary>Parses the file's bytes into a builder; the caller adds vars files and the final checks.</summary>
    public static InventoryBuilder Parse(ReadContext ctx, string file, byte[] data)
    {
        var p = new IniInventoryParser(ctx, file);
        p.Run(p.Decode(data));
        return p._b;
    }

    /// <summary>
    /// Ansible decodes the whole file as UTF-8; when that fails it blanks comment lines (their bytes need not be
    /// UTF-8) and still requires every other line to be valid.
    /// </summary>
    private List<string?> Decode(byte[] data)
    {
        var whole = ReadContext.TryDecodeKeepBom(data, 0, data.Length);
        if (whole is not null)
        {
            return PythonText.SplitLines(whole).Cast<string?>().ToList();
        }

        var lines = new List<string?>();
        var start = 0;
        var lineNo = 0;
        for (var i = 0; i <= data.Length; i++)
        {
            var atEnd = i == data.Length;
            if (!atEnd && data[i] is not ((byte)'\n' or (byte)'\r'))
            {
                continue;
            }

            if (atEnd && start == data.Length)
            {
                break;
            }

            lineNo++;
            var count = i - start;
            if (count > 0 && data[start] is (byte)'#' or (byte)';')
            {
                lines.Add(string.Empty);
            }
            else
            {
                var text = ReadContext.TryDecodeKeepBom(data, start, count);
                if (text is null)
                {
                    var bad = ReadContext.FirstInvalidUtf8(data, start, count);
                    var col = (ReadContext.TryDecodeKeepBom(data, start, bad - start)?.Length ?? 0) + 1;
                    _ctx.Report(
                        InventoryFindings.UnreadableFile,
                        _file,
                        $"Line {lineNo} of '{_file}' is not valid UTF-8 (byte 0x{data[bad]:x2}); the line was skipped. Ansible refuses the whole file.",
                        "Save the file as UTF-8.",
                        new SourceLocation(_file, lineNo, col));
                }

                lines.Add(text);
            }

            if (!atEnd && data[i] == (byte)'\r' && i + 1 < data.Length && data[i + 1] == (byte)'\n')
            {
                i++;
            }

            start = i + 1;
        }

        return lines;
    }

    private SourceLocation At(int line, int index) => new(_file, line, index + 1);

    private void Error(string message, SourceLocation at, string? hint = null) =>
        _ctx.Report(InventoryFindings.IniSyntax, _file, message, hint ?? "Fix the line; Ansible refuses the whole inventory file when one line is wrong.", at);

    private void Run(List<string?> lines)
    {
        var group = "ungrouped";
        var state = "hosts";
        for (var n = 0; n < lines.Count; n++)
        {
            var lineNo = n + 1;
            var raw = lines[n];
            if (raw is null)
            {
                continue;
            }

            if (n == 0 && raw.StartsWith("\uFEFF", StringComparison.Ordinal))
            {
                Error(
                    "The file starts with a UTF-8 byte-order mark. Ansible's INI parser keeps it as part of the first line, so that line is misread.",
                    At(lineNo, 0),
                    "Save the file as UTF-8 without a byte-order mark. The rest of the file was read as if the mark were absent.");
                raw = raw.Substring(1);
            }

            var lead = PythonText.LeadingSpaceCount(raw) + (n == 0 && lines[0]!.StartsWith("\uFEFF", StringComparison.Ordinal) ? 1 : 0);
            var line = PythonText.Strip(raw);
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            var m = Section.Match(line);
            if (m.Success)
            {
                group = m.Groups[1].Value;
                state = m.Groups[2].Success ? m.Groups[2].Value : "hosts";
                if (state is not ("hosts" or "children" or "vars"))
                {
                    Error($"Section [{group}:{state}] has unknown type: {state}", At(lineNo, lead), "Use [group], [group:vars] or [group:children]. The lines of this section were skipped.");
                    state = "skip";
                    continue;
                }

                _b.Group(group, At(lineNo, lead), declaredInInventory: true);
                if (state == "vars")
                {
                    if (!_declared.Contains(group) && !_varsOnly.ContainsKey(group))
                    {
                        _varsOnly[group] = At(lineNo, lead);
                    }
                }
                else
                {
                    _declared.Add(group);
                }

                continue;
            }

            if (line.StartsWith("[", StringComparison.Ordinal) && line.EndsWith("]", StringComparison.Ordinal))
            {
                Error(
                    $"Invalid section entry: '{line}'. Please make sure that there are no spaces in the section entry, and that there are no other invalid characters",
                    At(lineNo, lead),
                    "Write the section as [name], [name:vars] or [name:children]. The lines of this section were skipped.");
                state = "skip";
                continue;
            }

            switch (state)
            {
                case "hosts":
                    HostLine(line, lineNo, lead, group);
                    break;
                case "vars":
                    VarsLine(line, lineNo, lead, group);
                    break;
                case "children":
                    ChildLine(line, lineNo, lead, group);
                    break;
            }
        }

        Finish();
    }

    private void HostLine(string line, int lineNo, int lead, string groupName)
    {
        var tokens = PythonShlex.Split(line, out var shlexError);
        if (tokens is null || tokens.Count == 0)
        {
            Error($"Error parsing host definition '{line}': {shlexError ?? "no host name"}", At(lineNo, lead), "Close the quote, or escape the character with a backslash.");
            return;
        }

        var pattern = tokens[0].Text;
        var patternAt = At(lineNo, lead + tokens[0].Start);
        var (hosts, port, rangeError, limit) = HostPatterns.Expand(pattern, _ctx.Options.MaxHostsPerPattern);
        if (limit)
        {
            _ctx.Report(
                InventoryFindings.LimitExceeded,
                _file,
                $"Host pattern '{pattern}' expands to more than {_ctx.Options.MaxHostsPerPattern} hosts; the line was skipped.",
                "Use a smaller range, or raise InventoryReadOptions.MaxHostsPerPattern.",
                patternAt);
            return;
        }

        if (rangeError is not null)
        {
            Error($"Invalid host pattern '{pattern}': {rangeError}", patternAt, "Write ranges as [begin:end] or [begin:end:step], e.g. node[1:3] or node[01:10].");
            return;
        }

        if (PythonText.Strip(pattern).EndsWith(":", StringComparison.Ordinal) && port is null)
        {
            Error($"Invalid host pattern '{pattern}' supplied, ending in ':' is not allowed, this character is reserved to provide a port.", patternAt);
            return;
        }

        if (hosts.Any(h => PythonText.Strip(h) == "---"))
        {
            Error($"Invalid host pattern '{pattern}' supplied, '---' is normally a sign this is a YAML file.", patternAt, "Name the file .yml or .yaml if it is a YAML inventory.");
            return;
        }

        if (hosts.Any(h => h.Length == 0))
        {
            Error("Empty host name.", patternAt, "Give the host a name.");
            return;
        }

        var variables = new List<RawVar>();
        foreach (var t in tokens.Skip(1))
        {
            var eq = t.Text.IndexOf('=');
            if (eq < 0)
            {
                Error($"Expected key=value host variable assignment, got: {t.Text}", At(lineNo, lead + t.Start), "Write host variables as key=value; quote values that contain spaces. The line was skipped.");
                return;
            }

            var key = t.Text.Substring(0, eq);
            var valueText = t.Text.Substring(eq + 1);
            var token = t;
            var valueStart = eq + 1;
            var value = ParseValue(valueText, offset => At(lineNo, lead + token.SourceOf(valueStart + offset)));
            variables.Add(new RawVar(key, value, null, At(lineNo, lead + t.Start)));
        }

        var group = _b.Group(groupName, patternAt, declaredInInventory: true);
        foreach (var h in hosts)
        {
            var host = _b.HostIn(h, group, patternAt);
            if (port is { } p)
            {
                _b.SetHostVar(host, new RawVar("ansible_port", new InventoryScalar(p.ToString(CultureInfo.InvariantCulture), ScalarStyle.Ini, null, patternAt), null, patternAt));
            }

            foreach (var v in variables)
            {
                _b.SetHostVar(host, v);
            }
        }
    }

    private void VarsLine(string line, int lineNo, int lead, string groupName)
    {
        var eq = line.IndexOf('=');
        if (eq < 0)
        {
            Error($"Expected key=value, got: {line}", At(lineNo, lead), "Write group variables as key=value.");
            return;
        }

        var key = PythonText.Strip(line.Substring(0, eq));
        var rawValue = line.Substring(eq + 1);
        var value = PythonText.Strip(rawValue);
        var valueIndex = lead + eq + 1 + PythonText.LeadingSpaceCount(rawValue);
        var v = ParseValue(value, offset => At(lineNo, valueIndex + offset));
        var group = _b.Group(groupName, At(lineNo, lead), declaredInInventory: true);
        _b.SetGroupVar(group, new RawVar(key, v, null, At(lineNo, key.Length == 0 ? lead + eq : lead)));
    }

    private void ChildLine(string line, int lineNo, int lead, string groupName)
    {
        var m = GroupName.Match(line);
        if (!m.Success)
        {
            Error($"Expected group name, got: {line}", At(lineNo, lead), "List one group name per line in a :children section.");
            return;
        }

        var child = m.Groups[1].Value;
        var at = At(lineNo, lead);
        var parent = _b.Group(groupName, at, declaredInInventory: true);
        _b.AddChild(parent, child, at);
        _childRefs.Add((groupName, child, at));
    }

    private void Finish()
    {
        foreach (var (parent, child, at) in _childRefs)
        {
            if (_declared.Contains(child) || _varsOnly.ContainsKey(child))
            {
                continue;
            }

            _b.Group(child, at, declaredInInventory: true);
            _declared.Add(child); // report once
            _ctx.Report(
                InventoryFindings.UnknownReference,
                $"groups[{parent}].children",
                $"Section [{parent}:children] includes undefined group: {child}. Ansible rejects the inventory; the group was added with no hosts.",
                $"Declare the group with a [{child}] or [{child}:children] section, or remove the line.",
                at,
                FindingSeverity.Error);
        }

        foreach (var (group, at) in _varsOnly)
        {
            if (_declared.Contains(group))
            {
                continue;
            }

            _ctx.Report(
                InventoryFindings.UnknownReference,
                $"groups[{group}]",
                $"Section [{group}:vars] not valid for undefined group: {group}. Ansible rejects the inventory; the variables were kept.",
                $"Declare the group with a [{group}] or [{group}:children] section.",
                at,
                FindingSeverity.Error);
        }
    }

    /// <summary>
    /// Types an INI value as Ansible does (<c>ast.literal_eval</c>, else the text). Scalars keep their text when
    /// <see cref="InventoryScalar"/>'s INI typing agrees with Python; lists and dicts become sequences and mappings.
    /// </summary>
    internal static InventoryValue ParseValue(string text, Func<int, SourceLocation> at)
    {
        var py = PythonLiteral.Evaluate(text);
        if (py is PyUnsupported)
        {
            py = null; // Ansible would hold a complex number, a set, Ellipsis…; kept as the text
        }

        if (py is null or PyStr or PyInt or PyFloat or PyBool or PyNone)
        {
            var expected = py is null ? (ScalarKind.String, text) : Expected(py);
            var asWritten = new InventoryScalar(text, ScalarStyle.Ini, null, at(0));
            if (asWritten.Kind == expected.Item1 && asWritten.Canonical == expected.Item2)
            {
                return asWritten;
            }

            return new InventoryScalar(py is null ? PythonText.QuoteMinimal(text) : CanonicalText(py), ScalarStyle.Ini, null, at(0));
        }

        return Convert(py, at);
    }

    private static InventoryValue Convert(PyValue py, Func<int, SourceLocation> at) => py switch
    {
        PyList l => new InventorySequence(l.Items.Select(i => Convert(i, at)).ToEquatableArray(), null, at(l.Offset)),
        PyDict d => new InventoryMapping(d.Entries.Select(e => new MappingEntry(KeyText(e.Key), Convert(e.Value, at))).ToEquatableArray(), null, at(d.Offset)),
        _ => new InventoryScalar(CanonicalText(py), ScalarStyle.Ini, null, at(py.Offset)),
    };

    private static (ScalarKind, string) Expected(PyValue py) => py switch
    {
        PyStr s => (ScalarKind.String, s.Value),
        PyInt i => (ScalarKind.Integer, i.Value.ToString(CultureInfo.InvariantCulture)),
        PyFloat f => (ScalarKind.Float, f.Value.ToString("R", CultureInfo.InvariantCulture)),
        PyBool b => (ScalarKind.Boolean, b.Value ? "true" : "false"),
        _ => (ScalarKind.Null, string.Empty),
    };

    /// <summary>A Python literal that <see cref="InventoryScalar"/> types the same way Python does.</summary>
    internal static string CanonicalText(PyValue py) => py switch
    {
        PyStr s => PythonText.QuoteMinimal(s.Value),
        PyInt i => i.Value.ToString(CultureInfo.InvariantCulture),
        PyFloat f when double.IsPositiveInfinity(f.Value) => "1e999",
        PyFloat f when double.IsNegativeInfinity(f.Value) => "-1e999",
        PyFloat f => PythonText.FloatRepr(f.Value),
        PyBool b => b.Value ? "True" : "False",
        _ => "None",
    };

    // The text Ansible's JSON output gives a dict key.
    private static string KeyText(PyValue key) => key switch
    {
        PyStr s => s.Value,
        PyInt i => i.Value.ToString(CultureInfo.InvariantCulture),
        PyBool b => b.Value ? "true" : "false",
        PyNone => "null",
        PyFloat f when double.IsPositiveInfinity(f.Value) => "Infinity",
        PyFloat f when double.IsNegativeInfinity(f.Value) => "-Infinity",
        PyFloat f => PythonText.FloatRepr(f.Value),
        _ => string.Empty,
    };
}
