using System.Text;
using System.Text.RegularExpressions;
using Calico.Sdk.Kubespray;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calico.Sdk.Tests.Inventory;

/// <summary>
/// Specification: the reader never throws, whatever the bytes; every finding has a code and a location; and what it
/// reads, the writer can write (or rejects with <see cref="ArgumentException"/>) and the reader reads back.
/// Inputs are the committed inventories (valid and broken), randomly damaged.
/// </summary>
public class RobustnessProperties
{
    private static readonly Regex Code = new("^CAL00[0-4][0-9]$");

    private static readonly string[] Inserts = ["[", "]", ":", "\t", "\"", "'", "=", "#", "&a ", "*a", "!", "|", ">", "{", "}", "-", "\n", "\r", "<<: *a\n", ": ", "[x:children]\n", "\u2028", "\\", "..."];

    private static readonly (string Dataset, string Entry)[] Inputs =
    [
        ("kubespray-rr-example", "inv"),
        ("kubespray-sample", "inv/inventory.ini"),
        ("legacy-group-names", "inv"),
        ("inventories/ini-features", "inv"),
        ("inventories/yaml-features", "inv/hosts.yaml"),
        ("inventories/broken/vars-syntax", "inv/hosts.yml"),
        ("inventories/broken/unknown-refs", "inv"),
        ("inventories/broken", "inv/alias-bomb.yml"),
        ("inventories/broken", "inv/cycle.ini"),
        ("inventories/broken", "inv/duplicate-keys.yml"),
    ];

    private static readonly Dictionary<string, InMemoryInventoryFileSource> Loaded = new();

    private static InMemoryInventoryFileSource Source(string dataset)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(dataset, out var s))
            {
                s = InventoryDatasets.Load(dataset);
                Loaded[dataset] = s;
            }

            return s;
        }
    }

    private static Arbitrary<(int Input, int Seed)> Cases =>
        Gen.Choose(0, Inputs.Length - 1).SelectMany(i => Gen.Choose(0, int.MaxValue).Select(s => (i, s))).ToArbitrary();

    [Property(MaxTest = 400)]
    public Property DamagedInventories_NeverThrow_FindingsHaveCodeAndLocation() => Prop.ForAll(Cases, c =>
    {
        var (dataset, entry) = Inputs[c.Input];
        var source = Mutate(Source(dataset), c.Seed, out var mutated);
        var r = InventoryReader.Read(source, entry, new InventoryReadOptions { MaxYamlNodes = 20_000 });
        foreach (var f in r.Findings)
        {
            Assert.True(Code.IsMatch(f.Code), $"seed {c.Seed}: bad code {f.Code}");
            Assert.True(f.Location is { Line: >= 1, Column: >= 1 } l && l.File.Length > 0, $"seed {c.Seed} ({mutated}): finding without a location: {f}");
            Assert.False(string.IsNullOrWhiteSpace(f.Message));
        }

        if (r.Inventory is null)
        {
            return;
        }

        // What was read can be written, and what was written reads back without errors.
        foreach (var format in new[] { InventoryFormat.Ini, InventoryFormat.Yaml })
        {
            Calico.Sdk.Rendering.RenderedFileSet files;
            try
            {
                files = InventoryWriter.Write(r.Inventory, format);
            }
            catch (ArgumentException)
            {
                continue; // a name the format cannot hold (documented)
            }

            if (format == InventoryFormat.Yaml && r.Inventory.Hosts.Count == 0 && InventoryWriter.WrittenGroups(r.Inventory).Count == 0)
            {
                continue; // nothing to declare: written as "all: {}" because Ansible rejects an empty YAML inventory (documented)
            }

            var back = InventoryDatasets.ReadWritten(files, format);
            var errors = back.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
            Assert.True(errors.Count == 0, $"seed {c.Seed} ({dataset}, {mutated}, {format}):\n{string.Join("\n", errors)}\n" + string.Concat(files.Select(f => $"### {f.Path}\n{f.Content}")));
            Assert.NotNull(back.Inventory);
            var expected = format == InventoryFormat.Ini ? InventoryDatasets.AfterIniMove(r.Inventory) : r.Inventory;
            var differences = InventoryAssert.Differences(expected, back.Inventory!, exactOrder: format == InventoryFormat.Ini);
            Assert.True(differences.Count == 0, $"seed {c.Seed} ({dataset}, {mutated}, {format}):\n{string.Join("\n", differences)}\n" + string.Concat(files.Select(f => $"### {f.Path}\n{f.Content}")));
        }
    });

    /// <summary>A copy of <paramref name="source"/> with one of its files damaged 1–4 times.</summary>
    private static InMemoryInventoryFileSource Mutate(InMemoryInventoryFileSource source, int seed, out string description)
    {
        var r = new Random(seed);
        var files = AllFiles(source, "inv").ToList();
        var target = files[r.Next(files.Count)];
        var copy = new InMemoryInventoryFileSource();
        var changes = new List<string>();
        foreach (var f in files)
        {
            using var s = source.OpenRead(f);
            using var m = new MemoryStream();
            s.CopyTo(m);
            var bytes = m.ToArray().ToList();
            if (f == target)
            {
                for (var n = r.Next(1, 5); n > 0; n--)
                {
                    changes.Add(Damage(r, bytes));
                }
            }

            copy.Add(f, bytes.ToArray());
        }

        description = $"{target}: {string.Join(", ", changes)}";
        return copy;
    }

    private static string Damage(Random r, List<byte> bytes)
    {
        var at = bytes.Count == 0 ? 0 : r.Next(bytes.Count);
        switch (r.Next(6))
        {
            case 0 when bytes.Count > 0:
                bytes[at] ^= (byte)(1 << r.Next(8));
                return $"flip@{at}";
            case 1:
                bytes.RemoveRange(at, bytes.Count - at);
                return $"truncate@{at}";
            case 2:
            case 3:
                var insert = Inserts[r.Next(Inserts.Length)];
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(insert));
                return $"insert {insert.Replace("\n", "\\n")}@{at}";
            default:
                var text = Encoding.UTF8.GetString(bytes.ToArray());
                var lines = text.Split('\n').ToList();
                var i = r.Next(lines.Count);
                if (r.Next(2) == 0)
                {
                    lines.Insert(i, lines[i]);
                }
                else
                {
                    lines.RemoveAt(i);
                }

                bytes.Clear();
                bytes.AddRange(Encoding.UTF8.GetBytes(string.Join("\n", lines)));
                return $"line {i}";
        }
    }

    private static IEnumerable<string> AllFiles(InMemoryInventoryFileSource source, string dir)
    {
        foreach (var name in source.ListDirectory(dir).OrderBy(n => n, StringComparer.Ordinal))
        {
            var path = source.Combine(dir, name);
            if (source.GetEntryKind(path) == InventoryEntryKind.Directory)
            {
                foreach (var f in AllFiles(source, path))
                {
                    yield return f;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
