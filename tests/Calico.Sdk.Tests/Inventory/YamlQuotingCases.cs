namespace Calico.Sdk.Tests.Inventory;

/// <summary>Strings a YAML 1.1 (or 1.2) reader would not read back as themselves if they were written plain.</summary>
internal static class YamlQuotingCases
{
    public static readonly string[] MustQuote =
    [
        // booleans (YAML 1.1 and the y/n forms other YAML 1.1 readers accept)
        "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
        "true", "True", "TRUE", "false", "False", "FALSE", "y", "Y", "n", "N",

        // null
        "~", "null", "Null", "NULL", string.Empty,

        // integers: decimal, octal, hex, binary, underscores, sexagesimal; YAML 1.2 octal
        "0", "12", "-7", "+1", "0755", "0x1F", "0b101", "1_000", "1:30", "190:20:30", "0o17",

        // floats, YAML 1.1 and 1.2 spellings
        "1.5", "1.", "-.5", ".5", "1e3", "1E3", "6.8523015e+5", "190:20:30.15", ".inf", "-.inf", "+.INF", ".NaN", ".nan",

        // dates, merge and value keys, document markers
        "2024-01-01", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "<<", "=", "---", "...",

        // syntax: indicators, comments, mapping values, surrounding space, line breaks, control characters
        " leading", "trailing ", "a: b", "a:", "key:\tvalue", "#comment", "a #b", "*alias", "&anchor", "!tag", "|block", ">fold",
        "%directive", "@at", "`tick", "'single", "\"double", "-", "- item", "?", "? x", ":x", "[a]", "{a}", ",a", "multi\nline",
        "tab\there", "\u0085next", "{{ registry_host }}/x", "1_", "line\u2028sep", "\ufeffbom", "bell\a", "nul\0", "trailing\n",
    ];

    public static readonly string[] Plain =
    [
        "vxlan", "Always", "10.3.0.1", "fd85:ee78:d8a6:8607::1:0000/112", "v1.28.3", "k8s-pod-network", "/usr/bin/python3",
        "a b c", "node-1", "-flag", "--log-opt max-size=50m", "x=y", "50m", "café", "emoji 😀", "back\\slash",
        "a'b", "say \"hi\"", "1.2.3", "0x", "a:b", "http://example.com:8080/path",
    ];
}
