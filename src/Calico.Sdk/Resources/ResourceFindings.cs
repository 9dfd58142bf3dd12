namespace Calico.Sdk.Resources;

/// <summary>Findings about rendered resources (as opposed to the model's options).</summary>
public static class ResourceFindings
{
    /// <summary>CAL3900: a rendered object does not match the official CRD schema of its kind; kube-apiserver would reject it (or drop a field).</summary>
    public static readonly FindingDescriptor SchemaViolation = new("CAL3900", FindingSeverity.Error, "Rendered resource does not match its CRD schema", "Calico");

    /// <summary>
    /// Validates objects against their CRD schemas and reports each problem as a CAL3900 finding whose path is the
    /// Kubespray variable behind the field when there is one (<c>calico_pool_blocksize</c>), else
    /// <c>Kind/name/pointer</c>. Schema errors are errors; fields the schema does not declare are warnings.
    /// </summary>
    /// <param name="objects">Rendered objects (objects without a schema are skipped).</param>
    public static IReadOnlyList<Finding> CheckSchemas(IEnumerable<IKubernetesResource> objects)
    {
        var findings = new List<Finding>();
        foreach (var obj in objects)
        {
            var result = CrdSchemaValidator.Validate(obj);
            foreach (var f in result.Findings)
            {
                var variable = KubesprayFieldMap.VariableFor(obj.Kind, obj.Metadata.Name, f.Pointer);
                var where = $"{obj.Kind} {obj.Metadata.Name} {(f.Pointer.Length == 0 ? "/" : f.Pointer)}";
                findings.Add(SchemaViolation.Create(
                    variable ?? $"{obj.Kind}/{obj.Metadata.Name}{f.Pointer}",
                    $"{where}: {f.Message} ({f.Keyword}); {(f.Severity == SchemaFindingSeverity.Error ? "kube-apiserver rejects the object" : "kube-apiserver drops the field")}",
                    variable is null ? "change the model so that the rendered field is accepted by Calico's CRD" : $"set {variable} to a value Calico accepts",
                    severity: f.Severity == SchemaFindingSeverity.Error ? FindingSeverity.Error : FindingSeverity.Warning));
            }
        }

        findings.Sort(FindingComparer.Instance);
        return findings;
    }
}
