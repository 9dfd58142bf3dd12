using System.Text.Json;
using Calico.Sdk.Kubespray;

namespace Calico.Sdk.Tests.Inventory;

/// <summary>
/// Real Ansible as the judge: every committed inventory, read and re-written in both formats, gives the same
/// <c>ansible-inventory --list</c> (group hosts in order, children, every host's merged variables) as the original.
/// These tests fail, never skip, when <c>ansible-inventory</c> is missing.
/// </summary>
public sealed class AnsibleRoundTripTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("calico-sdk-ansible-");

    public static TheoryData<string> Datasets => InventoryDatasets.Names();

    public void Dispose() => _temp.Delete(recursive: true);

    [Theory]
    [MemberData(nameof(Datasets))]
    public void RewrittenInventory_GivesAnsibleTheSameHostsGroupsAndVariables(string dataset)
    {
        var read = InventoryReader.Read(InventoryDatasets.PathOf(dataset));
        var inventory = read.Inventory!;
        var original = AnsibleInventory.List(inventory.InventoryFile!);

        foreach (var format in new[] { InventoryFormat.Ini, InventoryFormat.Yaml })
        {
            var dir = Path.Combine(_temp.FullName, format.ToString());
            var files = InventoryWriter.Write(inventory, format);
            files.WriteTo(dir);
            var rewritten = AnsibleInventory.List(Path.Combine(dir, format == InventoryFormat.Ini ? "inventory.ini" : "hosts.yaml"));
            var differences = AnsibleInventory.Differences(original, rewritten);
            Assert.True(differences.Count == 0, $"{dataset} as {format}:\n" + string.Join("\n", differences));
        }
    }

    [Fact]
    public void SpecialStrings_WrittenByTheEmitter_AreStringsForAnsible()
    {
        var cases = YamlQuotingCases.MustQuote.Concat(YamlQuotingCases.Plain).Where(s => !s.Contains('\0')).ToList();
        var dir = Path.Combine(_temp.FullName, "quoting");
        Directory.CreateDirectory(Path.Combine(dir, "group_vars"));
        File.WriteAllText(Path.Combine(dir, "hosts.ini"), "[g]\nh\n");
        File.WriteAllText(
            Path.Combine(dir, "group_vars", "g.yml"),
            AnsibleYaml.WriteVarsFile(cases.Select((s, i) => new KeyValuePair<string, InventoryValue>($"v{i}", InventoryValue.String(s)))));

        var vars = AnsibleInventory.List(Path.Combine(dir, "hosts.ini")).GetProperty("_meta").GetProperty("hostvars").GetProperty("h");
        for (var i = 0; i < cases.Count; i++)
        {
            var v = vars.GetProperty($"v{i}");
            Assert.True(v.ValueKind == JsonValueKind.String && v.GetString() == cases[i], $"'{cases[i]}' came back as {v.GetRawText()}");
        }
    }

    [Fact]
    public void IniValues_WrittenFromYaml_AreTypedByAnsibleAsInYaml()
    {
        // Every YAML 1.1 special string, plus numbers, booleans, nulls and nested data, as host-line and :vars values.
        var cases = YamlQuotingCases.MustQuote.Concat(YamlQuotingCases.Plain).Where(s => !s.Contains('\0')).Select(InventoryValue.String).Cast<InventoryValue>()
            .Concat([InventoryValue.Integer(65000), InventoryValue.Boolean(false), new InventoryScalar("~", ScalarStyle.Plain), new InventoryScalar("1.5", ScalarStyle.Plain), new InventoryScalar("0755", ScalarStyle.Plain)])
            .Concat([new InventorySequence(EquatableArray.Create<InventoryValue>(InventoryValue.String("a b"), InventoryValue.String("'q'"), InventoryValue.Integer(1)))])
            .ToList();
        var inventory = new RawInventory();
        var host = new RawHost("h");
        inventory.Hosts.Add(host);
        var group = new RawGroup("g") { DeclaredInInventory = true };
        group.Hosts.Add("h");
        inventory.Groups.Add(group);
        var other = new RawGroup("other") { DeclaredInInventory = true };
        inventory.Groups.Add(other);
        for (var i = 0; i < cases.Count; i++)
        {
            host.Vars.Add(new RawVar($"h{i}", cases[i], null));
            group.Vars.Add(new RawVar($"g{i}", cases[i], null));
        }

        var yamlDir = Path.Combine(_temp.FullName, "typed-yaml");
        var iniDir = Path.Combine(_temp.FullName, "typed-ini");
        InventoryWriter.Write(inventory, InventoryFormat.Yaml).WriteTo(yamlDir);
        InventoryWriter.Write(inventory, InventoryFormat.Ini).WriteTo(iniDir);
        var differences = AnsibleInventory.Differences(
            AnsibleInventory.List(Path.Combine(yamlDir, "hosts.yaml")),
            AnsibleInventory.List(Path.Combine(iniDir, "inventory.ini")));
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }
}
