using System.Globalization;
using System.Text.RegularExpressions;

namespace Calico.Sdk;

// CAL3xxx: what Calico's API (validator, CRD schema and CEL rules, clientv3) or Felix rejects in a field Kubespray
// renders (spec/calico-resources.md). Where a Kubespray assert stops the run first (S9, S10/S11, S14, S7), the Calico
// rule reports only when that assert is skipped (ignore_assert_errors), so one mistake gives one error.
public static partial class CalicoRules
{
    /// <summary>CAL3001: a pool CIDR with host bits set.</summary>
    public static readonly Rule PoolCidrStrictlyMasked = Define(
        "CAL3001", FindingSeverity.Error, "Pool CIDR is not strictly masked", RuleSource.CalicoApi,
        "{0} is {1}, which has host bits set; Calico rejects the IPPool: IP pool CIDR is not strictly masked",
        "write the network address",
        Options(CalicoOptions.PoolCidr, CalicoOptions.PoolCidrIpv6, CalicoOptions.Ipv4Stack, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, ctx.Rule.Reads.ToArray()))
            {
                foreach (var (option, ipv6) in new[] { (CalicoOptions.PoolCidr, false), (CalicoOptions.PoolCidrIpv6, true) })
                {
                    var d = c.Find(option);
                    if (StackOn(c, ipv6) && RuleHelpers.CidrOf(d) is { } cidr && !cidr.IsMasked)
                    {
                        c.ReportDetailed(d, null, $"write {cidr.Masked()}", null, option.Name, d);
                    }
                }
            }
        });

    /// <summary>CAL3002: a pool CIDR overlapping a link-local range.</summary>
    public static readonly Rule PoolCidrLinkLocal = Define(
        "CAL3002", FindingSeverity.Error, "Pool CIDR overlaps the link-local range", RuleSource.CalicoApi,
        "the {0} pool CIDR {1} overlaps the link-local range {2}; Calico rejects the IPPool",
        "choose a pool CIDR outside 169.254.0.0/16 and fe80::/10",
        Options(CalicoOptions.PoolCidr, CalicoOptions.PoolCidrIpv6, CalicoOptions.KubePodsSubnet, CalicoOptions.KubePodsSubnetIpv6, CalicoOptions.Ipv4Stack, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, ctx.Rule.Reads.ToArray()))
            {
                foreach (var ipv6 in new[] { false, true })
                {
                    var d = EffectivePool(c, ipv6);
                    var linkLocal = Cidr.Parse(ipv6 ? "fe80::/10" : "169.254.0.0/16");
                    if (StackOn(c, ipv6) && RuleHelpers.CidrOf(d) is { } pool && pool.Overlaps(linkLocal))
                    {
                        c.Report(d.Option, ipv6 ? "IPv6" : "IPv4", d, linkLocal.ToString());
                    }
                }
            }
        });

    /// <summary>CAL3003: a block size outside Calico's range.</summary>
    public static readonly Rule BlockSizeRange = Define(
        "CAL3003", FindingSeverity.Error, "Block size outside Calico's range", RuleSource.CalicoApi,
        "{0} is {1}; Calico rejects the IPPool: blockSize must be between {2} for {3} pools",
        "use a block size from 20 to 32 for IPv4 (Kubespray's default 26) and from 116 to 128 for IPv6 (default 122)",
        Options(CalicoOptions.PoolBlockSize, CalicoOptions.PoolBlockSizeIpv6, CalicoOptions.Ipv4Stack, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, ctx.Rule.Reads.ToArray()))
            {
                foreach (var (option, ipv6, min, max) in new[] { (CalicoOptions.PoolBlockSize, false, 20, 32), (CalicoOptions.PoolBlockSizeIpv6, true, 116, 128) })
                {
                    if (StackOn(c, ipv6) && c.TryGet(option, out var size) && (size < min || size > max))
                    {
                        c.Report(option, option.Name, c.Find(option), $"{min} and {max}", ipv6 ? "IPv6" : "IPv4");
                    }
                }
            }
        });

    /// <summary>CAL3004: a pool smaller than one block.</summary>
    public static readonly Rule PoolSmallerThanBlock = Define(
        "CAL3004", FindingSeverity.Error, "Pool smaller than one block", RuleSource.CalicoApi,
        "the {0} pool {1} is smaller than one block of /{2}; Calico rejects the IPPool: IP pool size is too small for use with Calico IPAM",
        "use a pool prefix no longer than the block size, or a larger block size number",
        Options(CalicoOptions.PoolCidr, CalicoOptions.PoolCidrIpv6, CalicoOptions.KubePodsSubnet, CalicoOptions.KubePodsSubnetIpv6, CalicoOptions.PoolBlockSize, CalicoOptions.PoolBlockSizeIpv6, CalicoOptions.Ipv4Stack, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, ctx.Rule.Reads.ToArray()))
            {
                foreach (var ipv6 in new[] { false, true })
                {
                    var pool = EffectivePool(c, ipv6);
                    var blockOption = ipv6 ? CalicoOptions.PoolBlockSizeIpv6 : CalicoOptions.PoolBlockSize;
                    var block = c.Get(blockOption);
                    if (StackOn(c, ipv6) && RuleHelpers.CidrOf(pool) is { } cidr && cidr.IsIPv6 == ipv6 && cidr.PrefixLength > block)
                    {
                        c.ReportDetailed(c.MostSpecific(pool.Option, blockOption), null, null, null, ipv6 ? "IPv6" : "IPv4", pool, block);
                    }
                }
            }
        });

    /// <summary>CAL3005: IPIP on the IPv6 pool, when Kubespray's assert S14 is skipped.</summary>
    public static readonly Rule IpipOnIpv6Pool = Define(
        "CAL3005", FindingSeverity.Error, "IPIP on the IPv6 pool", RuleSource.CalicoApi,
        "calico_ipip_mode_ipv6 is {0} and Kubespray's check is skipped (ignore_assert_errors); Calico rejects the IPv6 pool: IPIP is not supported on IPv6 pools",
        "set calico_ipip_mode_ipv6: Never",
        WithAssertGates(CalicoOptions.IpipModeIpv6, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks),
        ctx =>
        {
            foreach (var c in CalicoHostClasses(ctx, CalicoOptions.IpipModeIpv6, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks))
            {
                if (AssertSkipped(c) && Ipv6StackOn(c) && IsEnabled(c.Get(CalicoOptions.IpipModeIpv6)))
                {
                    c.Report(CalicoOptions.IpipModeIpv6, c.Find(CalicoOptions.IpipModeIpv6));
                }
            }
        });

    /// <summary>CAL3006: IPIP and VXLAN both on the IPv4 pool, when Kubespray's asserts S10/S11 are skipped.</summary>
    public static readonly Rule PoolIpipAndVxlan = Define(
        "CAL3006", FindingSeverity.Error, "IPIP and VXLAN both on the IPv4 pool", RuleSource.CalicoApi,
        "calico_ipip_mode is {0} and calico_vxlan_mode is {1}, and Kubespray's checks are skipped (ignore_assert_errors); Calico rejects the pool: ipipMode and vxlanMode cannot both be enabled",
        "set one of calico_ipip_mode and calico_vxlan_mode to Never",
        WithAssertGates(CalicoOptions.IpipMode, CalicoOptions.VxlanMode, CalicoOptions.Ipv4Stack),
        ctx =>
        {
            foreach (var c in CalicoHostClasses(ctx, CalicoOptions.IpipMode, CalicoOptions.VxlanMode, CalicoOptions.Ipv4Stack))
            {
                if (AssertSkipped(c) && Ipv4StackOn(c) && IsEnabled(c.Get(CalicoOptions.IpipMode)) && IsEnabled(c.Get(CalicoOptions.VxlanMode)))
                {
                    c.ReportAtMostSpecific([CalicoOptions.VxlanMode, CalicoOptions.IpipMode], c.Find(CalicoOptions.IpipMode), c.Find(CalicoOptions.VxlanMode));
                }
            }
        });

    /// <summary>CAL3007: <c>calico_pool_name</c> passes Kubespray's pattern but is not a lowercase DNS-1123 name.</summary>
    public static readonly Rule PoolNameDns1123 = Define(
        "CAL3007", FindingSeverity.Error, "Pool name is not a lowercase DNS-1123 name", RuleSource.CalicoApi,
        "calico_pool_name {0} passes Kubespray's check but is not a lowercase DNS-1123 subdomain; Calico rejects the IPPool name (no uppercase, no '_', letters or digits at both ends)",
        "use lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, such as default-pool",
        WithAssertGates(CalicoOptions.PoolName),
        ctx =>
        {
            foreach (var c in CalicoHostClasses(ctx, CalicoOptions.PoolName))
            {
                var d = c.Find(CalicoOptions.PoolName);
                var name = Spelled(d);
                if ((KubesprayPoolNamePattern(d) || AssertSkipped(c)) && !KubernetesNames.IsDns1123Subdomain(name))
                {
                    c.Report(CalicoOptions.PoolName, d);
                }
            }
        });

    /// <summary>CAL3008: an AS number Calico cannot read.</summary>
    public static readonly Rule AsNumberFormat = Define(
        "CAL3008", FindingSeverity.Error, "AS number Calico cannot read", RuleSource.CalicoApi,
        "{0} is {1}, which is not an AS number: Calico takes a 32-bit number (1 to 4294967295) or the dotted form A.B with A and B from 0 to 65535",
        "write the AS number as a plain number, such as 64512",
        Options(CalicoOptions.GlobalAsNumber, CalicoOptions.LocalAs, CalicoOptions.Peers),
        ctx =>
        {
            foreach (var option in new CalicoOption[] { CalicoOptions.GlobalAsNumber, CalicoOptions.LocalAs })
            {
                foreach (var d in ctx.Definitions(option))
                {
                    if (!d.IsReadable && !(d.Raw is InventoryScalar { IsTemplate: true }))
                    {
                        ctx.Report(d, option.Name, d);
                    }
                }
            }

            foreach (var p in AllPeerEntries(ctx))
            {
                if (p.As is null)
                {
                    ctx.ReportDetailed(p.Path + ".as", p.Location, null, "add the peer's AS number as 'as'", null, p.Path + ".as", "missing (Kubespray's template fails)");
                }
                else if (!AsNumber.TryParse(p.As.Text, out _, out _) && !p.As.Text.Contains("{{"))
                {
                    ctx.Report(p.As.Path, p.As.Location, p.As.Path, p.As.Value);
                }
            }
        });

    /// <summary>CAL3009: a peer's <c>router_id</c> that is not an IP address (BGPPeer <c>peerIP</c>).</summary>
    public static readonly Rule PeerRouterIdAddress = Define(
        "CAL3009", FindingSeverity.Error, "Peer router_id is not an IP address", RuleSource.CalicoApi,
        "{0} is {1}; Kubespray uses it as BGPPeer peerIP, which Calico accepts only as an IP address, IPv4:port or [IPv6]:port ({2})",
        "write the peer router's IP address, such as 10.99.0.34",
        Options(CalicoOptions.Peers),
        ctx =>
        {
            foreach (var p in AllPeerEntries(ctx))
            {
                if (p.RouterId is null)
                {
                    ctx.ReportDetailed(p.Path + ".router_id", p.Location, null, null, null, p.Path + ".router_id", "missing", "Kubespray's template fails without it");
                }
                else if (!BgpPeerAddress.TryParse(p.RouterId.Text, out _, out _, out var error) && !p.RouterId.Text.Contains("{{"))
                {
                    ctx.Report(p.RouterId.Path, p.RouterId.Location, p.RouterId.Path, p.RouterId.Value, error);
                }
            }
        });

    /// <summary>CAL3010: the BGPPeer name Kubespray derives from a peer entry is not a valid resource name.</summary>
    public static readonly Rule PeerResourceName = Define(
        "CAL3010", FindingSeverity.Error, "BGPPeer name derived from a peer entry is invalid", RuleSource.CalicoApi,
        "Kubespray names the BGPPeer '{0}' after {1} {2}; Calico rejects the name: it must be a lowercase DNS-1123 subdomain",
        "give the entry a 'name' of lowercase letters, digits and '-', such as tor-1 (an IPv6 router_id needs one)",
        Options(CalicoOptions.Peers),
        ctx =>
        {
            foreach (var p in AllPeerEntries(ctx))
            {
                var source = p.Name ?? p.RouterId;
                if (source is null || source.Text.Contains("{{") || (!p.IsGlobal && !p.IsNodeScope))
                {
                    continue;
                }

                var resource = (p.IsGlobal ? "global-" : "node-") + source.Text.Replace(':', '-');
                if (!KubernetesNames.IsDns1123Subdomain(resource))
                {
                    ctx.Report(source.Path, source.Location, p.IsGlobal ? resource : "<host>-" + source.Text.Replace(':', '-'), source.Key, source.Value);
                }
            }
        });

    /// <summary>CAL3011: a peer's <c>sourceaddress</c> is not <c>UseNodeIP</c> or <c>None</c>.</summary>
    public static readonly Rule PeerSourceAddressValue = Define(
        "CAL3011", FindingSeverity.Error, "Peer sourceaddress is not UseNodeIP or None", RuleSource.CalicoApi,
        "{0} is {1}; Calico rejects the BGPPeer: sourceAddress must be UseNodeIP or None (case-sensitive)",
        "write sourceaddress: UseNodeIP or sourceaddress: None",
        Options(CalicoOptions.Peers),
        ctx =>
        {
            foreach (var p in AllPeerEntries(ctx))
            {
                if (p.SourceAddress is { } sa && p.IsNodeScope && sa.Text is not ("UseNodeIP" or "None"))
                {
                    ctx.Report(sa.Path, sa.Location, sa.Path, sa.Value);
                }
            }
        });

    /// <summary>CAL3012: a peer's <c>filters</c> or <c>numallowedlocalasnumbers</c> that Calico rejects.</summary>
    public static readonly Rule PeerFiltersAndLocalAsCount = Define(
        "CAL3012", FindingSeverity.Error, "Peer filters or numallowedlocalasnumbers invalid", RuleSource.CalicoApi,
        "{0} is {1}; {2}",
        "list BGPFilter names (lowercase DNS-1123) under filters, and give numallowedlocalasnumbers as a whole number from 0",
        Options(CalicoOptions.Peers),
        ctx =>
        {
            foreach (var p in AllPeerEntries(ctx))
            {
                if (!p.IsNodeScope)
                {
                    continue;
                }

                foreach (var f in p.Filters)
                {
                    if (!KubernetesNames.IsDns1123Subdomain(f.Text))
                    {
                        ctx.Report(f.Path, f.Location, f.Path, f.Value, "Calico rejects the BGPPeer: a filter must name a BGPFilter (a lowercase DNS-1123 name)");
                    }
                }

                if (p.NumAllowedLocalAsNumbers is { } n && !(int.TryParse(n.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 0))
                {
                    ctx.Report(n.Path, n.Location, n.Path, n.Value, "Calico's numAllowedLocalASNumbers is a 32-bit count from 0, and Kubespray writes it only when it is a number above 0");
                }
            }
        });

    /// <summary>CAL3013: <c>calico_rr_id</c> or <c>calico_group_id</c> is not a valid label value.</summary>
    public static readonly Rule RouteReflectorLabelValues = Define(
        "CAL3013", FindingSeverity.Error, "calico_rr_id or calico_group_id is not a label value", RuleSource.CalicoApi,
        "{0} is {1}; Kubespray writes it as a node label, which must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit, so 'calicoctl label node' fails",
        "use a short label value such as rr1",
        Options(CalicoOptions.RouteReflectorId, CalicoOptions.GroupId),
        ctx =>
        {
            foreach (var option in new CalicoOption[] { CalicoOptions.RouteReflectorId, CalicoOptions.GroupId })
            {
                foreach (var d in ctx.Definitions(option))
                {
                    if (!KubernetesNames.IsLabelValue(Spelled(d)) && !Spelled(d).Contains("{{"))
                    {
                        ctx.Report(d, option.Name, d);
                    }
                }
            }
        });

    // The route-reflector classes for which Kubespray creates the BGPPeer <calico_rr_id>-to-node: both ids set.
    private static IEnumerable<(HostClass Class, DefinedValue RouteReflectorId, DefinedValue GroupId, string PeerName)> RouteReflectorPeers(RuleContext ctx)
    {
        foreach (var c in ctx.HostClasses(KubesprayGroups.CalicoRr, CalicoOptions.RouteReflectorId, CalicoOptions.GroupId))
        {
            var rr = c.Find(CalicoOptions.RouteReflectorId);
            var group = c.Find(CalicoOptions.GroupId);
            if (rr.IsSet && group.IsSet)
            {
                yield return (c, rr, group, Spelled(rr) + "-to-node");
            }
        }
    }

    /// <summary>CAL3014: a BGPPeer selector Kubespray renders from route-reflector ids does not parse.</summary>
    public static readonly Rule RouteReflectorSelectors = Define(
        "CAL3014", FindingSeverity.Error, "Rendered BGPPeer selector does not parse", RuleSource.CalicoApi,
        "route reflector {0}: Kubespray renders BGPPeer {1} with {2} \"{3}\", which is not a valid Calico selector ({4}); Calico rejects the BGPPeer",
        "use label-safe calico_rr_id and calico_group_id values (no quotes, spaces or special characters)",
        Options(CalicoOptions.RouteReflectorId, CalicoOptions.GroupId),
        ctx =>
        {
            foreach (var (c, rr, group, name) in RouteReflectorPeers(ctx))
            {
                foreach (var (field, selector, at) in new[]
                {
                    ("nodeSelector", $"calico-group-id == '{Spelled(group)}'", group),
                    ("peerSelector", $"calico-rr-id == '{Spelled(rr)}'", rr),
                })
                {
                    if (!CalicoSelector.TryValidate(selector, out var error))
                    {
                        c.ReportDetailed(at, null, null, null, string.Join(", ", c.Hosts), name, field, selector, error);
                    }
                    else if (selector.Length > 1024)
                    {
                        c.ReportDetailed(at, null, null, null, string.Join(", ", c.Hosts), name, field, selector, "longer than 1024 characters");
                    }
                }
            }
        },
        topology: true,
        silentOnDefaults: true);

    /// <summary>CAL3024: the BGPPeer name Kubespray derives from <c>calico_rr_id</c> is not a resource name.</summary>
    public static readonly Rule RouteReflectorPeerName = Define(
        "CAL3024", FindingSeverity.Error, "BGPPeer name derived from calico_rr_id is invalid", RuleSource.CalicoApi,
        "route reflector {0}: Kubespray names the BGPPeer {1}, which is not a lowercase DNS-1123 name, so Calico rejects it and the reflector's clients get no peering",
        "use a calico_rr_id of lowercase letters, digits, '-' and '.' (it is both a label value and part of a name), such as rr1",
        Options(CalicoOptions.RouteReflectorId, CalicoOptions.GroupId),
        ctx =>
        {
            foreach (var (c, rr, _, name) in RouteReflectorPeers(ctx))
            {
                if (!Spelled(rr).Contains("{{") && !KubernetesNames.IsDns1123Subdomain(name))
                {
                    c.ReportDetailed(rr, null, null, null, string.Join(", ", c.Hosts), $"'{name}'");
                }
            }
        },
        topology: true,
        silentOnDefaults: true);

    /// <summary>CAL3015: <c>calico_felix_reporting_interval</c> does not match FelixConfiguration's duration pattern.</summary>
    public static readonly Rule ReportingIntervalDuration = Define(
        "CAL3015", FindingSeverity.Error, "Felix reporting interval rejected by the CRD", RuleSource.CalicoApi,
        "calico_felix_reporting_interval is {0}; FelixConfiguration accepts only whole numbers with a unit (ms, s, m, h), such as 0s, 90s or 1m30s, so Calico rejects reportingInterval",
        "write whole units, such as 0s, 30s or 1m30s (not 1.5s or a bare number)",
        Options(CalicoOptions.ReportingInterval),
        ctx =>
        {
            foreach (var d in ctx.Definitions(CalicoOptions.ReportingInterval))
            {
                var text = Spelled(d);
                if (!IsFelixDuration(text) && !text.Contains("{{"))
                {
                    ctx.Report(d, d);
                }
            }
        });

    /// <summary>CAL3016: a value spelled in another case where Calico's field is case-sensitive.</summary>
    public static readonly Rule CaseSensitiveEnum = Define(
        "CAL3016", FindingSeverity.Error, "Value in the wrong case for a case-sensitive Calico field", RuleSource.CalicoApi,
        "{0} is {1}; Kubespray passes it on as written to {2}, where Calico accepts only {3} (case-sensitive)",
        "write the value exactly as Calico spells it",
        WithAssertGates(CalicoOptions.VxlanModeIpv6, CalicoOptions.IpipModeIpv6, CalicoOptions.FloatingIps, CalicoOptions.IpipMode, CalicoOptions.VxlanMode, CalicoOptions.Ipv6Stack, CalicoOptions.EnableDualStackNetworks),
        ctx =>
        {
            foreach (var c in ctx.HostClasses(KubesprayGroups.K8sCluster, ctx.Rule.Reads.ToArray()))
            {
                foreach (var option in new CalicoOption[] { CalicoOptions.VxlanModeIpv6, CalicoOptions.IpipModeIpv6, CalicoOptions.FloatingIps, CalicoOptions.IpipMode, CalicoOptions.VxlanMode })
                {
                    // Kubespray's own checks catch the IPv4 modes (S9) and calico_ipip_mode_ipv6 (S14) unless they are skipped;
                    // the IPv6 pool exists only with ipv6_stack.
                    var caughtByKubespray = option == CalicoOptions.IpipMode || option == CalicoOptions.VxlanMode || option == CalicoOptions.IpipModeIpv6;
                    var ipv6Only = option == CalicoOptions.IpipModeIpv6 || option == CalicoOptions.VxlanModeIpv6;
                    var d = c.Find(option);
                    if ((caughtByKubespray && !AssertSkipped(c)) || (ipv6Only && !Ipv6StackOn(c)) || !d.IsReadable || d.Raw is not InventoryScalar { Kind: ScalarKind.String } s)
                    {
                        continue;
                    }

                    var canonical = ((InventoryScalar)option.FormatValue(d.Value!)).Text;
                    if (!string.Equals(s.Canonical, canonical, StringComparison.Ordinal))
                    {
                        var field = option == CalicoOptions.FloatingIps ? "FelixConfiguration floatingIPs" : "the IPPool's ipipMode/vxlanMode";
                        c.Report(option, option.Name, d, field, "'" + canonical + "'");
                    }
                }
            }
        });

    /// <summary>CAL3017: <c>calico_feature_detect_override</c> is not a comma-separated list of <c>Feature=true|false</c>.</summary>
    public static readonly Rule FeatureDetectOverrideFormat = Define(
        "CAL3017", FindingSeverity.Error, "calico_feature_detect_override format", RuleSource.CalicoApi,
        "calico_feature_detect_override is {0}; FelixConfiguration featureDetectOverride accepts only Name=true, Name=false or Name= items separated by commas, without spaces",
        "write it as ChecksumOffloadBroken=true,IPIPDeviceIsL3=false",
        Options(CalicoOptions.FeatureDetectOverride),
        ctx =>
        {
            foreach (var d in ctx.Definitions(CalicoOptions.FeatureDetectOverride))
            {
                if (!IsFeatureDetectOverride(Spelled(d)))
                {
                    ctx.Report(d, d);
                }
            }
        });

    /// <summary>CAL3018: <c>calico_healthhost</c> that Felix replaces with its default.</summary>
    public static readonly Rule HealthHostFormat = Define(
        "CAL3018", FindingSeverity.Warning, "calico_healthhost is not a host address", RuleSource.CalicoApi,
        "calico_healthhost is {0}; Felix accepts 1 to 64 letters, digits and ':._+-' and otherwise falls back to localhost",
        "use a host name or IP address, such as localhost or 0.0.0.0",
        Options(CalicoOptions.HealthHost),
        ctx =>
        {
            foreach (var d in ctx.Definitions(CalicoOptions.HealthHost))
            {
                var text = Spelled(d);
                if (text.Length is < 1 or > 64 || !text.All(ch => char.IsLetterOrDigit(ch) && ch < 128 || ch is ':' or '.' or '_' or '+' or '-'))
                {
                    ctx.Report(d, d);
                }
            }
        });

    /// <summary>CAL3019: <c>calico_felix_mtu_iface_pattern</c> is not a regular expression Felix can compile.</summary>
    public static readonly Rule MtuInterfacePatternRegex = Define(
        "CAL3019", FindingSeverity.Warning, "MTU interface pattern is not a Go regular expression", RuleSource.CalicoApi,
        "calico_felix_mtu_iface_pattern is {0}: {1}; Felix ignores an invalid pattern and uses its default",
        "write a Go (RE2) regular expression: no look-arounds or back-references",
        Options(CalicoOptions.MtuInterfacePattern),
        ctx =>
        {
            foreach (var d in ctx.Definitions(CalicoOptions.MtuInterfacePattern))
            {
                if (Re2Problem(Spelled(d)) is { } problem)
                {
                    ctx.Report(d, d, problem);
                }
            }
        });

    /// <summary>CAL3020: an IP autodetection method calico-node does not know.</summary>
    public static readonly Rule IpAutodetectionMethodSyntax = Define(
        "CAL3020", FindingSeverity.Error, "Unknown IP autodetection method", RuleSource.CalicoApi,
        "{0} is {1}: {2}; calico-node does not start with an invalid IP_AUTODETECTION_METHOD",
        "use first-found, kubernetes-internal-ip, can-reach=DESTINATION, interface=REGEX, skip-interface=REGEX or cidr=CIDR[,CIDR]",
        Options(CalicoOptions.IpAutodetectionMethod, CalicoOptions.Ip6AutodetectionMethod),
        ctx =>
        {
            foreach (var option in new CalicoOption[] { CalicoOptions.IpAutodetectionMethod, CalicoOptions.Ip6AutodetectionMethod })
            {
                foreach (var d in ctx.Definitions(option))
                {
                    if (AutodetectionProblem(Spelled(d), option == CalicoOptions.Ip6AutodetectionMethod) is { } problem)
                    {
                        ctx.Report(d, option.Name, d, problem);
                    }
                }
            }
        });

    /// <summary>CAL3021: an advertised service CIDR Calico's BGPConfiguration rejects.</summary>
    public static readonly Rule AdvertisedServiceCidrs = Define(
        "CAL3021", FindingSeverity.Error, "Advertised service CIDR is not strictly masked", RuleSource.CalicoApi,
        "{0} holds {1}, which has host bits set; Calico rejects the BGPConfiguration (service CIDRs must be network addresses)",
        "write the network address of each range",
        Options(CalicoOptions.AdvertiseServiceExternalIps, CalicoOptions.AdvertiseServiceLoadBalancerIps),
        ctx =>
        {
            foreach (var option in new[] { CalicoOptions.AdvertiseServiceExternalIps, CalicoOptions.AdvertiseServiceLoadBalancerIps })
            {
                foreach (var d in ctx.Definitions(option))
                {
                    if (d.Value is EquatableArray<Cidr> list)
                    {
                        foreach (var cidr in list.Where(x => !x.IsMasked))
                        {
                            ctx.ReportDetailed(d.Path, d.Location, null, $"write {cidr.Masked()}", null, option.Name, cidr.ToString());
                        }
                    }
                }
            }
        });

    /// <summary>CAL3022: neither automatic block allocation nor borrowing is possible.</summary>
    public static readonly Rule IpamNoBlockAllocation = Define(
        "CAL3022", FindingSeverity.Warning, "IPAM can neither allocate nor borrow blocks", RuleSource.CalicoApi,
        "calico_ipam_autoallocateblocks is {0} and calico_ipam_strictaffinity is {1}; calicoctl refuses this pair ('cannot both be false') but Kubespray applies IPAMConfig with kubectl, so nodes get no new blocks and pods no addresses once the existing blocks are full",
        "keep calico_ipam_autoallocateblocks: true (Kubespray's default)",
        Options(CalicoOptions.IpamAutoAllocateBlocks, CalicoOptions.IpamStrictAffinity, CalicoOptions.Datastore),
        ctx =>
        {
            if (ctx.Get(CalicoOptions.Datastore) == CalicoDatastore.Kdd && !ctx.Get(CalicoOptions.IpamAutoAllocateBlocks) && !ctx.Get(CalicoOptions.IpamStrictAffinity))
            {
                var d = ctx.Find(CalicoOptions.IpamAutoAllocateBlocks);
                ctx.Report(d, d, ctx.Find(CalicoOptions.IpamStrictAffinity));
            }
        });

    /// <summary>CAL3023: a per-host block limit without strict affinity.</summary>
    public static readonly Rule IpamMaxBlocksWithoutStrictAffinity = Define(
        "CAL3023", FindingSeverity.Warning, "calico_ipam_maxblocksperhost without strict affinity", RuleSource.CalicoApi,
        "calico_ipam_maxblocksperhost is {0} while calico_ipam_strictaffinity is {1}; calicoctl requires strict affinity for a block limit, and without it nodes borrow addresses from other nodes' blocks beyond the limit",
        "set calico_ipam_strictaffinity: true, or calico_ipam_maxblocksperhost: 0",
        Options(CalicoOptions.IpamMaxBlocksPerHost, CalicoOptions.IpamStrictAffinity, CalicoOptions.Datastore),
        ctx =>
        {
            if (ctx.Get(CalicoOptions.Datastore) == CalicoDatastore.Kdd && ctx.Get(CalicoOptions.IpamMaxBlocksPerHost) > 0 && !ctx.Get(CalicoOptions.IpamStrictAffinity))
            {
                var d = ctx.Find(CalicoOptions.IpamMaxBlocksPerHost);
                ctx.Report(d, d, ctx.Find(CalicoOptions.IpamStrictAffinity));
            }
        });

    // ---- helpers ----------------------------------------------------------------------------------------------

    /// <summary>The pool CIDR Kubespray renders: calico_pool_cidr(_ipv6), else kube_pods_subnet(_ipv6).</summary>
    private static DefinedValue EffectivePool(HostClass c, bool ipv6)
    {
        var explicitPool = c.Find(ipv6 ? CalicoOptions.PoolCidrIpv6 : CalicoOptions.PoolCidr);
        return explicitPool.IsSet ? explicitPool : c.Find(ipv6 ? CalicoOptions.KubePodsSubnetIpv6 : CalicoOptions.KubePodsSubnet);
    }

    /// <summary>Every peer entry of every <c>peers</c> definition that reaches a k8s_cluster host (cluster-wide only without a known topology).</summary>
    private static IEnumerable<PeerView> AllPeerEntries(RuleContext ctx) => ctx.Definitions(CalicoOptions.Peers).SelectMany(PeerView.Of);

    // FelixConfiguration duration pattern ^([0-9]+(\\.[0-9]+)?(ms|s|m|h))*$: with the doubled backslash only whole units match.
    private static bool IsFelixDuration(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsDigit(text[i]) && text[i] < 128)
            {
                i++;
            }

            if (i == start || i >= text.Length)
            {
                return false;
            }

            if (string.CompareOrdinal(text, i, "ms", 0, 2) == 0)
            {
                i += 2;
            }
            else if (text[i] is 's' or 'm' or 'h')
            {
                i++;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    // ^([a-zA-Z0-9-_]+=(true|false|),)*([a-zA-Z0-9-_]+=(true|false|))?$
    private static bool IsFeatureDetectOverride(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        var items = text.Split(',');
        for (var k = 0; k < items.Length; k++)
        {
            var item = items[k];
            if (item.Length == 0 && k == items.Length - 1)
            {
                return true;
            }

            var eq = item.IndexOf('=');
            if (eq <= 0)
            {
                return false;
            }

            var key = item.Substring(0, eq);
            var value = item.Substring(eq + 1);
            if (!key.All(ch => ch is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_') || value is not ("true" or "false" or ""))
            {
                return false;
            }
        }

        return true;
    }

    internal static string? Re2Problem(string pattern)
    {
        foreach (var construct in new[] { "(?=", "(?!", "(?<=", "(?<!", "(?>" })
        {
            if (pattern.Contains(construct))
            {
                return $"'{construct}' (look-arounds and atomic groups) is not supported by Go regular expressions";
            }
        }

        for (var i = 0; i + 1 < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                if (char.IsDigit(pattern[i + 1]) && pattern[i + 1] != '0')
                {
                    return "back-references are not supported by Go regular expressions";
                }

                i++;
            }
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException ex)
        {
            return "not a regular expression (" + ex.Message.Split('\n')[0].Trim() + ")";
        }
    }

    private static string? AutodetectionProblem(string method, bool ipv6)
    {
        if (method.Contains("{{") || method is "first-found" or "kubernetes-internal-ip")
        {
            return null;
        }

        var eq = method.IndexOf('=');
        if (eq <= 0)
        {
            return "expected first-found, kubernetes-internal-ip or KIND=VALUE";
        }

        var kind = method.Substring(0, eq);
        var value = method.Substring(eq + 1);
        switch (kind)
        {
            case "can-reach":
                return value.Length == 0 ? "can-reach needs a destination address or name" : null;
            case "interface" or "skip-interface":
                foreach (var re in value.Split(','))
                {
                    if (re.Length == 0 || Re2Problem(re) is not null)
                    {
                        return $"{kind} needs comma-separated regular expressions, and '{re}' is not one";
                    }
                }

                return null;
            case "cidr":
                foreach (var part in value.Split(','))
                {
                    if (!Cidr.TryParse(part.Trim(), out var cidr, out _))
                    {
                        return $"cidr needs comma-separated networks, and '{part}' is not one";
                    }

                    if (cidr.IsIPv6 != ipv6)
                    {
                        return $"'{part}' is an {(cidr.IsIPv6 ? "IPv6" : "IPv4")} network in the {(ipv6 ? "IPv6" : "IPv4")} method";
                    }
                }

                return null;
            default:
                return $"'{kind}' is not a method (can-reach, interface, skip-interface, cidr)";
        }
    }
}
