using Calico.Sdk.Cluster;

namespace Calico.Sdk.Etcd;

/// <summary>
/// Calico's etcd v3 key layout (<c>libcalico-go</c> <c>model/resource.go</c>): every v3 resource at
/// <c>/calico/resources/v3/projectcalico.org/&lt;plural&gt;/&lt;name&gt;</c>, namespaced kinds at
/// <c>…/&lt;plural&gt;/&lt;namespace&gt;/&lt;name&gt;</c>. IPAM's own configuration lives apart, at <c>/calico/ipam/v2/config</c>.
/// </summary>
public static class CalicoEtcdKeys
{
    /// <summary>The prefix of every v3 resource key.</summary>
    public const string ResourcePrefix = "/calico/resources/v3/projectcalico.org/";

    /// <summary>The key IPAM reads its configuration from in etcd mode (the v3 <c>IPAMConfiguration</c> is written here).</summary>
    public const string IpamConfigKey = "/calico/ipam/v2/config";

    private static readonly Dictionary<string, (string Plural, bool Namespaced)> Kinds = new(StringComparer.Ordinal)
    {
        ["IPPool"] = ("ippools", false),
        ["FelixConfiguration"] = ("felixconfigurations", false),
        ["BGPConfiguration"] = ("bgpconfigurations", false),
        ["BGPPeer"] = ("bgppeers", false),
        ["BGPFilter"] = ("bgpfilters", false),
        ["Node"] = ("nodes", false),
        ["IPAMConfiguration"] = ("ipamconfigurations", false),
        ["KubeControllersConfiguration"] = ("kubecontrollersconfigurations", false),
        ["HostEndpoint"] = ("hostendpoints", false),
        ["CalicoNodeStatus"] = ("caliconodestatuses", false),
        ["ClusterInformation"] = ("clusterinformations", false),
        ["WorkloadEndpoint"] = ("workloadendpoints", true),
    };

    /// <summary>Whether <paramref name="kind"/> has a key in this layout.</summary>
    /// <param name="kind">A <c>projectcalico.org/v3</c> kind.</param>
    public static bool IsKnown(string kind) => Kinds.ContainsKey(kind);

    /// <summary>The plural of a kind as it appears in keys, such as <c>ippools</c>.</summary>
    /// <param name="kind">A <c>projectcalico.org/v3</c> kind.</param>
    /// <exception cref="ArgumentException">A kind outside the layout.</exception>
    public static string Plural(string kind) =>
        Kinds.TryGetValue(kind, out var k) ? k.Plural : throw new ArgumentException($"Calico's etcd layout has no key for kind {kind}.", nameof(kind));

    /// <summary>The key prefix of every object of a kind, ending with <c>/</c>.</summary>
    /// <param name="kind">A <c>projectcalico.org/v3</c> kind.</param>
    public static string Prefix(string kind) => ResourcePrefix + Plural(kind) + "/";

    /// <summary>
    /// The key of an object: <c>/calico/resources/v3/projectcalico.org/ippools/default-pool</c>. The v3
    /// <c>IPAMConfiguration</c> maps to <see cref="IpamConfigKey"/>, which is what Calico's IPAM reads in etcd mode.
    /// </summary>
    /// <param name="resource">The object.</param>
    /// <exception cref="ArgumentException">A kind outside the layout, or a namespaced kind without namespace.</exception>
    public static string Key(ResourceRef resource)
    {
        if (resource.Kind == "IPAMConfiguration")
        {
            return IpamConfigKey;
        }

        var (plural, namespaced) = Kinds.TryGetValue(resource.Kind, out var k)
            ? k
            : throw new ArgumentException($"Calico's etcd layout has no key for kind {resource.Kind}.", nameof(resource));
        if (namespaced && string.IsNullOrEmpty(resource.Namespace))
        {
            throw new ArgumentException($"{resource.Kind} is namespaced; {resource} has no namespace.", nameof(resource));
        }

        return namespaced
            ? $"{ResourcePrefix}{plural}/{resource.Namespace}/{resource.Name}"
            : $"{ResourcePrefix}{plural}/{resource.Name}";
    }

    /// <summary>The object a key names, or null for a key outside the v3 resource layout.</summary>
    /// <param name="key">An etcd key.</param>
    public static ResourceRef? Parse(string key)
    {
        if (key == IpamConfigKey)
        {
            return new ResourceRef("IPAMConfiguration", "default");
        }

        if (!key.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = key.Substring(ResourcePrefix.Length).Split('/');
        var kind = Kinds.FirstOrDefault(k => k.Value.Plural == parts[0]);
        if (kind.Key is null)
        {
            return null;
        }

        return (kind.Value.Namespaced, parts.Length) switch
        {
            (false, 2) => new ResourceRef(kind.Key, parts[1]),
            (true, 3) => new ResourceRef(kind.Key, parts[2], parts[1]),
            _ => null,
        };
    }
}
