namespace Calico.Sdk.Tests.Values;

public class EquatableArrayTests
{
    [Fact]
    public void CollectionExpression_KeepsItsItems()
    {
        EquatableArray<string> filters = ["a", "b"];
        Assert.Equal(2, filters.Count);
        Assert.Equal(EquatableArray.Create("a", "b"), filters);
    }
}
