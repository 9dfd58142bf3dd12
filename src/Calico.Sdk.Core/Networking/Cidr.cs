using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Calico.Sdk;

/// <summary>An IPv4 or IPv6 network in CIDR notation, such as <c>10.233.64.0/18</c> or <c>fd85:ee78:d8a6:8607::1:0/112</c>.</summary>
public readonly struct Cidr : IEquatable<Cidr>, IComparable<Cidr>
{
    private readonly byte[]? _bytes;

    private Cidr(byte[] bytes, int prefixLength)
    {
        _bytes = bytes;
        PrefixLength = prefixLength;
    }

    /// <summary>The address part as written (host bits may be set; see <see cref="IsMasked"/>).</summary>
    public IPAddress Address => new(_bytes ?? new byte[4]);

    /// <summary>The prefix length (0–32 for IPv4, 0–128 for IPv6).</summary>
    public int PrefixLength { get; }

    /// <summary>True for an IPv6 network.</summary>
    public bool IsIPv6 => _bytes is { Length: 16 };

    /// <summary>The address family.</summary>
    public AddressFamily Family => IsIPv6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;

    /// <summary>The number of bits in an address of this family (32 or 128).</summary>
    public int AddressBits => IsIPv6 ? 128 : 32;

    /// <summary>True when no host bits are set: Calico requires pool CIDRs in this form.</summary>
    public bool IsMasked => Masked().Equals(this);

    /// <summary>Parses CIDR notation.</summary>
    /// <param name="text">The text, such as <c>10.233.64.0/18</c>.</param>
    /// <exception cref="FormatException">The text is not CIDR notation.</exception>
    public static Cidr Parse(string text) => TryParse(text, out var c, out var error) ? c : throw new FormatException(error);

    /// <summary>Parses CIDR notation without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="cidr">The network, when the text is valid.</param>
    /// <param name="error">Why the text is not valid, otherwise null.</param>
    public static bool TryParse(string? text, out Cidr cidr, out string? error)
    {
        cidr = default;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty value, expected a network such as 10.233.64.0/18";
            return false;
        }

        var slash = text!.IndexOf('/');
        if (slash <= 0 || slash == text.Length - 1)
        {
            error = $"'{text}' has no prefix length (expected ADDRESS/PREFIX, such as 10.233.64.0/18)";
            return false;
        }

        var addressText = text.Substring(0, slash);
        if (!IpAddresses.TryParseStrict(addressText, out var address))
        {
            error = $"'{addressText}' is not an IPv4 or IPv6 address";
            return false;
        }

        var bits = address!.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
        var prefixText = text.Substring(slash + 1);
        if (!int.TryParse(prefixText, NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > bits)
        {
            error = $"prefix length '{prefixText}' is not a number from 0 to {bits}";
            return false;
        }

        cidr = new Cidr(address.GetAddressBytes(), prefix);
        return true;
    }

    /// <summary>The network with the host bits cleared.</summary>
    public Cidr Masked()
    {
        var bytes = (byte[])(_bytes ?? new byte[4]).Clone();
        for (var i = 0; i < bytes.Length * 8; i++)
        {
            if (i >= PrefixLength)
            {
                bytes[i / 8] &= (byte)~(0x80 >> (i % 8));
            }
        }

        return new Cidr(bytes, PrefixLength);
    }

    /// <summary>True when <paramref name="other"/> lies within or equals this network (same family).</summary>
    /// <param name="other">The inner network.</param>
    public bool Contains(Cidr other) =>
        other.IsIPv6 == IsIPv6 && other.PrefixLength >= PrefixLength && SamePrefix(_bytes!, other._bytes!, PrefixLength);

    /// <summary>True when <paramref name="address"/> lies within this network.</summary>
    /// <param name="address">The address.</param>
    public bool Contains(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return b.Length == (_bytes?.Length ?? 4) && SamePrefix(_bytes!, b, PrefixLength);
    }

    /// <summary>True when the two networks share at least one address.</summary>
    /// <param name="other">The other network.</param>
    public bool Overlaps(Cidr other) =>
        other.IsIPv6 == IsIPv6 && SamePrefix(_bytes!, other._bytes!, Math.Min(PrefixLength, other.PrefixLength));

    private static bool SamePrefix(byte[] a, byte[] b, int bits)
    {
        for (var i = 0; i < bits; i++)
        {
            var mask = 0x80 >> (i % 8);
            if ((a[i / 8] & mask) != (b[i / 8] & mask))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Canonical notation (IPv6 compressed, as Calico normalises it).</summary>
    public override string ToString() => IpAddresses.Format(Address) + "/" + PrefixLength.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(Cidr other) => PrefixLength == other.PrefixLength && (_bytes ?? new byte[4]).SequenceEqual(other._bytes ?? new byte[4]);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Cidr c && Equals(c);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = PrefixLength;
        foreach (var b in _bytes ?? new byte[4])
        {
            h = (h * 31) + b;
        }

        return h;
    }

    /// <inheritdoc />
    public int CompareTo(Cidr other)
    {
        var a = _bytes ?? new byte[4];
        var b = other._bytes ?? new byte[4];
        if (a.Length != b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return PrefixLength.CompareTo(other.PrefixLength);
    }

    /// <summary>Value equality.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator ==(Cidr left, Cidr right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator !=(Cidr left, Cidr right) => !left.Equals(right);

    /// <summary>Parses CIDR notation; lets a string literal stand where a <see cref="Cidr"/> is expected.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator Cidr(string text) => Parse(text);
}

/// <summary>Strict IP address parsing: dotted-quad IPv4 or RFC 4291 IPv6, nothing else.</summary>
public static class IpAddresses
{
    /// <summary>Parses an address the way Ansible's <c>ansible.utils.ipv4</c>/<c>ipv6</c> tests accept it: no short forms such as <c>10.1</c> and no zone ids.</summary>
    /// <param name="text">The text.</param>
    /// <param name="address">The address, when valid.</param>
    public static bool TryParseStrict(string? text, out IPAddress? address)
    {
        address = null;
        if (string.IsNullOrEmpty(text) || text!.Trim() != text || Has(text, '%'))
        {
            return false;
        }

        if (Has(text, ':'))
        {
            return IPAddress.TryParse(text, out address) && address.AddressFamily == AddressFamily.InterNetworkV6;
        }

        // Four dotted parts of one to three digits, each at most 255 (IPAddress.TryParse alone accepts "10.1" and "0x0a.1.2.3").
        var octets = new byte[4];
        if (!TryParseDottedQuad(text, octets, out var leadingZero))
        {
            return false;
        }

        // A part with a leading zero ("010") is octal to IPAddress.TryParse; leave those rare spellings to it so the
        // verdict stays the framework's. Every other address is built from the parts: no framework parser runs, which
        // spares its code being compiled at first use (several milliseconds in a fresh compiler process).
        if (leadingZero)
        {
            return IPAddress.TryParse(text, out address);
        }

        address = new IPAddress(octets);
        return true;
    }

    /// <summary>
    /// The address as <see cref="IPAddress.ToString"/> writes it; IPv4 is formatted here from its four bytes, so the
    /// framework's generic formatter is not compiled for it at first use.
    /// </summary>
    internal static string Format(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            return address.ToString();
        }

        var b = address.GetAddressBytes();
        return string.Concat(
            new[]
            {
                b[0].ToString(CultureInfo.InvariantCulture), ".", b[1].ToString(CultureInfo.InvariantCulture), ".",
                b[2].ToString(CultureInfo.InvariantCulture), ".", b[3].ToString(CultureInfo.InvariantCulture),
            });
    }

    /// <summary>Reads four dot-separated decimal parts of one to three digits, each at most 255, into <paramref name="octets"/>.</summary>
    private static bool TryParseDottedQuad(string text, byte[] octets, out bool leadingZero)
    {
        leadingZero = false;
        var parts = 0;
        var digits = 0;
        var value = 0;
        foreach (var ch in text)
        {
            if (ch == '.')
            {
                if (digits == 0 || parts == 3)
                {
                    return false;
                }

                octets[parts++] = (byte)value;
                digits = 0;
                value = 0;
            }
            else if (ch is >= '0' and <= '9' && digits < 3)
            {
                leadingZero |= digits == 1 && value == 0;
                digits++;
                value = (value * 10) + (ch - '0');
                if (value > 255)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        if (parts != 3 || digits == 0)
        {
            return false;
        }

        octets[3] = (byte)value;
        return true;
    }

#if NETSTANDARD2_0
    // netstandard2.0 has no string.Contains(char); LINQ's would box an enumerator per call.
    private static bool Has(string text, char c) => text.IndexOf(c) >= 0;
#else
    private static bool Has(string text, char c) => text.Contains(c);
#endif
}
