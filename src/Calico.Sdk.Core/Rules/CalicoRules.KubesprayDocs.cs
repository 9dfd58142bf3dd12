namespace Calico.Sdk;

// CAL2xxx: rules Kubespray's Calico documentation (docs/CNI/calico.md) states but Kubespray does not check.
// Statements the asserts already cover are not repeated here: pool CIDRs inside kube_pods_subnet* (CAL1015,
// CAL1016), calico_rr inside k8s_cluster and cluster_id an IPv4 address (CAL1005, CAL1006), IPIP and VXLAN exclusive
// for IPv4 (CAL1010, CAL1011; IPv6 is CAL2003).
public static partial class CalicoRules
{
    /// <summary>CAL2001: IPIP encapsulation needs the <c>bird</c> backend (before Calico 3.33).</summary>
    public static readonly Rule IpipNeedsBird = Define(
        "CAL2001", FindingSeverity.Error, "IPIP needs the bird backend", RuleSource.KubesprayDocs,
        "calico_ipip_mode is {0} but calico_network_backend is {1}; in Calico {2} IPIP routes are programmed by BIRD, so pods on different hosts cannot reach each other (Felix programs IPIP routes itself from Calico 3.33)",
        "set calico_network_backend: bird, or calico_ipip_mode: Never and use VXLAN",
        Options(CalicoOptions.IpipMode, CalicoOptions.NetworkBackend, CalicoOptions.Ipv4Stack),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, CalicoOptions.IpipMode, CalicoOptions.NetworkBackend, CalicoOptions.Ipv4Stack))
            {
                if (Ipv4StackOn(c) && IsEnabled(c.Get(CalicoOptions.IpipMode)) && !c.Find(CalicoOptions.NetworkBackend).IsUnreadable
                    && c.Get(CalicoOptions.NetworkBackend) != NetworkBackend.Bird)
                {
                    c.ReportAtMostSpecific([CalicoOptions.IpipMode, CalicoOptions.NetworkBackend], c.Find(CalicoOptions.IpipMode), c.Find(CalicoOptions.NetworkBackend), ctx.Version);
                }
            }
        },
        untilVersion: new CalicoVersion(3, 33, 0));

    /// <summary>CAL2002: an unencapsulated pool (BGP mode) needs the <c>bird</c> backend.</summary>
    public static readonly Rule UnencapsulatedNeedsBird = Define(
        "CAL2002", FindingSeverity.Error, "Unencapsulated (BGP) pool needs the bird backend", RuleSource.KubesprayDocs,
        "the {0} pool has no encapsulation ({1}) but calico_network_backend is {2}; unencapsulated pod traffic is routed with BGP, and without BIRD no routes are exchanged, so pods on different hosts cannot reach each other",
        "set calico_network_backend: bird for BGP mode, or enable VXLAN (calico_vxlan_mode: Always or CrossSubnet)",
        Options(CalicoOptions.NetworkBackend, CalicoOptions.IpipMode, CalicoOptions.VxlanMode, CalicoOptions.VxlanModeIpv6, CalicoOptions.IpipModeIpv6, CalicoOptions.Ipv4Stack, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, ctx.Rule.Reads.ToArray()))
            {
                if (c.Get(CalicoOptions.NetworkBackend) != NetworkBackend.Vxlan || c.Find(CalicoOptions.NetworkBackend).IsUnreadable)
                {
                    continue;
                }

                if (Ipv4StackOn(c) && !IsEnabled(c.Get(CalicoOptions.IpipMode)) && !IsEnabled(c.Get(CalicoOptions.VxlanMode)))
                {
                    c.ReportAtMostSpecific(
                        [CalicoOptions.VxlanMode, CalicoOptions.IpipMode, CalicoOptions.NetworkBackend],
                        "IPv4", $"calico_ipip_mode {c.Find(CalicoOptions.IpipMode).Describe()}, calico_vxlan_mode {c.Find(CalicoOptions.VxlanMode).Describe()}", c.Find(CalicoOptions.NetworkBackend));
                }

                if (Ipv6StackOn(c) && !IsEnabled(c.Get(CalicoOptions.VxlanModeIpv6)) && !IsEnabled(c.Get(CalicoOptions.IpipModeIpv6)))
                {
                    c.ReportAtMostSpecific(
                        [CalicoOptions.VxlanModeIpv6, CalicoOptions.NetworkBackend],
                        "IPv6", $"calico_vxlan_mode_ipv6 {c.Find(CalicoOptions.VxlanModeIpv6).Describe()}", c.Find(CalicoOptions.NetworkBackend));
                }
            }
        });

    /// <summary>CAL2003: IPIP and VXLAN both enabled for IPv6.</summary>
    public static readonly Rule Ipv6IpipAndVxlanExclusive = Define(
        "CAL2003", FindingSeverity.Error, "IPIP and VXLAN both enabled for IPv6", RuleSource.KubesprayDocs,
        "calico_ipip_mode_ipv6 is {0} and calico_vxlan_mode_ipv6 is {1}; IPIP and VXLAN are mutually exclusive for each address family, and Calico rejects the IPv6 pool",
        "set calico_ipip_mode_ipv6: Never (Calico has no IPIP over IPv6) and keep calico_vxlan_mode_ipv6",
        Options(CalicoOptions.IpipModeIpv6, CalicoOptions.VxlanModeIpv6, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, CalicoOptions.IpipModeIpv6, CalicoOptions.VxlanModeIpv6, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks))
            {
                if (Ipv6StackOn(c) && IsEnabled(c.Get(CalicoOptions.IpipModeIpv6)) && IsEnabled(c.Get(CalicoOptions.VxlanModeIpv6)))
                {
                    c.ReportAtMostSpecific([CalicoOptions.IpipModeIpv6, CalicoOptions.VxlanModeIpv6], c.Find(CalicoOptions.IpipModeIpv6), c.Find(CalicoOptions.VxlanModeIpv6));
                }
            }
        });

    /// <summary>CAL2004: a kdd cluster of more than 50 nodes without Typha.</summary>
    public static readonly Rule TyphaBeyond50Nodes = Define(
        "CAL2004", FindingSeverity.Warning, "More than 50 nodes on kdd without Typha", RuleSource.KubesprayDocs,
        "{0} hosts run calico-node with the Kubernetes datastore and typha_enabled is {1}; beyond 50 nodes every calico-node watching the API server directly loads it heavily, and Calico recommends Typha (about one replica per 100–200 nodes)",
        "set typha_enabled: true and typha_replicas",
        Options(CalicoOptions.Datastore, CalicoOptions.TyphaEnabled),
        ctx =>
        {
            var nodes = ctx.CountOf(KubesprayGroups.K8sCluster);
            if (nodes <= TyphaSizing.NodesWithoutTypha || ctx.Get(CalicoOptions.Datastore) != CalicoDatastore.Kdd || ctx.Get(CalicoOptions.TyphaEnabled))
            {
                return;
            }

            var typha = ctx.Find(CalicoOptions.TyphaEnabled);
            ctx.ReportWithHint(typha.Path, typha.Location, $"set typha_enabled: true and typha_replicas: {TyphaSizing.Recommended(nodes)} for {nodes} nodes", nodes, typha);
        },
        topology: true);

    /// <summary>CAL2005: VXLAN over IPv6 on a kernel older than 3.12.</summary>
    public static readonly Rule VxlanIpv6NeedsKernel312 = Define(
        "CAL2005", FindingSeverity.Error, "VXLAN over IPv6 needs Linux 3.12 or later", RuleSource.KubesprayDocs,
        "host {0} runs kernel {1} and the IPv6 pool uses VXLAN (calico_vxlan_mode_ipv6 {2}); VXLAN over IPv6 needs Linux 3.12 or later",
        "upgrade the kernel on these hosts, or set calico_vxlan_mode_ipv6: Never with calico_network_backend: bird",
        Options(CalicoOptions.VxlanModeIpv6, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, CalicoOptions.VxlanModeIpv6, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks))
            {
                if (!Ipv6StackOn(c) || !IsEnabled(c.Get(CalicoOptions.VxlanModeIpv6)))
                {
                    continue;
                }

                foreach (var h in c.Hosts)
                {
                    var kernel = ctx.RawVariable(h, "ansible_kernel");
                    if (RuleHelpers.Text(kernel) is { } text && RuleHelpers.TryKernelVersion(text, out var major, out var minor) && (major < 3 || (major == 3 && minor < 12)))
                    {
                        ctx.Report(RuleHelpers.HostPath(h, "ansible_kernel"), kernel!.Value.Location, h, text, c.Find(CalicoOptions.VxlanModeIpv6));
                    }
                }
            }
        },
        topology: true,
        silentOnDefaults: true);

    /// <summary>CAL2006: eBPF dataplane while kube-proxy may still run.</summary>
    public static readonly Rule EbpfWithKubeProxy = Define(
        "CAL2006", FindingSeverity.Info, "eBPF dataplane and kube-proxy", RuleSource.KubesprayDocs,
        "calico_bpf_enabled is {0}; Kubespray skips kube-proxy on a fresh install, but on an existing cluster it leaves kube-proxy running, and kube-proxy and Calico's eBPF dataplane must not both handle services",
        "on an existing cluster, delete the kube-proxy DaemonSet (kubectl -n kube-system delete ds kube-proxy) once calico-node runs in eBPF mode",
        Options(CalicoOptions.BpfEnabled),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, CalicoOptions.BpfEnabled))
            {
                if (c.Get(CalicoOptions.BpfEnabled))
                {
                    c.Report(CalicoOptions.BpfEnabled, c.Find(CalicoOptions.BpfEnabled));
                }
            }
        });

    /// <summary>CAL2007: eBPF dataplane with kube-proxy in IPVS mode, whose leftovers need cleaning.</summary>
    public static readonly Rule EbpfIpvsLeftovers = Define(
        "CAL2007", FindingSeverity.Warning, "eBPF dataplane after kube-proxy in IPVS mode", RuleSource.KubesprayDocs,
        "calico_bpf_enabled is {0} and kube_proxy_mode is {1}; when an existing cluster moves to eBPF, kube-proxy's IPVS leftovers (the kube-ipvs0 interface and its virtual servers) keep capturing service traffic until they are cleaned",
        "after removing kube-proxy, run 'kube-proxy --cleanup' (or delete kube-ipvs0 and run 'ipvsadm -C') on every node, or reboot the nodes",
        Options(CalicoOptions.BpfEnabled, CalicoOptions.KubeProxyMode),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, CalicoOptions.BpfEnabled, CalicoOptions.KubeProxyMode))
            {
                if (c.Get(CalicoOptions.BpfEnabled) && !c.Find(CalicoOptions.KubeProxyMode).IsUnreadable && c.Get(CalicoOptions.KubeProxyMode) == KubeProxyMode.Ipvs)
                {
                    c.ReportAtMostSpecific([CalicoOptions.BpfEnabled, CalicoOptions.KubeProxyMode], c.Find(CalicoOptions.BpfEnabled), c.Find(CalicoOptions.KubeProxyMode));
                }
            }
        });

    /// <summary>CAL2008: eBPF dataplane on Ubuntu's <c>-kvm</c> kernel.</summary>
    public static readonly Rule EbpfOnUbuntuKvmKernel = Define(
        "CAL2008", FindingSeverity.Error, "eBPF dataplane on a -kvm kernel", RuleSource.KubesprayDocs,
        "host {0} runs kernel {1} with calico_bpf_enabled {2}; Ubuntu's -kvm kernel lacks kernel features Calico's eBPF dataplane needs, so calico-node cannot start in eBPF mode",
        "install the generic kernel (linux-generic) on these hosts, or keep the iptables dataplane",
        Options(CalicoOptions.BpfEnabled),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, CalicoOptions.BpfEnabled))
            {
                if (!c.Get(CalicoOptions.BpfEnabled))
                {
                    continue;
                }

                foreach (var h in c.Hosts)
                {
                    var kernel = ctx.RawVariable(h, "ansible_kernel");
                    var distribution = RuleHelpers.Text(ctx.RawVariable(h, "ansible_distribution"));
                    if (RuleHelpers.Text(kernel) is { } text && text.EndsWith("-kvm", StringComparison.Ordinal) && (distribution is null || distribution == "Ubuntu"))
                    {
                        ctx.Report(RuleHelpers.HostPath(h, "ansible_kernel"), kernel!.Value.Location, h, text, c.Find(CalicoOptions.BpfEnabled));
                    }
                }
            }
        },
        topology: true,
        silentOnDefaults: true);

    /// <summary>CAL2009: eBPF with the localhost API load balancer on a port other than the API server's.</summary>
    public static readonly Rule EbpfLocalhostLoadBalancerPort = Define(
        "CAL2009", FindingSeverity.Error, "eBPF with the localhost API load balancer needs the API server's port", RuleSource.KubesprayDocs,
        "calico_bpf_enabled is true with the localhost API load balancer on port {0}, but kube_apiserver_port is {1}; in eBPF mode calico-node reaches the API server at localhost:{0} (ConfigMap kubernetes-services-endpoint), and Kubespray's docs require the same port as the API server",
        "set loadbalancer_apiserver_port equal to kube_apiserver_port",
        Options(CalicoOptions.BpfEnabled, CalicoOptions.LoadBalancerApiserverLocalhost, CalicoOptions.LoadBalancerApiserver, CalicoOptions.LoadBalancerApiserverPort, CalicoOptions.KubeApiserverPort),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, ctx.Rule.Reads.ToArray()))
            {
                if (!c.Get(CalicoOptions.BpfEnabled) || !LocalhostLoadBalancer(c))
                {
                    continue;
                }

                var apiPort = c.Get(CalicoOptions.KubeApiserverPort);
                var lbPort = c.TryGet(CalicoOptions.LoadBalancerApiserverPort, out var p) ? p : apiPort;
                if (lbPort != apiPort)
                {
                    c.ReportAtMostSpecific([CalicoOptions.LoadBalancerApiserverPort, CalicoOptions.KubeApiserverPort], lbPort, apiPort);
                }
            }
        });

    /// <summary>CAL2010: eBPF with the localhost API load balancer needs automatic host endpoints.</summary>
    public static readonly Rule EbpfLocalhostLoadBalancerHostEndpoints = Define(
        "CAL2010", FindingSeverity.Warning, "eBPF with the localhost API load balancer needs automatic host endpoints", RuleSource.KubesprayDocs,
        "calico_bpf_enabled is true with the localhost API load balancer (loadbalancer_apiserver_localhost {0}); Kubespray's docs ask for automatic host endpoints with this setup, which Kubespray does not configure",
        "enable automatic host endpoints: KubeControllersConfiguration default, spec.controllers.node.hostEndpoint.autoCreate: Enabled (calicoctl patch kubecontrollersconfiguration default)",
        Options(CalicoOptions.BpfEnabled, CalicoOptions.LoadBalancerApiserverLocalhost, CalicoOptions.LoadBalancerApiserver),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, CalicoOptions.BpfEnabled, CalicoOptions.LoadBalancerApiserverLocalhost, CalicoOptions.LoadBalancerApiserver))
            {
                if (c.Get(CalicoOptions.BpfEnabled) && LocalhostLoadBalancer(c))
                {
                    var d = c.Find(CalicoOptions.LoadBalancerApiserverLocalhost);
                    c.ReportDetailed(d.IsSet ? d : c.Find(CalicoOptions.BpfEnabled), null, null, null, d.IsSet ? d.Describe() : "unset, true because loadbalancer_apiserver is not defined");
                }
            }
        });

    /// <summary>CAL2011: Wireguard on CentOS 7/8, AlmaLinux 8, Rocky 8 or Amazon Linux 2 without EPEL.</summary>
    public static readonly Rule WireguardNeedsEpel = Define(
        "CAL2011", FindingSeverity.Error, "Wireguard on this distribution needs EPEL", RuleSource.KubesprayDocs,
        "calico_wireguard_enabled is true and epel_enabled is {0}, but {1} run {2}; there the Wireguard packages come from EPEL, so their installation fails",
        "set epel_enabled: true (group_vars/all), or leave Wireguard off on these hosts",
        Options(CalicoOptions.WireguardEnabled, CalicoOptions.EpelEnabled),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, CalicoOptions.WireguardEnabled, CalicoOptions.EpelEnabled))
            {
                if (!c.Get(CalicoOptions.WireguardEnabled) || c.Get(CalicoOptions.EpelEnabled))
                {
                    continue;
                }

                var byDistribution = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
                foreach (var h in c.Hosts)
                {
                    var name = RuleHelpers.Text(ctx.RawVariable(h, "ansible_distribution"));
                    var major = RuleHelpers.Text(ctx.RawVariable(h, "ansible_distribution_major_version"));
                    if (name is not null && major is not null && NeedsEpelForWireguard(name, major))
                    {
                        var key = $"{name} {major}";
                        if (!byDistribution.TryGetValue(key, out var list))
                        {
                            list = [];
                            byDistribution[key] = list;
                        }

                        list.Add(h);
                    }
                }

                foreach (var kv in byDistribution)
                {
                    c.ReportForHosts(kv.Value, c.Find(CalicoOptions.EpelEnabled), null, null, null, c.Find(CalicoOptions.EpelEnabled), RuleContext.DescribeHosts(kv.Value), kv.Key);
                }
            }
        },
        topology: true,
        silentOnDefaults: true);

    /// <summary>CAL2012: <c>peers</c> set at two levels; Ansible replaces lists, so the shallower entries are lost.</summary>
    public static readonly Rule PeersReplacedNotMerged = Define(
        "CAL2012", FindingSeverity.Warning, "peers at several levels are replaced, not merged", RuleSource.KubesprayDocs,
        "{0} replaces {1} for {2}: the entries {3} are not used, because Ansible's default hash_behaviour=replace does not merge lists{4}",
        "repeat the shared entries (global ones included) in the more specific peers list, as Kubespray's docs advise",
        Options(CalicoOptions.Peers),
        ctx =>
        {
            var cp0 = ctx.FirstControlPlane;
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, CalicoOptions.Peers))
            {
                var stack = ctx.DefinitionsForHost(c.FirstHost!, CalicoOptions.Peers);
                if (stack.Count < 2)
                {
                    continue;
                }

                var winner = stack[stack.Count - 1];
                var kept = new HashSet<string>(PeerView.Of(winner).Select(p => p.Identity), StringComparer.Ordinal);
                foreach (var loser in stack.Take(stack.Count - 1))
                {
                    var lost = PeerView.Of(loser).Where(p => !kept.Contains(p.Identity)).ToList();
                    if (lost.Count == 0)
                    {
                        continue;
                    }

                    var globalLost = lost.Any(p => p.IsGlobal) && cp0 is not null && c.Hosts.Contains(cp0);
                    var note = globalLost ? $"; {cp0} is the first control-plane host, the only one whose global peers Kubespray reads, so the global peers are lost for the whole cluster" : string.Empty;
                    c.ReportDetailed(winner, globalLost ? FindingSeverity.Error : null, null, null, winner.Path, loser.Path, RuleContext.DescribeHosts(c.Hosts), string.Join(", ", lost.Select(p => p.Identity)), note);
                }
            }
        },
        topology: true,
        silentOnDefaults: true);

    /// <summary>CAL2013: <c>calico_endpoint_to_host_action: DROP</c> breaks pod to host traffic.</summary>
    public static readonly Rule EndpointToHostActionDrop = Define(
        "CAL2013", FindingSeverity.Warning, "calico_endpoint_to_host_action DROP blocks pod to host traffic", RuleSource.KubesprayDocs,
        "calico_endpoint_to_host_action is {0}; Felix then drops all traffic from pods to their own host, which breaks pods that reach host-network services on their node (node-local DNS, hostNetwork pods, NodePorts of the same node)",
        "keep Kubespray's RETURN (remove the variable), or use ACCEPT; restrict pod to host traffic with host endpoint policies instead",
        Options(CalicoOptions.EndpointToHostAction),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, CalicoOptions.EndpointToHostAction))
            {
                if (c.TryGet(CalicoOptions.EndpointToHostAction, out var action) && action == EndpointToHostAction.Drop)
                {
                    c.Report(CalicoOptions.EndpointToHostAction, c.Find(CalicoOptions.EndpointToHostAction));
                }
            }
        });

    /// <summary>
    /// CAL2014: <c>calico_veth_mtu</c> is not <c>calico_mtu</c> minus the encapsulation overhead. Only when both are set
    /// and differ: then <c>calico_mtu</c> is read as the network MTU, as Kubespray's docs do. When they are equal (or only
    /// <c>calico_mtu</c> is set) <c>calico_mtu</c> is the pod MTU and the network MTU is unknown, so there is nothing to check.
    /// </summary>
    public static readonly Rule VethMtuOverhead = Define(
        "CAL2014", FindingSeverity.Error, "calico_veth_mtu does not fit the encapsulation overhead", RuleSource.KubesprayDocs,
        "calico_veth_mtu is {0} with calico_mtu {1} (read as the network MTU), but {2} need {3} bytes of overhead, so it should be {4}{5}",
        "set calico_veth_mtu to calico_mtu minus the overhead (Wireguard 60/80, VXLAN or eBPF 50/70 for IPv4/IPv6, IPIP 20, none 0)",
        MtuInputs(),
        ctx =>
        {
            foreach (var (c, mtu, veth) in MtuPairs(ctx))
            {
                if (veth == mtu)
                {
                    continue;
                }

                var (overhead, what) = MtuOverhead(c);
                var expected = mtu - overhead;
                if (veth == expected)
                {
                    continue;
                }

                var at = c.Find(CalicoOptions.VethMtu);
                if (veth > expected)
                {
                    c.ReportDetailed(at, null, $"set calico_veth_mtu: {expected}", null, veth, mtu, what, overhead, expected, "; larger packets are fragmented or dropped");
                }
                else
                {
                    c.ReportDetailed(at, FindingSeverity.Warning, $"set calico_veth_mtu: {expected}", null, veth, mtu, what, overhead, expected, "; the smaller MTU works but wastes bandwidth");
                }
            }
        });

    /// <summary>CAL2015: a cloud provider with an IPIP mode other than Always.</summary>
    public static readonly Rule CloudProviderIpipMode = Define(
        "CAL2015", FindingSeverity.Warning, "Cloud provider without calico_ipip_mode Always", RuleSource.KubesprayDocs,
        "cloud_provider is {0} and calico_ipip_mode is {1} (calico_vxlan_mode {2}); Kubespray's docs say Calico is configured with calico_ipip_mode: Always when a cloud provider is set, but the Calico role does no such thing{3}",
        "set the encapsulation explicitly: calico_vxlan_mode: Always (the default), or calico_ipip_mode: Always with calico_vxlan_mode: Never and calico_network_backend: bird",
        Options(CalicoOptions.IpipMode, CalicoOptions.VxlanMode),
        ctx =>
        {
            var cloud = ctx.ClusterRawVariable("cloud_provider");
            if (RuleHelpers.Text(cloud) is not { Length: > 0 } provider)
            {
                return;
            }

            var ipip = ctx.Find(CalicoOptions.IpipMode);
            var vxlan = ctx.Find(CalicoOptions.VxlanMode);
            if (ctx.Get(CalicoOptions.IpipMode) == EncapsulationMode.Always)
            {
                return;
            }

            var encapsulated = ctx.Get(CalicoOptions.VxlanMode) == EncapsulationMode.Always;
            ctx.ReportDetailed(
                ipip.IsSet ? ipip.Path : "cloud_provider", ipip.IsSet ? ipip.Location : cloud!.Value.Location,
                encapsulated ? FindingSeverity.Info : null, null, null,
                provider, ipip, vxlan,
                encapsulated ? "; VXLAN encapsulates all pod traffic, which cloud networks carry" : "; cloud networks usually drop unencapsulated pod traffic between subnets or hosts (source/destination checks)");
        },
        topology: true,
        silentOnDefaults: true);

    private static bool LocalhostLoadBalancer(HostClass c)
    {
        var d = c.Find(CalicoOptions.LoadBalancerApiserverLocalhost);
        return d.IsSet ? RuleHelpers.Truthy(d) : !c.IsDefined(CalicoOptions.LoadBalancerApiserver);
    }

    private static bool NeedsEpelForWireguard(string distribution, string major) => distribution switch
    {
        "CentOS" => major is "7" or "8",
        "AlmaLinux" or "Rocky" => major == "8",
        "Amazon" => major == "2",
        _ => false,
    };
}
