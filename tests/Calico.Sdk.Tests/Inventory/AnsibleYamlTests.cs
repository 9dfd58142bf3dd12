using Calico.Sdk.Kubespray;

namespace Calico.Sdk.Tests.Inventory;

public class AnsibleYamlTests
{
    public static TheoryData<string> MustQuote => new(YamlQuotingCases.MustQuote);

    public static TheoryData<string> Plain => new(YamlQuotingCases.Plain);

    private static InventoryValue ReadBack(string yaml)
    {
        var source = new InMemoryInventoryFileSource();
        source.Add("inv/hosts.yml", "g:\n  hosts:\n    h:\n");
        source.Add("inv/group_vars/all.yml", yaml);
        var r = InventoryReader.Read(source, "inv/hosts.yml");
        Assert.Empty(r.Findings);
        return r.Inventory!.Group("all")!.Vars.Single().Value;
    }

    private static string Write(InventoryValue value) =>
        AnsibleYaml.WriteVarsFile([new KeyValuePair<string, InventoryValue>("v", value)]);

    [Theory]
    [MemberData(nameof(MustQuote))]
    public void SpecialStrings_AreQuotedAndReadBackAsTheSameString(string text)
    {
        Assert.True(AnsibleYaml.NeedsQuotes(text));
        var yaml = Write(InventoryValue.String(text));
        Assert.StartsWith("---\nv: \"", yaml, StringComparison.Ordinal);
        var back = Assert.IsType<InventoryScalar>(ReadBack(yaml));
        Assert.Equal((ScalarKind.String, text), (back.Kind, back.Text));
    }

    [Theory]
    [MemberData(nameof(Plain))]
    public void OrdinaryStrings_AreWrittenPlain(string text)
    {
        Assert.False(AnsibleYaml.NeedsQuotes(text));
        var yaml = Write(InventoryValue.String(text));
        Assert.Equal("---\nv: " + text + "\n", yaml);
        Assert.Equal(InventoryValue.String(text), ReadBack(yaml));
    }

    [Theory]
    [InlineData("yes", "---\n\"yes\": 1\n")]
    [InlineData("a b", "---\na b: 1\n")]
    [InlineData("x: y", "---\n\"x: y\": 1\n")]
    [InlineData("", "---\n\"\": 1\n")]
    public void Keys_AreQuotedWhenNeeded(string key, string expected) =>
        Assert.Equal(expected, AnsibleYaml.WriteVarsFile([new KeyValuePair<string, InventoryValue>(key, InventoryValue.Integer(1))]));

    [Theory]
    [InlineData("yes", ScalarStyle.Plain, "yes")]
    [InlineData("0755", ScalarStyle.Plain, "0755")]
    [InlineData("", ScalarStyle.Plain, "")]
    [InlineData("abc", ScalarStyle.SingleQuoted, "'abc'")]
    [InlineData("it's", ScalarStyle.SingleQuoted, "'it''s'")]
    [InlineData("two\nlines", ScalarStyle.SingleQuoted, "\"two\\nlines\"")]
    [InlineData("abc", ScalarStyle.DoubleQuoted, "\"abc\"")]
    [InlineData("True", ScalarStyle.Ini, "true")]
    [InlineData("'abc'", ScalarStyle.Ini, "abc")]
    [InlineData("'123'", ScalarStyle.Ini, "\"123\"")]
    [InlineData("None", ScalarStyle.Ini, "null")]
    [InlineData("1e3", ScalarStyle.Ini, "1000.0")]
    [InlineData("0x10", ScalarStyle.Ini, "16")]
    public void ScalarsKeepTheirStyleOrAreConverted(string text, ScalarStyle style, string expected)
    {
        var value = new InventoryScalar(text, style, null, new SourceLocation("f.yml", 1, 1));
        var yaml = Write(value);
        Assert.Equal("---\nv:" + (expected.Length == 0 ? string.Empty : " " + expected) + "\n", yaml);
        Assert.Equal(value, ReadBack(yaml));
    }

    [Theory]
    [InlineData("line\n", ScalarStyle.Literal, "|\n  line\n")]
    [InlineData("line", ScalarStyle.Literal, "|-\n  line\n")]
    [InlineData("a\n\nb\n\n\n", ScalarStyle.Literal, "|+\n  a\n\n  b\n\n\n")]
    [InlineData("  indented\nnext\n", ScalarStyle.Literal, "|2\n    indented\n  next\n")]
    [InlineData("one two\nthree\n", ScalarStyle.Folded, ">\n  one two\n\n  three\n")]
    [InlineData("folded text on two lines", ScalarStyle.Folded, ">-\n  folded text on two lines\n")]
    [InlineData("  more indented\n", ScalarStyle.Folded, "|2\n    more indented\n")]
    [InlineData("trailing space \nx", ScalarStyle.Literal, "\"trailing space \\nx\"\n")]
    public void BlockScalars_KeepTheirStyleWhenTheyCan(string text, ScalarStyle style, string expected)
    {
        var value = new InventoryScalar(text, style);
        var yaml = Write(value);
        Assert.Equal("---\nv: " + expected, yaml);
        var back = Assert.IsType<InventoryScalar>(ReadBack(yaml));
        Assert.Equal(text, back.Text);
    }

    [Fact]
    public void VaultLiteral_ComesBackByteIdentical()
    {
        const string Vault = "$ANSIBLE_VAULT;1.1;AES256\n62313365396662343061393464336163383764373764613633653634306231386433626436623361\n6134333665353966363534333632666535333761666131620a663537646436643839616531643561\n";
        var yaml = Write(new InventoryScalar(Vault, ScalarStyle.Literal, "!vault"));
        Assert.StartsWith("---\nv: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n", yaml, StringComparison.Ordinal);
        var back = Assert.IsType<InventoryScalar>(ReadBack(yaml));
        Assert.Equal(("!vault", ScalarStyle.Literal, Vault), (back.Tag, back.Style, back.Text));
    }

    [Fact]
    public void Collections_NestedAndEmpty_TwoSpaceIndentLf()
    {
        var value = new InventoryMapping(EquatableArray.Create(
            new MappingEntry("list", new InventorySequence(EquatableArray.Create<InventoryValue>(
                InventoryValue.String("a"),
                new InventoryMapping(EquatableArray.Create(new MappingEntry("b", InventoryValue.Integer(1)), new MappingEntry("c", new InventorySequence(EquatableArray<InventoryValue>.Empty)))),
                new InventorySequence(EquatableArray.Create<InventoryValue>(InventoryValue.Boolean(true)))))),
            new MappingEntry("map", new InventoryMapping(EquatableArray<MappingEntry>.Empty)),
            new MappingEntry("tagged", new InventoryMapping(EquatableArray.Create(new MappingEntry("k", InventoryValue.String("v"))), "!custom"))));
        var yaml = Write(value);
        Assert.Equal(
            "---\nv:\n  list:\n    - a\n    - b: 1\n      c: []\n    - - true\n  map: {}\n  tagged: !custom\n    k: v\n",
            yaml);
        Assert.Equal(value, ReadBack(yaml));
    }

    [Fact]
    public void Output_IsDeterministic_NoTrailingWhitespace_FinalNewline()
    {
        var inv = InventoryReader.Read(Support.TestData.Path("inventories", "yaml-features")).Inventory!;
        var a = InventoryWriter.Write(inv, InventoryFormat.Yaml);
        var b = InventoryWriter.Write(InventoryReader.Read(Support.TestData.Path("inventories", "yaml-features")).Inventory!, InventoryFormat.Yaml);
        Assert.Equal(a.Select(f => (f.Path, f.Content)), b.Select(f => (f.Path, f.Content)));
        foreach (var f in a.Concat(InventoryWriter.Write(inv, InventoryFormat.Ini)))
        {
            Assert.DoesNotContain('\r', f.Content);
            Assert.EndsWith("\n", f.Content, StringComparison.Ordinal);
            Assert.All(f.Content.Split('\n'), l => Assert.False(l.EndsWith(' ') || l.EndsWith('\t'), $"{f.Path}: trailing whitespace in '{l}'"));
        }
    }

    [Theory]
    [InlineData(1000.0, "1000.0")]
    [InlineData(1e20, "1.0e+20")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(0.1, "0.1")]
    [InlineData(double.PositiveInfinity, ".inf")]
    [InlineData(double.NaN, ".nan")]
    public void FormatFloat_IsAYaml11Float(double value, string expected)
    {
        Assert.Equal(expected, AnsibleYaml.FormatFloat(value));
        Assert.Equal(ScalarKind.Float, new InventoryScalar(expected, ScalarStyle.Plain).Kind);
    }
}
