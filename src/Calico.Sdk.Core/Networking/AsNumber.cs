using System.Globalization;

namespace Calico.Sdk;

/// <summary>A BGP autonomous system number (32-bit), written plain (<c>65400</c>) or in asdot notation (<c>1.10</c>).</summary>
public readonly struct AsNumber : IEquatable<AsNumber>, IComparable<AsNumber>
{
    /// <summary>Creates an AS number.</summary>
    /// <param name="value">The 32-bit number.</param>
    public AsNumber(uint value) => Value = value;

    /// <summary>The 32-bit number.</summary>
    public uint Value { get; }

    /// <summary>True for the private-use ranges 64512–65534 and 4200000000–4294967294 (RFC 6996).</summary>
    public bool IsPrivate => Value is >= 64512 and <= 65534 or >= 4200000000 and <= 4294967294;

    /// <summary>Parses plain or asdot notation.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The AS number, when valid.</param>
    /// <param name="error">Why not, otherwise null.</param>
    public static bool TryParse(string? text, out AsNumber value, out string? error)
    {
        value = default;
        error = null;
        var t = text?.Trim() ?? string.Empty;
        var dot = t.IndexOf('.');
        if (dot >= 0)
        {
            if (ushort.TryParse(t.Substring(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var high)
                && ushort.TryParse(t.Substring(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var low))
            {
                value = new AsNumber(((uint)high << 16) | low);
                return true;
            }

            error = $"'{t}' is not an AS number in asdot notation (two numbers 0–65535 joined by a dot)";
            return false;
        }

        if (uint.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var plain))
        {
            value = new AsNumber(plain);
            return true;
        }

        error = $"'{t}' is not an AS number (0–4294967295, or asdot such as 1.10)";
        return false;
    }

    /// <summary>Parses plain or asdot notation.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">Not an AS number.</exception>
    public static AsNumber Parse(string text) => TryParse(text, out var v, out var e) ? v : throw new FormatException(e);

    /// <summary>Plain notation.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(AsNumber other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AsNumber a && Equals(a);

    /// <inheritdoc />
    public override int GetHashCode() => (int)Value;

    /// <inheritdoc />
    public int CompareTo(AsNumber other) => Value.CompareTo(other.Value);

    /// <summary>Lets a number stand where an AS number is expected.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator AsNumber(uint value) => new(value);

    /// <summary>Value equality.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator ==(AsNumber left, AsNumber right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator !=(AsNumber left, AsNumber right) => !left.Equals(right);
}
