namespace Calico.Sdk.Tests.Support;

/// <summary>One row of tests/data/kubespray-calico-vars.tsv (Kubespray's Calico variables).</summary>
internal sealed record KubesprayVariableRow(string Name, string Default, string Type, string Allowed, string Scope, string Consumer)
{
    /// <summary>
    /// True when the Default column states a literal value. Unset variables, Jinja expressions, conditional
    /// derivations and derived facts are not literal; the catalog gives those no default.
    /// </summary>
    public bool HasLiteralDefault =>
        !(Default.StartsWith("unset", StringComparison.Ordinal)
          || Default.StartsWith("must be undefined", StringComparison.Ordinal)
          || Default.StartsWith("derived", StringComparison.Ordinal)
          || Default.StartsWith("'", StringComparison.Ordinal)
          || Default.Contains("{{", StringComparison.Ordinal));

    /// <summary>The literal default as Ansible would hold it: the text before any parenthesised remark, typed by the Type column.</summary>
    public InventoryValue LiteralDefault()
    {
        var text = Default;
        var remark = text.IndexOf(" (", StringComparison.Ordinal);
        if (remark > 0)
        {
            text = text[..remark];
        }

        return Type switch
        {
            "bool" or "int" => new InventoryScalar(text, ScalarStyle.Plain),
            "list" when text == "[]" => new InventorySequence(EquatableArray<InventoryValue>.Empty),
            "map" when text == "{}" => new InventoryMapping(EquatableArray<MappingEntry>.Empty),
            // The table shows string values as they are, quoting only where the value would otherwise be unclear.
            _ => new InventoryScalar(text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text, ScalarStyle.DoubleQuoted),
        };
    }

    public static IReadOnlyList<KubesprayVariableRow> Load()
    {
        var lines = File.ReadAllLines(TestData.Path("kubespray-calico-vars.tsv"));
        Assert.Equal("name", lines[0].Split('\t')[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var c = l.Split('\t');
            Assert.True(c.Length == 8, $"expected 8 columns: {l}");
            return new KubesprayVariableRow(c[0], c[1], c[2], c[3], c[4], c[6]);
        }).ToList();
    }
}
