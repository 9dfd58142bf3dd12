namespace Calico.Sdk.Kubespray;

/// <summary>
/// Reads <c>group_vars/</c> and <c>host_vars/</c> beside the inventory file as Ansible's <c>host_group_vars</c> plugin
/// does. For a group or host called N it takes the first of <c>N</c>, <c>N.yml</c>, <c>N.yaml</c>, <c>N.json</c> that
/// exists (later ones are ignored: CAL0012); a directory is read file by file in sorted order, descending into
/// subdirectories without an extension, skipping hidden files, backups (<c>~</c>) and files with other extensions.
/// A later file overrides a variable of an earlier one (CAL0009).
/// </summary>
internal sealed class VarsFilesReader
{
    private static readonly string[] Extensions = [".yml", ".yaml", ".json"];

    // Kubespray creates these groups at run time (group_by), so their group_vars are expected without the group.
    private static readonly HashSet<string> RuntimeGroups = new(StringComparer.Ordinal) { "k8s_cluster", "k8s-cluster" };

    private readonly ReadContext _ctx;
    private readonly IInventoryFileSource _fs;

    public VarsFilesReader(ReadContext ctx)
    {
        _ctx = ctx;
        _fs = ctx.Source;
    }

    /// <summary>Python's <c>os.path.splitext</c> extension: from the last dot, unless the name only starts with dots.</summary>
    internal static string Extension(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot <= 0)
        {
            return string.Empty;
        }

        // "..x" and ".x" have no extension in Python: every character before the dot is a dot.
        return name.Substring(0, dot).All(c => c == '.') ? string.Empty : name.Substring(dot);
    }

    public void ReadGroupVars(string baseDir, InventoryBuilder builder)
    {
        var dir = _fs.Combine(baseDir, "group_vars");
        var entries = ListTop(dir);
        if (entries is null)
        {
            return;
        }

        var claimed = new HashSet<string>(StringComparer.Ordinal);

        // Ansible looks up every group it knows, including the implicit 'all' and 'ungrouped'.
        var known = builder.Inventory.Groups.Select(g => g.Name).Concat(["all", "ungrouped"]).Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in known)
        {
            var found = Lookup(dir, name, entries, claimed);
            if (found is null)
            {
                continue;
            }

            var group = builder.FindGroup(name) ?? builder.Group(name, ReadContext.Start(found.Value.Path), declaredInInventory: false);
            group.Vars.AddRange(ReadEntity(found.Value, $"groups[{name}]"));
        }

        foreach (var (name, entryName) in Unclaimed(dir, entries, claimed))
        {
            var found = Lookup(dir, name, entries, claimed)!.Value;
            var at = ReadContext.Start(_fs.Combine(dir, entryName));
            if (!RuntimeGroups.Contains(name))
            {
                _ctx.Report(
                    InventoryFindings.UnknownReference,
                    $"groups[{name}]",
                    $"'{_fs.Combine(dir, entryName)}' holds variables for group '{name}', which the inventory does not define; Ansible ignores them. They were kept in a group with no hosts.",
                    $"Add a [{name}] group to the inventory, or rename or remove the file.",
                    at);
            }

            // Kept so that nothing is lost; a file that yields no variables (empty, unreadable) adds no group.
            var vars = ReadEntity(found, $"groups[{name}]");
            if (vars.Count > 0)
            {
                builder.Group(name, at, declaredInInventory: false).Vars.AddRange(vars);
            }
        }
    }

    public void ReadHostVars(string baseDir, InventoryBuilder builder)
    {
        var dir = _fs.Combine(baseDir, "host_vars");
        var entries = ListTop(dir);
        if (entries is null)
        {
            return;
        }

        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var host in builder.Inventory.Hosts)
        {
            var found = Lookup(dir, host.Name, entries, claimed);
            if (found is not null)
            {
                host.Vars.AddRange(ReadEntity(found.Value, $"hosts[{host.Name}]"));
            }
        }

        foreach (var (name, entryName) in Unclaimed(dir, entries, claimed))
        {
            Lookup(dir, name, entries, claimed); // claims the entry and reports shadowed alternatives
            _ctx.Report(
                InventoryFindings.UnknownReference,
                $"hosts[{name}]",
                $"'{_fs.Combine(dir, entryName)}' holds variables for host '{name}', which the inventory does not define; Ansible ignores them, and so does this reader.",
                "Add the host to the inventory, or remove the file.",
                ReadContext.Start(_fs.Combine(dir, entryName)));
        }
    }

    /// <summary>The entries of group_vars/ or host_vars/; null when absent.</summary>
    private Entries? ListTop(string dir)
    {
        switch (_fs.GetEntryKind(dir))
        {
            case InventoryEntryKind.Directory:
                var names = _fs.ListDirectory(dir).ToList();
                names.Sort(CodePointComparer.Instance);
                return new Entries(names, new HashSet<string>(names, StringComparer.Ordinal));
            case InventoryEntryKind.File:
                _ctx.Report(InventoryFindings.IgnoredVarsFile, dir, $"Found '{dir}' that is not a directory; Ansible skips it.", "Make it a directory of vars files.", ReadContext.Start(dir));
                return null;
            default:
                return null;
        }
    }

    // Entries nobody claimed, by the entity name they stand for (hidden and backup files are left alone; files with
    // extensions Ansible does not read are reported as ignored).
    private IEnumerable<(string Name, string Entry)> Unclaimed(string dir, Entries entries, HashSet<string> claimed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entries.Sorted)
        {
            if (claimed.Contains(e) || e.StartsWith(".", StringComparison.Ordinal) || e.EndsWith("~", StringComparison.Ordinal))
            {
                continue;
            }

            var ext = Extension(e);
            string name;
            if (ext.Length == 0)
            {
                name = e;
            }
            else if (Extensions.Contains(ext, StringComparer.Ordinal))
            {
                name = e.Substring(0, e.Length - ext.Length);
            }
            else
            {
                var path = _fs.Combine(dir, e);
                _ctx.Report(
                    InventoryFindings.IgnoredVarsFile,
                    path,
                    $"'{path}' has an extension Ansible does not read as variables ({ext}) and names no group or host; it is ignored.",
                    "Use .yml, .yaml, .json or no extension for vars files.",
                    ReadContext.Start(path),
                    FindingSeverity.Info);
                continue;
            }

            if (seen.Add(name))
            {
                yield return (name, e);
            }
        }
    }

    /// <summary>Finds the entry Ansible reads for <paramref name="name"/> and reports shadowed alternatives.</summary>
    private (string Path, string Entry, bool IsDirectory)? Lookup(string dir, string name, Entries entries, HashSet<string> claimed)
    {
        (string, string, bool)? winner = null;
        foreach (var candidate in new[] { name }.Concat(Extensions.Select(x => name + x)))
        {
            if (!entries.Set.Contains(candidate))
            {
                continue;
            }

            var path = _fs.Combine(dir, candidate);
            claimed.Add(candidate);
            if (winner is null)
            {
                winner = (path, candidate, _fs.GetEntryKind(path) == InventoryEntryKind.Directory);
            }
            else
            {
                _ctx.Report(
                    InventoryFindings.IgnoredVarsFile,
                    path,
                    $"'{path}' is not read: Ansible reads only '{winner.Value.Item1}' for '{name}' (it looks for {name}, {name}.yml, {name}.yaml, {name}.json and takes the first).",
                    $"Move the variables into '{winner.Value.Item2}' and remove this one.",
                    ReadContext.Start(path));
            }
        }

        return winner;
    }

    private List<RawVar> ReadEntity((string Path, string Entry, bool IsDirectory) found, string ownerPath)
    {
        if (!found.IsDirectory)
        {
            return ReadFile(found.Path, found.Entry, ownerPath);
        }

        var result = new List<RawVar>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (path, relative) in DirectoryFiles(found.Path, string.Empty))
        {
            foreach (var v in ReadFile(path, relative, ownerPath))
            {
                if (index.TryGetValue(v.Name, out var at))
                {
                    _ctx.Report(
                        InventoryFindings.ShadowedVariable,
                        $"{ownerPath}.{v.Name}",
                        $"Variable '{v.Name}' is also set in '{result[at].File}'; Ansible uses this later file's value ({v.Value.Describe()}).",
                        $"Keep '{v.Name}' in one file of '{found.Entry}/'.",
                        v.KeyLocation ?? ReadContext.Start(path));
                    result.RemoveAt(at);
                    foreach (var key in index.Keys.ToList())
                    {
                        if (index[key] > at)
                        {
                            index[key]--;
                        }
                    }
                }

                index[v.Name] = result.Count;
                result.Add(v);
            }
        }

        return result;
    }

    // Ansible's _get_dir_vars_files: sorted, hidden and backup files skipped, subdirectories without extension recursed.
    private IEnumerable<(string Path, string Relative)> DirectoryFiles(string dir, string prefix)
    {
        var names = _fs.ListDirectory(dir).ToList();
        names.Sort(CodePointComparer.Instance);
        foreach (var n in names)
        {
            if (n.StartsWith(".", StringComparison.Ordinal) || n.EndsWith("~", StringComparison.Ordinal))
            {
                continue;
            }

            var path = _fs.Combine(dir, n);
            var ext = Extension(n);
            var kind = _fs.GetEntryKind(path);
            if (kind == InventoryEntryKind.Directory && ext.Length == 0)
            {
                foreach (var f in DirectoryFiles(path, prefix + n + "/"))
                {
                    yield return f;
                }
            }
            else if (kind == InventoryEntryKind.File && (ext.Length == 0 || Extensions.Contains(ext, StringComparer.Ordinal)))
            {
                yield return (path, prefix + n);
            }
            else
            {
                _ctx.Report(
                    InventoryFindings.IgnoredVarsFile,
                    path,
                    kind == InventoryEntryKind.Directory
                        ? $"Directory '{path}' has an extension, so Ansible does not look inside it."
                        : $"'{path}' has an extension Ansible does not read as variables ({ext}); it is ignored.",
                    "Use .yml, .yaml, .json or no extension for vars files.",
                    ReadContext.Start(path),
                    FindingSeverity.Info);
            }
        }
    }

    /// <summary>Reads one vars file; <paramref name="fileName"/> becomes <see cref="RawVar.File"/>.</summary>
    private List<RawVar> ReadFile(string path, string fileName, string ownerPath)
    {
        var data = _ctx.ReadBytes(path);
        if (data is null)
        {
            return [];
        }

        var text = _ctx.DecodeUtf8(path, data);
        if (text is null)
        {
            return [];
        }

        if (text.StartsWith("$ANSIBLE_VAULT;", StringComparison.Ordinal))
        {
            _ctx.Report(
                InventoryFindings.UnreadableFile,
                path,
                $"'{path}' is encrypted with ansible-vault; its variables cannot be read without the vault password.",
                "Encrypt single values with '!vault' instead of the whole file, or decrypt the file before importing.",
                ReadContext.Start(path));
            return [];
        }

        var loaded = YamlLoader.Load(_ctx, path, text, keepIncomplete: false);
        if (loaded.Root is null || YamlInventoryParser.IsNull(loaded.Root))
        {
            return []; // an empty file: Ansible ignores it
        }

        if (loaded.Root is not YMapping m)
        {
            _ctx.Report(
                InventoryFindings.BadStructure,
                $"{ownerPath}",
                $"'{path}' must hold a mapping of variable names to values; it holds {(loaded.Root is YSequence ? "a list" : "a single value")}.",
                "Write one 'name: value' line per variable.",
                loaded.Root.Location);
            return [];
        }

        return m.Entries.Select(e => new RawVar(e.Key, YamlLoader.ToValue(e.Value), fileName, e.KeyLocation)).ToList();
    }
}

/// <summary>The entries of a vars directory: sorted as Ansible lists them, and as a set for lookups.</summary>
internal sealed record Entries(List<string> Sorted, HashSet<string> Set);

/// <summary>Orders strings by Unicode code point, as Python's <c>sorted()</c> does (ordinal UTF-16 order differs above U+D7FF).</summary>
internal sealed class CodePointComparer : IComparer<string>
{
    public static CodePointComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var i = 0;
        var j = 0;
        while (i < x.Length && j < y.Length)
        {
            var a = char.IsHighSurrogate(x[i]) && i + 1 < x.Length && char.IsLowSurrogate(x[i + 1]) ? char.ConvertToUtf32(x[i], x[i + 1]) : x[i];
            var b = char.IsHighSurrogate(y[j]) && j + 1 < y.Length && char.IsLowSurrogate(y[j + 1]) ? char.ConvertToUtf32(y[j], y[j + 1]) : y[j];
            if (a != b)
            {
                return a.CompareTo(b);
            }

            i += a > 0xFFFF ? 2 : 1;
            j += b > 0xFFFF ? 2 : 1;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }
}
