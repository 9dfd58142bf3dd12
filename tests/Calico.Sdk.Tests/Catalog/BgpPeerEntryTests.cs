namespace Calico.Sdk.Tests.Catalog;

/// <summary>Reading and writing Kubespray's <c>peers</c> list and <c>loadbalancer_apiserver</c>.</summary>
public class BgpPeerEntryTests
{
    private const string File = "inventory/group_vars/new-york.yml";

    [Fact]
    public void Parse_ReadsEveryKeyKubesprayReads()
    {
        var raw = Seq(Map(3,
            ("router_id", Str("10.99.0.34", 3)),
            ("as", Str("65010", 4)),
            ("scope", Str("node", 5)),
            ("name", Str("tor-a", 6)),
            ("filters", Seq(Str("no-default", 7))),
            ("numallowedlocalasnumbers", Int(2, 8)),
            ("sourceaddress", Str("None", 9))));

        var read = CalicoOptions.Peers.Parse(raw);

        Assert.True(read.Success, read.Error);
        Assert.Null(read.Warning);
        var peer = Assert.Single((EquatableArray<BgpPeerEntry>)read.Value!);
        var expected = new BgpPeerEntry("10.99.0.34", 65010)
        {
            Scope = PeerScope.Node,
            Name = "tor-a",
            Filters = EquatableArray.Create("no-default"),
            NumAllowedLocalAsNumbers = 2,
            SourceAddress = PeerSourceAddress.None,
        };
        Assert.Equal(expected, peer);
    }

    [Fact]
    public void Parse_KeepsCamelCaseKeysInExtra_AndWarns()
    {
        // Kubespray's documentation spells these camelCase; its tasks read only the lowercase keys.
        var raw = Seq(Map(3,
            ("router_id", Str("10.99.0.35", 3)),
            ("as", Int(65010, 4)),
            ("sourceAddress", Str("None", 5)),
            ("numAllowedLocalASNumbers", Int(1, 6))));

        var read = CalicoOptions.Peers.Parse(raw);

        Assert.True(read.Success, read.Error);
        var peer = Assert.Single((EquatableArray<BgpPeerEntry>)read.Value!);
        Assert.Null(peer.SourceAddress);
        Assert.Null(peer.NumAllowedLocalAsNumbers);
        Assert.Equal(["sourceAddress", "numAllowedLocalASNumbers"], peer.Extra.Select(e => e.Key));
        Assert.Contains("'sourceaddress'", read.Warning, StringComparison.Ordinal);
        Assert.Contains("'numallowedlocalasnumbers'", read.Warning, StringComparison.Ordinal);

        // The ignored keys render back after the keys Kubespray reads, so nothing is lost.
        var written = Assert.IsType<InventoryMapping>(Assert.IsType<InventorySequence>(CalicoOptions.Peers.Format([peer])).Items.Single());
        Assert.Equal(["router_id", "as", "sourceAddress", "numAllowedLocalASNumbers"], written.Entries.Select(e => e.Key));
        Assert.Equal(read.Value, CalicoOptions.Peers.Parse(new InventorySequence(EquatableArray.Create<InventoryValue>(written))).Value);
    }

    [Fact]
    public void Format_WritesLowercaseKeysInKubespraysOrder_AsAsAString()
    {
        var peer = new BgpPeerEntry("fd00::1", 65020)
        {
            SourceAddress = PeerSourceAddress.UseNodeIP,
            NumAllowedLocalAsNumbers = 1,
            Filters = EquatableArray.Create("f1"),
            Name = "v6",
            Scope = PeerScope.Global,
            Extra = EquatableArray.Create(new MappingEntry("password", Str("x", 1))),
        };

        var map = Assert.IsType<InventoryMapping>(Assert.IsType<InventorySequence>(CalicoOptions.Peers.Format([peer])).Items.Single());

        Assert.Equal(["router_id", "as", "scope", "name", "filters", "numallowedlocalasnumbers", "sourceaddress", "password"], map.Entries.Select(e => e.Key));
        Assert.Equal(ScalarKind.String, Assert.IsType<InventoryScalar>(map["as"]).Kind);
        Assert.Equal("global", Assert.IsType<InventoryScalar>(map["scope"]).Text);
        var reread = CalicoOptions.Peers.Parse(new InventorySequence(EquatableArray.Create<InventoryValue>(map)));
        Assert.Equal(peer, Assert.Single((EquatableArray<BgpPeerEntry>)reread.Value!));
    }

    [Fact]
    public void Parse_MissingAs_PointsAtTheEntry()
    {
        var second = Map(7, ("router_id", Str("10.99.0.35", 7)));
        var raw = Seq(Map(3, ("router_id", Str("10.99.0.34", 3)), ("as", Str("65010", 4))), second);

        var read = CalicoOptions.Peers.Parse(raw);

        Assert.False(read.Success);
        Assert.Contains("peers[1]", read.Error, StringComparison.Ordinal);
        Assert.Contains("as", read.Error, StringComparison.Ordinal);
        Assert.Equal(second.Location, read.ErrorLocation);
    }

    [Fact]
    public void Parse_BadAsNumber_PointsAtTheValue()
    {
        // The peer examples in Kubespray's docs carry the placeholder "65xxx".
        var bad = Str("65xxx", 4);
        var read = CalicoOptions.Peers.Parse(Seq(Map(3, ("router_id", Str("10.99.0.34", 3)), ("as", bad))));

        Assert.False(read.Success);
        Assert.Contains("peers[0].as", read.Error, StringComparison.Ordinal);
        Assert.Equal(bad.Location, read.ErrorLocation);
    }

    [Fact]
    public void Parse_ScopeInWrongCase_IsAnError_BecauseKubesprayDropsThePeer()
    {
        var scope = Str("Global", 5);
        var read = CalicoOptions.Peers.Parse(Seq(Map(3, ("router_id", Str("10.99.0.34", 3)), ("as", Str("65010", 4)), ("scope", scope))));

        Assert.False(read.Success);
        Assert.Contains("'global'", read.Error, StringComparison.Ordinal);
        Assert.Equal(scope.Location, read.ErrorLocation);
    }

    [Fact]
    public void Parse_EntryThatIsNotAMapping_PointsAtIt()
    {
        var item = Str("10.99.0.34", 3);
        var read = CalicoOptions.Peers.Parse(Seq(item));

        Assert.False(read.Success);
        Assert.Equal(item.Location, read.ErrorLocation);
    }

    [Fact]
    public void Check_FlagsARouterIdThatIsNotAnAddress()
    {
        Assert.NotNull(CalicoOptions.Peers.Check([new BgpPeerEntry("tor-a", 65010)]));
        Assert.Null(CalicoOptions.Peers.Check([new BgpPeerEntry("10.99.0.34", 65010)]));
    }

    [Fact]
    public void Entries_HaveValueEquality()
    {
        BgpPeerEntry Make() => new("10.0.0.1", 65001) { Filters = EquatableArray.Create("a", "b"), Extra = EquatableArray.Create(new MappingEntry("k", Int(1, 1))) };
        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(Make(), Make() with { Filters = EquatableArray.Create("a") });
    }

    [Fact]
    public void LoadBalancer_AcceptsAPortWrittenAsAString()
    {
        // Kubespray's peer examples write port: "8383".
        var read = CalicoOptions.LoadBalancerApiserver.Parse(Map(10, ("address", Str("10.99.0.44", 11)), ("port", Str("8383", 12))));

        Assert.True(read.Success, read.Error);
        Assert.Null(read.Warning);
        Assert.Equal(new LoadBalancerApiserver("10.99.0.44", 8383), read.Value);

        var written = Assert.IsType<InventoryMapping>(CalicoOptions.LoadBalancerApiserver.Format((LoadBalancerApiserver)read.Value!));
        Assert.Equal(ScalarKind.Integer, Assert.IsType<InventoryScalar>(written["port"]).Kind);
        Assert.Equal(read.Value, CalicoOptions.LoadBalancerApiserver.Parse(written).Value);
    }

    [Fact]
    public void LoadBalancer_WithoutAddress_IsAnError()
    {
        var map = Map(10, ("port", Int(6443, 11)));
        var read = CalicoOptions.LoadBalancerApiserver.Parse(map);
        Assert.False(read.Success);
        Assert.Equal(map.Location, read.ErrorLocation);
    }

    private static SourceLocation At(int line) => new(File, line, 5);

    private static InventoryScalar Str(string text, int line) => new(text, ScalarStyle.DoubleQuoted, location: At(line));

    private static InventoryScalar Int(long value, int line) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), ScalarStyle.Plain, location: At(line));

    private static InventorySequence Seq(params InventoryValue[] items) => new(items.ToEquatableArray(), location: At(2));

    private static InventoryMapping Map(int line, params (string Key, InventoryValue Value)[] entries) =>
        new(entries.Select(e => new MappingEntry(e.Key, e.Value)).ToEquatableArray(), location: At(line));
}
