using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Calico.Sdk;

/// <summary>Kubernetes and Calico name formats, checked without regular expressions (the same code runs in the analyzers).</summary>
public static class KubernetesNames
{
    /// <summary>
    /// A lowercase DNS-1123 subdomain as Calico checks resource names: dot-separated labels of <c>[a-z0-9-]</c> that
    /// start and end with a letter or digit, at most 253 characters (Calico does not enforce the 63-character label limit).
    /// </summary>
    /// <param name="name">The name.</param>
    public static bool IsDns1123Subdomain(string? name) => IsDns1123Subdomain(name, 253);

    /// <summary>A lowercase DNS-1123 subdomain of at most <paramref name="maxLength"/> characters (Kubespray's hostname check has no limit).</summary>
    /// <param name="name">The name.</param>
    /// <param name="maxLength">The longest accepted name.</param>
    public static bool IsDns1123Subdomain(string? name, int maxLength)
    {
        if (string.IsNullOrEmpty(name) || name!.Length > maxLength)
        {
            return false;
        }

        // Labels separated by dots; each starts and ends with [a-z0-9] and holds [a-z0-9-].
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && name[i] != '.')
            {
                var c = name[i];
                if (!IsLowerAlnum(c) && c != '-')
                {
                    return false;
                }

                continue;
            }

            if (i == start || !IsLowerAlnum(name[start]) || !IsLowerAlnum(name[i - 1]))
            {
                return false;
            }

            start = i + 1;
        }

        return true;
    }

    /// <summary>A lowercase DNS-1123 label: <c>[a-z0-9-]</c>, starting and ending with a letter or digit, at most 63 characters.</summary>
    /// <param name="name">The name.</param>
    public static bool IsDns1123Label(string? name) => name is { Length: > 0 and <= 63 } && IsLowerAlnumDash(name);

    /// <summary>A Kubernetes label value: empty, or at most 63 characters of <c>[A-Za-z0-9_.-]</c> starting and ending with a letter or digit.</summary>
    /// <param name="value">The value.</param>
    public static bool IsLabelValue(string? value)
    {
        if (value is null)
        {
            return false;
        }

        if (value.Length == 0)
        {
            return true;
        }

        if (value.Length > 63 || !IsAlnum(value[0]) || !IsAlnum(value[value.Length - 1]))
        {
            return false;
        }

        return value.All(c => IsAlnum(c) || c is '-' or '_' or '.');
    }

    private static bool IsLowerAlnumDash(string s)
    {
        if (s.Length == 0 || !IsLowerAlnum(s[0]) || !IsLowerAlnum(s[s.Length - 1]))
        {
            return false;
        }

        return s.All(c => IsLowerAlnum(c) || c == '-');
    }

    private static bool IsLowerAlnum(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    private static bool IsAlnum(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}

/// <summary>A BGPPeer <c>peerIP</c> as Calico reads it: an IP address, <c>IPv4:port</c> or <c>[IPv6]:port</c>.</summary>
public static class BgpPeerAddress
{
    /// <summary>Parses a peer address the way Calico's validator does.</summary>
    /// <param name="text">The text.</param>
    /// <param name="address">The IP address.</param>
    /// <param name="port">The port, when one is given.</param>
    /// <param name="error">Why the text is not accepted, otherwise null.</param>
    public static bool TryParse(string? text, out IPAddress? address, out int? port, out string? error)
    {
        address = null;
        port = null;
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            error = "empty peer address";
            return false;
        }

        if (text!.Length > 64)
        {
            error = $"'{text}' is longer than 64 characters";
            return false;
        }

        // Calico treats the text as host:port only for a.b.c.d:port or [v6]:port; anything else must be a bare IP.
        string host;
        string? portText = null;
        if (text.StartsWith("[", StringComparison.Ordinal))
        {
            var close = text.IndexOf("]:", StringComparison.Ordinal);
            if (close < 0)
            {
                error = $"'{text}' is not an IP address, IPv4:port or [IPv6]:port";
                return false;
            }

            host = text.Substring(1, close - 1);
            portText = text.Substring(close + 2);
            if (!IpAddresses.TryParseStrict(host, out address) || address!.AddressFamily != AddressFamily.InterNetworkV6)
            {
                error = $"'{host}' in '{text}' is not an IPv6 address";
                return false;
            }
        }
        else if (!text.Contains(':') || (text.Count(c => c == ':') == 1 && text.Contains('.')))
        {
            var colon = text.IndexOf(':');
            host = colon < 0 ? text : text.Substring(0, colon);
            portText = colon < 0 ? null : text.Substring(colon + 1);
            if (!IpAddresses.TryParseStrict(host, out address) || address!.AddressFamily != AddressFamily.InterNetwork)
            {
                error = $"'{text}' is not an IP address, IPv4:port or [IPv6]:port";
                return false;
            }
        }
        else
        {
            if (!IpAddresses.TryParseStrict(text, out address))
            {
                error = $"'{text}' is not an IP address, IPv4:port or [IPv6]:port";
                return false;
            }

            return true;
        }

        if (portText is not null)
        {
            if (portText.Length == 0 || !portText.All(char.IsDigit) || portText.Length > 5
                || int.Parse(portText, CultureInfo.InvariantCulture) is < 1 or > 65535)
            {
                error = $"port '{portText}' in '{text}' is not a number from 1 to 65535";
                return false;
            }

            port = int.Parse(portText, CultureInfo.InvariantCulture);
        }

        return true;
    }
}

/// <summary>Go (RE2) regular expressions, as Felix and kube-controllers compile interface patterns.</summary>
public static class GoRegex
{
    /// <summary>Why Go cannot compile <paramref name="pattern"/> (look-arounds, back-references, invalid syntax), or null when it can.</summary>
    /// <param name="pattern">The regular expression.</param>
    public static string? Problem(string pattern) => CalicoRules.Re2Problem(pattern);
}
