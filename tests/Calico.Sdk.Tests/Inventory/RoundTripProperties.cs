using Calico.Sdk.Kubespray;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calico.Sdk.Tests.Inventory;

/// <summary>Specification: reading what the writer wrote gives the inventory that was written, in both formats.</summary>
public class RoundTripProperties
{
    private static Arbitrary<int> Seeds => Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Yaml_ReadOfWrite_IsTheSameInventory() => Prop.ForAll(Seeds, seed => Check(seed, InventoryFormat.Yaml));

    [Property(MaxTest = 300)]
    public Property Ini_ReadOfWrite_IsTheSameInventory() => Prop.ForAll(Seeds, seed => Check(seed, InventoryFormat.Ini));

    private static void Check(int seed, InventoryFormat format)
    {
        var inventory = InventoryGenerator.Create(seed, format);
        var files = InventoryWriter.Write(inventory, format);
        var back = InventoryDatasets.ReadWritten(files, format);
        var dump = string.Concat(files.Select(f => $"### {f.Path}\n{f.Content}"));
        Assert.True(
            back.Findings.All(f => f.Code is "CAL0008"),
            $"seed {seed}: unexpected findings\n{string.Join("\n", back.Findings)}\n{dump}");
        var expected = format == InventoryFormat.Ini ? InventoryDatasets.AfterIniMove(inventory) : inventory;
        var differences = InventoryAssert.Differences(expected, back.Inventory!);
        Assert.True(differences.Count == 0, $"seed {seed} ({format}):\n{string.Join("\n", differences)}\n{dump}");
    }
}
