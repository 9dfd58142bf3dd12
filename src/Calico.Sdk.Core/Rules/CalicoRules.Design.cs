namespace Calico.Sdk;

// CAL4xxx: design rules — what Kubespray does not check (spec/kubespray-calico.md a.4) and valid input that gives a
// cluster that does not work as intended.
public static partial class CalicoRules
{
    /// <summary>CAL4001: a value outside an enumeration Kubespray passes on unchecked.</summary>
    public static readonly Rule UncheckedEnumValue = Define(
        "CAL4001", FindingSeverity.Error, "Value Kubespray passes on unchecked is not accepted", RuleSource.Design,
        "{0} is {1}, which is not one of {2}; Kubespray does not check it and passes it on to {3}",
        "use one of the listed values",
        Options(
            CalicoOptions.Datastore, CalicoOptions.VxlanModeIpv6, CalicoOptions.IptablesBackend, CalicoOptions.BpfServiceMode, CalicoOptions.BpfLogLevel,
            CalicoOptions.FloatingIps, CalicoOptions.NftablesMode, CalicoOptions.EndpointToHostAction, CalicoOptions.ChainInsertMode, CalicoOptions.LogLevel,
            CalicoOptions.LogSeverityScreen, CalicoOptions.Ipv4PoolIpip, CalicoOptions.NodeStartupLogLevel, CalicoOptions.PolicyControllerLogLevel),
        ctx =>
        {
            foreach (var option in ctx.Rule.Reads)
            {
                foreach (var d in ctx.Definitions(option))
                {
                    if (!d.IsReadable && !(d.Raw is InventoryScalar { IsTemplate: true }))
                    {
                        var consumer = option.Consumer.Length > 0 ? option.Consumer : "Calico";
                        ctx.Report(d, option.Name, d, option.Allowed, consumer);
                    }
                }
            }
        });

    /// <summary>CAL4002: a value set in code outside the option's range or format.</summary>
    public static readonly Rule OptionOutOfRange = Define(
        "CAL4002", FindingSeverity.Error, "Value outside the option's range", RuleSource.Design,
        "{0}: {1}",
        "use a value the option accepts (see docs/options.md)",
        CalicoOptions.All.ToArray(),
        ctx =>
        {
            // Imported values were checked by the importer (CAL0051); options with their own rule are left to it.
            // owner: "groups" or "hosts" and the name, or null for the cluster-wide groups (paths without a prefix).
            void Check(VariableSet vars, string? kind, string name)
            {
                var options = vars.Options;
                for (var i = 0; i < options.Count; i++)
                {
                    // In partial mode a value set by a call not replayed may be stale: only known options are checked.
                    var a = options[i];
                    if (a.Source is null && !HasDedicatedRule(a.Option.Name) && ctx.Knows(a.Option)
                        && a.Option.CheckValue(a.Value) is { } problem)
                    {
                        ctx.Report(kind is null ? a.Option.Name : $"{kind}[{name}].{a.Option.Name}", null, a.Option.Name, problem);
                    }
                }
            }

            foreach (var g in ctx.Cluster.Groups)
            {
                if (ctx.TopologyKnown || KubesprayGroups.IsClusterLevel(g.Name))
                {
                    Check(g.Vars, KubesprayGroups.IsClusterLevel(g.Name) ? null : "groups", g.Name);
                }
            }

            if (ctx.TopologyKnown)
            {
                foreach (var h in ctx.Cluster.Hosts)
                {
                    Check(h.Vars, "hosts", h.Name);
                }
            }
        });

    /// <summary>CAL4003: <c>typha_secure</c> without <c>typha_enabled</c>.</summary>
    public static readonly Rule TyphaSecureWithoutTypha = Define(
        "CAL4003", FindingSeverity.Error, "typha_secure without typha_enabled", RuleSource.Design,
        "typha_secure is {0} but typha_enabled is {1}; Kubespray renders calico-node with the Typha certificate volumeMounts but without their volumes, and the DaemonSet is rejected",
        "set typha_enabled: true, or typha_secure: false",
        Options(CalicoOptions.TyphaSecure, CalicoOptions.TyphaEnabled),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, CalicoOptions.TyphaSecure, CalicoOptions.TyphaEnabled))
            {
                if (c.Get(CalicoOptions.TyphaSecure) && !c.Get(CalicoOptions.TyphaEnabled))
                {
                    c.ReportAtMostSpecific([CalicoOptions.TyphaSecure, CalicoOptions.TyphaEnabled], c.Find(CalicoOptions.TyphaSecure), c.Find(CalicoOptions.TyphaEnabled));
                }
            }
        });

    /// <summary>CAL4004: <c>calico_veth_mtu</c> without <c>calico_mtu</c>, which Kubespray silently ignores.</summary>
    public static readonly Rule VethMtuWithoutMtu = Define(
        "CAL4004", FindingSeverity.Warning, "calico_veth_mtu is ignored without calico_mtu", RuleSource.Design,
        "calico_veth_mtu is {0} but calico_mtu is not set; Kubespray renders the tunnel MTUs only when calico_mtu is defined, so calico_veth_mtu has no effect and Calico picks the MTU itself",
        "also set calico_mtu to the network interface MTU (calico_veth_mtu = calico_mtu minus the encapsulation overhead)",
        Options(CalicoOptions.VethMtu, CalicoOptions.Mtu),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, CalicoOptions.VethMtu, CalicoOptions.Mtu))
            {
                if (c.IsDefined(CalicoOptions.VethMtu) && !c.IsDefined(CalicoOptions.Mtu))
                {
                    c.Report(CalicoOptions.VethMtu, c.Find(CalicoOptions.VethMtu));
                }
            }
        });

    /// <summary>CAL4019: <c>calico_mtu</c> above <c>calico_veth_mtu</c> with encapsulation: pods get <c>calico_mtu</c> through the CNI configuration.</summary>
    public static readonly Rule PodMtuAboveTunnelMtu = Define(
        "CAL4019", FindingSeverity.Warning, "Pods get a larger MTU than the tunnels", RuleSource.Design,
        "calico_mtu is {0} and calico_veth_mtu is {1}; Kubespray writes calico_mtu into the CNI configuration's mtu, so pod interfaces get {0} while the {2} tunnels get {1}, and every packet between the two sizes needs path-MTU discovery or is dropped",
        "set calico_mtu to the value of calico_veth_mtu (the pod MTU); the network MTU itself is not a Kubespray variable",
        MtuInputs(),
        ctx =>
        {
            foreach (var (c, mtu, veth) in MtuPairs(ctx))
            {
                if (veth >= mtu)
                {
                    continue;
                }

                var (overhead, what) = MtuOverhead(c);
                if (overhead == 0)
                {
                    continue;
                }

                c.ReportDetailed(c.Find(CalicoOptions.Mtu), null, $"set calico_mtu: {veth}", null, mtu, veth, what);
            }
        });

    /// <summary>CAL4005: route-reflector ids set while no host is a route reflector.</summary>
    public static readonly Rule RouteReflectorIdsUnused = Define(
        "CAL4005", FindingSeverity.Warning, "Route-reflector ids without route reflectors", RuleSource.Design,
        "{0} is {1} but Kubespray does not peer with route reflectors (calico_rr {2}, peer_with_calico_rr {3}), so the id is never used",
        "add the route reflectors to calico_rr, or remove the id",
        Options(CalicoOptions.RouteReflectorId, CalicoOptions.GroupId, CalicoOptions.PeerWithCalicoRr),
        ctx =>
        {
            var rrCount = ctx.CountOf(KubesprayGroups.CalicoRr);
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, CalicoOptions.RouteReflectorId, CalicoOptions.GroupId, CalicoOptions.PeerWithCalicoRr))
            {
                if (PeersWithRouteReflectors(c, rrCount) && rrCount > 0)
                {
                    continue;
                }

                foreach (var option in new[] { CalicoOptions.RouteReflectorId, CalicoOptions.GroupId })
                {
                    var d = c.Find(option);
                    if (d.IsSet)
                    {
                        c.Report(option, option.Name, d, rrCount == 0 ? "is empty" : $"has {rrCount} hosts", c.Find(CalicoOptions.PeerWithCalicoRr).IsSet ? c.Find(CalicoOptions.PeerWithCalicoRr).Describe() : "unset");
                    }
                }
            }
        },
        topology: true,
        silentOnDefaults: true);

    /// <summary>CAL4006: a node left without any BGP session once the node-to-node mesh is off.</summary>
    public static readonly Rule NodeWithoutBgpPeers = Define(
        "CAL4006", FindingSeverity.Error, "Node without BGP peers", RuleSource.Design,
        "{0} get no BGP session: the node-to-node mesh is off ({1}) and {2}; with the bird backend these nodes learn no routes to other nodes' pods",
        "give every node a peer: a peers entry (scope global on the first control-plane host, or node scope on the host), or a calico_group_id served by a route reflector",
        Options(CalicoOptions.NetworkBackend, CalicoOptions.PeerWithRouter, CalicoOptions.PeerWithCalicoRr, CalicoOptions.Peers, CalicoOptions.RouteReflectorId, CalicoOptions.GroupId),
        CheckNodeBgpPeers,
        topology: true,
        silentOnlyWithoutHostsIn: KubesprayGroups.CalicoRr);

    /// <summary>CAL4007: <c>kube_override_hostname</c> differs from the inventory hostname.</summary>
    public static readonly Rule OverrideHostnameDiffers = Define(
        "CAL4007", FindingSeverity.Error, "kube_override_hostname differs from the inventory hostname", RuleSource.Design,
        "kube_override_hostname is {0} for {1}; the Kubernetes and Calico node is then named differently from the inventory hostname, which every calicoctl node call and BGPPeer spec.node of Kubespray uses, so they fail or point at no node",
        "rename the host to the node name and drop kube_override_hostname (keep the address in ansible_host)",
        Options(CalicoOptions.KubeOverrideHostname),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, CalicoOptions.KubeOverrideHostname))
            {
                var d = c.Find(CalicoOptions.KubeOverrideHostname);
                if (!d.IsSet)
                {
                    continue;
                }

                var value = Spelled(d);
                var differing = c.Hosts.Where(h => !string.Equals(h, value, StringComparison.Ordinal)).ToList();
                if (differing.Count > 0 && !value.Contains("{{"))
                {
                    c.ReportForHosts(differing, d, null, null, null, d, RuleContext.DescribeHosts(differing));
                }
            }
        },
        topology: true,
        silentOnDefaults: true);

    /// <summary>CAL4008: advertising cluster IPs in a dual-stack cluster, which Kubespray renders wrongly.</summary>
    public static readonly Rule DualStackClusterIpAdvertisement = Define(
        "CAL4008", FindingSeverity.Warning, "Dual-stack cluster IP advertisement is rendered wrongly", RuleSource.Design,
        "calico_advertise_cluster_ips is {0} with both ipv4_stack and ipv6_stack on; Kubespray renders BGPConfiguration serviceClusterIPs as one entry with a duplicated cidr key, so at best only the IPv6 range {1} is advertised and {2} is not",
        "patch BGPConfiguration default yourself with both ranges (serviceClusterIPs: [{cidr: IPv4}, {cidr: IPv6}]) and leave calico_advertise_cluster_ips unset",
        Options(CalicoOptions.AdvertiseClusterIps, CalicoOptions.Ipv4Stack, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks, CalicoOptions.KubeServiceAddresses, CalicoOptions.KubeServiceAddressesIpv6),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, ctx.Rule.Reads.ToArray()))
            {
                var d = c.Find(CalicoOptions.AdvertiseClusterIps);
                if (RuleHelpers.Truthy(d) && Ipv4StackOn(c) && Ipv6StackOn(c))
                {
                    c.Report(CalicoOptions.AdvertiseClusterIps, d, c.Find(CalicoOptions.KubeServiceAddressesIpv6), c.Find(CalicoOptions.KubeServiceAddresses));
                }
            }
        });

    /// <summary>CAL4009: a route-reflector cluster with fewer than two route reflectors.</summary>
    public static readonly Rule SingleRouteReflectorPerCluster = Define(
        "CAL4009", FindingSeverity.Warning, "Fewer than two route reflectors per cluster_id", RuleSource.Design,
        "cluster_id {0} has only route reflector {1}; when it restarts, its clients lose their routes (no redundancy)",
        "give every cluster_id at least two route reflectors, ideally in different failure domains",
        Options(CalicoOptions.ClusterId, CalicoOptions.PeerWithCalicoRr),
        ctx =>
        {
            var byId = new SortedDictionary<string, List<(string Host, DefinedValue Id)>>(StringComparer.Ordinal);
            foreach (var rr in ctx.HostsOf(KubesprayGroups.CalicoRr))
            {
                var peer = ctx.FindForHost(rr, CalicoOptions.PeerWithCalicoRr);
                var id = ctx.FindForHost(rr, CalicoOptions.ClusterId);
                if ((peer.IsSet && !RuleHelpers.Truthy(peer)) || !id.IsSet)
                {
                    continue;
                }

                var key = Spelled(id);
                if (!byId.TryGetValue(key, out var list))
                {
                    list = [];
                    byId[key] = list;
                }

                list.Add((rr, id));
            }

            foreach (var kv in byId.Where(kv => kv.Value.Count < 2))
            {
                var (host, id) = kv.Value[0];
                ctx.Report(id, id, host);
            }
        },
        topology: true,
        silentOnDefaults: true);

    /// <summary>CAL4010: <c>local_as</c> that Kubespray ignores.</summary>
    public static readonly Rule LocalAsIgnored = Define(
        "CAL4010", FindingSeverity.Warning, "local_as is ignored", RuleSource.Design,
        "local_as is {0} for {1}, but Kubespray ignores it {2}",
        "remove local_as, or use it only with peer_with_router and an empty calico_rr group",
        Options(CalicoOptions.LocalAs, CalicoOptions.PeerWithRouter),
        ctx =>
        {
            var rrCount = ctx.CountOf(KubesprayGroups.CalicoRr);
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, CalicoOptions.LocalAs, CalicoOptions.PeerWithRouter))
            {
                var d = c.Find(CalicoOptions.LocalAs);
                if (!d.IsSet)
                {
                    continue;
                }

                string? why = rrCount > 0
                    ? $"while the calico_rr group has hosts ({rrCount}): Kubespray patches node AS numbers only without route reflectors"
                    : !RuleHelpers.Truthy(c.Find(CalicoOptions.PeerWithRouter)) ? "because peer_with_router is not true: node AS numbers are set only when peering with routers" : null;
                if (why is not null)
                {
                    c.Report(CalicoOptions.LocalAs, d, RuleContext.DescribeHosts(c.Hosts), why);
                }
            }
        },
        topology: true,
        silentOnDefaults: true);

    /// <summary>CAL4011: Typha replica count far from what the cluster size needs.</summary>
    public static readonly Rule TyphaReplicasForClusterSize = Define(
        "CAL4011", FindingSeverity.Warning, "Typha replicas do not fit the cluster size", RuleSource.Design,
        "typha_replicas is {0} for {1} calico-node hosts; {2}",
        "set typha_replicas to about one per 100–200 nodes",
        Options(CalicoOptions.TyphaEnabled, CalicoOptions.TyphaReplicas, CalicoOptions.Datastore),
        ctx =>
        {
            if (!ctx.Get(CalicoOptions.TyphaEnabled) || ctx.Get(CalicoOptions.Datastore) != CalicoDatastore.Kdd)
            {
                return;
            }

            var nodes = ctx.CountOf(KubesprayGroups.K8sCluster);
            var replicas = ctx.Get(CalicoOptions.TyphaReplicas);
            var (min, max) = TyphaSizing.Acceptable(nodes);
            var d = ctx.Find(CalicoOptions.TyphaReplicas);
            var hint = $"set typha_replicas: {TyphaSizing.Recommended(nodes)}";
            if (nodes > 0 && replicas > nodes)
            {
                ctx.ReportWithHint(d.Path, d.Location, hint, d, nodes, "Typha uses the host network (one replica per node), so the extra replicas stay Pending");
            }
            else if (replicas < min)
            {
                ctx.ReportWithHint(d.Path, d.Location, hint, d, nodes, $"too few: each replica serves about 100–200 nodes, so {min} to {max} are needed");
            }
            else if (replicas > max)
            {
                ctx.ReportWithHint(d.Path, d.Location, hint, d, nodes, $"more than needed ({min} to {max}): every replica adds API server watches");
            }
        },
        topology: true);

    /// <summary>CAL4012: the network plugin is not Calico, so no Calico setting takes effect.</summary>
    public static readonly Rule NetworkPluginNotCalico = Define(
        "CAL4012", FindingSeverity.Warning, "kube_network_plugin is not calico", RuleSource.Design,
        "kube_network_plugin is {0}; Kubespray installs no Calico then, so none of the Calico settings take effect and Kubespray's Calico checks do not run",
        "set kube_network_plugin: calico (Kubespray's default)",
        Options(CalicoOptions.KubeNetworkPlugin),
        ctx =>
        {
            var d = ctx.Find(CalicoOptions.KubeNetworkPlugin);
            if (!d.IsUnreadable && ctx.Get(CalicoOptions.KubeNetworkPlugin) != KubeNetworkPlugin.Calico)
            {
                ctx.Report(d, d);
            }
        });

    /// <summary>CAL4013: a reserved AS number.</summary>
    public static readonly Rule ReservedAsNumber = Define(
        "CAL4013", FindingSeverity.Warning, "Reserved AS number", RuleSource.Design,
        "{0} is {1}, {2}",
        "use a private AS number: 64512–65534, or 4200000000–4294967294",
        Options(CalicoOptions.GlobalAsNumber, CalicoOptions.LocalAs, CalicoOptions.Peers),
        ctx =>
        {
            foreach (var option in new[] { CalicoOptions.GlobalAsNumber, CalicoOptions.LocalAs })
            {
                foreach (var d in ctx.Definitions(option))
                {
                    if (d.Value is AsNumber asn && ReservedAs(asn.Value) is { } why)
                    {
                        ctx.Report(d, option.Name, d, why);
                    }
                }
            }

            foreach (var p in AllPeerEntries(ctx))
            {
                if (p.As is { } field && AsNumber.TryParse(field.Text, out var asn, out _) && ReservedAs(asn.Value) is { } why)
                {
                    ctx.Report(field.Path, field.Location, field.Path, field.Value, why);
                }
            }
        });

    /// <summary>CAL4014: a peers entry whose <c>scope</c> Kubespray silently drops.</summary>
    public static readonly Rule PeerScopeDropped = Define(
        "CAL4014", FindingSeverity.Warning, "peers entry with an unknown scope is dropped", RuleSource.Design,
        "{0} is {1}; Kubespray uses an entry only when scope is exactly 'global' or 'node' (or absent), so this peer is silently dropped",
        "write scope: global or scope: node (lowercase), or leave scope out for a node peer",
        Options(CalicoOptions.Peers),
        ctx =>
        {
            foreach (var p in AllPeerEntries(ctx))
            {
                if (p.Scope is { } scope && scope.Text is not ("global" or "node"))
                {
                    ctx.Report(scope.Path, scope.Location, scope.Path, scope.Value);
                }
            }
        });

    /// <summary>CAL4015: a peers entry key Kubespray does not read (such as camelCase <c>sourceAddress</c>).</summary>
    public static readonly Rule UnknownPeerKey = Define(
        "CAL4015", FindingSeverity.Warning, "peers entry key Kubespray ignores", RuleSource.Design,
        "{0}: Kubespray does not read the key '{1}' and silently ignores it{2}",
        "use Kubespray's keys: router_id, as, scope, name, filters, numallowedlocalasnumbers, sourceaddress (all lowercase)",
        Options(CalicoOptions.Peers),
        ctx =>
        {
            foreach (var p in AllPeerEntries(ctx))
            {
                foreach (var key in p.OtherKeys)
                {
                    var suggestion = PeerView.Suggest(key.Key);
                    var note = suggestion is null ? string.Empty : $"; did you mean '{suggestion}'? (Kubespray's docs spell some keys in camelCase, but its tasks read them in lowercase)";
                    ctx.ReportDetailed(key.Path, key.Location, null, suggestion is null ? null : $"rename '{key.Key}' to '{suggestion}'", null, key.Path, key.Key, note);
                }
            }
        });

    /// <summary>CAL4016: global peers defined where Kubespray does not read them.</summary>
    public static readonly Rule GlobalPeersNotOnFirstControlPlane = Define(
        "CAL4016", FindingSeverity.Warning, "Global peers not seen by the first control-plane host", RuleSource.Design,
        "{0} has scope: global entries ({1}), but Kubespray reads global peers only from the first control-plane host {2}, which sees {3}; these entries create no BGPPeer",
        "define global peers where the first control-plane host sees them (group_vars/k8s_cluster), or make them node peers",
        Options(CalicoOptions.Peers),
        ctx =>
        {
            var cp0 = ctx.FirstControlPlane;
            if (cp0 is null)
            {
                return;
            }

            var seen = ctx.FindForHost(cp0, CalicoOptions.Peers);
            foreach (var d in ctx.Definitions(CalicoOptions.Peers))
            {
                if (d.Path == seen.Path)
                {
                    continue;
                }

                var globals = PeerView.Of(d).Where(p => p.IsGlobal).Select(p => p.Identity).ToList();
                if (globals.Count > 0)
                {
                    ctx.Report(d, d.Path, string.Join(", ", globals), cp0, seen.IsSet ? seen.Path : "no peers");
                }
            }
        },
        topology: true,
        silentOnDefaults: true);

    /// <summary>CAL4017: an IP autodetection method set per host or group, which the shared DaemonSet ignores.</summary>
    public static readonly Rule AutodetectionMethodPerHost = Define(
        "CAL4017", FindingSeverity.Warning, "IP autodetection method set per host has no effect", RuleSource.Design,
        "{0} is set for {1}, but Kubespray renders the one calico-node DaemonSet from the first control-plane host's variables, so every node uses {2}",
        "set the method once in group_vars/k8s_cluster; for per-node choices use a method that works on every node, such as cidr= or kubernetes-internal-ip",
        Options(CalicoOptions.IpAutodetectionMethod, CalicoOptions.Ip6AutodetectionMethod),
        ctx =>
        {
            var cp0 = ctx.FirstControlPlane;
            foreach (var option in new[] { CalicoOptions.IpAutodetectionMethod, CalicoOptions.Ip6AutodetectionMethod })
            {
                var effective = cp0 is null ? DefinedValue.Default(option) : ctx.FindForHost(cp0, option);
                foreach (var d in ctx.Definitions(option).Where(d => d.Owner is DefinitionOwner.Group or DefinitionOwner.Host))
                {
                    if (d.Path == effective.Path)
                    {
                        continue;
                    }

                    var who = d.Owner == DefinitionOwner.Host ? $"host {d.OwnerName}" : $"group {d.OwnerName}";
                    ctx.Report(d, option.Name, who, effective.IsSet ? effective.Describe() + $" (from {effective.Path})" : "calico-node's default (can-reach of the node IP for IPv4)");
                }
            }
        },
        topology: true,
        silentOnDefaults: true);

    /// <summary>CAL4018: an IP pool with fewer blocks than nodes.</summary>
    public static readonly Rule PoolBlocksFewerThanNodes = Define(
        "CAL4018", FindingSeverity.Warning, "IP pool has fewer blocks than nodes", RuleSource.Design,
        "the {0} pool {1} holds {2} of /{3} for {4} nodes; Kubespray skips its per-node CIDR checks for Calico, and nodes without a block of their own {5}",
        "use a larger pool or a smaller block (a larger block size number), so that every node gets at least one block",
        Options(CalicoOptions.PoolCidr, CalicoOptions.PoolCidrIpv6, CalicoOptions.KubePodsSubnet, CalicoOptions.KubePodsSubnetIpv6, CalicoOptions.PoolBlockSize, CalicoOptions.PoolBlockSizeIpv6, CalicoOptions.Ipv4Stack, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks, CalicoOptions.IpamStrictAffinity),
        ctx =>
        {
            var nodes = ctx.CountOf(KubesprayGroups.K8sCluster);
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, ctx.Rule.Reads.ToArray()))
            {
                foreach (var ipv6 in new[] { false, true })
                {
                    var pool = EffectivePool(c, ipv6);
                    var blockOption = ipv6 ? CalicoOptions.PoolBlockSizeIpv6 : CalicoOptions.PoolBlockSize;
                    var block = c.Get(blockOption);
                    // A block size Calico rejects (CAL3003) or a pool smaller than a block (CAL3004) is another rule's finding.
                    var validBlock = ipv6 ? block is >= 116 and <= 128 : block is >= 20 and <= 32;
                    if (!StackOn(c, ipv6) || !validBlock || RuleHelpers.CidrOf(pool) is not { } cidr || cidr.IsIPv6 != ipv6 || cidr.PrefixLength > block)
                    {
                        continue;
                    }

                    var bits = block - cidr.PrefixLength;
                    if (bits >= 31 || (1L << bits) >= nodes)
                    {
                        continue;
                    }

                    var strict = c.Get(CalicoOptions.IpamStrictAffinity);
                    c.ReportDetailed(
                        c.MostSpecific(pool.Option, blockOption), strict ? FindingSeverity.Error : null, null, null,
                        ipv6 ? "IPv6" : "IPv4", pool, (1L << bits) == 1 ? "1 block" : $"{1L << bits} blocks", block, nodes,
                        strict ? "cannot run pods, because calico_ipam_strictaffinity forbids borrowing addresses" : "borrow addresses from other nodes' blocks, which spreads routes and breaks with strict affinity");
                }
            }
        },
        topology: true);

    // ---- helpers ----------------------------------------------------------------------------------------------

    // Options whose range or format a rule of their own checks (with Kubespray's or Calico's exact verdict).
    private static bool HasDedicatedRule(string name) => name is "calico_version" or "calico_pool_blocksize" or "calico_pool_blocksize_ipv6" or "cluster_id"
        or "calico_pool_name" or "calico_feature_detect_override" or "calico_ip_auto_method" or "calico_ip6_auto_method";


    private static string? ReservedAs(uint asn) => asn switch
    {
        0 => "which is reserved (RFC 7607) and means 'no AS'",
        23456 => "the AS_TRANS placeholder of 4-byte AS numbers (RFC 6793)",
        >= 64496 and <= 64511 => "reserved for documentation (RFC 5398)",
        >= 65536 and <= 65551 => "reserved for documentation (RFC 5398)",
        65535 => "reserved (RFC 7300)",
        >= 65552 and <= 131071 => "reserved by IANA",
        4294967295 => "reserved (RFC 7300)",
        _ => null,
    };

    private static void CheckNodeBgpPeers(RuleContext ctx)
    {
        var cp0 = ctx.FirstControlPlane;
        if (cp0 is null)
        {
            return;
        }

        // BGPConfiguration default is written from cp0's variables.
        var rrHosts = ctx.HostsOf(KubesprayGroups.CalicoRr);
        var rrSet = new HashSet<string>(rrHosts, StringComparer.Ordinal);
        var cpRouter = RuleHelpers.Truthy(ctx.FindForHost(cp0, CalicoOptions.PeerWithRouter));
        var cpRrDef = ctx.FindForHost(cp0, CalicoOptions.PeerWithCalicoRr);
        var cpRr = cpRrDef.IsSet ? RuleHelpers.Truthy(cpRrDef) : rrHosts.Count > 0;
        if (!cpRouter && !cpRr)
        {
            return;
        }

        var mesh = cpRouter && cpRr ? "peer_with_router and peer_with_calico_rr" : cpRouter ? "peer_with_router" : "peer_with_calico_rr";

        // Route reflectors: peer-to-rrs (all non-RR nodes to all RRs) exists when cp0 lacks an rr or group id;
        // otherwise a node peers only through '<rr_id>-to-node', selected by its calico_group_id.
        var allToRrs = cpRr && rrHosts.Count > 0 && (!ctx.FindForHost(cp0, CalicoOptions.RouteReflectorId).IsSet || !ctx.FindForHost(cp0, CalicoOptions.GroupId).IsSet);
        var servedGroups = new HashSet<string>(StringComparer.Ordinal);
        if (cpRr)
        {
            foreach (var rr in rrHosts)
            {
                var rrId = ctx.FindForHost(rr, CalicoOptions.RouteReflectorId);
                var groupId = ctx.FindForHost(rr, CalicoOptions.GroupId);
                if (rrId.IsSet && groupId.IsSet)
                {
                    servedGroups.Add(Spelled(groupId));
                }
            }
        }

        var globalPeers = cpRouter && PeerView.Of(ctx.FindForHost(cp0, CalicoOptions.Peers)).Any(p => p.IsGlobal && p.RouterId is not null);
        if (globalPeers)
        {
            return;
        }

        foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, CalicoOptions.NetworkBackend, CalicoOptions.PeerWithRouter, CalicoOptions.Peers, CalicoOptions.GroupId))
        {
            if (c.Get(CalicoOptions.NetworkBackend) != NetworkBackend.Bird)
            {
                continue;
            }

            var nodePeers = RuleHelpers.Truthy(c.Find(CalicoOptions.PeerWithRouter)) && PeerView.Of(c.Find(CalicoOptions.Peers)).Any(p => p.IsNodeScope && p.RouterId is not null);
            if (nodePeers)
            {
                continue;
            }

            var group = c.Find(CalicoOptions.GroupId);
            var servedByGroup = group.IsSet && servedGroups.Contains(Spelled(group));
            if (allToRrs && rrHosts.Count >= 2)
            {
                continue;
            }

            var lonely = c.Hosts.Where(h =>
            {
                if (rrSet.Contains(h))
                {
                    // Route reflectors peer with each other (rr-mesh) when there are two or more.
                    return rrHosts.Count < 2 && !servedByGroup;
                }

                return !(allToRrs || servedByGroup);
            }).ToList();
            if (lonely.Count == 0)
            {
                continue;
            }

            var why = cpRr && rrHosts.Count > 0
                ? group.IsSet
                    ? $"no route reflector serves calico_group_id {group.Describe()} (peer-to-rrs is not created because {cp0} has calico_rr_id and calico_group_id)"
                    : $"they have no calico_group_id, and peer-to-rrs is not created because {cp0} has calico_rr_id and calico_group_id"
                : "they have no peers entry that Kubespray uses";
            c.ReportForHosts(lonely, group.IsSet ? group : c.Find(CalicoOptions.Peers), null, null, null, RuleContext.DescribeHosts(lonely).Replace("host ", "Host ").Replace("hosts ", "Hosts "), mesh, why);
        }
    }
}
