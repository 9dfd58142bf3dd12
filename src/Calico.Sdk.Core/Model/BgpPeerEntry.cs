namespace Calico.Sdk;

/// <summary>
/// One entry of Kubespray's <c>peers</c> list: a BGP router that Calico peers with. Kubespray turns a
/// <see cref="PeerScope.Global"/> entry of the first control-plane host into BGPPeer <c>global-&lt;name|router_id&gt;</c>
/// and every other entry of a host into BGPPeer <c>&lt;host&gt;-&lt;name|router_id&gt;</c> for that node.
/// Value equality, collections included.
/// </summary>
public sealed record BgpPeerEntry
{
    /// <summary>Creates a peer.</summary>
    /// <param name="routerId">The peer's IP address (<c>router_id</c>; becomes BGPPeer <c>peerIP</c>).</param>
    /// <param name="asNumber">The peer's AS number (<c>as</c>).</param>
    public BgpPeerEntry(string routerId, AsNumber asNumber)
    {
        RouterId = routerId;
        As = asNumber;
    }

    /// <summary><c>router_id</c> (required): the peer's IP address, BGPPeer <c>peerIP</c>.</summary>
    public string RouterId { get; init; }

    /// <summary><c>as</c> (required): the peer's AS number, BGPPeer <c>asNumber</c>. Kubespray writes it as a string.</summary>
    public AsNumber As { get; init; }

    /// <summary><c>scope</c>: <c>global</c> or <c>node</c>. Null (absent) means node scope.</summary>
    public PeerScope? Scope { get; init; }

    /// <summary><c>name</c>: used in the BGPPeer's name instead of <see cref="RouterId"/>. Null when absent.</summary>
    public string? Name { get; init; }

    /// <summary><c>filters</c>: names of BGPFilter resources (node scope only; written only when not empty).</summary>
    public EquatableArray<string> Filters { get; init; }

    /// <summary><c>numallowedlocalasnumbers</c>: BGPPeer <c>numAllowedLocalASNumbers</c> (node scope only; written only when above 0). Null when absent.</summary>
    public int? NumAllowedLocalAsNumbers { get; init; }

    /// <summary><c>sourceaddress</c>: BGPPeer <c>sourceAddress</c> (node scope only). Null when absent, which Kubespray renders as <c>UseNodeIP</c>.</summary>
    public PeerSourceAddress? SourceAddress { get; init; }

    /// <summary>
    /// Keys Kubespray does not read, in the order written, such as the camelCase <c>sourceAddress</c> and
    /// <c>numAllowedLocalASNumbers</c> from Kubespray's documentation (silently ignored by its tasks). Kept so that they
    /// render back unchanged and validation can point at them.
    /// </summary>
    public EquatableArray<MappingEntry> Extra { get; init; }

    /// <summary>True for a <c>scope: global</c> entry.</summary>
    public bool IsGlobal => Scope == PeerScope.Global;

    internal static BgpPeerEntry Create(string routerId, AsNumber asNumber, string? name, PeerSourceAddress? sourceAddress, int? numAllowedLocalAsNumbers, IEnumerable<string>? filters) =>
        new(routerId, asNumber)
        {
            Name = name,
            SourceAddress = sourceAddress,
            NumAllowedLocalAsNumbers = numAllowedLocalAsNumbers,
            Filters = filters?.ToEquatableArray() ?? EquatableArray<string>.Empty,
        };
}
