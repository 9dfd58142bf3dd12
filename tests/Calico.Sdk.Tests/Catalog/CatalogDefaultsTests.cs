using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Catalog;

/// <summary>Defaults are Kubespray's, and every option's converter reads back what it writes.</summary>
public class CatalogDefaultsTests
{
    public static TheoryData<string> TableRows() => [.. KubesprayVariableRow.Load().Where(r => CalicoOptions.Find(r.Name) is not null).Select(r => r.Name)];

    public static TheoryData<string> OptionNames() => [.. CalicoOptions.All.Select(o => o.Name)];

    [Theory]
    [MemberData(nameof(TableRows))]
    public void Default_IsKubesprays(string name)
    {
        var row = KubesprayVariableRow.Load().Single(r => r.Name == name);
        var option = CalicoOptions.Find(name)!;

        // Unset and Jinja-derived defaults have no literal value; the catalog must not invent one.
        Assert.True(row.HasLiteralDefault == option.HasDefault, $"{name}: table default '{row.Default}', catalog HasDefault={option.HasDefault}");
        if (!option.HasDefault)
        {
            Assert.Null(option.DefaultValue);
            return;
        }

        var parsed = option.ParseValue(row.LiteralDefault());
        Assert.True(parsed.Success, $"{name}: '{row.Default}' does not parse: {parsed.Error}");
        Assert.Null(parsed.Warning);
        Assert.Equal(option.DefaultValue, parsed.Value);
    }

    [Theory]
    [MemberData(nameof(OptionNames))]
    public void Default_SurvivesFormatAndParse(string name)
    {
        var option = CalicoOptions.Find(name)!;
        if (!option.HasDefault)
        {
            Assert.StartsWith("unset", option.DefaultText.Replace("must stay unset", "unset", StringComparison.Ordinal), StringComparison.Ordinal);
            return;
        }

        var written = option.FormatValue(option.DefaultValue!);
        var read = option.ParseValue(written);
        Assert.True(read.Success, $"{name}: {written.Describe()} does not parse back: {read.Error}");
        Assert.Null(read.Warning);
        Assert.Equal(option.DefaultValue, read.Value);
        Assert.Null(option.CheckValue(option.DefaultValue!));
        Assert.False(string.IsNullOrEmpty(option.Summary));
        Assert.False(string.IsNullOrEmpty(option.Consumer));
    }

    [Theory]
    [MemberData(nameof(OptionNames))]
    public void EnumValues_SurviveFormatAndParse(string name)
    {
        var option = CalicoOptions.Find(name)!;
        if (!option.ValueType.IsEnum)
        {
            return;
        }

        foreach (var value in Enum.GetValues(option.ValueType))
        {
            var written = option.FormatValue(value);
            var read = option.ParseValue(written);
            Assert.True(read.Success && read.Warning is null, $"{name}: {value} written as {written.Describe()}: {read.Error}{read.Warning}");
            Assert.Equal(value, read.Value);
        }
    }

    [Fact]
    public void Enum_InWrongCase_IsReadWithAWarning()
    {
        var read = CalicoOptions.IpipMode.Parse(new InventoryScalar("always", ScalarStyle.Plain));
        Assert.True(read.Success);
        Assert.Equal(EncapsulationMode.Always, read.Value);
        Assert.Contains("'Always'", read.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Off_Unquoted_IsAnErrorWithAQuotingHint()
    {
        // YAML 1.1 reads a bare Off as false, which is not what Kubespray's "Off" means.
        var bare = CalicoOptions.Ipv4PoolIpip.Parse(new InventoryScalar("Off", ScalarStyle.Plain));
        Assert.False(bare.Success);
        Assert.Contains("quote it", bare.Error, StringComparison.Ordinal);
        Assert.Contains("\"Off\"", bare.Error, StringComparison.Ordinal);

        var quoted = CalicoOptions.Ipv4PoolIpip.Parse(new InventoryScalar("Off", ScalarStyle.DoubleQuoted));
        Assert.True(quoted.Success);
        Assert.Equal(Ipv4PoolIpipMode.Off, quoted.Value);

        // Written back, Off stays a string so that it survives YAML 1.1.
        var written = Assert.IsType<InventoryScalar>(CalicoOptions.Ipv4PoolIpip.Format(Ipv4PoolIpipMode.Off));
        Assert.Equal(ScalarKind.String, written.Kind);
    }

    [Fact]
    public void Enum_Spellings_AreKubesprays()
    {
        Assert.Equal("DSR", Text(CalicoOptions.BpfServiceMode.Format(BpfServiceMode.Dsr)));
        Assert.Equal("NFT", Text(CalicoOptions.IptablesBackend.Format(IptablesBackend.Nft)));
        Assert.Equal("RETURN", Text(CalicoOptions.EndpointToHostAction.Format(EndpointToHostAction.Return)));
        Assert.Equal("kube-ovn", Text(CalicoOptions.KubeNetworkPlugin.Format(KubeNetworkPlugin.KubeOvn)));
        Assert.Equal("custom_cni", Text(CalicoOptions.KubeNetworkPlugin.Format(KubeNetworkPlugin.CustomCni)));
        Assert.Equal("info", Text(CalicoOptions.LogLevel.Format(CalicoLogLevel.Info)));
        Assert.Equal("Info", Text(CalicoOptions.LogSeverityScreen.Format(CalicoLogLevel.Info)));
        Assert.Equal(string.Empty, Text(CalicoOptions.BpfLogLevel.Format(BpfLogLevel.Unspecified)));

        static string Text(InventoryValue v) => Assert.IsType<InventoryScalar>(v).Text;
    }

    [Fact]
    public void Checks_ReportValuesOutOfRange()
    {
        Assert.NotNull(CalicoOptions.PoolBlockSize.Check(33));
        Assert.NotNull(CalicoOptions.PoolBlockSizeIpv6.Check(112));
        Assert.NotNull(CalicoOptions.VxlanPort.Check(70000));
        Assert.NotNull(CalicoOptions.PoolName.Check("a"));
        Assert.NotNull(CalicoOptions.CalicoVersion.Check("3.28.0"));
        Assert.Null(CalicoOptions.CalicoVersion.Check("3.30.4"));
        Assert.NotNull(CalicoOptions.ClusterId.Check("rack-1"));
        Assert.Null(CalicoOptions.ClusterId.Check("1.0.0.1"));
        Assert.NotNull(CalicoOptions.Ip6.Check(System.Net.IPAddress.Parse("10.0.0.1")));
        Assert.NotNull(CalicoOptions.IpAutodetectionMethod.Check("eth0"));
        Assert.Null(CalicoOptions.IpAutodetectionMethod.Check("interface=eth.*"));
        Assert.NotNull(CalicoOptions.PoolCidr.Check(Cidr.Parse("fd00::/64")));
    }

    [Fact]
    public void CniLogFilePath_FalseMeansNoFile()
    {
        var off = CalicoOptions.CniLogFilePath.Parse(new InventoryScalar("false", ScalarStyle.Plain));
        Assert.True(off.Success);
        Assert.Equal(string.Empty, off.Value);
        Assert.Equal(InventoryValue.Boolean(false), CalicoOptions.CniLogFilePath.Format(string.Empty));
        Assert.False(CalicoOptions.CniLogFilePath.Parse(new InventoryScalar("true", ScalarStyle.Plain)).Success);
    }
}
