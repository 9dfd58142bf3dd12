namespace Calico.Sdk.Kubespray;

/// <summary>
/// Reads an Ansible inventory (INI or YAML) with its <c>group_vars/</c> and <c>host_vars/</c> into a
/// <see cref="RawInventory"/>, the way Ansible reads it, keeping where every host, group, variable name and value was
/// written. It never throws on bad input: every problem becomes a finding (CAL0001–CAL0012) with a location, and
/// whatever can still be read is read (a broken vars file does not stop the hosts from being read).
/// </summary>
/// <remarks>
/// <para>Variables: <see cref="RawHost.Vars"/> and <see cref="RawGroup.Vars"/> hold the inventory file's variables first
/// (<see cref="RawVar.File"/> null), then those of the vars files in the order Ansible loads them. Within each of the
/// two layers a name occurs once (the last definition wins, in the place of the first, as in a Python dict). A name
/// may occur in both layers; as in Ansible, the vars file wins.</para>
/// <para>INI values are <see cref="ScalarStyle.Ini"/> scalars typed like Ansible types them; an INI value that Python
/// reads as a list or dict (<c>peers="[{'as': 65000}]"</c>) becomes an <see cref="InventorySequence"/> or
/// <see cref="InventoryMapping"/> of such scalars, because that is the value Ansible holds.</para>
/// <para>Groups appear in the order Ansible adds them; groups known only from <c>group_vars/</c> follow, with
/// <see cref="RawGroup.DeclaredInInventory"/> false (no CAL0010 for Kubespray's run-time group <c>k8s_cluster</c>).</para>
/// </remarks>
public static class InventoryReader
{
    /// <summary>The file names looked for, in this order, when a directory is given.</summary>
    public static IReadOnlyList<string> InventoryFileNames { get; } = ["inventory.ini", "hosts.ini", "hosts.yaml", "hosts.yml", "inventory.yaml", "inventory.yml"];

    /// <summary>Reads an inventory from disk.</summary>
    /// <param name="path">An inventory file (INI or YAML, told apart by extension and, without one, by content), or a
    /// directory holding one of <see cref="InventoryFileNames"/>.</param>
    /// <param name="options">Safety limits; <see cref="InventoryReadOptions.Default"/> when null.</param>
    /// <returns>The inventory (null when no inventory file could be read) and every finding.</returns>
    public static InventoryReadResult Read(string path, InventoryReadOptions? options = null) =>
        Read(DiskInventoryFileSource.Instance, path, options);

    /// <summary>Reads an inventory from a file source (disk or memory).</summary>
    /// <param name="source">Where the files are.</param>
    /// <param name="path">An inventory file or a directory, in the source's path syntax.</param>
    /// <param name="options">Safety limits; <see cref="InventoryReadOptions.Default"/> when null.</param>
    /// <returns>The inventory (null when no inventory file could be read) and every finding.</returns>
    public static InventoryReadResult Read(IInventoryFileSource source, string path, InventoryReadOptions? options = null)
    {
        var ctx = new ReadContext(source, options ?? InventoryReadOptions.Default);
        RawInventory? inventory = null;
        try
        {
            inventory = ReadCore(ctx, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ctx.Report(InventoryFindings.UnreadableFile, path, $"Cannot read '{path}': {e.Message}", "Check that the files exist and are readable.", ReadContext.Start(path));
        }

        var findings = ctx.Findings.OrderBy(f => f, FindingComparer.Instance).ToArray();
        return new InventoryReadResult(inventory, findings);
    }

    private static RawInventory? ReadCore(ReadContext ctx, string path)
    {
        var fs = ctx.Source;
        string file;
        switch (fs.GetEntryKind(path))
        {
            case InventoryEntryKind.Directory:
                var found = InventoryFileNames.Select(n => fs.Combine(path, n)).FirstOrDefault(p => fs.GetEntryKind(p) == InventoryEntryKind.File);
                if (found is null)
                {
                    ctx.Report(
                        InventoryFindings.NoInventory,
                        path,
                        $"No inventory file in '{path}' (looked for {string.Join(", ", InventoryFileNames)}).",
                        "Pass the inventory file itself, or name it inventory.ini or hosts.yaml.",
                        ReadContext.Start(path));
                    return null;
                }

                file = found;
                break;
            case InventoryEntryKind.File:
                file = path;
                break;
            default:
                ctx.Report(InventoryFindings.UnreadableFile, path, $"'{path}' does not exist.", "Check the path.", ReadContext.Start(path));
                return null;
        }

        var data = ctx.ReadBytes(file);
        if (data is null)
        {
            return null;
        }

        var builder = Parse(ctx, file, data);
        if (builder is null)
        {
            return null;
        }

        builder.BreakCycles();
        var baseDir = fs.GetDirectoryName(file);
        var vars = new VarsFilesReader(ctx);
        vars.ReadGroupVars(baseDir, builder);
        vars.ReadHostVars(baseDir, builder);
        builder.ReportHostsInNoGroup();
        return builder.Inventory;
    }

    private static InventoryBuilder? Parse(ReadContext ctx, string file, byte[] data)
    {
        var ext = VarsFilesReader.Extension(ctx.Source.GetFileName(file)).ToLowerInvariant();
        if (ext is ".yml" or ".yaml" or ".json")
        {
            return ParseYaml(ctx, file, data);
        }

        if (ext.Length == 0 && LooksLikeYamlInventory(ctx, file, data))
        {
            return ParseYaml(ctx, file, data);
        }

        if (StartsWithVault(data))
        {
            ReportVault(ctx, file);
            return null;
        }

        return IniInventoryParser.Parse(ctx, file, data);
    }

    private static InventoryBuilder? ParseYaml(ReadContext ctx, string file, byte[] data)
    {
        var text = ctx.DecodeUtf8(file, data);
        if (text is null)
        {
            return null;
        }

        if (text.StartsWith("$ANSIBLE_VAULT;", StringComparison.Ordinal))
        {
            ReportVault(ctx, file);
            return null;
        }

        var loaded = YamlLoader.Load(ctx, file, text, keepIncomplete: true);
        return YamlInventoryParser.Parse(ctx, file, loaded);
    }

    // Ansible tries its YAML plugin on files without an extension and falls back to INI when that fails.
    private static bool LooksLikeYamlInventory(ReadContext ctx, string file, byte[] data)
    {
        var scratch = new ReadContext(ctx.Source, ctx.Options);
        var text = ReadContext.TryDecodeKeepBom(data, 0, data.Length);
        if (text is null)
        {
            return false;
        }

        var loaded = YamlLoader.Load(scratch, file, text.TrimStart('\uFEFF'), keepIncomplete: false);
        return loaded.Complete
            && scratch.Findings.All(f => f.Severity != FindingSeverity.Error)
            && loaded.Root is YMapping m
            && m.Entries.Count > 0
            && m.Entries.All(e => e.Value is YMapping || YamlInventoryParser.IsNull(e.Value));
    }

    private static bool StartsWithVault(byte[] data)
    {
        var marker = "$ANSIBLE_VAULT;"u8;
        return data.AsSpan().StartsWith(marker);
    }

    private static void ReportVault(ReadContext ctx, string file) =>
        ctx.Report(
            InventoryFindings.UnreadableFile,
            file,
            $"'{file}' is encrypted with ansible-vault and cannot be read without the vault password.",
            "Decrypt the inventory before importing it.",
            ReadContext.Start(file));
}
