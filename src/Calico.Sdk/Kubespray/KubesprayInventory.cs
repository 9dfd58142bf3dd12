using Calico.Sdk.Rendering;

namespace Calico.Sdk.Kubespray;

/// <summary>Imports Kubespray inventories into the model, and renders the model as a Kubespray inventory.</summary>
public static class KubesprayInventory
{
    /// <summary>
    /// Imports an inventory file (INI or YAML) or a directory holding one, with its <c>group_vars/</c> and
    /// <c>host_vars/</c>. Never throws on bad input: every problem is a finding with code, location and hint, and
    /// every value that cannot be read is kept verbatim.
    /// </summary>
    /// <param name="path">Inventory file or directory.</param>
    /// <param name="options">Reading limits.</param>
    public static ImportResult Import(string path, InventoryReadOptions? options = null) => Map(InventoryReader.Read(path, options));

    /// <summary>Imports an inventory from any file source (in memory, for tests and tools).</summary>
    /// <param name="source">Where the files come from.</param>
    /// <param name="path">Inventory file or directory within the source.</param>
    /// <param name="options">Reading limits.</param>
    public static ImportResult Import(IInventoryFileSource source, string path, InventoryReadOptions? options = null) =>
        Map(InventoryReader.Read(source, path, options));

    /// <summary>Renders a cluster as Kubespray inventory files.</summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="options">Format and whether to write defaults.</param>
    public static RenderedFileSet Render(CalicoCluster cluster, KubesprayRenderOptions? options = null)
    {
        options ??= new KubesprayRenderOptions();
        return InventoryWriter.Write(KubesprayRenderer.ToRawInventory(cluster, options), options.Format, options.InventoryFileName);
    }

    private static ImportResult Map(InventoryReadResult read)
    {
        var findings = new List<Finding>(read.Findings);
        var cluster = read.Inventory is null ? null : KubesprayImporter.Map(read.Inventory, findings);
        findings.Sort(FindingComparer.Instance);
        return new ImportResult(cluster, findings);
    }
}

/// <summary>The Kubespray side of a cluster: <c>cluster.Kubespray().WriteTo("inventory/mycluster")</c>.</summary>
public sealed class KubesprayOutput
{
    private readonly CalicoCluster _cluster;
    private readonly KubesprayRenderOptions _options;

    internal KubesprayOutput(CalicoCluster cluster, KubesprayRenderOptions options)
    {
        _cluster = cluster;
        _options = options;
    }

    /// <summary>The inventory files in memory.</summary>
    public RenderedFileSet Render() => KubesprayInventory.Render(_cluster, _options);

    /// <summary>Writes the inventory below <paramref name="directory"/>.</summary>
    /// <param name="directory">Target folder (created when missing).</param>
    /// <returns>The full paths written.</returns>
    public IReadOnlyList<string> WriteTo(string directory) => Render().WriteTo(directory);
}

/// <summary>Entry points on <see cref="CalicoCluster"/> for Kubespray output.</summary>
public static class KubesprayClusterExtensions
{
    /// <summary>The cluster's Kubespray inventory.</summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="options">Format and whether to write defaults.</param>
    public static KubesprayOutput Kubespray(this CalicoCluster cluster, KubesprayRenderOptions? options = null) =>
        new(cluster, options ?? new KubesprayRenderOptions());
}
