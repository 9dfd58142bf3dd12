namespace Calico.Sdk.Tests.Values;

public class InventoryScalarTests
{
    [Theory]
    [InlineData("yes", ScalarKind.Boolean, "true")]
    [InlineData("Off", ScalarKind.Boolean, "false")]
    [InlineData("TRUE", ScalarKind.Boolean, "true")]
    [InlineData("y", ScalarKind.String, "y")]
    [InlineData("~", ScalarKind.Null, "")]
    [InlineData("", ScalarKind.Null, "")]
    [InlineData("0755", ScalarKind.Integer, "493")]
    [InlineData("0x1F", ScalarKind.Integer, "31")]
    [InlineData("1_000", ScalarKind.Integer, "1000")]
    [InlineData("1:30", ScalarKind.Integer, "90")]
    [InlineData("65400", ScalarKind.Integer, "65400")]
    [InlineData("1.5", ScalarKind.Float, "1.5")]
    [InlineData("1e3", ScalarKind.String, "1e3")]
    [InlineData("1.0e+3", ScalarKind.Float, "1000")]
    [InlineData(".inf", ScalarKind.Float, "inf")]
    [InlineData("10.233.64.0/18", ScalarKind.String, "10.233.64.0/18")]
    [InlineData("1.0.0.1", ScalarKind.String, "1.0.0.1")]
    public void PlainYaml_IsTypedByYaml11Rules(string text, ScalarKind kind, string canonical)
    {
        var s = new InventoryScalar(text, ScalarStyle.Plain);
        Assert.Equal(kind, s.Kind);
        Assert.Equal(canonical, s.Canonical);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("0755")]
    [InlineData("")]
    public void QuotedYaml_IsAlwaysAString(string text)
    {
        var s = new InventoryScalar(text, ScalarStyle.DoubleQuoted);
        Assert.Equal(ScalarKind.String, s.Kind);
        Assert.Equal(text, s.Canonical);
    }

    [Theory]
    [InlineData("65001", ScalarKind.Integer, "65001")]
    [InlineData("True", ScalarKind.Boolean, "true")]
    [InlineData("true", ScalarKind.String, "true")]
    [InlineData("None", ScalarKind.Null, "")]
    [InlineData("\"1.0.0.1\"", ScalarKind.String, "1.0.0.1")]
    [InlineData("'rr1'", ScalarKind.String, "rr1")]
    [InlineData("rr1", ScalarKind.String, "rr1")]
    [InlineData("1.5", ScalarKind.Float, "1.5")]
    [InlineData("1e3", ScalarKind.Float, "1000")]
    [InlineData("0o17", ScalarKind.Integer, "15")]
    public void IniValues_AreTypedLikePythonLiteralEval(string text, ScalarKind kind, string canonical)
    {
        var s = new InventoryScalar(text, ScalarStyle.Ini);
        Assert.Equal(kind, s.Kind);
        Assert.Equal(canonical, s.Canonical);
    }

    [Fact]
    public void Equality_IsWhatAnsibleSees_NotHowItWasWritten()
    {
        Assert.Equal<InventoryValue>(new InventoryScalar("65001", ScalarStyle.Ini), new InventoryScalar("65001", ScalarStyle.Plain));
        Assert.Equal<InventoryValue>(new InventoryScalar("yes", ScalarStyle.Plain), new InventoryScalar("true", ScalarStyle.Plain));
        Assert.NotEqual<InventoryValue>(new InventoryScalar("65001", ScalarStyle.Plain), new InventoryScalar("65001", ScalarStyle.DoubleQuoted));
        Assert.NotEqual<InventoryValue>(new InventoryScalar("true", ScalarStyle.Ini), new InventoryScalar("true", ScalarStyle.Plain));
    }

    [Fact]
    public void TaggedScalars_AreOpaqueStrings()
    {
        var vault = new InventoryScalar("$ANSIBLE_VAULT;1.1;AES256\n6162", ScalarStyle.Literal, "!vault");
        Assert.Equal(ScalarKind.String, vault.Kind);
        Assert.NotEqual<InventoryValue>(vault, new InventoryScalar(vault.Text, ScalarStyle.Literal));
    }

    [Fact]
    public void Templates_AreRecognised()
    {
        Assert.True(new InventoryScalar("{{ kube_pods_subnet }}", ScalarStyle.DoubleQuoted).IsTemplate);
        Assert.False(new InventoryScalar("plain", ScalarStyle.Plain).IsTemplate);
    }
}
