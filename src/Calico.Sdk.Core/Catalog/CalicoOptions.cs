namespace Calico.Sdk;

// The catalog entries. One field per Kubespray variable; the order here is the order of docs and rendered files.
// Facts (names, defaults, allowed values, consumers) come from Kubespray's roles; see docs/options.md.
public static partial class CalicoOptions
{
    // ---- Network -------------------------------------------------------------------------------------------

    /// <summary><c>calico_network_backend</c>: Calico's networking backend. Default <c>vxlan</c>.</summary>
    public static readonly CalicoOption<NetworkBackend> NetworkBackend = Value(
        "calico_network_backend", "Network.Backend", OptionArea.Network,
        Converters.Enum<NetworkBackend>(v => v.ToString().ToLowerInvariant()), Sdk.NetworkBackend.Vxlan,
        "Calico networking backend: bird (BGP), vxlan or none.",
        consumer: "calico-config calico_backend / cluster_type; calico-node CALICO_NETWORKING_BACKEND, BIRD probes");

    /// <summary><c>calico_ipip_mode</c>: IPIP mode of the IPv4 pool. Default <c>Never</c>.</summary>
    public static readonly CalicoOption<EncapsulationMode> IpipMode = Value(
        "calico_ipip_mode", "Network.IpipMode", OptionArea.Network,
        Converters.Enum<EncapsulationMode>(v => v.ToString()), EncapsulationMode.Never,
        "IPIP mode of the IPv4 pool; exclusive with VXLAN.",
        consumer: "IPPool spec.ipipMode; FelixConfiguration spec.ipipEnabled");

    /// <summary><c>calico_vxlan_mode</c>: VXLAN mode of the IPv4 pool. Default <c>Always</c>.</summary>
    public static readonly CalicoOption<EncapsulationMode> VxlanMode = Value(
        "calico_vxlan_mode", "Network.VxlanMode", OptionArea.Network,
        Converters.Enum<EncapsulationMode>(v => v.ToString()), EncapsulationMode.Always,
        "VXLAN mode of the IPv4 pool; exclusive with IPIP.",
        consumer: "IPPool spec.vxlanMode; FelixConfiguration spec.vxlanEnabled");

    // ---- Datastore -----------------------------------------------------------------------------------------

    /// <summary><c>calico_datastore</c>: where Calico keeps its data. Default <c>kdd</c>.</summary>
    public static readonly CalicoOption<CalicoDatastore> Datastore = Value(
        "calico_datastore", "Datastore.Type", OptionArea.Datastore,
        Converters.Enum<CalicoDatastore>(v => v.ToString().ToLowerInvariant()), CalicoDatastore.Kdd,
        "Calico datastore: kdd (Kubernetes API) or etcd.",
        consumer: "calicoctl wrapper, DATASTORE_TYPE, CNI config, kube-controllers");

    // ---- BGP -----------------------------------------------------------------------------------------------

    /// <summary><c>global_as_num</c>: the cluster-wide BGP AS number. Default <c>"64512"</c>.</summary>
    public static readonly CalicoOption<AsNumber> GlobalAsNumber = Value(
        "global_as_num", "Bgp.GlobalAsNumber", OptionArea.Bgp,
        Converters.AsNumber, new AsNumber(64512),
        "Cluster-wide BGP AS number.", defaultText: "\"64512\"",
        consumer: "BGPConfiguration default spec.asNumber");

    // ---- Typha ---------------------------------------------------------------------------------------------

    /// <summary><c>typha_enabled</c>: deploy Typha between calico-node and the API server (kdd only). Default <c>false</c>.</summary>
    public static readonly CalicoOption<bool> TyphaEnabled = Value(
        "typha_enabled", "Typha.Enabled", OptionArea.Typha,
        Converters.Boolean, false,
        "Deploy Typha (kdd only); recommended beyond 50 nodes.",
        consumer: "calico-typha Service, Deployment and PodDisruptionBudget; FELIX_TYPHAK8SSERVICENAME");

    /// <summary><c>typha_replicas</c>: number of Typha replicas. Default <c>1</c>.</summary>
    public static readonly CalicoOption<int> TyphaReplicas = Value(
        "typha_replicas", "Typha.Replicas", OptionArea.Typha,
        Converters.Integer(1, 1000), 1,
        "Typha replicas; about one per 100–200 nodes.",
        consumer: "Deployment calico-typha spec.replicas");

    // ---- Cluster (Kubespray settings Calico depends on) ----------------------------------------------------

    /// <summary><c>kube_pods_subnet</c>: the IPv4 pod network. Default <c>10.233.64.0/18</c>.</summary>
    public static readonly CalicoOption<Cidr> KubePodsSubnet = Value(
        "kube_pods_subnet", "Cluster.PodsSubnet", OptionArea.Cluster,
        Converters.Network(ipv6: false), Cidr.Parse("10.233.64.0/18"),
        "IPv4 pod network; the default IPv4 pool CIDR.", file: "k8s-cluster.yml",
        consumer: "IPPool <calico_pool_name> spec.cidr when calico_pool_cidr is unset");

    // ---- Host ----------------------------------------------------------------------------------------------

    /// <summary><c>ansible_host</c>: the address Ansible connects to. Unset: the inventory hostname.</summary>
    public static readonly CalicoOption<string> AnsibleHost = Unset(
        "ansible_host", "Host.AnsibleHost", OptionArea.Host,
        Converters.Text, "Address Ansible connects to (SSH only).", "unset → inventory hostname",
        scopes: OptionScopes.Host, file: "host_vars", consumer: "SSH connection");

    /// <summary><c>ip</c>: the host's node IP (kubelet --node-ip, Calico's default autodetection target). Unset: the default IPv4 address.</summary>
    public static readonly CalicoOption<System.Net.IPAddress> Ip = Unset(
        "ip", "Host.Ip", OptionArea.Host,
        Converters.IpAddress, "Node IPv4 address; kubelet --node-ip and Calico's can-reach target.", "unset → ansible_default_ipv4.address",
        scopes: OptionScopes.Host, file: "host_vars", consumer: "main_ip → kubelet node IP → status.hostIP");

    /// <summary><c>cluster_id</c>: route-reflector cluster ID (an IPv4 address) of the hosts in <c>calico_rr</c>. Unset.</summary>
    public static readonly CalicoOption<string> ClusterId = Unset(
        "cluster_id", "Host.ClusterId", OptionArea.Host,
        Converters.Text, "Route-reflector cluster ID of calico_rr hosts; must be an IPv4 address.",
        scopes: OptionScopes.Group | OptionScopes.Host, file: "host_vars",
        consumer: "Calico Node spec.bgp.routeReflectorClusterID");
}
