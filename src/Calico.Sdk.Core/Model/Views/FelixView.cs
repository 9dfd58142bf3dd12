namespace Calico.Sdk;

/// <summary>The cluster-wide Felix settings passed through FelixConfiguration or calico-node's environment options of a <see cref="CalicoCluster"/>, typed (<see cref="OptionArea.Felix"/>).</summary>
public sealed class FelixView
{
    private readonly CalicoCluster _cluster;

    internal FelixView(CalicoCluster cluster) => _cluster = cluster;

    /// <summary>Whether Felix honours floating IPs of workloads. Kubespray variable <c>calico_felix_floating_ips</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>Disabled</c>.</value>
    public FloatingIpsMode FloatingIps => _cluster.Get(CalicoOptions.FloatingIps);

    /// <summary>How often Felix reports its status to the datastore; 0s turns reporting off. Kubespray variable <c>calico_felix_reporting_interval</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>0s</c>.</value>
    public GoDuration ReportingInterval => _cluster.Get(CalicoOptions.ReportingInterval);

    /// <summary>Felix's log level as FelixConfiguration states it. Kubespray variable <c>calico_felix_log_severity_screen</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>Info</c>.</value>
    public CalicoLogLevel LogSeverityScreen => _cluster.Get(CalicoOptions.LogSeverityScreen);

    /// <summary>Felix's log level as calico-node's environment states it. Kubespray variable <c>calico_loglevel</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>info</c>.</value>
    public CalicoLogLevel LogLevel => _cluster.Get(CalicoOptions.LogLevel);

    /// <summary>Serve Felix metrics for Prometheus and annotate calico-node for scraping. Kubespray variable <c>calico_felix_prometheusmetricsenabled</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>false</c>.</value>
    public bool PrometheusMetricsEnabled => _cluster.Get(CalicoOptions.PrometheusMetricsEnabled);

    /// <summary>TCP port of Felix's metrics endpoint. Kubespray variable <c>calico_felix_prometheusmetricsport</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>9091</c>.</value>
    public int PrometheusMetricsPort => _cluster.Get(CalicoOptions.PrometheusMetricsPort);

    /// <summary>Include Go runtime metrics in Felix's metrics. Kubespray variable <c>calico_felix_prometheusgometricsenabled</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>true</c>.</value>
    public bool PrometheusGoMetricsEnabled => _cluster.Get(CalicoOptions.PrometheusGoMetricsEnabled);

    /// <summary>Include process metrics in Felix's metrics. Kubespray variable <c>calico_felix_prometheusprocessmetricsenabled</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>true</c>.</value>
    public bool PrometheusProcessMetricsEnabled => _cluster.Get(CalicoOptions.PrometheusProcessMetricsEnabled);

    /// <summary>Let Felix send anonymous usage statistics to the Calico project. Kubespray variable <c>calico_usage_reporting</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>false</c>.</value>
    public bool UsageReporting => _cluster.Get(CalicoOptions.UsageReporting);

    /// <summary>Let Felix run although the host does loose reverse-path filtering. Kubespray variable <c>calico_node_ignorelooserpf</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>false</c>.</value>
    public bool IgnoreLooseRpf => _cluster.Get(CalicoOptions.IgnoreLooseRpf);

    /// <summary>Address Felix's health endpoint listens on. Kubespray variable <c>calico_healthhost</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>localhost</c>.</value>
    public string HealthHost => _cluster.Get(CalicoOptions.HealthHost);

    /// <summary>Overrides of Felix's kernel feature detection, such as ChecksumOffloadBroken=false. Kubespray variable <c>calico_feature_detect_override</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>""</c>.</value>
    public string FeatureDetectOverride => _cluster.Get(CalicoOptions.FeatureDetectOverride);

    /// <summary>What Felix does with traffic from pods to their own host. Kubespray variable <c>calico_endpoint_to_host_action</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → RETURN</c>).</value>
    public EndpointToHostAction? EndpointToHostAction => _cluster.ValueOrNull(CalicoOptions.EndpointToHostAction);

    /// <summary>Use the node IP as the source address of routes to local pods (hosts with several interfaces). Kubespray variable <c>calico_use_default_route_src_ipaddr</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset (false)</c>).</value>
    public bool? UseDefaultRouteSourceAddress => _cluster.ValueOrNull(CalicoOptions.UseDefaultRouteSourceAddress);

    /// <summary>Extra environment variables for the calico-node container (FELIX_* and others). Kubespray variable <c>calico_node_extra_envs</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset</c>).</value>
    public EquatableArray<StringPair>? ExtraEnvs => _cluster.ValueOrNull(CalicoOptions.NodeExtraEnvs);
}
