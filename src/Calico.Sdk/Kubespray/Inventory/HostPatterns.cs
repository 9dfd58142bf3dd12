using System.Globalization;
using System.Text.RegularExpressions;

namespace Calico.Sdk.Kubespray;

/// <summary>
/// Ansible's host patterns, as both the INI and the YAML inventory plugins expand them: an optional <c>:port</c>
/// suffix (<c>node1:2222</c>, <c>[fe80::1]:22</c>) and ranges in square brackets. Ranges may be numeric
/// (<c>node[1:3]</c>), zero-padded (<c>node[01:10]</c>, both bounds the same width), alphabetic (<c>rack[a:c]</c>,
/// over <c>a…zA…Z</c>), with a step (<c>node[1:10:2]</c>), with the start left out (<c>node[:3]</c> counts from 0),
/// and several per name (<c>r[1:2]n[a:b]</c>).
/// </summary>
internal static class HostPatterns
{
    private const string NumericRange = @"\[(?:[0-9]+:[0-9]+)(?::[0-9]+)?\]";
    private const string HexRange = @"\[(?:[0-9a-f]+:[0-9a-f]+)(?::[0-9]+)?\]";
    private const string AlnumRange = @"\[(?:[a-z]:[a-z]|[0-9]+:[0-9]+)(?::[0-9]+)?\]";
    private const string AsciiLetters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static readonly string Ipv6Part = $"(?:[0-9a-f]{{1,4}}|{HexRange})";
    private static readonly string Ipv4Part = $"(?:[01]?[0-9]{{1,2}}|2[0-4][0-9]|25[0-5]|{NumericRange})";
    private static readonly string Label = $@"(?:[\w]|{AlnumRange})(?:[\w_-]|{AlnumRange})*(?<![_-])";

    private static readonly Regex BracketedHostPort = new(@"^\[(.+)\]:([0-9]+)$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex HostPort = new(@"^((?:[^:\[\]]|\[[^\]]*\])*):([0-9]+)$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex Ipv4 = new($@"^(?:{Ipv4Part}\.){{3}}{Ipv4Part}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly Regex Ipv6 = new(
        "^(?:" + string.Join(
            "|",
            $"(?:{Ipv6Part}:){{7}}{Ipv6Part}",
            $"(?:{Ipv6Part}:){{1,6}}:",
            $"(?:{Ipv6Part}:)(?::{Ipv6Part}){{1,6}}",
            $"(?:{Ipv6Part}:){{2}}(?::{Ipv6Part}){{1,5}}",
            $"(?:{Ipv6Part}:){{3}}(?::{Ipv6Part}){{1,4}}",
            $"(?:{Ipv6Part}:){{4}}(?::{Ipv6Part}){{1,3}}",
            $"(?:{Ipv6Part}:){{5}}(?::{Ipv6Part}){{1,2}}",
            $"(?:{Ipv6Part}:){{6}}(?::{Ipv6Part})",
            $":(?::{Ipv6Part}){{1,6}}",
            $"{Ipv6Part}?::",
            $@"(?:0:){{6}}(?:{Ipv6Part}\.){{3}}{Ipv6Part}",
            $@"::(?:ffff:)?(?:{Ipv6Part}\.){{3}}{Ipv6Part}",
            $@"(?:0:){{5}}ffff:(?:{Ipv6Part}\.){{3}}{Ipv6Part}") + ")$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly Regex Hostname = new($@"^{Label}(?:\.{Label})*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>Splits an optional port off a host pattern the way Ansible's <c>parse_address</c> does; a pattern it cannot parse is kept whole.</summary>
    public static (string Pattern, int? Port) SplitPort(string hostPattern)
    {
        if (!hostPattern.Contains(':'))
        {
            return (hostPattern, null); // no port to split off; the checks below could only give the same answer
        }

        var address = hostPattern;
        int? port = null;
        foreach (var regex in new[] { BracketedHostPort, HostPort })
        {
            var m = regex.Match(address);
            if (m.Success)
            {
                if (!int.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var p))
                {
                    return (hostPattern, null);
                }

                address = m.Groups[1].Value;
                port = p;
            }
        }

        if (Ipv4.IsMatch(address) || Ipv6.IsMatch(address) || Hostname.IsMatch(address))
        {
            return (address, port);
        }

        return (hostPattern, null);
    }

    /// <summary>
    /// Expands a host pattern into host names and an optional port. Returns an error message (Ansible's wording)
    /// instead when a range is malformed, and a limit message when more than <paramref name="maxHosts"/> names would result.
    /// </summary>
    public static (List<string> Hosts, int? Port, string? Error, bool LimitExceeded) Expand(string hostPattern, int maxHosts)
    {
        var (pattern, port) = SplitPort(hostPattern);
        var hosts = new List<string>();
        if (!pattern.Contains('['))
        {
            hosts.Add(pattern);
            return (hosts, port, null, false);
        }

        var error = ExpandRange(pattern, hosts, maxHosts, out var limit);
        return (hosts, port, error, limit);
    }

    private static string? ExpandRange(string line, List<string> output, int maxHosts, out bool limitExceeded)
    {
        limitExceeded = false;

        // head[begin:end:step]tail — the first '[' and the first ']' after it... as Ansible does it, the first ']' anywhere.
        var open = line.IndexOf('[');
        var replaced = line.Substring(0, open) + "|" + line.Substring(open + 1);
        var close = replaced.IndexOf(']');
        if (close >= 0)
        {
            replaced = replaced.Substring(0, close) + "|" + replaced.Substring(close + 1);
        }

        var parts = replaced.Split('|');
        if (parts.Length != 3)
        {
            return $"Invalid host pattern '{line}': expected one [begin:end] range per bracket pair";
        }

        var (head, nrange, tail) = (parts[0], parts[1], parts[2]);
        var bounds = nrange.Split(':');
        if (bounds.Length is not 2 and not 3)
        {
            return "host range must be begin:end or begin:end:step";
        }

        var beg = bounds[0];
        var end = bounds[1];
        var stepText = bounds.Length == 3 ? bounds[2] : "1";
        if (beg.Length == 0)
        {
            beg = "0";
        }

        if (end.Length == 0)
        {
            return "host range must specify end value";
        }

        var width = 0;
        if (beg[0] == '0' && beg.Length > 1)
        {
            width = beg.Length;
            if (width != end.Length)
            {
                return "host range must specify equal-length begin and end formats";
            }
        }

        if (!TryPythonInt(stepText, out var step))
        {
            return $"invalid literal for int() with base 10: '{stepText}'";
        }

        IEnumerable<string> sequence;
        var iBeg = beg.Length == 1 ? AsciiLetters.IndexOf(beg[0]) : -1;
        var iEnd = end.Length == 1 ? AsciiLetters.IndexOf(end[0]) : -1;
        if (iBeg >= 0 && iEnd >= 0)
        {
            if (iBeg > iEnd)
            {
                return "host range must have begin <= end";
            }

            if (step == 0)
            {
                return "slice step cannot be zero";
            }

            sequence = step < 0 ? [] : Stepped(iBeg, iEnd, step).Select(i => AsciiLetters[(int)i].ToString());
        }
        else
        {
            if (!TryPythonInt(beg, out var b))
            {
                return $"invalid literal for int() with base 10: '{beg}'";
            }

            if (!TryPythonInt(end, out var e))
            {
                return $"invalid literal for int() with base 10: '{end}'";
            }

            if (step == 0)
            {
                return "range() arg 3 must not be zero";
            }

            sequence = (step < 0 ? Descending(b, e + 1, step) : Stepped(b, e, step))
                .Select(n => width > 0 ? PythonZfill(n, width) : n.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var item in sequence)
        {
            var name = head + item + tail;
            if (name.Contains('['))
            {
                var error = ExpandRange(name, output, maxHosts, out limitExceeded);
                if (error is not null || limitExceeded)
                {
                    return error;
                }
            }
            else
            {
                if (output.Count >= maxHosts)
                {
                    limitExceeded = true;
                    return null;
                }

                output.Add(name);
            }
        }

        return null;
    }

    private static IEnumerable<long> Stepped(long from, long toInclusive, long step)
    {
        for (var i = from; i <= toInclusive; i += step)
        {
            yield return i;
            if (i > long.MaxValue - step)
            {
                yield break;
            }
        }
    }

    // range(b, stop, negative step) counts down while i > stop.
    private static IEnumerable<long> Descending(long from, long stopExclusive, long step)
    {
        for (var i = from; i > stopExclusive; i += step)
        {
            yield return i;
            if (i < long.MinValue - step)
            {
                yield break;
            }
        }
    }

    private static string PythonZfill(long n, int width)
    {
        var digits = Math.Abs(n).ToString(CultureInfo.InvariantCulture);
        var sign = n < 0 ? "-" : string.Empty;
        var pad = width - sign.Length - digits.Length;
        return sign + (pad > 0 ? new string('0', pad) : string.Empty) + digits;
    }

    // Python's int(): optional surrounding whitespace, a sign, digits with single underscores between them.
    private static bool TryPythonInt(string text, out long value)
    {
        value = 0;
        var t = PythonText.Strip(text);
        if (t.Length == 0 || t.StartsWith("_", StringComparison.Ordinal) || t.EndsWith("_", StringComparison.Ordinal) || t.Contains("__"))
        {
            return false;
        }

        var body = t.TrimStart('+', '-');
        if (body.Length == 0 || t.Length - body.Length > 1 || body.StartsWith("_", StringComparison.Ordinal) || body.Any(c => c is not (>= '0' and <= '9') and not '_'))
        {
            return false;
        }

        return long.TryParse(t.Replace("_", string.Empty), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
