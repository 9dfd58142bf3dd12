using Calico.Sdk.Resources;

namespace Calico.Sdk;

/// <summary>Calico resource rendering on the cluster model.</summary>
public static class CalicoClusterResourceExtensions
{
    /// <summary>
    /// The Calico resources Kubespray would create for this cluster (with Kubespray's known bugs fixed; see
    /// <see cref="CalicoResources.Notes"/>). Validates the cluster (every rule) and the rendered objects (the official
    /// CRD schemas, finding CAL3900), and refuses a configuration with errors from either unless
    /// <see cref="CalicoRenderOptions.Force"/> is set.
    /// </summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="options">API group, format and validation choices; default v3 YAML.</param>
    /// <exception cref="CalicoConfigurationException">The cluster has error findings and <see cref="CalicoRenderOptions.Force"/> is false.</exception>
    public static CalicoResourceSet Calico(this CalicoCluster cluster, CalicoRenderOptions? options = null)
    {
        options ??= new CalicoRenderOptions();
        var report = cluster.Validate(options.Validation);
        var resources = ResourceFactory.Create(ModelMapping.Read(cluster), options.AdditionalPools);
        var group = options.ApiGroup;
        var schema = ResourceFindings.CheckSchemas(resources.CalicoObjects.Select(o => CalicoApiGroups.Convert(o, group)));
        var errors = report.Errors.Concat(schema.Where(f => f.Severity == FindingSeverity.Error)).ToList();
        if (errors.Count > 0 && !options.Force)
        {
            throw new CalicoConfigurationException(errors);
        }

        return new CalicoResourceSet(resources, options, report, schema);
    }

    /// <summary>
    /// What an operator-managed Calico (Tigera operator, <c>operator.tigera.io/v1</c>) needs to run this cluster as
    /// Kubespray does: the Installation, the <c>projectcalico.org/v3</c> resources the operator does not own, and the
    /// options it cannot express (<see cref="OperatorMigration.Gaps"/>). Refuses a configuration with errors (rules, or
    /// CRD schemas of the rendered objects) unless <paramref name="force"/> is true.
    /// </summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="force">Render even when validation reports errors.</param>
    /// <param name="validation">Version and suppressions for the validation.</param>
    /// <exception cref="CalicoConfigurationException">The cluster has error findings and <paramref name="force"/> is false.</exception>
    public static OperatorMigration Operator(this CalicoCluster cluster, bool force = false, ValidationOptions? validation = null)
    {
        var report = cluster.Validate(validation);
        var migration = OperatorRenderer.Create(ModelMapping.Read(cluster));
        var schema = ResourceFindings.CheckSchemas(migration.Objects);
        var errors = report.Errors.Concat(schema.Where(f => f.Severity == FindingSeverity.Error)).ToList();
        if (errors.Count > 0 && !force)
        {
            throw new CalicoConfigurationException(errors);
        }

        return migration;
    }
}
