using System.Net.Sockets;

namespace Calico.Sdk;

// Value checks that go beyond a converter's type and range, referenced by catalog entries.
public static partial class CalicoOptions
{
    // The keys of Kubespray's calico_crds_checksums.no_arch: the versions its check.yml accepts.
    private static readonly string[] SupportedVersions =
        new[] { "3.29", "3.30", "3.31" }.SelectMany(minor => Enumerable.Range(0, 8).Select(patch => $"{minor}.{patch}")).ToArray();

    /// <summary>The Calico versions Kubespray accepts for <c>calico_version</c> (3.29.0 to 3.31.7).</summary>
    public static IReadOnlyList<string> SupportedCalicoVersions => SupportedVersions;

    private static string? SupportedCalicoVersion(string version) =>
        version.Contains("{{") || SupportedVersions.Contains(version, StringComparer.Ordinal)
            ? null
            : $"Kubespray does not support Calico {version}; it accepts {SupportedVersions[0]} to {SupportedVersions[SupportedVersions.Length - 1]}";

    private static string? IPv4Only(System.Net.IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetwork ? null : $"{address} is not an IPv4 address";

    private static string? IPv6Only(System.Net.IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 ? null : $"{address} is not an IPv6 address";

    private static string? IPv4Text(string text) =>
        text.Contains("{{") || (IpAddresses.TryParseStrict(text, out var ip) && ip!.AddressFamily == AddressFamily.InterNetwork)
            ? null
            : $"'{text}' is not an IPv4 address";
}
