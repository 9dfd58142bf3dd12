namespace Calico.Sdk;

/// <summary>
/// The fixed part of a kind of finding: stable code, default severity, title and category. Every code has a page
/// <c>docs/rules/{Code}.md</c>.
/// </summary>
/// <param name="Code"><c>CAL</c> and four digits. Ranges: 0xxx reading inventories and manifests, 1xxx Kubespray's asserts,
/// 2xxx rules from Kubespray's docs, 3xxx Calico API rules, 4xxx design rules, 5xxx live clusters.</param>
/// <param name="Severity">Default severity.</param>
/// <param name="Title">Short title.</param>
/// <param name="Category">Category name (Inventory, Kubespray, Calico, Design, Cluster).</param>
public sealed record FindingDescriptor(string Code, FindingSeverity Severity, string Title, string Category)
{
    /// <summary>The documentation page, relative to the repository root.</summary>
    public string HelpPath => $"docs/rules/{Code}.md";

    /// <summary>Creates a finding of this kind.</summary>
    /// <param name="path">Option path, such as <c>calico_ipip_mode</c> or <c>hosts[rr0].cluster_id</c>.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="hint">How to fix it.</param>
    /// <param name="location">Where, for imported files.</param>
    /// <param name="severity">Overrides the default severity.</param>
    public Finding Create(string path, string message, string? hint = null, SourceLocation? location = null, FindingSeverity? severity = null) =>
        new(Code, severity ?? Severity, path, message, hint, location);
}
