using Calico.Sdk.Kubespray;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Inventory;

public class StructureTests
{
    [Fact]
    public void IniCycles_Cal0011_LinksDroppedNoEndlessLoop()
    {
        var r = InventoryReader.Read(TestData.Path("inventories", "broken", "cycle.ini"));
        var cycles = r.Findings.Where(f => f.Code == "CAL0011").Select(f => (f.Path, f.Location!.Value.Line)).ToList();
        Assert.Equal([("groups[c].children", 8), ("groups[self].children", 12)], cycles);
        var inv = r.Inventory!;
        Assert.Equal(["b"], inv.Group("a")!.Children);
        Assert.Equal(["self"], inv.Group("c")!.Children);
        Assert.Empty(inv.Group("self")!.Children);
    }

    [Fact]
    public void YamlCycle_Cal0011()
    {
        var r = InventoryReader.Read(TestData.Path("inventories", "broken", "cycle.yaml"));
        var f = Assert.Single(r.Findings);
        Assert.Equal(("CAL0011", 9), (f.Code, f.Location!.Value.Line));
        Assert.Empty(r.Inventory!.Group("b")!.Children);
    }

    [Fact]
    public void FindingsAreSortedAndLocated()
    {
        var r = InventoryReader.Read(TestData.Path("inventories", "broken", "unknown-refs"));
        Assert.Equal(r.Findings.OrderBy(f => f, FindingComparer.Instance), r.Findings);
        Assert.All(r.Findings, f => Assert.NotNull(f.Location));
    }
}
