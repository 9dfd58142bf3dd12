namespace Calico.Sdk;

/// <summary>The cluster-wide the Calico CNI plugin configuration options of a <see cref="CalicoCluster"/>, typed (<see cref="OptionArea.Cni"/>).</summary>
public sealed class CniView
{
    private readonly CalicoCluster _cluster;

    internal CniView(CalicoCluster cluster) => _cluster = cluster;

    /// <summary>Name of the CNI network in Calico's conflist. Kubespray variable <c>calico_cni_name</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>k8s-pod-network</c>.</value>
    public string Name => _cluster.Get(CalicoOptions.CniName);

    /// <summary>File the Calico CNI plugin logs to; false turns file logging off. Kubespray variable <c>calico_cni_log_file_path</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>/var/log/calico/cni/cni.log</c>.</value>
    public string LogFilePath => _cluster.Get(CalicoOptions.CniLogFilePath);

    /// <summary>Let pods forward IP packets (enables forwarding inside their network namespace). Kubespray variable <c>calico_allow_ip_forwarding</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>false</c>.</value>
    public bool AllowIpForwarding => _cluster.Get(CalicoOptions.CniAllowIpForwarding);

    /// <summary>Feature switches of the Calico CNI plugin (name → true/false or text). Kubespray variable <c>calico_feature_control</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>{}</c>.</value>
    public InventoryMapping FeatureControl => _cluster.Get(CalicoOptions.CniFeatureControl);

    /// <summary>Seconds non-control-plane hosts wait for calico-node to write the CNI kubeconfig (kdd). Kubespray variable <c>calico_kubeconfig_wait_timeout</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>300</c>.</value>
    public int KubeconfigWaitTimeout => _cluster.Get(CalicoOptions.CniKubeconfigWaitTimeout);
}
