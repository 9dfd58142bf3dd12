using Calico.Sdk.Kubespray;
using Calico.Sdk.Rendering;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Inventory;

/// <summary>The committed inventories Ansible reads without error, for round-trip tests.</summary>
internal static class InventoryDatasets
{
    public static readonly string[][] Valid =
    [
        ["kubespray-sample"],
        ["kubespray-rr-example"],
        ["legacy-group-names"],
        ["inventories", "ini-features"],
        ["inventories", "yaml-features"],
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var d in Valid)
        {
            data.Add(string.Join("/", d));
        }

        return data;
    }

    public static string PathOf(string name) => TestData.Path(name.Split('/'));

    /// <summary>Loads every file of a dataset into memory, below <paramref name="root"/>.</summary>
    public static InMemoryInventoryFileSource Load(string name, string root = "inv")
    {
        var dir = PathOf(name);
        var source = new InMemoryInventoryFileSource();
        foreach (var f in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            source.Add(root + "/" + Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes(f));
        }

        return source;
    }

    /// <summary>Reads what the writer wrote, from memory.</summary>
    public static InventoryReadResult ReadWritten(RenderedFileSet files, InventoryFormat format) =>
        InventoryReader.Read(InMemoryInventoryFileSource.FromRenderedFiles(files, "out"), format == InventoryFormat.Ini ? "out/inventory.ini" : "out/hosts.yaml");

    /// <summary>
    /// What reading an INI rendering gives back: inventory-file variables INI cannot express move to
    /// <see cref="InventoryWriter.MovedVarsFileName"/>, ahead of the owner's other vars files.
    /// </summary>
    public static RawInventory AfterIniMove(RawInventory inventory)
    {
        var copy = new RawInventory { Format = inventory.Format, InventoryFile = inventory.InventoryFile };
        foreach (var h in inventory.Hosts)
        {
            var nh = new RawHost(h.Name, h.Location);
            nh.Vars.AddRange(Moved(h.Vars));
            copy.Hosts.Add(nh);
        }

        foreach (var g in inventory.Groups)
        {
            var ng = new RawGroup(g.Name, g.Location) { DeclaredInInventory = g.DeclaredInInventory };
            ng.Hosts.AddRange(g.Hosts);
            ng.Children.AddRange(g.Children);
            ng.Vars.AddRange(Moved(g.Vars));
            copy.Groups.Add(ng);
        }

        return copy;
    }

    private static IEnumerable<RawVar> Moved(List<RawVar> vars)
    {
        bool Representable(RawVar v) => IniInventoryWriter.PythonValue(v.Value, hostLine: true) is not null && IniInventoryWriter.PythonValue(v.Value, hostLine: false) is not null && IniInventoryWriter.IsIniName(v.Name);
        var inline = vars.Where(v => v.File is null).ToList();
        return inline.Where(Representable)
            .Concat(inline.Where(v => !Representable(v)).Select(v => v with { File = InventoryWriter.MovedVarsFileName }))
            .Concat(vars.Where(v => v.File is not null));
    }
}
