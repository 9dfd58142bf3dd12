namespace Calico.Sdk.Resources;

/// <summary>One Kubespray variable and the rendered field it feeds.</summary>
/// <param name="Variable">The Kubespray variable (or <c>peers[].key</c> for a key of a <c>peers</c> entry).</param>
/// <param name="Resource">The resource, such as <c>IPPool &lt;calico_pool_name&gt;</c> or <c>calico-node env</c>.</param>
/// <param name="Field">The field, such as <c>spec.blockSize</c> or <c>FELIX_VXLANVNI</c>.</param>
/// <param name="Kind">The kind whose schema findings map back to this variable, when <paramref name="Pointer"/> is set.</param>
/// <param name="Pointer">JSON pointer of the field in that kind, for mapping schema findings back to the variable.</param>
/// <param name="Ipv6Pool">True when the mapping is for the <c>&lt;calico_pool_name&gt;-ipv6</c> pool only.</param>
public sealed record FieldMapping(string Variable, string Resource, string Field, string? Kind = null, string? Pointer = null, bool Ipv6Pool = false);

/// <summary>
/// Which Kubespray variable feeds which rendered field: the table of docs/resources.md (a test keeps it current) and
/// the way schema findings on rendered objects are reported under Kubespray's variable names.
/// </summary>
public static class KubesprayFieldMap
{
    private const string Felix = "FelixConfiguration default";
    private const string Pool = "IPPool <calico_pool_name>";
    private const string Pool6 = "IPPool <calico_pool_name>-ipv6";
    private const string Bgp = "BGPConfiguration default";
    private const string Ipam = "IPAMConfiguration default";
    private const string Config = "ConfigMap calico-config";
    private const string Env = "calico-node env";

    /// <summary>Every mapping, grouped by resource.</summary>
    public static IReadOnlyList<FieldMapping> Entries { get; } =
    [
        new("calico_ipip_mode", Felix, "spec.ipipEnabled (≠ Never)", "FelixConfiguration", "/spec/ipipEnabled"),
        new("calico_vxlan_mode", Felix, "spec.vxlanEnabled (≠ Never)", "FelixConfiguration", "/spec/vxlanEnabled"),
        new("calico_felix_reporting_interval", Felix, "spec.reportingInterval", "FelixConfiguration", "/spec/reportingInterval"),
        new("calico_bpf_log_level", Felix, "spec.bpfLogLevel", "FelixConfiguration", "/spec/bpfLogLevel"),
        new("calico_bpf_enabled", Felix, "spec.bpfEnabled", "FelixConfiguration", "/spec/bpfEnabled"),
        new("calico_bpf_service_mode", Felix, "spec.bpfExternalServiceMode", "FelixConfiguration", "/spec/bpfExternalServiceMode"),
        new("calico_wireguard_enabled", Felix, "spec.wireguardEnabled (and spec.wireguardEnabledV6 with IPv6)", "FelixConfiguration", "/spec/wireguardEnabled"),
        new("calico_felix_log_severity_screen", Felix, "spec.logSeverityScreen", "FelixConfiguration", "/spec/logSeverityScreen"),
        new("calico_feature_detect_override", Felix, "spec.featureDetectOverride", "FelixConfiguration", "/spec/featureDetectOverride"),
        new("calico_felix_floating_ips", Felix, "spec.floatingIPs", "FelixConfiguration", "/spec/floatingIPs"),
        new("calico_pool_name", Pool, "metadata.name (IPv6 pool: <name>-ipv6)"),
        new("calico_pool_cidr", Pool, "spec.cidr (unset: kube_pods_subnet)", "IPPool", "/spec/cidr"),
        new("calico_pool_blocksize", Pool, "spec.blockSize", "IPPool", "/spec/blockSize"),
        new("calico_ipip_mode", Pool, "spec.ipipMode", "IPPool", "/spec/ipipMode"),
        new("calico_vxlan_mode", Pool, "spec.vxlanMode", "IPPool", "/spec/vxlanMode"),
        new("nat_outgoing", Pool, "spec.natOutgoing", "IPPool", "/spec/natOutgoing"),
        new("calico_pool_cidr_ipv6", Pool6, "spec.cidr (unset: kube_pods_subnet_ipv6)", "IPPool", "/spec/cidr", Ipv6Pool: true),
        new("calico_pool_blocksize_ipv6", Pool6, "spec.blockSize", "IPPool", "/spec/blockSize", Ipv6Pool: true),
        new("calico_ipip_mode_ipv6", Pool6, "spec.ipipMode", "IPPool", "/spec/ipipMode", Ipv6Pool: true),
        new("calico_vxlan_mode_ipv6", Pool6, "spec.vxlanMode", "IPPool", "/spec/vxlanMode", Ipv6Pool: true),
        new("nat_outgoing_ipv6", Pool6, "spec.natOutgoing", "IPPool", "/spec/natOutgoing", Ipv6Pool: true),
        new("calico_bgp_listen_port", Bgp, "spec.listenPort", "BGPConfiguration", "/spec/listenPort"),
        new("global_as_num", Bgp, "spec.asNumber (omitted with calico_no_global_as_num)", "BGPConfiguration", "/spec/asNumber"),
        new("peer_with_router, peer_with_calico_rr", Bgp, "spec.nodeToNodeMeshEnabled (false when either is on)"),
        new("calico_advertise_cluster_ips", Bgp, "spec.serviceClusterIPs (kube_service_addresses and _ipv6, one entry each)", "BGPConfiguration", "/spec/serviceClusterIPs"),
        new("calico_advertise_service_external_ips", Bgp, "spec.serviceExternalIPs", "BGPConfiguration", "/spec/serviceExternalIPs"),
        new("calico_advertise_service_loadbalancer_ips", Bgp, "spec.serviceLoadBalancerIPs", "BGPConfiguration", "/spec/serviceLoadBalancerIPs"),
        new("peers[].router_id", "BGPPeer global-<name|router_id>, <host>-<name|router_id>", "spec.peerIP", "BGPPeer", "/spec/peerIP"),
        new("peers[].as", "BGPPeer global-…, <host>-…", "spec.asNumber", "BGPPeer", "/spec/asNumber"),
        new("peers[].filters", "BGPPeer <host>-…", "spec.filters (when not empty)", "BGPPeer", "/spec/filters"),
        new("peers[].numallowedlocalasnumbers", "BGPPeer <host>-…", "spec.numAllowedLocalASNumbers (when > 0)", "BGPPeer", "/spec/numAllowedLocalASNumbers"),
        new("peers[].sourceaddress", "BGPPeer <host>-…", "spec.sourceAddress (absent: UseNodeIP)", "BGPPeer", "/spec/sourceAddress"),
        new("calico_rr_id", "BGPPeer <calico_rr_id>-to-node", "spec.peerSelector calico-rr-id == '<id>'; route reflector label calico-rr-id"),
        new("calico_group_id", "BGPPeer <calico_rr_id>-to-node", "spec.nodeSelector calico-group-id == '<id>'; node label calico-group-id"),
        new("calico_rr (group)", "BGPPeer rr-mesh, peer-to-rrs", "selectors on the label i-am-a-route-reflector"),
        new("local_as", "Node <host>", "spec.bgp.asNumber (router peering without route reflectors)"),
        new("cluster_id", "Node <route reflector>", "spec.bgp.routeReflectorClusterID"),
        new("calico_ipam_strictaffinity", Ipam, "spec.strictAffinity", "IPAMConfiguration", "/spec/strictAffinity"),
        new("calico_ipam_autoallocateblocks", Ipam, "spec.autoAllocateBlocks", "IPAMConfiguration", "/spec/autoAllocateBlocks"),
        new("calico_ipam_maxblocksperhost", Ipam, "spec.maxBlocksPerHost", "IPAMConfiguration", "/spec/maxBlocksPerHost"),
        new("calico_ipam_maxblocksperhost", "IPAMConfig default (crd.projectcalico.org/v1)", "spec.maxBlocksPerHost", "IPAMConfig", "/spec/maxBlocksPerHost"),
        new("calico_network_backend", Config, "data.calico_backend, data.cluster_type"),
        new("typha_enabled", Config, "data.typha_service_name (kdd)"),
        new("calico_datastore", Config, "data.etcd_* (etcd); CNI datastore_type/nodename (kdd)"),
        new("calico_cni_name", Config, "cni_network_config .name"),
        new("calico_cni_log_file_path", Config, "cni_network_config plugins[0].log_file_path"),
        new("calico_ipam_host_local", Config, "cni_network_config plugins[0].ipam"),
        new("calico_allow_ip_forwarding", Config, "cni_network_config plugins[0].container_settings"),
        new("calico_feature_control", Config, "cni_network_config plugins[0].feature_control"),
        new("enable_network_policy", Config, "cni_network_config plugins[0].policy"),
        new("calico_mtu", Config, "cni_network_config plugins[0].mtu"),
        new("calico_bpf_enabled, loadbalancer_apiserver, loadbalancer_apiserver_localhost, loadbalancer_apiserver_port, apiserver_loadbalancer_domain_name, kube_apiserver_port", "ConfigMap kubernetes-services-endpoint", "data.KUBERNETES_SERVICE_HOST/PORT"),
        new("calico_vxlan_vni, calico_vxlan_port", Env, "FELIX_VXLANVNI, FELIX_VXLANPORT (vxlan backend)"),
        new("calico_endpoint_to_host_action", Env, "FELIX_DEFAULTENDPOINTTOHOSTACTION"),
        new("calico_healthhost", Env, "FELIX_HEALTHHOST"),
        new("kube_apiserver_node_port_range", Env, "FELIX_KUBENODEPORTRANGES (ipvs)"),
        new("calico_iptables_backend", Env, "FELIX_IPTABLESBACKEND"),
        new("calico_iptables_lock_timeout_secs", Env, "FELIX_IPTABLESLOCKTIMEOUTSECS"),
        new("calico_ipv4pool_ipip", Env, "CALICO_IPV4POOL_IPIP"),
        new("ipv6_stack", Env, "FELIX_IPV6SUPPORT, IP6"),
        new("ipv4_stack", Env, "IP (autodetect or none)"),
        new("calico_loglevel", Env, "FELIX_LOGSEVERITYSCREEN"),
        new("calico_node_startup_loglevel", Env, "CALICO_STARTUP_LOGLEVEL"),
        new("calico_usage_reporting", Env, "FELIX_USAGEREPORTINGENABLED"),
        new("calico_nftable_mode", Env, "FELIX_NFTABLESMODE"),
        new("calico_mtu, calico_veth_mtu", Env, "FELIX_IPINIPMTU, FELIX_VXLANMTU, FELIX_WIREGUARDMTU, install-cni CNI_MTU"),
        new("calico_felix_chaininsertmode", Env, "FELIX_CHAININSERTMODE"),
        new("calico_felix_prometheusmetricsenabled, calico_felix_prometheusmetricsport, calico_felix_prometheusgometricsenabled, calico_felix_prometheusprocessmetricsenabled", Env, "FELIX_PROMETHEUS*; pod annotations prometheus.io/*"),
        new("calico_ip_auto_method", Env, "IP_AUTODETECTION_METHOD (unset: can-reach=$(NODEIP))"),
        new("calico_ip6_auto_method", Env, "IP6_AUTODETECTION_METHOD"),
        new("calico_felix_mtu_iface_pattern", Env, "FELIX_MTUIFACEPATTERN"),
        new("calico_use_default_route_src_ipaddr", Env, "FELIX_DEVICEROUTESOURCEADDRESS"),
        new("calico_node_ignorelooserpf", Env, "FELIX_IGNORELOOSERPF"),
        new("calico_node_extra_envs", Env, "appended last"),
        new("calico_node_livenessprobe_timeout, calico_node_readinessprobe_timeout", "calico-node container", "livenessProbe/readinessProbe timeoutSeconds"),
        new("calico_node_cpu_limit, calico_node_memory_limit, calico_node_cpu_requests, calico_node_memory_requests", "calico-node container", "resources"),
        new("calico_ds_nodeselector", "calico-node pod", "nodeSelector"),
        new("typha_replicas", "Deployment calico-typha", "spec.replicas"),
        new("typha_max_connections_lower_limit", "calico-typha env", "TYPHA_MAXCONNECTIONSLOWERLIMIT"),
        new("typha_secure", "calico-typha env, calico-node env", "TYPHA_CAFILE/CLIENTCN/SERVERCERTFILE/SERVERKEYFILE, FELIX_TYPHA*"),
        new("typha_prometheusmetricsenabled, typha_prometheusmetricsport", "calico-typha env", "TYPHA_PROMETHEUSMETRICS*"),
    ];

    /// <summary>The Kubespray variable behind a field of a rendered object, or null.</summary>
    /// <param name="kind">The object's kind.</param>
    /// <param name="name">The object's name (selects the IPv6 pool's variables).</param>
    /// <param name="pointer">JSON pointer of the field, such as <c>/spec/blockSize</c> or <c>/spec/serviceExternalIPs/0/cidr</c>.</param>
    public static string? VariableFor(string kind, string name, string pointer)
    {
        var ipv6Pool = kind == "IPPool" && name.EndsWith("-ipv6", StringComparison.Ordinal);
        return Entries
            .Where(e => e.Kind == kind && e.Pointer is not null && (e.Ipv6Pool == ipv6Pool || kind != "IPPool")
                && (pointer == e.Pointer || pointer.StartsWith(e.Pointer + "/", StringComparison.Ordinal)))
            .Select(e => e.Variable)
            .FirstOrDefault();
    }

    /// <summary>The table as Markdown (the one in docs/resources.md).</summary>
    public static string ToMarkdown() =>
        "| Kubespray variable | Resource | Field |\n|---|---|---|\n" +
        string.Concat(Entries.Select(e => $"| `{e.Variable}` | {e.Resource.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)} | {e.Field.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)} |\n"));
}
