namespace Calico.Sdk.Kubespray;

/// <summary>What <see cref="InventoryReader"/> read: the inventory (as far as it could be read) and every finding.</summary>
public sealed class InventoryReadResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="inventory">The inventory, or null when not even the inventory file could be read.</param>
    /// <param name="findings">The findings, in the order <see cref="FindingComparer"/> gives.</param>
    public InventoryReadResult(RawInventory? inventory, IReadOnlyList<Finding> findings)
    {
        Inventory = inventory;
        Findings = findings;
    }

    /// <summary>The inventory; null when no inventory file was found or it could not be read at all.</summary>
    public RawInventory? Inventory { get; }

    /// <summary>Every finding (CAL0001–CAL0049), each with a location, sorted by file, line and column.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>True when a finding has <see cref="FindingSeverity.Error"/>.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);
}
