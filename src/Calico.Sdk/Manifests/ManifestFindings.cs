namespace Calico.Sdk.Manifests;

/// <summary>
/// Findings of <see cref="CalicoManifests"/>, the linter for Calico resource manifests (codes CAL3800–CAL3814; the CRD
/// schema check reports <c>CAL3900</c>). Each field rule is one Calico enforces in its API (Go validators, CEL rules or
/// client logic) and that kube-apiserver does not always run for objects written straight to the CRDs.
/// </summary>
public static class ManifestFindings
{
    /// <summary>CAL3800: a manifest file cannot be read: I/O error, YAML or JSON syntax, or a safety limit.</summary>
    public static readonly FindingDescriptor Unreadable = new("CAL3800", FindingSeverity.Error, "Manifest cannot be read", "Manifest");

    /// <summary>CAL3801: a document is not a Kubernetes object: not a mapping, or no <c>apiVersion</c>, <c>kind</c> or <c>metadata.name</c>; or a Calico kind in the wrong API group.</summary>
    public static readonly FindingDescriptor NotAnObject = new("CAL3801", FindingSeverity.Error, "Document is not a valid object", "Manifest");

    /// <summary>CAL3802: an object of a kind Calico.Sdk does not check (a ConfigMap, a Deployment, a Calico policy kind).</summary>
    public static readonly FindingDescriptor NotChecked = new("CAL3802", FindingSeverity.Info, "Object kind not checked", "Manifest");

    /// <summary>CAL3803: the same object (API group, kind, name) twice in the manifests: the later one replaces the earlier.</summary>
    public static readonly FindingDescriptor Duplicate = new("CAL3803", FindingSeverity.Warning, "Object defined twice", "Manifest");

    /// <summary>CAL3804: metadata Calico rejects: a name that is not a DNS-1123 subdomain, invalid label keys or values, invalid annotation keys or too many annotation bytes.</summary>
    public static readonly FindingDescriptor Metadata = new("CAL3804", FindingSeverity.Error, "Invalid object metadata", "Manifest");

    /// <summary>CAL3805: a selector Calico cannot parse, or <c>global()</c> where it is not allowed.</summary>
    public static readonly FindingDescriptor Selector = new("CAL3805", FindingSeverity.Error, "Selector does not parse", "Manifest");

    /// <summary>CAL3806: an IPPool CIDR Calico rejects: no prefix, host bits set, link-local, or overlapping another pool.</summary>
    public static readonly FindingDescriptor PoolCidr = new("CAL3806", FindingSeverity.Error, "Invalid IPPool CIDR", "Manifest");

    /// <summary>CAL3807: an IPPool block size outside the family's range, or a pool smaller than one block.</summary>
    public static readonly FindingDescriptor PoolBlockSize = new("CAL3807", FindingSeverity.Error, "Invalid IPPool block size", "Manifest");

    /// <summary>CAL3808: IPPool encapsulation or allowed uses that Calico rejects together (IPIP with VXLAN, IPIP on IPv6, LoadBalancer or Tunnel restrictions).</summary>
    public static readonly FindingDescriptor PoolModes = new("CAL3808", FindingSeverity.Error, "Conflicting IPPool modes or uses", "Manifest");

    /// <summary>CAL3809: a FelixConfiguration field rule (node selector on default or per-node objects, route tables, addresses, node port ranges, …).</summary>
    public static readonly FindingDescriptor Felix = new("CAL3809", FindingSeverity.Error, "Invalid FelixConfiguration field", "Manifest");

    /// <summary>CAL3810: a BGPConfiguration field rule (default-only fields, service CIDRs, communities, mesh settings, …).</summary>
    public static readonly FindingDescriptor BgpConfiguration = new("CAL3810", FindingSeverity.Error, "Invalid BGPConfiguration field", "Manifest");

    /// <summary>CAL3811: a BGPPeer field rule (peer address, exclusive fields, AS numbers, reachableBy, durations, …).</summary>
    public static readonly FindingDescriptor BgpPeer = new("CAL3811", FindingSeverity.Error, "Invalid BGPPeer field", "Manifest");

    /// <summary>CAL3812: a Node BGP or tunnel field rule (addresses, route-reflector cluster id, AS number, MAC addresses).</summary>
    public static readonly FindingDescriptor Node = new("CAL3812", FindingSeverity.Error, "Invalid Node field", "Manifest");

    /// <summary>CAL3813: IPAM configuration not named <c>default</c>, or a combination IPAM cannot work with.</summary>
    public static readonly FindingDescriptor Ipam = new("CAL3813", FindingSeverity.Error, "Invalid IPAM configuration", "Manifest");

    /// <summary>CAL3814: KubeControllersConfiguration not named <c>default</c>, or an invalid host endpoint template.</summary>
    public static readonly FindingDescriptor KubeControllers = new("CAL3814", FindingSeverity.Error, "Invalid KubeControllersConfiguration", "Manifest");

    /// <summary>Every descriptor of this class, by code.</summary>
    public static IReadOnlyList<FindingDescriptor> All { get; } =
    [
        Unreadable, NotAnObject, NotChecked, Duplicate, Metadata, Selector, PoolCidr, PoolBlockSize, PoolModes,
        Felix, BgpConfiguration, BgpPeer, Node, Ipam, KubeControllers,
    ];
}
