using System.Text.RegularExpressions;

namespace Calico.Sdk.Resources;

/// <summary>
/// Decides which strings must be quoted so that both YAML 1.1 readers (Ansible, PyYAML, older Go YAML) and YAML 1.2
/// readers read them back as strings: booleans and nulls in any of their YAML 1.1 spellings (<c>yes</c>, <c>On</c>,
/// <c>~</c> …), anything shaped like a number (<c>0755</c>, <c>1e3</c>, <c>0x1F</c>, <c>1_000</c>, <c>1:20</c>, and
/// dotted strings such as <c>1.0.0.1</c>, which YAML 1.1's float pattern accepts), timestamps and the merge key.
/// </summary>
public static partial class Yaml11
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
        ".inf", "-.inf", "+.inf", ".nan",
    };

    /// <summary>True when <paramref name="text"/> would not read back as the same string if written plain.</summary>
    /// <param name="text">The string.</param>
    public static bool NeedsQuotes(string text)
    {
        if (text.Length == 0 || Words.Contains(text) || text is "<<" or "=")
        {
            return true;
        }

        var first = text[0];
        if ((first is >= '0' and <= '9' or '+' or '-' or '.') && NumberShaped().IsMatch(text))
        {
            return true;
        }

        return Timestamp().IsMatch(text);
    }

    // Every character YAML 1.1 ints and floats (decimal, octal, hex, binary, base 60, exponents, '_') can contain.
    [GeneratedRegex("^[-+.]?[0-9][0-9a-fA-F_.:xXoObB+-]*$|^[-+]?\\.[0-9][0-9_.eE+-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberShaped();

    [GeneratedRegex("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();
}
