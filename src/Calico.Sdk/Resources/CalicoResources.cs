namespace Calico.Sdk.Resources;

/// <summary>
/// Every Calico resource Kubespray creates for a cluster, as typed, immutable objects (the <c>projectcalico.org/v3</c>
/// form; <see cref="CalicoApiGroups"/> converts to <c>crd.projectcalico.org/v1</c>). Value equality throughout.
/// </summary>
public sealed record CalicoResources
{
    /// <summary>FelixConfiguration <c>default</c>.</summary>
    public FelixConfiguration FelixConfiguration { get; init; } = new();

    /// <summary>The IPv4 pool, the IPv6 pool and any additional pools, in that order.</summary>
    public EquatableArray<IPPool> IPPools { get; init; }

    /// <summary>BGPConfiguration <c>default</c>.</summary>
    public BGPConfiguration BgpConfiguration { get; init; } = new();

    /// <summary>BGPPeers: global router peers, per-node router peers, then the route-reflector peers.</summary>
    public EquatableArray<BGPPeer> BgpPeers { get; init; }

    /// <summary>IPAM configuration <c>default</c>; null with the etcd datastore (Kubespray creates it for kdd only).</summary>
    public IPAMConfiguration? IpamConfiguration { get; init; }

    /// <summary>The BGP settings and labels Kubespray puts on Calico nodes, in inventory order (only nodes that get any).</summary>
    public EquatableArray<CalicoNode> Nodes { get; init; }

    /// <summary>ConfigMap <c>kube-system/calico-config</c>, with the CNI network configuration.</summary>
    public ConfigMap CalicoConfig { get; init; } = new();

    /// <summary>ConfigMap <c>kube-system/kubernetes-services-endpoint</c>.</summary>
    public ConfigMap KubernetesServicesEndpoint { get; init; } = new();

    /// <summary>The calico-node DaemonSet settings derived from the model: environment, probes, resources.</summary>
    public CalicoNodeSettings CalicoNode { get; init; } = new();

    /// <summary>The Typha settings; null when <c>typha_enabled</c> is false.</summary>
    public TyphaSettings? Typha { get; init; }

    /// <summary>Where this output knowingly differs from what Kubespray would create for the same inventory, and why.</summary>
    public EquatableArray<RenderNote> Notes { get; init; }

    /// <summary>
    /// The Calico API objects in the order that applies cleanly on a running cluster: FelixConfiguration, IPPools,
    /// IPAM configuration, node settings, BGPPeers and last BGPConfiguration, so that the node-to-node mesh is turned
    /// off only once the peers that replace it exist.
    /// </summary>
    public IEnumerable<IKubernetesResource> CalicoObjects
    {
        get
        {
            yield return FelixConfiguration;
            foreach (var p in IPPools)
            {
                yield return p;
            }

            if (IpamConfiguration is not null)
            {
                yield return IpamConfiguration;
            }

            foreach (var n in Nodes)
            {
                yield return n;
            }

            foreach (var p in BgpPeers)
            {
                yield return p;
            }

            yield return BgpConfiguration;
        }
    }

    /// <summary>The Kubernetes objects: the two ConfigMaps, then the calico-node patch and, with Typha, the calico-typha patch.</summary>
    public IEnumerable<IKubernetesResource> KubernetesObjects
    {
        get
        {
            yield return CalicoConfig;
            yield return KubernetesServicesEndpoint;
            yield return CalicoNode.ToPatch();
            if (Typha is not null)
            {
                yield return Typha.ToPatch();
            }
        }
    }
}

/// <summary>A place where rendered output knowingly differs from Kubespray, or a remark a reviewer should read.</summary>
/// <param name="Subject">What it is about, such as <c>BGPConfiguration default spec.serviceClusterIPs</c>.</param>
/// <param name="Message">What differs and why.</param>
public sealed record RenderNote(string Subject, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Subject}: {Message}";
}
