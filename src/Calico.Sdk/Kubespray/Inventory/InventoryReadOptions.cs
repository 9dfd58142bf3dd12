namespace Calico.Sdk.Kubespray;

/// <summary>
/// Safety limits for <see cref="InventoryReader"/>. An inventory that exceeds one is reported with CAL0005 and the
/// offending file (or host pattern) is skipped; reading never runs out of memory or time on hostile input.
/// </summary>
public sealed class InventoryReadOptions
{
    /// <summary>The defaults.</summary>
    public static InventoryReadOptions Default { get; } = new();

    /// <summary>The largest file read, in bytes. <value>The default value is 16 MiB.</value></summary>
    public long MaxFileBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>
    /// The most YAML nodes one file may produce, counting every node an alias or merge key expands to (the defence
    /// against "billion laughs" alias bombs). <value>The default value is 1,000,000.</value>
    /// </summary>
    public int MaxYamlNodes { get; init; } = 1_000_000;

    /// <summary>The deepest nesting of YAML collections (after alias expansion). <value>The default value is 64.</value></summary>
    public int MaxNestingDepth { get; init; } = 64;

    /// <summary>The most host names one host pattern such as <c>node[1:100]</c> may expand to. <value>The default value is 100,000.</value></summary>
    public int MaxHostsPerPattern { get; init; } = 100_000;
}
