using System.Globalization;
using System.Text.RegularExpressions;

namespace Calico.Sdk;

/// <summary>A Go duration string as Felix reads it, such as <c>0s</c>, <c>90s</c> or <c>1m30s</c>. Equal when the durations are equal.</summary>
public readonly struct GoDuration : IEquatable<GoDuration>
{
    private static readonly Regex Part = new(@"([0-9]*\.?[0-9]+)(ns|us|µs|μs|ms|s|m|h)", RegexOptions.CultureInvariant);

    private GoDuration(TimeSpan value, string text)
    {
        Value = value;
        Text = text;
    }

    /// <summary>The duration.</summary>
    public TimeSpan Value { get; }

    /// <summary>The text as written.</summary>
    public string Text { get; }

    /// <summary>Creates a duration written in Go notation (<c>30s</c>, <c>5m</c>).</summary>
    /// <param name="value">The duration.</param>
    public static GoDuration FromTimeSpan(TimeSpan value)
    {
        var seconds = (long)value.TotalSeconds;
        var text = value.Ticks % TimeSpan.TicksPerSecond == 0
            ? seconds.ToString(CultureInfo.InvariantCulture) + "s"
            : ((long)value.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
        return new GoDuration(value, text);
    }

    /// <summary>Parses Go duration syntax.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The duration, when valid.</param>
    /// <param name="error">Why not, otherwise null.</param>
    public static bool TryParse(string? text, out GoDuration value, out string? error)
    {
        value = default;
        error = null;
        var t = text?.Trim() ?? string.Empty;
        if (t == "0")
        {
            value = new GoDuration(TimeSpan.Zero, t);
            return true;
        }

        var body = t.StartsWith("-", StringComparison.Ordinal) || t.StartsWith("+", StringComparison.Ordinal) ? t.Substring(1) : t;
        var matches = Part.Matches(body);
        var consumed = 0;
        double ticks = 0;
        foreach (Match m in matches)
        {
            if (m.Index != consumed)
            {
                break;
            }

            consumed += m.Length;
            var n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            ticks += m.Groups[2].Value switch
            {
                "ns" => n / 100,
                "us" or "µs" or "μs" => n * 10,
                "ms" => n * TimeSpan.TicksPerMillisecond,
                "s" => n * TimeSpan.TicksPerSecond,
                "m" => n * TimeSpan.TicksPerMinute,
                _ => n * TimeSpan.TicksPerHour,
            };
        }

        if (body.Length == 0 || consumed != body.Length)
        {
            error = $"'{t}' is not a Go duration (such as 0s, 90s, 1m30s, 500ms)";
            return false;
        }

        value = new GoDuration(TimeSpan.FromTicks((long)(t.StartsWith("-", StringComparison.Ordinal) ? -ticks : ticks)), t);
        return true;
    }

    /// <summary>Parses Go duration syntax.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">Not a Go duration.</exception>
    public static GoDuration Parse(string text) => TryParse(text, out var v, out var e) ? v : throw new FormatException(e);

    /// <summary>The text as written.</summary>
    public override string ToString() => Text ?? "0s";

    /// <inheritdoc />
    public bool Equals(GoDuration other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GoDuration d && Equals(d);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Lets a string literal stand where a duration is expected.</summary>
    /// <param name="text">Go duration text.</param>
    public static implicit operator GoDuration(string text) => Parse(text);

    /// <summary>Value equality.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator ==(GoDuration left, GoDuration right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator !=(GoDuration left, GoDuration right) => !left.Equals(right);
}

/// <summary>A Kubernetes resource quantity such as <c>500M</c>, <c>150m</c> or <c>"0"</c>.</summary>
public readonly struct Quantity : IEquatable<Quantity>
{
    private static readonly Regex Pattern = new(@"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+|[numkMGTPE]|Ki|Mi|Gi|Ti|Pi|Ei)?$", RegexOptions.CultureInvariant);

    private Quantity(string text) => Text = text;

    // A catalog default written as a literal: not run through the pattern at start-up (a catalog test parses every default).
    internal static Quantity Literal(string text) => new(text);

    /// <summary>The quantity as written.</summary>
    public string Text { get; }

    /// <summary>Parses Kubernetes quantity syntax.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The quantity, when valid.</param>
    /// <param name="error">Why not, otherwise null.</param>
    public static bool TryParse(string? text, out Quantity value, out string? error)
    {
        value = default;
        error = null;
        var t = text?.Trim() ?? string.Empty;
        if (!Pattern.IsMatch(t))
        {
            error = $"'{t}' is not a Kubernetes quantity (such as 500M, 1Gi, 150m, 2)";
            return false;
        }

        value = new Quantity(t);
        return true;
    }

    /// <summary>Parses Kubernetes quantity syntax.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">Not a quantity.</exception>
    public static Quantity Parse(string text) => TryParse(text, out var v, out var e) ? v : throw new FormatException(e);

    /// <inheritdoc />
    public override string ToString() => Text ?? "0";

    /// <inheritdoc />
    public bool Equals(Quantity other) => string.Equals(Text ?? "0", other.Text ?? "0", StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity q && Equals(q);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text ?? "0");

    /// <summary>Lets a string literal stand where a quantity is expected.</summary>
    /// <param name="text">Quantity text.</param>
    public static implicit operator Quantity(string text) => Parse(text);

    /// <summary>Value equality.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);
}
