using System.Net;

namespace Calico.Sdk.Tests.Values;

public class NetworkingTypesTests
{
    [Theory]
    [InlineData("10.233.64.0/18", false, 18, true)]
    [InlineData("10.233.64.1/18", false, 18, false)]
    [InlineData("fd85:ee78:d8a6:8607::1:0000/112", true, 112, true)]
    [InlineData("0.0.0.0/0", false, 0, true)]
    public void Cidr_Parses(string text, bool ipv6, int prefix, bool masked)
    {
        var c = Cidr.Parse(text);
        Assert.Equal(ipv6, c.IsIPv6);
        Assert.Equal(prefix, c.PrefixLength);
        Assert.Equal(masked, c.IsMasked);
    }

    [Theory]
    [InlineData("10.233.64.0")]
    [InlineData("10.233.64.0/33")]
    [InlineData("10.1/8")]
    [InlineData("fd00::/129")]
    [InlineData("banana/12")]
    [InlineData("")]
    [InlineData("10.0.0.0/-1")]
    public void Cidr_RejectsInvalid(string text)
    {
        Assert.False(Cidr.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Cidr_ContainsAndOverlaps()
    {
        var pods = Cidr.Parse("10.233.64.0/18");
        Assert.True(pods.Contains(Cidr.Parse("10.233.64.0/20")));
        Assert.True(pods.Contains(pods));
        Assert.False(pods.Contains(Cidr.Parse("10.233.0.0/16")));
        Assert.True(pods.Overlaps(Cidr.Parse("10.233.0.0/16")));
        Assert.False(pods.Overlaps(Cidr.Parse("10.233.0.0/18")));
        Assert.False(pods.Contains(Cidr.Parse("fd00::/64")));
        Assert.True(pods.Contains(IPAddress.Parse("10.233.100.1")));
    }

    [Fact]
    public void Cidr_EqualityIgnoresSpelling()
    {
        Assert.Equal(Cidr.Parse("fd85:ee78:d8a6:8607::1:0000/112"), Cidr.Parse("fd85:ee78:d8a6:8607::1:0/112"));
        Assert.Equal("fd85:ee78:d8a6:8607::1:0/112", Cidr.Parse("fd85:ee78:d8a6:8607::1:0000/112").ToString());
    }

    [Theory]
    [InlineData("65400", 65400u)]
    [InlineData("1.10", 65546u)]
    [InlineData("4294967295", 4294967295u)]
    public void AsNumber_ParsesPlainAndAsdot(string text, uint value)
    {
        Assert.True(AsNumber.TryParse(text, out var a, out _));
        Assert.Equal(value, a.Value);
    }

    [Theory]
    [InlineData("65xxx")]
    [InlineData("4294967296")]
    [InlineData("1.65536")]
    [InlineData("-1")]
    public void AsNumber_RejectsInvalid(string text) => Assert.False(AsNumber.TryParse(text, out _, out _));

    [Theory]
    [InlineData("0s", 0)]
    [InlineData("90s", 90_000)]
    [InlineData("1m30s", 90_000)]
    [InlineData("500ms", 500)]
    [InlineData("1h", 3_600_000)]
    public void GoDuration_Parses(string text, long milliseconds)
    {
        Assert.True(GoDuration.TryParse(text, out var d, out _));
        Assert.Equal(milliseconds, (long)d.Value.TotalMilliseconds);
    }

    [Theory]
    [InlineData("90")]
    [InlineData("1m30")]
    [InlineData("s")]
    [InlineData("")]
    public void GoDuration_RejectsInvalid(string text) => Assert.False(GoDuration.TryParse(text, out _, out _));

    [Theory]
    [InlineData("500M", true)]
    [InlineData("150m", true)]
    [InlineData("1Gi", true)]
    [InlineData("0", true)]
    [InlineData("1.5", true)]
    [InlineData("500MB", false)]
    [InlineData("lots", false)]
    public void Quantity_Validates(string text, bool valid) => Assert.Equal(valid, Quantity.TryParse(text, out _, out _));

    [Fact]
    public void Spelling_SuggestsTheClosestName()
    {
        Assert.Equal("calico_ipip_mode", Spelling.Closest("calico_ipip_mdoe", ["calico_ipip_mode", "calico_vxlan_mode"]));
        Assert.Null(Spelling.Closest("completely_different", ["calico_ipip_mode"]));
    }
}
