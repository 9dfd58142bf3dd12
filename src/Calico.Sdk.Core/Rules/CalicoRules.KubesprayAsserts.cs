using System.Net.Sockets;

namespace Calico.Sdk;

// CAL1xxx: Kubespray's static asserts S1–S25 (spec/kubespray-calico.md a.1), CAL10nn = Snn. Same verdict as
// Kubespray, but evaluated with every k8s_cluster host's own merged variables instead of the first host of the play.
// Kubespray skips S1–S14 and S24 when ignore_assert_errors is true: those findings are then warnings saying so,
// because the run goes on with the bad value. S1–S16 only run when kube_network_plugin is calico.
public static partial class CalicoRules
{
    /// <summary>CAL1001 (S1): the legacy variable <c>ipip</c> is defined.</summary>
    public static readonly Rule LegacyIpipDefined = Define(
        "CAL1001", FindingSeverity.Error, "Legacy variable 'ipip' is defined", RuleSource.KubesprayAssert,
        "'ipip' is set to {0}; Kubespray's check stops the run: 'ipip' is deprecated, use calico_ipip_mode",
        "remove ipip and set calico_ipip_mode (Always, CrossSubnet or Never)",
        WithAssertGates(CalicoOptions.LegacyIpip),
        ctx => MustBeUndefined(ctx, CalicoOptions.LegacyIpip),
        "S1");

    /// <summary>CAL1002 (S2): the legacy variable <c>ipip_mode</c> is defined.</summary>
    public static readonly Rule LegacyIpipModeDefined = Define(
        "CAL1002", FindingSeverity.Error, "Legacy variable 'ipip_mode' is defined", RuleSource.KubesprayAssert,
        "'ipip_mode' is set to {0}; Kubespray's check stops the run: 'ipip_mode' is deprecated, use calico_ipip_mode",
        "rename ipip_mode to calico_ipip_mode",
        WithAssertGates(CalicoOptions.LegacyIpipMode),
        ctx => MustBeUndefined(ctx, CalicoOptions.LegacyIpipMode),
        "S2");

    /// <summary>CAL1003 (S3): the misspelled <c>calcio_ipam_autoallocateblocks</c> is defined.</summary>
    public static readonly Rule MisspelledAutoAllocateBlocksDefined = Define(
        "CAL1003", FindingSeverity.Error, "Misspelled 'calcio_ipam_autoallocateblocks' is defined", RuleSource.KubesprayAssert,
        "'calcio_ipam_autoallocateblocks' is set to {0}; Kubespray's check stops the run: the misspelled name is deprecated, use calico_ipam_autoallocateblocks",
        "rename calcio_ipam_autoallocateblocks to calico_ipam_autoallocateblocks",
        WithAssertGates(CalicoOptions.IpamAutoAllocateBlocksMisspelled),
        ctx => MustBeUndefined(ctx, CalicoOptions.IpamAutoAllocateBlocksMisspelled),
        "S3");

    /// <summary>CAL1004 (S4): <c>calico_version</c> is not one Kubespray supports.</summary>
    public static readonly Rule UnsupportedCalicoVersion = Define(
        "CAL1004", FindingSeverity.Error, "Calico version not supported by Kubespray", RuleSource.KubesprayAssert,
        "calico_version {0} is not one Kubespray supports ({1}); its check stops the run: Calico version not supported",
        "set calico_version to a supported version such as 3.31.7, or remove it to use Kubespray's pinned version",
        WithAssertGates(CalicoOptions.CalicoVersion),
        ctx =>
        {
            var supported = $"{RuleHelpers.KubespraySupportedVersions[0]} to {RuleHelpers.KubespraySupportedVersions[RuleHelpers.KubespraySupportedVersions.Count - 1]}";
            foreach (var c in CalicoHostClasses(ctx, CalicoOptions.CalicoVersion))
            {
                var d = c.Find(CalicoOptions.CalicoVersion);
                if (d.IsSet && !RuleHelpers.KubespraySupportedVersions.Contains(Spelled(d)))
                {
                    Failed(c, d, true, d, supported);
                }
            }
        },
        "S4");

    /// <summary>CAL1005 (S5): a route reflector without a valid IPv4 <c>cluster_id</c>.</summary>
    public static readonly Rule RouteReflectorClusterId = Define(
        "CAL1005", FindingSeverity.Error, "Route reflector needs an IPv4 cluster_id", RuleSource.KubesprayAssert,
        "{0}: cluster_id is {1}; a route reflector needs a unique cluster_id that is a valid IPv4 address{2}",
        "set cluster_id to an IPv4 address (such as 1.0.0.1) for the calico_rr hosts, for example in the vars of their rack group",
        WithAssertGates(CalicoOptions.ClusterId, CalicoOptions.PeerWithCalicoRr),
        CheckRouteReflectorClusterId,
        "S5",
        topology: true,
        silentOnlyWithoutHostsIn: KubesprayGroups.CalicoRr);

    /// <summary>CAL1006 (S6): a <c>calico_rr</c> host missing from the <c>k8s_cluster</c> group the inventory declares.</summary>
    public static readonly Rule RouteReflectorOutsideK8sCluster = Define(
        "CAL1006", FindingSeverity.Info, "calico_rr host not under the declared k8s_cluster group", RuleSource.KubesprayAssert,
        "route reflector {0} is not under the k8s_cluster group declared in the inventory; Kubespray adds calico_rr to k8s_cluster at run time (dynamic_groups), so its check 'calico_rr must be a child group of k8s_cluster group' passes, but tools that read the inventory file alone do not give {0} the k8s_cluster group_vars",
        "add calico_rr to the children of k8s_cluster in the inventory",
        [],
        ctx =>
        {
            var routeReflectors = ctx.HostsOf(KubesprayGroups.CalicoRr);
            var declared = routeReflectors.Count == 0 ? null : DeclaredMembers(ctx.Cluster, KubesprayGroups.K8sCluster);
            if (declared is null)
            {
                return;
            }

            foreach (var rr in routeReflectors)
            {
                if (!declared.Contains(rr))
                {
                    ctx.Report($"groups[{KubesprayGroups.K8sCluster}]", null, rr);
                }
            }
        },
        "S6",
        topology: true,
        silentOnlyWithoutHostsIn: KubesprayGroups.CalicoRr);

    /// <summary>CAL1007 (S7): <c>calico_pool_name</c> fails Kubespray's name pattern.</summary>
    public static readonly Rule PoolNameCharacters = Define(
        "CAL1007", FindingSeverity.Error, "calico_pool_name contains invalid characters", RuleSource.KubesprayAssert,
        "calico_pool_name {0} does not match ^[a-zA-Z0-9-_.]{{2,63}}$; Kubespray's check stops the run: calico_pool_name contains invalid characters",
        "use 2 to 63 lowercase letters, digits and '-' (Calico itself needs a lowercase DNS-1123 name), such as default-pool",
        WithAssertGates(CalicoOptions.PoolName),
        ctx =>
        {
            foreach (var c in CalicoHostClasses(ctx, CalicoOptions.PoolName))
            {
                var d = c.Find(CalicoOptions.PoolName);
                if (!KubesprayPoolNamePattern(d))
                {
                    Failed(c, d, true, d);
                }
            }
        },
        "S7");

    /// <summary>CAL1008 (S8): <c>calico_network_backend</c> is not <c>bird</c>, <c>vxlan</c> or <c>none</c>.</summary>
    public static readonly Rule NetworkBackendValue = Define(
        "CAL1008", FindingSeverity.Error, "Unknown calico_network_backend", RuleSource.KubesprayAssert,
        "calico_network_backend is {0}; Kubespray's check stops the run: calico network backend is not 'bird', 'vxlan' or 'none' (the comparison is case-sensitive)",
        "set calico_network_backend to bird, vxlan or none (lowercase)",
        WithAssertGates(CalicoOptions.NetworkBackend),
        ctx =>
        {
            foreach (var c in CalicoHostClasses(ctx, CalicoOptions.NetworkBackend))
            {
                var d = c.Find(CalicoOptions.NetworkBackend);
                if (Spelled(d) is not ("bird" or "vxlan" or "none"))
                {
                    Failed(c, d, true, d);
                }
            }
        },
        "S8");

    /// <summary>CAL1009 (S9): <c>calico_ipip_mode</c> or <c>calico_vxlan_mode</c> is not Always, CrossSubnet or Never.</summary>
    public static readonly Rule EncapsulationModeValue = Define(
        "CAL1009", FindingSeverity.Error, "Unknown IPv4 encapsulation mode", RuleSource.KubesprayAssert,
        "{0} is {1}; Kubespray's check stops the run: calico inter host encapsulation mode is not 'Always', 'CrossSubnet' or 'Never' (the comparison is case-sensitive)",
        "use Always, CrossSubnet or Never, spelled exactly so",
        WithAssertGates(CalicoOptions.IpipMode, CalicoOptions.VxlanMode),
        ctx =>
        {
            foreach (var c in CalicoHostClasses(ctx, CalicoOptions.IpipMode, CalicoOptions.VxlanMode))
            {
                foreach (var option in new[] { CalicoOptions.IpipMode, CalicoOptions.VxlanMode })
                {
                    var d = c.Find(option);
                    if (Spelled(d) is not ("Always" or "CrossSubnet" or "Never"))
                    {
                        Failed(c, d, true, option.Name, d);
                    }
                }
            }
        },
        "S9");

    /// <summary>CAL1010 (S10): IPIP is on while VXLAN is not Never.</summary>
    public static readonly Rule IpipRequiresVxlanNever = Define(
        "CAL1010", FindingSeverity.Error, "IPIP on while VXLAN is not Never", RuleSource.KubesprayAssert,
        "calico_ipip_mode is {0} and calico_vxlan_mode is {1}; Kubespray's check stops the run: IP in IP and VXLAN mode is mutualy exclusive modes",
        "set calico_vxlan_mode: Never to use IPIP (with calico_network_backend: bird), or calico_ipip_mode: Never to use VXLAN",
        WithAssertGates(CalicoOptions.IpipMode, CalicoOptions.VxlanMode),
        ctx => ExclusiveEncapsulation(ctx, CalicoOptions.IpipMode, CalicoOptions.VxlanMode),
        "S10");

    /// <summary>CAL1011 (S11): VXLAN is on while IPIP is not Never.</summary>
    public static readonly Rule VxlanRequiresIpipNever = Define(
        "CAL1011", FindingSeverity.Error, "VXLAN on while IPIP is not Never", RuleSource.KubesprayAssert,
        "calico_vxlan_mode is {0} and calico_ipip_mode is {1}; Kubespray's check stops the run: IP in IP and VXLAN mode is mutualy exclusive modes (reported when CAL1010, which Kubespray checks first, passes)",
        "set calico_ipip_mode: Never to use VXLAN, or calico_vxlan_mode: Never to use IPIP",
        WithAssertGates(CalicoOptions.IpipMode, CalicoOptions.VxlanMode),
        ctx => ExclusiveEncapsulation(ctx, CalicoOptions.VxlanMode, CalicoOptions.IpipMode),
        "S11");

    /// <summary>CAL1012 (S12): the Calico API server needs the Kubernetes datastore.</summary>
    public static readonly Rule ApiserverNeedsKdd = Define(
        "CAL1012", FindingSeverity.Error, "Calico API server needs the kdd datastore", RuleSource.KubesprayAssert,
        "calico_apiserver_enabled is {0} but calico_datastore is {1}; Kubespray's check stops the run: When using calico apiserver you need to use the kubernetes datastore",
        "set calico_datastore: kdd, or calico_apiserver_enabled: false",
        WithAssertGates(CalicoOptions.ApiserverEnabled, CalicoOptions.Datastore),
        ctx => NeedsKdd(ctx, CalicoOptions.ApiserverEnabled),
        "S12");

    /// <summary>CAL1013 (S13): Typha needs the Kubernetes datastore.</summary>
    public static readonly Rule TyphaNeedsKdd = Define(
        "CAL1013", FindingSeverity.Error, "Typha needs the kdd datastore", RuleSource.KubesprayAssert,
        "typha_enabled is {0} but calico_datastore is {1}; Kubespray's check stops the run: When using typha you need to use the kubernetes datastore",
        "set calico_datastore: kdd, or typha_enabled: false",
        WithAssertGates(CalicoOptions.TyphaEnabled, CalicoOptions.Datastore),
        ctx => NeedsKdd(ctx, CalicoOptions.TyphaEnabled),
        "S13");

    /// <summary>CAL1014 (S14): IPIP on the IPv6 pool.</summary>
    public static readonly Rule NoIpipOnIpv6 = Define(
        "CAL1014", FindingSeverity.Error, "IPIP mode set for IPv6", RuleSource.KubesprayAssert,
        "calico_ipip_mode_ipv6 is {0} with ipv6_stack on; Kubespray's check stops the run: Calico doesn't support ipip tunneling for the IPv6",
        "set calico_ipip_mode_ipv6: Never (use calico_vxlan_mode_ipv6 to encapsulate IPv6)",
        WithAssertGates(CalicoOptions.IpipModeIpv6, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks),
        ctx =>
        {
            foreach (var c in CalicoHostClasses(ctx, CalicoOptions.IpipModeIpv6, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks))
            {
                var d = c.Find(CalicoOptions.IpipModeIpv6);
                if (Ipv6StackOn(c) && Spelled(d) != "Never")
                {
                    Failed(c, d, true, d);
                }
            }
        },
        "S14");

    /// <summary>CAL1015 (S15): <c>calico_pool_cidr</c> is not within <c>kube_pods_subnet</c>.</summary>
    public static readonly Rule PoolCidrInsidePodsSubnet = Define(
        "CAL1015", FindingSeverity.Error, "calico_pool_cidr not within kube_pods_subnet", RuleSource.KubesprayAssert,
        "calico_pool_cidr {0} is not within or equal to kube_pods_subnet {1}; Kubespray stops the run when it creates the pool (it checks this only while the pool does not exist yet)",
        "choose a calico_pool_cidr inside kube_pods_subnet, or widen kube_pods_subnet",
        WithAssertGates(CalicoOptions.PoolCidr, CalicoOptions.KubePodsSubnet, CalicoOptions.Ipv4Stack),
        ctx => PoolInsideSubnet(ctx, CalicoOptions.PoolCidr, CalicoOptions.KubePodsSubnet, ipv6: false),
        "S15");

    /// <summary>CAL1016 (S16): <c>calico_pool_cidr_ipv6</c> is not within <c>kube_pods_subnet_ipv6</c>.</summary>
    public static readonly Rule PoolCidrIpv6InsidePodsSubnet = Define(
        "CAL1016", FindingSeverity.Error, "calico_pool_cidr_ipv6 not within kube_pods_subnet_ipv6", RuleSource.KubesprayAssert,
        "calico_pool_cidr_ipv6 {0} is not within or equal to kube_pods_subnet_ipv6 {1}; Kubespray stops the run when it creates the IPv6 pool (it checks this while the pool's CIDR string is not found in calicoctl's output)",
        "choose a calico_pool_cidr_ipv6 inside kube_pods_subnet_ipv6, or widen kube_pods_subnet_ipv6",
        WithAssertGates(CalicoOptions.PoolCidrIpv6, CalicoOptions.KubePodsSubnetIpv6, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks),
        ctx => PoolInsideSubnet(ctx, CalicoOptions.PoolCidrIpv6, CalicoOptions.KubePodsSubnetIpv6, ipv6: true),
        "S16");

    /// <summary>CAL1017 (S17): <c>kube_network_plugin</c> or <c>kube_proxy_mode</c> is not a value Kubespray knows.</summary>
    public static readonly Rule NetworkPluginAndProxyModeValues = Define(
        "CAL1017", FindingSeverity.Error, "Unknown kube_network_plugin or kube_proxy_mode", RuleSource.KubesprayAssert,
        "{0} is {1}; Kubespray's inventory check stops the run: it must be one of {2}",
        "use one of the listed values, spelled exactly so",
        WithAssertGates(CalicoOptions.KubeProxyMode),
        ctx =>
        {
            string[] plugins = ["calico", "flannel", "cloud", "cilium", "cni", "kube-ovn", "kube-router", "macvlan", "custom_cni", "none"];
            string[] modes = ["iptables", "ipvs", "nftables"];
            foreach (var c in InventoryHostClasses(ctx, CalicoOptions.KubeProxyMode))
            {
                var plugin = c.Find(CalicoOptions.KubeNetworkPlugin);
                if (!plugins.Contains(Spelled(plugin)))
                {
                    c.Report(CalicoOptions.KubeNetworkPlugin, CalicoOptions.KubeNetworkPlugin.Name, plugin, string.Join(", ", plugins));
                }

                var mode = c.Find(CalicoOptions.KubeProxyMode);
                if (!modes.Contains(Spelled(mode)))
                {
                    c.Report(CalicoOptions.KubeProxyMode, CalicoOptions.KubeProxyMode.Name, mode, string.Join(", ", modes));
                }
            }
        },
        "S17");

    /// <summary>CAL1018 (S18): <c>kube_pods_subnet</c> is not a network range.</summary>
    public static readonly Rule PodsSubnetIsNetwork = Define(
        "CAL1018", FindingSeverity.Error, "kube_pods_subnet is not a network range", RuleSource.KubesprayAssert,
        "kube_pods_subnet is {0}; Kubespray's inventory check stops the run: it must be a network address with a prefix, without host bits and larger than one address",
        "write the network address, such as 10.233.64.0/18",
        WithAssertGates(CalicoOptions.KubePodsSubnet, CalicoOptions.Ipv4Stack),
        ctx => MustBeNetwork(ctx, CalicoOptions.KubePodsSubnet, ipv6: false),
        "S18");

    /// <summary>CAL1019 (S19): <c>kube_pods_subnet</c> overlaps <c>kube_service_addresses</c>.</summary>
    public static readonly Rule PodsAndServicesOverlap = Define(
        "CAL1019", FindingSeverity.Error, "kube_pods_subnet overlaps kube_service_addresses", RuleSource.KubesprayAssert,
        "kube_pods_subnet {0} overlaps kube_service_addresses {1}; Kubespray's inventory check stops the run",
        "choose disjoint ranges, such as kube_service_addresses 10.233.0.0/18 and kube_pods_subnet 10.233.64.0/18",
        WithAssertGates(CalicoOptions.KubePodsSubnet, CalicoOptions.KubeServiceAddresses, CalicoOptions.Ipv4Stack),
        ctx => MustNotOverlap(ctx, CalicoOptions.KubePodsSubnet, CalicoOptions.KubeServiceAddresses, ipv6: false),
        "S19");

    /// <summary>CAL1020 (S20): <c>kube_service_addresses</c> is not a network range.</summary>
    public static readonly Rule ServiceAddressesIsNetwork = Define(
        "CAL1020", FindingSeverity.Error, "kube_service_addresses is not a network range", RuleSource.KubesprayAssert,
        "kube_service_addresses is {0}; Kubespray's inventory check stops the run: it must be a network address with a prefix, without host bits and larger than one address",
        "write the network address, such as 10.233.0.0/18",
        WithAssertGates(CalicoOptions.KubeServiceAddresses, CalicoOptions.Ipv4Stack),
        ctx => MustBeNetwork(ctx, CalicoOptions.KubeServiceAddresses, ipv6: false),
        "S20");

    /// <summary>CAL1021 (S21): <c>kube_pods_subnet_ipv6</c> is not a network range.</summary>
    public static readonly Rule PodsSubnetIpv6IsNetwork = Define(
        "CAL1021", FindingSeverity.Error, "kube_pods_subnet_ipv6 is not a network range", RuleSource.KubesprayAssert,
        "kube_pods_subnet_ipv6 is {0}; Kubespray's inventory check stops the run: it must be an IPv6 network address with a prefix, without host bits",
        "write the network address, such as fd85:ee78:d8a6:8607::1:0/112",
        WithAssertGates(CalicoOptions.KubePodsSubnetIpv6, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks),
        ctx => MustBeNetwork(ctx, CalicoOptions.KubePodsSubnetIpv6, ipv6: true),
        "S21");

    /// <summary>CAL1022 (S22): <c>kube_pods_subnet_ipv6</c> overlaps <c>kube_service_addresses_ipv6</c>.</summary>
    public static readonly Rule PodsAndServicesIpv6Overlap = Define(
        "CAL1022", FindingSeverity.Error, "kube_pods_subnet_ipv6 overlaps kube_service_addresses_ipv6", RuleSource.KubesprayAssert,
        "kube_pods_subnet_ipv6 {0} overlaps kube_service_addresses_ipv6 {1}; Kubespray's inventory check stops the run",
        "choose disjoint IPv6 ranges",
        WithAssertGates(CalicoOptions.KubePodsSubnetIpv6, CalicoOptions.KubeServiceAddressesIpv6, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks),
        ctx => MustNotOverlap(ctx, CalicoOptions.KubePodsSubnetIpv6, CalicoOptions.KubeServiceAddressesIpv6, ipv6: true),
        "S22");

    /// <summary>CAL1023 (S23): <c>kube_service_addresses_ipv6</c> is not a network range.</summary>
    public static readonly Rule ServiceAddressesIpv6IsNetwork = Define(
        "CAL1023", FindingSeverity.Error, "kube_service_addresses_ipv6 is not a network range", RuleSource.KubesprayAssert,
        "kube_service_addresses_ipv6 is {0}; Kubespray's inventory check stops the run: it must be an IPv6 network address with a prefix, without host bits",
        "write the network address, such as fd85:ee78:d8a6:8607::1000/116",
        WithAssertGates(CalicoOptions.KubeServiceAddressesIpv6, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks),
        ctx => MustBeNetwork(ctx, CalicoOptions.KubeServiceAddressesIpv6, ipv6: true),
        "S23");

    /// <summary>CAL1024 (S24): <c>kube_control_plane</c> is empty.</summary>
    public static readonly Rule ControlPlaneNotEmpty = Define(
        "CAL1024", FindingSeverity.Error, "kube_control_plane is empty", RuleSource.KubesprayAssert,
        "the kube_control_plane group has no host; Kubespray's inventory check stops the run, and every cluster-level Calico change runs on its first host",
        "add at least one host to kube_control_plane",
        [CalicoOptions.IgnoreAssertErrors],
        ctx =>
        {
            if (ctx.CountOf(KubesprayGroups.ControlPlane) > 0)
            {
                return;
            }

            var ignore = ctx.Find(CalicoOptions.IgnoreAssertErrors);
            var path = $"groups[{KubesprayGroups.ControlPlane}]";
            if (ignore.Value is true)
            {
                ctx.ReportDetailed(path, null, FindingSeverity.Warning, null, IgnoredNote + "; later plays still need a control-plane host");
            }
            else
            {
                ctx.Report(path, null);
            }
        },
        "S24",
        topology: true);

    /// <summary>CAL1025 (S25): an inventory hostname is not a lowercase DNS-1123 subdomain.</summary>
    public static readonly Rule HostnameIsDns1123 = Define(
        "CAL1025", FindingSeverity.Error, "Inventory hostname is not a lowercase DNS-1123 name", RuleSource.KubesprayAssert,
        "host '{0}' is not a lowercase DNS-1123 subdomain; Kubespray's preinstall check stops the run, and the hostname is the Kubernetes and Calico node name in every calicoctl call",
        "rename the host with lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (set ansible_host to keep the address)",
        [],
        ctx =>
        {
            foreach (var h in ctx.Hosts)
            {
                if ((ctx.IsInGroup(h.Name, KubesprayGroups.K8sCluster) || ctx.IsInGroup(h.Name, KubesprayGroups.Etcd)) && !IsDns1123Pattern(h.Name))
                {
                    ctx.Report($"hosts[{h.Name}]", null, h.Name);
                }
            }
        },
        "S25",
        topology: true);

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static void MustBeUndefined(RuleContext ctx, CalicoOption option)
    {
        foreach (var c in CalicoHostClasses(ctx, option))
        {
            var d = c.Find(option);
            if (d.IsSet)
            {
                Failed(c, d, true, d);
            }
        }
    }

    private static void ExclusiveEncapsulation(RuleContext ctx, CalicoOption<EncapsulationMode> on, CalicoOption<EncapsulationMode> other)
    {
        foreach (var c in CalicoHostClasses(ctx, on, other))
        {
            var a = c.Find(on);
            var b = c.Find(other);

            // S10 runs before S11 and stops the run; S11 is reported only when S10 passes, so one mistake gives one finding.
            var s10Failed = on == CalicoOptions.VxlanMode && Spelled(b) is "Always" or "CrossSubnet" && Spelled(a) != "Never";
            if (Spelled(a) is "Always" or "CrossSubnet" && Spelled(b) != "Never" && !s10Failed)
            {
                Failed(c, c.MostSpecific(other, on), true, a, b);
            }
        }
    }

    private static void NeedsKdd(RuleContext ctx, CalicoOption<bool> feature)
    {
        foreach (var c in CalicoHostClasses(ctx, feature, CalicoOptions.Datastore))
        {
            var f = c.Find(feature);
            var ds = c.Find(CalicoOptions.Datastore);
            if (RuleHelpers.Truthy(f) && Spelled(ds) != "kdd")
            {
                Failed(c, c.MostSpecific(CalicoOptions.Datastore, feature), true, f, ds);
            }
        }
    }

    /// <summary><c>ipv6_stack</c> as Kubespray computes it: set, else <c>enable_dual_stack_networks</c>, else false.</summary>
    private static bool Ipv6StackOn(HostClass c)
    {
        var d = c.Find(CalicoOptions.Ipv6Stack);
        if (d.IsSet)
        {
            return RuleHelpers.Truthy(d);
        }

        var legacy = c.Find(CalicoOptions.EnableDualStackNetworks);
        return legacy.IsSet && RuleHelpers.Truthy(legacy);
    }

    private static bool Ipv4StackOn(HostClass c) => RuleHelpers.Truthy(c.Find(CalicoOptions.Ipv4Stack));

    private static bool StackOn(HostClass c, bool ipv6) => ipv6 ? Ipv6StackOn(c) : Ipv4StackOn(c);

    private static CalicoOption[] StackOptions(bool ipv6) =>
        ipv6 ? [CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks] : [CalicoOptions.Ipv4Stack];

    private static void PoolInsideSubnet(RuleContext ctx, CalicoOption<Cidr> pool, CalicoOption<Cidr> subnet, bool ipv6)
    {
        foreach (var c in CalicoHostClasses(ctx, [pool, subnet, .. StackOptions(ipv6)]))
        {
            var p = c.Find(pool);
            var s = c.Find(subnet);
            if (!p.IsSet || !StackOn(c, ipv6) || RuleHelpers.CidrOf(s) is not { } sub || !RuleHelpers.IsNetworkRange(sub))
            {
                // An unusable subnet is CAL1018/CAL1021's finding.
                continue;
            }

            if (RuleHelpers.CidrOf(p) is not { } cidr || !sub.Contains(cidr))
            {
                c.ReportDetailed(c.MostSpecific(pool, subnet), null, null, null, p, s);
            }
        }
    }

    private static void MustBeNetwork(RuleContext ctx, CalicoOption<Cidr> option, bool ipv6)
    {
        foreach (var c in InventoryHostClasses(ctx, [option, .. StackOptions(ipv6)]))
        {
            var d = c.Find(option);
            if (!StackOn(c, ipv6))
            {
                continue;
            }

            if (RuleHelpers.CidrOf(d) is not { } cidr || !RuleHelpers.IsNetworkRange(cidr))
            {
                c.Report(option, d);
            }
        }
    }

    private static void MustNotOverlap(RuleContext ctx, CalicoOption<Cidr> pods, CalicoOption<Cidr> services, bool ipv6)
    {
        foreach (var c in InventoryHostClasses(ctx, [pods, services, .. StackOptions(ipv6)]))
        {
            var p = c.Find(pods);
            var s = c.Find(services);
            if (StackOn(c, ipv6) && RuleHelpers.CidrOf(p) is { } a && RuleHelpers.CidrOf(s) is { } b && a.Overlaps(b))
            {
                c.ReportDetailed(c.MostSpecific(pods, services), null, null, null, p, s);
            }
        }
    }

    // Kubespray: calico_pool_name is defined and is match("^[a-zA-Z0-9-_.]{2,63}$") (Python re: '-' is literal there).
    private static bool KubesprayPoolNamePattern(DefinedValue d)
    {
        if (!d.IsSet)
        {
            return true;
        }

        if (d.Raw is InventoryScalar { Kind: ScalarKind.Null })
        {
            return false;
        }

        var text = Spelled(d);
        if (text.EndsWith("\n", StringComparison.Ordinal))
        {
            // Python's '$' also matches before a final newline.
            text = text.Substring(0, text.Length - 1);
        }

        return text.Length is >= 2 and <= 63 && text.All(ch => ch is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.');
    }

    // Kubespray's pattern for inventory_hostname: ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ (no length limit).
    private static bool IsDns1123Pattern(string name) => KubernetesNames.IsDns1123Subdomain(name, int.MaxValue);

    private static void CheckRouteReflectorClusterId(RuleContext ctx)
    {
        var rrHosts = ctx.HostsOf(KubesprayGroups.CalicoRr);
        var cp0 = ctx.FirstControlPlane;

        // Where the value is consumed: every route reflector's Node gets spec.bgp.routeReflectorClusterID = cluster_id,
        // which Calico accepts only as a bare IPv4 address; a missing one fails the route-reflector play.
        foreach (var c in ctx.HostClasses(KubesprayGroups.CalicoRr, WithAssertGates(CalicoOptions.ClusterId, CalicoOptions.PeerWithCalicoRr)))
        {
            if (!PeersWithRouteReflectors(c, rrHosts.Count) || RuleHelpers.Spelled(c.Find(CalicoOptions.KubeNetworkPlugin)) != "calico")
            {
                continue;
            }

            var d = c.Find(CalicoOptions.ClusterId);
            var valid = d.IsSet && IpAddresses.TryParseStrict(Spelled(d), out var ip) && ip!.AddressFamily == AddressFamily.InterNetwork;
            if (valid)
            {
                continue;
            }

            var note = c.Hosts.Contains(cp0) ? Cp0Note(ctx, cp0!) : "; Kubespray checks only the first control-plane host's cluster_id, so the bad value reaches calicoctl on the route-reflector play, which fails";
            if (d.IsSet)
            {
                c.ReportDetailed(d, null, null, null, string.Join(", ", c.Hosts), d, note);
            }
            else
            {
                foreach (var h in c.Hosts)
                {
                    ctx.ReportDetailed($"hosts[{h}].cluster_id", null, null, null, null, h, "not set", note);
                }
            }
        }

        // Kubespray's own assert: cp0's cluster_id, checked only when cp0 is the first host of the play (run_once).
        if (cp0 is null || rrHosts.Contains(cp0))
        {
            return;
        }

        var cp0Id = ctx.FindForHost(cp0, CalicoOptions.ClusterId);
        var cp0Peer = ctx.FindForHost(cp0, CalicoOptions.PeerWithCalicoRr);
        var peers = cp0Peer.IsSet ? RuleHelpers.Truthy(cp0Peer) : rrHosts.Count > 0;
        var plugin = RuleHelpers.Spelled(ctx.FindForHost(cp0, CalicoOptions.KubeNetworkPlugin));
        if (!peers || plugin != "calico" || (cp0Id.IsSet && AnsibleIpv4(Spelled(cp0Id))))
        {
            return;
        }

        var first = FirstPlayHost(ctx);
        var path = cp0Id.IsSet ? cp0Id.Path : $"hosts[{cp0}].cluster_id";
        var what = cp0Id.IsSet ? cp0Id.Describe() : "not set";
        if (first == cp0)
        {
            var ignored = ctx.FindForHost(cp0, CalicoOptions.IgnoreAssertErrors).Value is true;
            ctx.ReportDetailed(
                path, cp0Id.Location, ignored ? FindingSeverity.Warning : null, null,
                ignored ? IgnoredNote : null,
                cp0, what, $"; Kubespray's check runs on the first control-plane host {cp0}, which is the first host of the play, and stops the run even though {cp0} is not a route reflector");
        }
        else
        {
            ctx.ReportDetailed(
                path, cp0Id.Location, FindingSeverity.Info, "set cluster_id for the first control-plane host too (for example in the vars of a group holding every host), so that reordering the inventory cannot make Kubespray fail",
                null, cp0, what, $"; Kubespray checks it only when {cp0} is the first host of the play, and here {first} is first, so it passes today");
        }
    }

    private static string Cp0Note(RuleContext ctx, string cp0)
    {
        var first = FirstPlayHost(ctx);
        return first == cp0
            ? $"; {cp0} is also the first control-plane host and the first host of the play, so Kubespray's check stops the run"
            : $"; Kubespray checks this host's cluster_id only when it is the first host of the play, and here {first} is first, so the bad value reaches calicoctl on the route-reflector play, which fails";
    }

    // ansible.utils.ipv4: an IPv4 address, or an IPv4 network.
    private static bool AnsibleIpv4(string text) =>
        (IpAddresses.TryParseStrict(text, out var ip) && ip!.AddressFamily == AddressFamily.InterNetwork)
        || (Cidr.TryParse(text, out var cidr, out _) && !cidr.IsIPv6);

    private static bool PeersWithRouteReflectors(HostClass c, int rrCount)
    {
        var d = c.Find(CalicoOptions.PeerWithCalicoRr);
        return d.IsSet ? RuleHelpers.Truthy(d) : rrCount > 0;
    }

    /// <summary>The first host of the preinstall play (k8s_cluster:etcd), taken as the first such host in inventory order.</summary>
    private static string? FirstPlayHost(RuleContext ctx)
    {
        var k8s = ctx.HostsOf(KubesprayGroups.K8sCluster);
        if (k8s.Count > 0)
        {
            return k8s[0];
        }

        var etcd = ctx.HostsOf(KubesprayGroups.Etcd);
        return etcd.Count > 0 ? etcd[0] : null;
    }

    /// <summary>The hosts the inventory itself puts under a group (children and legacy names followed), or null when the inventory does not declare the group.</summary>
    private static HashSet<string>? DeclaredMembers(CalicoCluster cluster, string group)
    {
        var roots = cluster.Groups.Where(g => KubesprayGroups.Canonical(g.Name) == group && (g.Hosts.Count > 0 || g.Children.Count > 0)).ToList();
        if (roots.Count == 0)
        {
            return null;
        }

        var hosts = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<InventoryGroup>(roots);
        while (queue.Count > 0)
        {
            var g = queue.Dequeue();
            if (!seen.Add(g.Name))
            {
                continue;
            }

            foreach (var h in g.Hosts)
            {
                hosts.Add(h);
            }

            foreach (var child in g.Children)
            {
                foreach (var cg in cluster.Groups.Where(x => KubesprayGroups.Canonical(x.Name) == KubesprayGroups.Canonical(child)))
                {
                    queue.Enqueue(cg);
                }
            }
        }

        return hosts;
    }
}
