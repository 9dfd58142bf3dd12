using System.Globalization;

namespace Calico.Sdk;

/// <summary>A Calico release version (major.minor.patch), such as 3.31.7.</summary>
public readonly struct CalicoVersion : IEquatable<CalicoVersion>, IComparable<CalicoVersion>
{
    /// <summary>Creates a version.</summary>
    /// <param name="major">Major.</param>
    /// <param name="minor">Minor.</param>
    /// <param name="patch">Patch.</param>
    public CalicoVersion(int major, int minor, int patch)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
    }

    /// <summary>The version Kubespray pins (<c>calico_version</c> default): 3.31.7.</summary>
    public static CalicoVersion KubesprayDefault { get; } = new(3, 31, 7);

    /// <summary>Major.</summary>
    public int Major { get; }

    /// <summary>Minor.</summary>
    public int Minor { get; }

    /// <summary>Patch.</summary>
    public int Patch { get; }

    /// <summary>Parses <c>3.31.7</c> or <c>v3.31.7</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="version">The version.</param>
    public static bool TryParse(string? text, out CalicoVersion version)
    {
        version = default;
        var t = (text ?? string.Empty).Trim().TrimStart('v');
        var parts = t.Split('.');
        if (parts.Length is < 2 or > 3)
        {
            return false;
        }

        var n = new int[3];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out n[i]))
            {
                return false;
            }
        }

        version = new CalicoVersion(n[0], n[1], n[2]);
        return true;
    }

    /// <summary>Parses a version.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">Not a version.</exception>
    public static CalicoVersion Parse(string text) => TryParse(text, out var v) ? v : throw new FormatException($"'{text}' is not a Calico version such as 3.31.7");

    /// <inheritdoc />
    public override string ToString() => $"{Major}.{Minor}.{Patch}";

    /// <inheritdoc />
    public bool Equals(CalicoVersion other) => Major == other.Major && Minor == other.Minor && Patch == other.Patch;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CalicoVersion v && Equals(v);

    /// <inheritdoc />
    public override int GetHashCode() => (Major * 10000) + (Minor * 100) + Patch;

    /// <inheritdoc />
    public int CompareTo(CalicoVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor != other.Minor ? Minor.CompareTo(other.Minor) : Patch.CompareTo(other.Patch);

    /// <summary>Compares versions.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    public static bool operator <(CalicoVersion a, CalicoVersion b) => a.CompareTo(b) < 0;

    /// <summary>Compares versions.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    public static bool operator >(CalicoVersion a, CalicoVersion b) => a.CompareTo(b) > 0;

    /// <summary>Compares versions.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    public static bool operator <=(CalicoVersion a, CalicoVersion b) => a.CompareTo(b) <= 0;

    /// <summary>Compares versions.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    public static bool operator >=(CalicoVersion a, CalicoVersion b) => a.CompareTo(b) >= 0;

    /// <summary>Value equality.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    public static bool operator ==(CalicoVersion a, CalicoVersion b) => a.Equals(b);

    /// <summary>Value inequality.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    public static bool operator !=(CalicoVersion a, CalicoVersion b) => !a.Equals(b);
}
