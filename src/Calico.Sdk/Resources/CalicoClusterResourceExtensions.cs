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
}
