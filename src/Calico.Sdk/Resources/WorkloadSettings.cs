namespace Calico.Sdk.Resources;

/// <summary>
/// The calico-node DaemonSet settings Kubespray's template derives from the inventory: the main container's
/// environment in template order, the init containers' environment, probes, resources, node selector and pod
/// annotations. <see cref="ToPatch"/> gives them as a strategic merge patch of DaemonSet <c>kube-system/calico-node</c>.
/// </summary>
public sealed record CalicoNodeSettings
{
    /// <summary>The calico-node container's <c>env</c>, in the order of Kubespray's template, with its conditions applied.</summary>
    public EquatableArray<EnvVar> Env { get; init; }

    /// <summary>The calico-node container's <c>envFrom</c>: ConfigMap <c>kubernetes-services-endpoint</c>, optional.</summary>
    public EquatableArray<EnvFromSource> EnvFrom { get; init; }

    /// <summary>The <c>install-cni</c> init container's <c>env</c>.</summary>
    public EquatableArray<EnvVar> InstallCniEnv { get; init; }

    /// <summary>The <c>upgrade-ipam</c> init container's <c>env</c>; empty when it is not deployed (etcd, or host-local IPAM).</summary>
    public EquatableArray<EnvVar> UpgradeIpamEnv { get; init; }

    /// <summary>Liveness probe (timeout ← <c>calico_node_livenessprobe_timeout</c>).</summary>
    public ExecProbe LivenessProbe { get; init; } = new();

    /// <summary>Readiness probe (timeout ← <c>calico_node_readinessprobe_timeout</c>).</summary>
    public ExecProbe ReadinessProbe { get; init; } = new();

    /// <summary>Container resources (<c>calico_node_*_limit</c>, <c>calico_node_*_requests</c>; no CPU limit when it is "0").</summary>
    public ResourceRequirements Resources { get; init; } = new();

    /// <summary>Pod node selector ← <c>calico_ds_nodeselector</c>.</summary>
    public StringMap NodeSelector { get; init; } = StringMap.Empty;

    /// <summary>Pod annotations (Prometheus scraping when Felix metrics are on).</summary>
    public StringMap PodAnnotations { get; init; } = StringMap.Empty;

    /// <summary>The value of an environment variable of the calico-node container (<see cref="EnvVar.Describe"/>), or null when absent.</summary>
    /// <param name="name">Variable name, such as <c>FELIX_IPV6SUPPORT</c>.</param>
    public string? this[string name] => Env.FirstOrDefault(e => e.Name == name)?.Describe();

    /// <summary>The settings as a strategic merge patch of DaemonSet <c>kube-system/calico-node</c>.</summary>
    public WorkloadPatch ToPatch()
    {
        var init = new List<ContainerPatch>();
        if (!UpgradeIpamEnv.IsEmpty)
        {
            init.Add(new ContainerPatch { Name = "upgrade-ipam", EnvFrom = EnvFrom, Env = UpgradeIpamEnv });
        }

        init.Add(new ContainerPatch { Name = "install-cni", EnvFrom = EnvFrom, Env = InstallCniEnv });
        return new WorkloadPatch
        {
            Kind = "DaemonSet",
            Metadata = new ObjectMeta("calico-node", "kube-system"),
            Spec = new WorkloadPatchSpec
            {
                Template = new PodTemplatePatch
                {
                    Metadata = PodAnnotations.Count == 0 ? null : new PodTemplateMetadata { Annotations = PodAnnotations },
                    Spec = new PodSpecPatch
                    {
                        NodeSelector = NodeSelector.Count == 0 ? null : NodeSelector,
                        InitContainers = init.ToEquatableArray(),
                        Containers = EquatableArray.Create(new ContainerPatch
                        {
                            Name = "calico-node",
                            EnvFrom = EnvFrom,
                            Env = Env,
                            Resources = Resources,
                            LivenessProbe = LivenessProbe,
                            ReadinessProbe = ReadinessProbe,
                        }),
                    },
                },
            },
        };
    }
}

/// <summary>The calico-typha Deployment settings Kubespray derives from the inventory (<c>typha_*</c>).</summary>
public sealed record TyphaSettings
{
    /// <summary><c>typha_replicas</c>.</summary>
    public int Replicas { get; init; } = 1;

    /// <summary>The calico-typha container's <c>env</c>, in template order.</summary>
    public EquatableArray<EnvVar> Env { get; init; }

    /// <summary>Pod annotations (Prometheus scraping when Typha metrics are on).</summary>
    public StringMap PodAnnotations { get; init; } = StringMap.Empty;

    /// <summary>The settings as a strategic merge patch of Deployment <c>kube-system/calico-typha</c>.</summary>
    public WorkloadPatch ToPatch() => new()
    {
        Kind = "Deployment",
        Metadata = new ObjectMeta("calico-typha", "kube-system"),
        Spec = new WorkloadPatchSpec
        {
            Replicas = Replicas,
            Template = new PodTemplatePatch
            {
                Metadata = PodAnnotations.Count == 0 ? null : new PodTemplateMetadata { Annotations = PodAnnotations },
                Spec = new PodSpecPatch { Containers = EquatableArray.Create(new ContainerPatch { Name = "calico-typha", Env = Env }) },
            },
        },
    };
}
