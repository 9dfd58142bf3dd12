namespace Calico.Sdk;

/// <summary>The cluster-wide Kubespray cluster settings Calico depends on options of a <see cref="CalicoCluster"/>, typed (<see cref="OptionArea.Cluster"/>).</summary>
public sealed class ClusterSettingsView
{
    private readonly CalicoCluster _cluster;

    internal ClusterSettingsView(CalicoCluster cluster) => _cluster = cluster;

    /// <summary>Network plugin Kubespray installs; everything here applies only to calico. Kubespray variable <c>kube_network_plugin</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>calico</c>.</value>
    public KubeNetworkPlugin NetworkPlugin => _cluster.Get(CalicoOptions.KubeNetworkPlugin);

    /// <summary>Enforce Kubernetes NetworkPolicy: deploys calico-kube-controllers and the CNI's k8s policy. Kubespray variable <c>enable_network_policy</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>true</c>.</value>
    public bool NetworkPolicyEnabled => _cluster.Get(CalicoOptions.EnableNetworkPolicy);

    /// <summary>IPv4 pod network; the default IPv4 pool CIDR. Kubespray variable <c>kube_pods_subnet</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>10.233.64.0/18</c>.</value>
    public Cidr PodsSubnet => _cluster.Get(CalicoOptions.KubePodsSubnet);

    /// <summary>IPv6 pod network; the default IPv6 pool CIDR. Kubespray variable <c>kube_pods_subnet_ipv6</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>fd85:ee78:d8a6:8607::1:0000/112</c>.</value>
    public Cidr PodsSubnetIpv6 => _cluster.Get(CalicoOptions.KubePodsSubnetIpv6);

    /// <summary>IPv4 service network; must not overlap the pod network. Kubespray variable <c>kube_service_addresses</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>10.233.0.0/18</c>.</value>
    public Cidr ServiceAddresses => _cluster.Get(CalicoOptions.KubeServiceAddresses);

    /// <summary>IPv6 service network; must not overlap the IPv6 pod network. Kubespray variable <c>kube_service_addresses_ipv6</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>fd85:ee78:d8a6:8607::1000/116</c>.</value>
    public Cidr ServiceAddressesIpv6 => _cluster.Get(CalicoOptions.KubeServiceAddressesIpv6);

    /// <summary>Size of each node's IPv4 pod CIDR; Calico uses it only with host-local IPAM. Kubespray variable <c>kube_network_node_prefix</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>24</c>.</value>
    public int NodePrefix => _cluster.Get(CalicoOptions.KubeNetworkNodePrefix);

    /// <summary>Size of each node's IPv6 pod CIDR; Calico uses it only with host-local IPAM. Kubespray variable <c>kube_network_node_prefix_ipv6</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>120</c>.</value>
    public int NodePrefixIpv6 => _cluster.Get(CalicoOptions.KubeNetworkNodePrefixIpv6);

    /// <summary>Let kube-controller-manager assign pod CIDRs to nodes; Kubespray forces it off with Calico IPAM. Kubespray variable <c>kube_controller_manager_allocate_node_cidrs</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>true</c>.</value>
    public bool AllocateNodeCidrs => _cluster.Get(CalicoOptions.AllocateNodeCidrs);

    /// <summary>kube-proxy's mode; with ipvs Felix is told the NodePort range. Kubespray variable <c>kube_proxy_mode</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>ipvs</c>.</value>
    public KubeProxyMode ProxyMode => _cluster.Get(CalicoOptions.KubeProxyMode);

    /// <summary>NodePort range of the API server; Felix learns it only in ipvs mode. Kubespray variable <c>kube_apiserver_node_port_range</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset in the Calico play (30000-32767 in other roles)</c>).</value>
    public string? NodePortRange => _cluster.RefOrNull(CalicoOptions.KubeApiserverNodePortRange);

    /// <summary>External load balancer of the API servers. Kubespray variable <c>loadbalancer_apiserver</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset</c>).</value>
    public LoadBalancerApiserver? LoadBalancerApiserver => _cluster.RefOrNull(CalicoOptions.LoadBalancerApiserver);

    /// <summary>Reach the API servers through a load balancer on every node (localhost). Kubespray variable <c>loadbalancer_apiserver_localhost</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → true when loadbalancer_apiserver is unset</c>).</value>
    public bool? LoadBalancerApiserverLocalhost => _cluster.ValueOrNull(CalicoOptions.LoadBalancerApiserverLocalhost);

    /// <summary>Port of the per-node API server load balancer. Kubespray variable <c>loadbalancer_apiserver_port</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → kube_apiserver_port (the sample inventory sets 6443)</c>).</value>
    public int? LoadBalancerApiserverPort => _cluster.ValueOrNull(CalicoOptions.LoadBalancerApiserverPort);

    /// <summary>Name under which nodes reach the API server load balancer. Kubespray variable <c>apiserver_loadbalancer_domain_name</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → localhost with the local load balancer, else loadbalancer_apiserver.address</c>).</value>
    public string? ApiserverLoadBalancerDomainName => _cluster.RefOrNull(CalicoOptions.ApiserverLoadBalancerDomainName);

    /// <summary>Secure port of the API servers. Kubespray variable <c>kube_apiserver_port</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>6443</c>.</value>
    public int ApiserverPort => _cluster.Get(CalicoOptions.KubeApiserverPort);

    /// <summary>Enable the EPEL repository (WireGuard tools on EL8 and Amazon Linux 2 need it). Kubespray variable <c>epel_enabled</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>false</c>.</value>
    public bool EpelEnabled => _cluster.Get(CalicoOptions.EpelEnabled);

    /// <summary>Skip Kubespray's checks, including all of Calico's check.yml. Kubespray variable <c>ignore_assert_errors</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>false</c>.</value>
    public bool IgnoreAssertErrors => _cluster.Get(CalicoOptions.IgnoreAssertErrors);

    /// <summary>Directory of the Kubernetes CA; signs the Typha and Calico API server certificates. Kubespray variable <c>kube_cert_dir</c>.</summary>
    /// <value>The value set in the inventory; null when unset (Kubespray: <c>unset → &lt;kube_config_dir&gt;/ssl (/etc/kubernetes/ssl)</c>).</value>
    public string? CertDir => _cluster.RefOrNull(CalicoOptions.KubeCertDir);

    /// <summary>RSA key size of the Typha and Calico API server certificates. Kubespray variable <c>certificates_key_size</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>2048</c>.</value>
    public int CertificatesKeySize => _cluster.Get(CalicoOptions.CertificatesKeySize);

    /// <summary>Validity in days of the Typha and Calico API server certificates. Kubespray variable <c>certificates_duration</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>36500</c>.</value>
    public int CertificatesDuration => _cluster.Get(CalicoOptions.CertificatesDuration);

    /// <summary>Directory calicoctl and its wrapper are installed to. Kubespray variable <c>bin_dir</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>/usr/local/bin</c>.</value>
    public string BinDir => _cluster.Get(CalicoOptions.BinDir);

    /// <summary>Upper bound in seconds of the random delay between calicoctl retries. Kubespray variable <c>retry_stagger</c>.</summary>
    /// <value>The value set in the inventory, else Kubespray's default <c>5</c>.</value>
    public int RetryStagger => _cluster.Get(CalicoOptions.RetryStagger);
}
