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

    [Theory]
    [InlineData("10.1.2.3", "10.1.2.3")]
    [InlineData("0.0.0.0", "0.0.0.0")]
    [InlineData("255.255.255.255", "255.255.255.255")]
    [InlineData("010.1.2.3", "8.1.2.3")] // a leading zero is octal, as IPAddress.TryParse reads it
    [InlineData("fd85::1", "fd85::1")]
    public void IpAddresses_ParseStrict(string text, string expected)
    {
        Assert.True(IpAddresses.TryParseStrict(text, out var ip));
        Assert.Equal(expected, ip!.ToString());
        Assert.Equal(expected, IpAddresses.Format(ip));
    }

    [Theory]
    [InlineData("10.1")]
    [InlineData("10.1.2")]
    [InlineData("10.1.2.3.4")]
    [InlineData("10.1.2.256")]
    [InlineData("10.1.2.1000")]
    [InlineData("0x0a.1.2.3")]
    [InlineData("10..2.3")]
    [InlineData(".10.2.3")]
    [InlineData("10.2.3.")]
    [InlineData(" 10.1.2.3")]
    [InlineData("10.1.2.3 ")]
    [InlineData("10.1.2.-3")]
    [InlineData("fe80::1%eth0")]
    [InlineData("")]
    public void IpAddresses_ParseStrict_RejectsShortAndOtherForms(string text) =>
        Assert.False(IpAddresses.TryParseStrict(text, out _));

    // The dotted-quad path builds the address from its parts; over every short mix of digits and dots its verdict and
    // value must be what IPAddress.TryParse gives for text of that strict shape.
    [Fact]
    public void IpAddresses_ParseStrict_AgreesWithTheFrameworkOnDottedQuads()
    {
        var random = new Random(4711);
        const string alphabet = "0123456789.";
        var accepted = 0;
        for (var n = 0; n < 50_000; n++)
        {
            var text = n % 2 == 0
                ? string.Join('.', Enumerable.Range(0, 4).Select(_ => random.Next(0, 5) switch
                {
                    0 => random.Next(0, 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    1 => "0" + random.Next(0, 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _ => random.Next(0, 300).ToString(System.Globalization.CultureInfo.InvariantCulture),
                }))
                : new string(Enumerable.Range(0, random.Next(1, 16)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var parts = text.Split('.');
            var strictShape = parts.Length == 4 && parts.All(p => p.Length is >= 1 and <= 3 && p.All(char.IsAsciiDigit) && int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) <= 255);
            var expected = strictShape && IPAddress.TryParse(text, out var reference) ? reference : null;
            var ok = IpAddresses.TryParseStrict(text, out var actual);
            Assert.True(ok == (expected is not null), text);
            if (ok)
            {
                accepted++;
                Assert.Equal(expected, actual);
                Assert.Equal(expected!.ToString(), IpAddresses.Format(actual!));
            }
        }

        Assert.True(accepted > 10_000, $"only {accepted} addresses accepted; the generator no longer covers valid input");
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
