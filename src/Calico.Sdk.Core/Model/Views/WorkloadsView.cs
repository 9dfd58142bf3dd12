namespace Calico.Sdk;

/// <summary>The cluster-wide calico-node, calico-kube-controllers and calico-apiserver workloads options of a <see cref="CalicoCluster"/>, typed (<see cref="OptionArea.Workloads"/>).</summary>
public sealed class WorkloadsView
{
    private readonly CalicoCluster _cluster;

    internal WorkloadsView(CalicoCluster cluster) => _cluster = cluster;

    /// <summary>CPU limit of calico-node; "0" writes no limit. Kubespray variable <c>calico_node_cpu_limit</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>"0" (no limit)</c>.</value>
    public Quantity NodeCpuLimit => _cluster.Get(CalicoOptions.NodeCpuLimit);

    /// <summary>Memory limit of calico-node. Kubespray variable <c>calico_node_memory_limit</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>500M</c>.</value>
    public Quantity NodeMemoryLimit => _cluster.Get(CalicoOptions.NodeMemoryLimit);

    /// <summary>CPU request of calico-node. Kubespray variable <c>calico_node_cpu_requests</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>150m</c>.</value>
    public Quantity NodeCpuRequests => _cluster.Get(CalicoOptions.NodeCpuRequests);

    /// <summary>Memory request of calico-node. Kubespray variable <c>calico_node_memory_requests</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>64M</c>.</value>
    public Quantity NodeMemoryRequests => _cluster.Get(CalicoOptions.NodeMemoryRequests);

    /// <summary>CPU limit of calico-kube-controllers. Kubespray variable <c>calico_policy_controller_cpu_limit</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>1000m</c>.</value>
    public Quantity PolicyControllerCpuLimit => _cluster.Get(CalicoOptions.PolicyControllerCpuLimit);

    /// <summary>Memory limit of calico-kube-controllers. Kubespray variable <c>calico_policy_controller_memory_limit</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>256M</c>.</value>
    public Quantity PolicyControllerMemoryLimit => _cluster.Get(CalicoOptions.PolicyControllerMemoryLimit);

    /// <summary>CPU request of calico-kube-controllers. Kubespray variable <c>calico_policy_controller_cpu_requests</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>30m</c>.</value>
    public Quantity PolicyControllerCpuRequests => _cluster.Get(CalicoOptions.PolicyControllerCpuRequests);

    /// <summary>Memory request of calico-kube-controllers. Kubespray variable <c>calico_policy_controller_memory_requests</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>64M</c>.</value>
    public Quantity PolicyControllerMemoryRequests => _cluster.Get(CalicoOptions.PolicyControllerMemoryRequests);

    /// <summary>nodeSelector of calico-node: one YAML line 'key: value', inserted as written. Kubespray variable <c>calico_ds_nodeselector</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>kubernetes.io/os: linux</c>.</value>
    public string NodeSelector => _cluster.Get(CalicoOptions.NodeSelector);

    /// <summary>Timeout in seconds of calico-node's liveness probe. Kubespray variable <c>calico_node_livenessprobe_timeout</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → 10</c>).</value>
    public int? NodeLivenessProbeTimeout => _cluster.ValueOrNull(CalicoOptions.NodeLivenessProbeTimeout);

    /// <summary>Timeout in seconds of calico-node's readiness probe. Kubespray variable <c>calico_node_readinessprobe_timeout</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → 10</c>).</value>
    public int? NodeReadinessProbeTimeout => _cluster.ValueOrNull(CalicoOptions.NodeReadinessProbeTimeout);

    /// <summary>Log level of calico-node while it starts up. Kubespray variable <c>calico_node_startup_loglevel</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>error</c>.</value>
    public CalicoLogLevel NodeStartupLogLevel => _cluster.Get(CalicoOptions.NodeStartupLogLevel);

    /// <summary>nodeSelector of calico-kube-controllers: one YAML line 'key: value', inserted as written. Kubespray variable <c>calico_policy_controller_deployment_nodeselector</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>kubernetes.io/os: linux</c>.</value>
    public string PolicyControllerNodeSelector => _cluster.Get(CalicoOptions.PolicyControllerNodeSelector);

    /// <summary>Log level of calico-kube-controllers. Kubespray variable <c>calico_policy_controller_log_level</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>info</c>.</value>
    public CalicoLogLevel PolicyControllerLogLevel => _cluster.Get(CalicoOptions.PolicyControllerLogLevel);

    /// <summary>Extra tolerations of calico-kube-controllers (Kubernetes toleration maps). Kubespray variable <c>policy_controller_extra_tolerations</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset</c>).</value>
    public EquatableArray<InventoryMapping>? PolicyControllerExtraTolerations => _cluster.ValueOrNull(CalicoOptions.PolicyControllerExtraTolerations);

    /// <summary>Deploy the Calico API server (kdd only). Kubespray variable <c>calico_apiserver_enabled</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>false</c>.</value>
    public bool ApiserverEnabled => _cluster.Get(CalicoOptions.ApiserverEnabled);
}
