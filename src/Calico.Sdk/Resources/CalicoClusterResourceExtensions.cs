using Calico.Sdk.Resources;

namespace Calico.Sdk;

/// <summary>Calico resource rendering on the cluster model.</summary>
public static class CalicoClusterResourceExtensions
{
    /// <summary>
    /// The Calico resources Kubespray would create for this cluster (with Kubespray's known bugs fixed; see
    /// <see cref="CalicoResources.Notes"/>). Validates the cluster first and refuses a configuration with errors
    /// unless <see cref="CalicoRenderOptions.Force"/> is set.
    /// </summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="options">API group, format and validation choices; default v3 YAML.</param>
    /// <exception cref="CalicoConfigurationException">The cluster has error findings and <see cref="CalicoRenderOptions.Force"/> is false.</exception>
    public static CalicoResourceSet Calico(this CalicoCluster cluster, CalicoRenderOptions? options = null)
    {
        options ??= new CalicoRenderOptions();
        var report = cluster.Validate(options.Validation);
        if (report.HasErrors && !options.Force)
        {
            throw new CalicoConfigurationException(report.Errors.ToList());
        }

        var resources = ResourceFactory.Create(ModelMapping.Read(cluster), options.AdditionalPools);
        return new CalicoResourceSet(resources, options, report);
    }

    /// <summary>
    /// What an operator-managed Calico (Tigera operator, <c>operator.tigera.io/v1</c>) needs to run this cluster as
    /// Kubespray does: the Installation, the <c>projectcalico.org/v3</c> resources the operator does not own, and the
    /// options it cannot express (<see cref="OperatorMigration.Gaps"/>). Refuses a configuration with errors unless
    /// <paramref name="force"/> is true.
    /// </summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="force">Render even when validation reports errors.</param>
    /// <param name="validation">Version and suppressions for the validation.</param>
    /// <exception cref="CalicoConfigurationException">The cluster has error findings and <paramref name="force"/> is false.</exception>
    public static OperatorMigration Operator(this CalicoCluster cluster, bool force = false, ValidationOptions? validation = null)
    {
        var report = cluster.Validate(validation);
        if (report.HasErrors && !force)
        {
            throw new CalicoConfigurationException(report.Errors.ToList());
        }

        return OperatorRenderer.Create(ModelMapping.Read(cluster));
    }
}
