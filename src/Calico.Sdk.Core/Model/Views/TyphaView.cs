namespace Calico.Sdk;

/// <summary>The cluster-wide Typha options of a <see cref="CalicoCluster"/>, typed (<see cref="OptionArea.Typha"/>).</summary>
public sealed class TyphaView
{
    private readonly CalicoCluster _cluster;

    internal TyphaView(CalicoCluster cluster) => _cluster = cluster;

    /// <summary>Deploy Typha (kdd only); recommended beyond 50 nodes. Kubespray variable <c>typha_enabled</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>false</c>.</value>
    public bool Enabled => _cluster.Get(CalicoOptions.TyphaEnabled);

    /// <summary>Typha replicas; about one per 100–200 nodes. Kubespray variable <c>typha_replicas</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>1</c>.</value>
    public int Replicas => _cluster.Get(CalicoOptions.TyphaReplicas);

    /// <summary>Mutual TLS between calico-node and Typha; only valid with typha_enabled. Kubespray variable <c>typha_secure</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>false</c>.</value>
    public bool Secure => _cluster.Get(CalicoOptions.TyphaSecure);

    /// <summary>Serve Typha metrics for Prometheus. Kubespray variable <c>typha_prometheusmetricsenabled</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>false</c>.</value>
    public bool PrometheusMetricsEnabled => _cluster.Get(CalicoOptions.TyphaPrometheusMetricsEnabled);

    /// <summary>TCP port of Typha's metrics endpoint. Kubespray variable <c>typha_prometheusmetricsport</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>9093</c>.</value>
    public int PrometheusMetricsPort => _cluster.Get(CalicoOptions.TyphaPrometheusMetricsPort);

    /// <summary>Lowest connection limit a Typha replica applies when it balances calico-node connections. Kubespray variable <c>typha_max_connections_lower_limit</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>300</c>.</value>
    public int MaxConnectionsLowerLimit => _cluster.Get(CalicoOptions.TyphaMaxConnectionsLowerLimit);
}
