using System.Globalization;
using System.Text;
using Calico.Sdk.Rendering;

namespace Calico.Sdk.Kubespray;

/// <summary>
/// Writes a <see cref="RawInventory"/> as an Ansible inventory — an INI or YAML inventory file plus
/// <c>group_vars/</c> and <c>host_vars/</c> files — such that <see cref="InventoryReader"/> reads back an equal
/// inventory and Ansible sees the same hosts, groups and typed variables.
/// </summary>
/// <remarks>
/// <para><b>Which groups are written.</b> A group is written when it has hosts, children or inventory-file variables,
/// when it is another group's child, or when <see cref="RawGroup.DeclaredInInventory"/> is true. Any other group
/// (for example Kubespray's run-time <c>k8s_cluster</c> group that only has <c>group_vars/</c>) gets only its vars
/// files, so the written inventory declares no group the original did not.</para>
/// <para><b>Vars files.</b> Every <see cref="RawVar"/> with a <see cref="RawVar.File"/> goes to
/// <c>group_vars/&lt;group&gt;/&lt;File&gt;</c> or <c>host_vars/&lt;host&gt;/&lt;File&gt;</c>, in list order. When all of
/// an owner's files are one file named <c>&lt;name&gt;</c>, <c>&lt;name&gt;.yml</c>, <c>.yaml</c> or <c>.json</c>, the
/// single-file form <c>group_vars/&lt;File&gt;</c> is used instead, which reads back with the same
/// <see cref="RawVar.File"/>. Vars files are YAML whatever their extension (Ansible reads YAML in <c>.json</c> files).</para>
/// <para><b>INI.</b> Laid out like Kubespray's sample: groups in inventory order; each host's inventory-file variables
/// on its first host line only (Ansible allows a host in several sections); a host-less group declared by its
/// <c>[g:children]</c> section at its turn; then the other <c>[g:children]</c> and the <c>[g:vars]</c> sections. When the
/// inventory's host order cannot be had by listing each group once, a group's section is split so that hosts first
/// appear in the inventory's order. Values are written so that Ansible's <c>shlex</c> + <c>literal_eval</c> give the same
/// typed value back: INI-typed scalars keep their text; other strings stay bare when <c>literal_eval</c> would reject
/// them (<c>vxlan</c>, <c>10.3.0.1</c>) and are written as Python string literals otherwise (<c>'123'</c>, <c>'True'</c>),
/// shell-quoted on host lines (<c>x="'123'"</c>); lists and mappings are written as Python literals
/// (<c>peers="[{'as': 65000}]"</c>). What INI cannot hold — a value carrying a YAML tag (<c>!vault</c>, <c>!unsafe</c>)
/// anywhere, a NaN, a name with <c>=</c>, quotes, <c>#</c> or spaces — is moved to the vars file
/// <see cref="MovedVarsFileName"/> of its host or group, so Ansible still sees it (vars files outrank inventory-file
/// variables, and this file sorts first, so the owner's other files still win). Only such moved variables come back
/// with a different <see cref="RawVar.File"/>.</para>
/// <para><b>YAML.</b> The <c>all: hosts/children/vars</c> structure: top-level keys for the groups in inventory order;
/// a child group is defined where it is first listed (as Ansible reads it, depth first) and referenced by name
/// afterwards; a host's variables are written at its first occurrence. An inventory with nothing to declare is written
/// as <c>all: {}</c>, because Ansible rejects an empty YAML inventory (so it reads back with an <c>all</c> group). Every value is written as read (see
/// <see cref="AnsibleYaml"/>); INI-typed scalars are converted to the YAML that Ansible types the same way.</para>
/// <para>Group and host order are kept exactly in INI. In YAML, groups come back in the order Ansible reads them (a
/// group listed as a child before its own position moves up), and hosts in the order they first occur.</para>
/// </remarks>
public static class InventoryWriter
{
    /// <summary>The vars file that receives inventory-file variables the INI format cannot express.</summary>
    public const string MovedVarsFileName = "00-inventory-inline.yml";

    private static readonly string[] VarsExtensions = [".yml", ".yaml", ".json"];

    /// <summary>Writes the inventory.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="format">INI or YAML.</param>
    /// <param name="inventoryFileName">The inventory file's relative path; <c>inventory.ini</c> or <c>hosts.yaml</c> when null.</param>
    /// <returns>The inventory file and the vars files, with paths relative to the inventory's directory.</returns>
    /// <exception cref="ArgumentException">A host or group name that the format cannot express (a name Ansible would
    /// read as a range or a port, or, in INI, a group name with spaces, <c>:</c> or <c>]</c>), or a vars file name
    /// Ansible would not read.</exception>
    public static RenderedFileSet Write(RawInventory inventory, InventoryFormat format, string? inventoryFileName = null)
    {
        var fileName = inventoryFileName ?? (format == InventoryFormat.Ini ? "inventory.ini" : "hosts.yaml");
        var prefix = fileName.Contains('/') ? fileName.Substring(0, fileName.LastIndexOf('/') + 1) : string.Empty;
        foreach (var h in inventory.Hosts)
        {
            CheckHostName(h.Name);
        }

        var moved = new Dictionary<object, List<RawVar>>(ReferenceEqualityComparer.Instance);
        var files = new List<RenderedFile>();
        var text = format == InventoryFormat.Ini ? IniInventoryWriter.Write(inventory, moved) : YamlInventoryWriter.Write(inventory);
        files.Add(new RenderedFile(fileName, text));

        foreach (var g in inventory.Groups)
        {
            files.AddRange(VarsFiles(prefix + "group_vars", g.Name, g.Vars, moved.TryGetValue(g, out var m) ? m : null));
        }

        foreach (var h in inventory.Hosts)
        {
            files.AddRange(VarsFiles(prefix + "host_vars", h.Name, h.Vars, moved.TryGetValue(h, out var m) ? m : null));
        }

        var duplicates = files.GroupBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicates is not null)
        {
            throw new ArgumentException($"Two owners would write the same file '{duplicates.Key}'.", nameof(inventory));
        }

        return new RenderedFileSet(files);
    }

    /// <summary>Groups written to the inventory file (see the remarks on <see cref="InventoryWriter"/>).</summary>
    internal static List<RawGroup> WrittenGroups(RawInventory inventory)
    {
        var children = new HashSet<string>(inventory.Groups.SelectMany(g => g.Children), StringComparer.Ordinal);
        return inventory.Groups
            .Where(g => g.Hosts.Count > 0 || g.Children.Count > 0 || g.Vars.Any(v => v.File is null) || g.DeclaredInInventory || children.Contains(g.Name))
            .ToList();
    }

    internal static void CheckHostName(string name)
    {
        var (hosts, port, error, _) = HostPatterns.Expand(name, 2);
        if (name.Length == 0 || error is not null || port is not null || hosts.Count != 1 || hosts[0] != name || name.Any(c => c == '\0' || PythonText.IsLineBreak(c)))
        {
            throw new ArgumentException($"Host name '{name}' cannot be written: Ansible would read it as a host pattern (a range or a port) or it holds a line break.", nameof(name));
        }
    }

    private static IEnumerable<RenderedFile> VarsFiles(string dir, string owner, List<RawVar> vars, List<RawVar>? moved)
    {
        var byFile = new List<(string File, List<RawVar> Vars)>();
        foreach (var v in vars.Where(v => v.File is not null))
        {
            var slot = byFile.FindIndex(f => f.File == v.File);
            if (slot < 0)
            {
                byFile.Add((v.File!, [v]));
            }
            else
            {
                byFile[slot].Vars.Add(v);
            }
        }

        if (moved is { Count: > 0 })
        {
            byFile.Insert(0, (MovedVarsFileName, moved));
        }

        if (byFile.Count == 0)
        {
            yield break;
        }

        if (owner.Length == 0 || owner.Contains('/') || owner.Contains('\\') || owner.Contains('\0') || owner is "." or "..")
        {
            throw new ArgumentException($"'{owner}' has variables in vars files, but that name cannot be a file name under {dir}/.", nameof(owner));
        }

        var single = byFile.Count == 1 && (byFile[0].File == owner || VarsExtensions.Any(x => byFile[0].File == owner + x));
        foreach (var (file, list) in byFile)
        {
            CheckVarsFileName(file);
            var path = single ? $"{dir}/{file}" : $"{dir}/{owner}/{file}";
            yield return new RenderedFile(path, AnsibleYaml.WriteVarsFile(list.Select(v => new KeyValuePair<string, InventoryValue>(v.Name, v.Value))));
        }
    }

    private static void CheckVarsFileName(string file)
    {
        var parts = file.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            var ext = VarsFilesReader.Extension(p);
            var last = i == parts.Length - 1;
            if (p.Length == 0 || p.StartsWith(".", StringComparison.Ordinal) || p.EndsWith("~", StringComparison.Ordinal) || p.Contains('\\') || p.Contains('\0')
                || (last ? ext.Length > 0 && !VarsExtensions.Contains(ext, StringComparer.Ordinal) : ext.Length > 0))
            {
                throw new ArgumentException(
                    $"Vars file '{file}' cannot be written so that Ansible reads it: use a relative name without hidden parts, ending in .yml, .yaml, .json or no extension.",
                    nameof(file));
            }
        }
    }
}

/// <summary>Writes the INI inventory file (see <see cref="InventoryWriter"/>).</summary>
internal static class IniInventoryWriter
{
    public static string Write(RawInventory inventory, Dictionary<object, List<RawVar>> moved)
    {
        var groups = InventoryWriter.WrittenGroups(inventory);
        foreach (var h in inventory.Hosts)
        {
            if (PythonText.Strip(h.Name) == "---" || PythonText.Strip(h.Name).EndsWith(":", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Host name '{h.Name}' cannot be written in an INI inventory ('---' and a trailing ':' are rejected by Ansible's INI parser).", nameof(inventory));
            }
        }

        foreach (var g in groups)
        {
            CheckGroupName(g.Name);
            foreach (var c in g.Children)
            {
                CheckGroupName(c);
            }
        }

        // Host inventory-file variables, split into what INI can hold and what moves to a vars file.
        var hostTokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var h in inventory.Hosts)
        {
            var tokens = new List<string>();
            foreach (var v in h.Vars.Where(v => v.File is null))
            {
                var p = PythonValue(v.Value, hostLine: true);
                if (p is null || !IsIniName(v.Name))
                {
                    Move(moved, h, v);
                    continue;
                }

                tokens.Add(PythonShlex.Quote(v.Name) + "=" + (p.Length == 0 ? "''" : PythonShlex.Quote(p)));
            }

            hostTokens[h.Name] = tokens.Count == 0 ? string.Empty : " " + string.Join(" ", tokens);
        }

        var groupVarLines = new Dictionary<RawGroup, List<string>>();
        foreach (var g in groups)
        {
            var lines = new List<string>();
            foreach (var v in g.Vars.Where(v => v.File is null))
            {
                var p = PythonValue(v.Value, hostLine: false);
                if (p is null || !IsIniName(v.Name))
                {
                    Move(moved, g, v);
                    continue;
                }

                lines.Add(v.Name + "=" + p);
            }

            groupVarLines[g] = lines;
        }

        var sections = new List<(string Header, List<string> Lines)>();
        var written = new HashSet<RawGroup>();

        // Hosts that no written group lists: Ansible puts them in 'ungrouped'; they go before any section.
        var listed = new HashSet<string>(groups.SelectMany(g => g.Hosts), StringComparer.Ordinal);
        var appeared = new HashSet<string>(StringComparer.Ordinal);
        var loose = inventory.Hosts.Where(h => !listed.Contains(h.Name)).Select(h => h.Name).ToList();
        if (loose.Count > 0)
        {
            sections.Add((string.Empty, loose.Select(h => HostLine(h, hostTokens, appeared)).ToList()));
        }

        Memberships(inventory, groups, sections, hostTokens, appeared, groupVarLines, written);

        foreach (var g in groups.Where(g => g.Hosts.Count > 0 && g.Children.Count > 0))
        {
            sections.Add(($"[{g.Name}:children]", g.Children.ToList()));
        }

        foreach (var g in groups.Where(g => !written.Contains(g) && groupVarLines[g].Count > 0))
        {
            sections.Add(($"[{g.Name}:vars]", groupVarLines[g]));
        }

        var sb = new StringBuilder();
        foreach (var (header, lines) in sections)
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            if (header.Length > 0)
            {
                sb.Append(header).Append('\n');
            }

            foreach (var l in lines)
            {
                sb.Append(l).Append('\n');
            }
        }

        return sb.ToString();
    }

    // Declares the groups in order and lists their hosts so that hosts first appear in the inventory's host order.
    private static void Memberships(
        RawInventory inventory,
        List<RawGroup> groups,
        List<(string Header, List<string> Lines)> sections,
        Dictionary<string, string> hostTokens,
        HashSet<string> appeared,
        Dictionary<RawGroup, List<string>> groupVarLines,
        HashSet<RawGroup> varsWritten)
    {
        var queues = groups.ToDictionary(g => g, g => new Queue<string>(g.Hosts));
        var memberOf = new HashSet<string>(groups.SelectMany(g => g.Hosts), StringComparer.Ordinal);
        var order = inventory.Hosts.Select(h => h.Name).Where(memberOf.Contains).Concat(groups.SelectMany(g => g.Hosts)).Distinct(StringComparer.Ordinal).ToList();
        var next = 0;
        var declared = new List<RawGroup>();
        var declaredCount = 0;
        RawGroup? current = null;
        List<string>? block = null;

        string? Target()
        {
            while (next < order.Count && appeared.Contains(order[next]))
            {
                next++;
            }

            return next < order.Count ? order[next] : null;
        }

        bool Allowed(string host) => appeared.Contains(host) || host == Target();

        void Open(RawGroup g)
        {
            current = g;
            block = [];
            sections.Add(($"[{g.Name}]", block));
        }

        void Emit(RawGroup g) => block!.Add(HostLine(queues[g].Dequeue(), hostTokens, appeared));

        var stuck = false;
        while (true)
        {
            if (!stuck)
            {
                if (current is not null && queues[current].Count > 0 && Allowed(queues[current].Peek()))
                {
                    Emit(current);
                    continue;
                }

                var other = declared.FirstOrDefault(g => queues[g].Count > 0 && Allowed(queues[g].Peek()));
                if (other is not null)
                {
                    Open(other);
                    Emit(other);
                    continue;
                }
            }

            if (declaredCount < groups.Count)
            {
                var g = groups[declaredCount++];
                declared.Add(g);
                if (g.Hosts.Count > 0)
                {
                    Open(g);
                }
                else if (g.Children.Count > 0)
                {
                    current = null;
                    sections.Add(($"[{g.Name}:children]", g.Children.ToList()));
                }
                else if (g.Name is "all" or "ungrouped" && groupVarLines[g].Count > 0)
                {
                    current = null;
                    sections.Add(($"[{g.Name}:vars]", groupVarLines[g]));
                    varsWritten.Add(g);
                }
                else
                {
                    current = null;
                    sections.Add(($"[{g.Name}]", []));
                }

                continue;
            }

            if (declared.All(g => queues[g].Count == 0))
            {
                break;
            }

            // The host order cannot be kept (a host that is never first in line): list the rest as they come.
            stuck = true;
            foreach (var g in declared.Where(g => queues[g].Count > 0))
            {
                Open(g);
                while (queues[g].Count > 0)
                {
                    Emit(g);
                }
            }
        }
    }

    private static string HostLine(string host, Dictionary<string, string> hostTokens, HashSet<string> appeared)
    {
        var token = PythonShlex.IsBareSafe(host) && host[0] is not (';' or '[') ? host : PythonShlex.ForceQuote(host);
        if (appeared.Add(host) && hostTokens.TryGetValue(host, out var vars))
        {
            return token + vars;
        }

        return token;
    }

    private static void Move(Dictionary<object, List<RawVar>> moved, object owner, RawVar v)
    {
        if (!moved.TryGetValue(owner, out var list))
        {
            list = [];
            moved[owner] = list;
        }

        list.Add(v with { File = InventoryWriter.MovedVarsFileName });
    }

    private static void CheckGroupName(string name)
    {
        if (name.Length == 0 || name[0] is '#' or ';' || name.Any(c => c is ':' or ']' || char.IsWhiteSpace(c) || PythonText.IsSpace(c) || c == '\0'))
        {
            throw new ArgumentException($"Group name '{name}' cannot be written in an INI inventory (no spaces, ':' or ']', and no leading '#' or ';').", nameof(name));
        }
    }

    // Names INI can carry unquoted in both host lines and :vars sections.
    internal static bool IsIniName(string name) =>
        name.Length > 0
        && name[0] is not ('#' or ';' or '[')
        && name.All(c => c is not ('=' or '\'' or '"' or '\\' or '#') && !PythonText.IsSpace(c) && !PythonText.IsLineBreak(c) && c != '\0')
        && !PythonText.HasLoneSurrogate(name);

    /// <summary>
    /// The Python text that <c>literal_eval</c> (or its failure) turns into <paramref name="value"/>, ready to stand on
    /// an INI line (before shell quoting on host lines); null when INI cannot express it.
    /// </summary>
    internal static string? PythonValue(InventoryValue value, bool hostLine)
    {
        if (HasTag(value))
        {
            return null;
        }

        if (value is not InventoryScalar s)
        {
            return PythonLiteralOf(value);
        }

        if (s.Style == ScalarStyle.Ini && LineSafe(s.Text) && (hostLine || PythonText.Strip(s.Text) == s.Text))
        {
            return s.Text;
        }

        if (s.Kind == ScalarKind.String)
        {
            var t = s.Canonical;
            if (PythonLiteral.Evaluate(t) is null && LineSafe(t) && PythonText.Strip(t) == t && t.Length > 0)
            {
                return t;
            }
        }

        return Literal(s);
    }

    private static bool LineSafe(string text) => !text.Any(c => c == '\0' || PythonText.IsLineBreak(c)) && !PythonText.HasLoneSurrogate(text);

    private static bool HasTag(InventoryValue v) => v.Tag is not null || v switch
    {
        InventorySequence q => q.Items.Any(HasTag),
        InventoryMapping m => m.Entries.Any(e => HasTag(e.Value)),
        _ => false,
    };

    private static string? PythonLiteralOf(InventoryValue value)
    {
        switch (value)
        {
            case InventoryScalar s:
                return Literal(s);
            case InventorySequence q:
            {
                var items = q.Items.Select(PythonLiteralOf).ToList();
                return items.Any(i => i is null) ? null : "[" + string.Join(", ", items) + "]";
            }

            case InventoryMapping m:
            {
                var entries = m.Entries.Select(e => (Key: PythonText.QuoteForLine(e.Key), Value: PythonLiteralOf(e.Value))).ToList();
                return entries.Any(e => e.Value is null) ? null : "{" + string.Join(", ", entries.Select(e => e.Key + ": " + e.Value)) + "}";
            }

            default:
                return null;
        }
    }

    // A Python literal of the scalar's typed value; null for NaN, which has none.
    private static string? Literal(InventoryScalar s)
    {
        switch (s.Kind)
        {
            case ScalarKind.Null:
                return "None";
            case ScalarKind.Boolean:
                return s.Canonical == "true" ? "True" : "False";
            case ScalarKind.Integer:
                return s.Canonical;
            case ScalarKind.Float:
                var c = s.Canonical;
                if (c is "inf" or "Infinity" or "∞")
                {
                    return "1e999";
                }

                if (c is "-inf" or "-Infinity" or "-∞")
                {
                    return "-1e999";
                }

                return double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsNaN(d) ? PythonText.FloatRepr(d) : null;
            default:
                return PythonText.QuoteForLine(s.Canonical);
        }
    }
}

/// <summary>Writes the YAML inventory file (see <see cref="InventoryWriter"/>).</summary>
internal static class YamlInventoryWriter
{
    public static string Write(RawInventory inventory)
    {
        var groups = InventoryWriter.WrittenGroups(inventory);
        var byName = groups.ToDictionary(g => g.Name, StringComparer.Ordinal);
        var defined = new HashSet<string>(StringComparer.Ordinal);
        var hostVarsWritten = new HashSet<string>(StringComparer.Ordinal);
        var hosts = inventory.Hosts.ToDictionary(h => h.Name, StringComparer.Ordinal);
        var nullValue = new InventoryScalar(string.Empty, ScalarStyle.Plain);

        InventoryValue Define(RawGroup g)
        {
            defined.Add(g.Name);
            var sections = new List<MappingEntry>();
            if (g.Hosts.Count > 0)
            {
                var entries = new List<MappingEntry>();
                foreach (var h in g.Hosts)
                {
                    InventoryValue value = nullValue;
                    if (hostVarsWritten.Add(h) && hosts.TryGetValue(h, out var host))
                    {
                        var vars = host.Vars.Where(v => v.File is null).Select(v => new MappingEntry(v.Name, v.Value)).ToList();
                        if (vars.Count > 0)
                        {
                            value = new InventoryMapping(vars.ToEquatableArray());
                        }
                    }

                    entries.Add(new MappingEntry(h, value));
                }

                sections.Add(new MappingEntry("hosts", new InventoryMapping(entries.ToEquatableArray())));
            }

            if (g.Children.Count > 0)
            {
                var entries = new List<MappingEntry>();
                foreach (var c in g.Children)
                {
                    entries.Add(new MappingEntry(c, !defined.Contains(c) && byName.TryGetValue(c, out var child) ? Define(child) : nullValue));
                }

                sections.Add(new MappingEntry("children", new InventoryMapping(entries.ToEquatableArray())));
            }

            var groupVars = g.Vars.Where(v => v.File is null).Select(v => new MappingEntry(v.Name, v.Value)).ToList();
            if (groupVars.Count > 0)
            {
                sections.Add(new MappingEntry("vars", new InventoryMapping(groupVars.ToEquatableArray())));
            }

            return sections.Count == 0 ? nullValue : new InventoryMapping(sections.ToEquatableArray());
        }

        var top = new List<MappingEntry>();
        foreach (var g in groups)
        {
            if (!defined.Contains(g.Name))
            {
                top.Add(new MappingEntry(g.Name, Define(g)));
            }
        }

        // Hosts that no written group lists: Ansible would put them in 'ungrouped'.
        var listed = new HashSet<string>(groups.SelectMany(g => g.Hosts), StringComparer.Ordinal);
        var loose = inventory.Hosts.Where(h => !listed.Contains(h.Name)).ToList();
        if (loose.Count > 0)
        {
            var entries = loose.Select(h =>
            {
                var vars = h.Vars.Where(v => v.File is null).Select(v => new MappingEntry(v.Name, v.Value)).ToList();
                return new MappingEntry(h.Name, vars.Count > 0 ? new InventoryMapping(vars.ToEquatableArray()) : nullValue);
            });
            top.Insert(0, new MappingEntry("ungrouped", new InventoryMapping(EquatableArray.Create(new MappingEntry("hosts", new InventoryMapping(entries.ToEquatableArray()))))));
        }

        if (top.Count == 0)
        {
            return "---\nall: {}\n";
        }

        var w = new AnsibleYaml.Writer();
        w.Line("---");
        w.MappingBody(top, 0);
        return w.ToString();
    }
}
