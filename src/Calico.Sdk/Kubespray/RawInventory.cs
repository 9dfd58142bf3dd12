namespace Calico.Sdk.Kubespray;

/// <summary>The file format of an Ansible inventory.</summary>
public enum InventoryFormat
{
    /// <summary>INI (<c>inventory.ini</c>, <c>hosts.ini</c>).</summary>
    Ini,

    /// <summary>YAML (<c>hosts.yaml</c>, <c>inventory.yml</c>).</summary>
    Yaml,
}

/// <summary>
/// An Ansible inventory as read from disk, before any Calico meaning is given to it: hosts and groups in order,
/// each variable with its raw value, the file it lives in and its location. The Kubespray importer maps it onto a
/// <see cref="CalicoCluster"/>; the renderer produces one from a cluster and writes it out.
/// </summary>
public sealed class RawInventory
{
    /// <summary>The format of the inventory file.</summary>
    public InventoryFormat Format { get; set; }

    /// <summary>The inventory file's path as given (for messages), or null for an inventory made in memory.</summary>
    public string? InventoryFile { get; set; }

    /// <summary>Hosts in order of first appearance.</summary>
    public List<RawHost> Hosts { get; } = [];

    /// <summary>Groups in order of first appearance (<c>all</c> included when it has variables or was written explicitly).</summary>
    public List<RawGroup> Groups { get; } = [];

    /// <summary>The host called <paramref name="name"/>, or null.</summary>
    /// <param name="name">Inventory hostname.</param>
    public RawHost? Host(string name) => Hosts.FirstOrDefault(h => h.Name == name);

    /// <summary>The group called <paramref name="name"/>, or null.</summary>
    /// <param name="name">Group name.</param>
    public RawGroup? Group(string name) => Groups.FirstOrDefault(g => g.Name == name);
}

/// <summary>A host and its variables.</summary>
public sealed class RawHost
{
    /// <summary>Creates a host.</summary>
    /// <param name="name">Inventory hostname.</param>
    /// <param name="location">Where it is first declared.</param>
    public RawHost(string name, SourceLocation? location = null)
    {
        Name = name;
        Location = location;
    }

    /// <summary>Inventory hostname.</summary>
    public string Name { get; }

    /// <summary>Where it is first declared.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Variables: from the inventory file (<see cref="RawVar.File"/> null) and from <c>host_vars/</c> files.</summary>
    public List<RawVar> Vars { get; } = [];
}

/// <summary>A group, its direct hosts, its children and its variables.</summary>
public sealed class RawGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="name">Group name.</param>
    /// <param name="location">Where it is first declared.</param>
    public RawGroup(string name, SourceLocation? location = null)
    {
        Name = name;
        Location = location;
    }

    /// <summary>Group name.</summary>
    public string Name { get; }

    /// <summary>Where it is first declared.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Direct member hosts in order.</summary>
    public List<string> Hosts { get; } = [];

    /// <summary>Child groups in order.</summary>
    public List<string> Children { get; } = [];

    /// <summary>Variables: from the inventory file (<see cref="RawVar.File"/> null) and from <c>group_vars/</c> files.</summary>
    public List<RawVar> Vars { get; } = [];

    /// <summary>
    /// True when the inventory file itself names the group (a section, a <c>:children</c> line, a YAML key); false for
    /// a group known only from <c>group_vars/</c>, such as the <c>k8s_cluster</c> group Kubespray creates at run time.
    /// The writer always writes a group that has hosts, children or inventory-file variables, or is another group's
    /// child; an otherwise empty group it writes only when this is true, so that writing never declares a group the
    /// original inventory did not have. <value>The default value is false.</value>
    /// </summary>
    public bool DeclaredInInventory { get; set; }
}

/// <summary>One variable as read.</summary>
/// <param name="Name">Variable name.</param>
/// <param name="Value">Raw value; its <see cref="InventoryValue.Location"/> points at the value.</param>
/// <param name="File">Null when the variable lives in the inventory file; otherwise the vars file's name inside
/// <c>group_vars/&lt;group&gt;/</c> or <c>host_vars/&lt;host&gt;/</c> (a single-file <c>group_vars/&lt;group&gt;.yml</c> reads as <c>&lt;group&gt;.yml</c>).</param>
/// <param name="KeyLocation">Where the variable's name is written.</param>
public sealed record RawVar(string Name, InventoryValue Value, string? File, SourceLocation? KeyLocation = null);
