namespace Calico.Sdk;

/// <summary>The cluster-wide the datastore and its etcd certificates options of a <see cref="CalicoCluster"/>, typed (<see cref="OptionArea.Datastore"/>).</summary>
public sealed class DatastoreView
{
    private readonly CalicoCluster _cluster;

    internal DatastoreView(CalicoCluster cluster) => _cluster = cluster;

    /// <summary>Calico datastore: kdd (Kubernetes API) or etcd. Kubespray variable <c>calico_datastore</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>kdd</c>.</value>
    public CalicoDatastore Type => _cluster.Get(CalicoOptions.Datastore);

    /// <summary>Directory of the etcd client certificates Calico uses (etcd datastore). Kubespray variable <c>calico_cert_dir</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>/etc/calico/certs</c>.</value>
    public string CertDir => _cluster.Get(CalicoOptions.CertDir);

    /// <summary>etcd CA file (in the etcd certificate directory) that Calico links to. Kubespray variable <c>kube_etcd_cacert_file</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>ca.pem (etcd/ca.crt when etcd_deployment_type is kubeadm)</c>.</value>
    public string EtcdCaCertFile => _cluster.Get(CalicoOptions.EtcdCaCertFile);

    /// <summary>etcd client certificate file that Calico links to. Kubespray variable <c>kube_etcd_cert_file</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → node-&lt;inventory_hostname&gt;.pem (kubeadm etcd: apiserver-etcd-client.crt)</c>).</value>
    public string? EtcdCertFile => _cluster.RefOrNull(CalicoOptions.EtcdCertFile);

    /// <summary>etcd client key file that Calico links to. Kubespray variable <c>kube_etcd_key_file</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → node-&lt;inventory_hostname&gt;-key.pem (kubeadm etcd: apiserver-etcd-client.key)</c>).</value>
    public string? EtcdKeyFile => _cluster.RefOrNull(CalicoOptions.EtcdKeyFile);

    /// <summary>How Kubespray runs etcd; kubeadm switches Calico to kubeadm's etcd client certificates. Kubespray variable <c>etcd_deployment_type</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>host</c>.</value>
    public EtcdDeploymentType EtcdDeploymentType => _cluster.Get(CalicoOptions.EtcdDeploymentType);
}
