using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Manifests;

/// <summary>
/// Calico's field rules for the kinds Calico.Sdk renders, over JSON trees: the Go validators (layer A), the CEL rules
/// of the CRDs that the schema validator does not evaluate, and the client logic that calicoctl and the Calico API
/// server apply (singleton names, default-only fields, pool overlap).
/// </summary>
internal static partial class ManifestRules
{
    private const string CalicoV3 = "projectcalico.org";
    private const string CalicoV1 = "crd.projectcalico.org";

    private static readonly Cidr LinkLocalV4 = Cidr.Parse("169.254.0.0/16");
    private static readonly Cidr LinkLocalV6 = Cidr.Parse("fe80::/10");

    public static void Check(LocatedObject o, List<Finding> findings)
    {
        var obj = o.Object;
        var c = new Ctx(o, findings);
        var calico = obj.Group is CalicoV3 or CalicoV1;
        if (!calico)
        {
            c.Report(ManifestFindings.NotChecked, string.Empty, $"{obj.Kind} ({obj.ApiVersion}) is not a Calico resource; it is read but not checked", "nothing to do; Calico.Sdk checks IPPool, FelixConfiguration, BGPConfiguration, BGPPeer, Node, IPAM configuration, KubeControllersConfiguration and HostEndpoint");
            return;
        }

        var ipamKind = obj.Group == CalicoV1 ? "IPAMConfig" : "IPAMConfiguration";
        if (obj.Kind is "IPAMConfig" or "IPAMConfiguration" && obj.Kind != ipamKind)
        {
            c.Report(ManifestFindings.NotAnObject, "/kind", $"the IPAM configuration kind in {obj.ApiVersion} is {ipamKind}, not {obj.Kind}; the API server answers 'no matches for kind'", $"write kind: {ipamKind}");
            return;
        }

        if (obj.Kind == "Node" && obj.Group == CalicoV1)
        {
            c.Report(ManifestFindings.NotAnObject, "/apiVersion", "Node is not a CRD of crd.projectcalico.org/v1: with the Kubernetes datastore Calico keeps node BGP settings as annotations of the Kubernetes Node", "write projectcalico.org/v3 Node objects for calicoctl, or annotate the Kubernetes Node (projectcalico.org/ASNumber, projectcalico.org/RouteReflectorClusterID)");
            return;
        }

        var schema = CrdSchemaValidator.Validate(obj.Content);
        if (!schema.HasSchema && obj.Kind != "Node")
        {
            c.Report(ManifestFindings.NotChecked, string.Empty, $"{obj.Kind} ({obj.ApiVersion}) has no CRD schema in Calico.Sdk; it is read but not checked", "nothing to do, or check it with calicoctl validate");
            return;
        }

        foreach (var f in schema.Findings)
        {
            var severity = f.Severity == SchemaFindingSeverity.Error ? FindingSeverity.Error : FindingSeverity.Warning;
            var note = severity == FindingSeverity.Error ? "kube-apiserver (and calicoctl in etcd mode) rejects the object" : "kube-apiserver accepts the object but drops the field";
            c.Report(ResourceFindings.SchemaViolation, f.Pointer, $"{obj.Kind} {obj.Name} {(f.Pointer.Length == 0 ? "/" : f.Pointer)}: {f.Message} ({f.Keyword}); {note}", "correct the value to what the CRD schema allows (docs/rules/CAL3900.md)", severity);
        }

        Metadata(c);
        switch (obj.Kind)
        {
            case "IPPool":
                IpPool(c);
                break;
            case "FelixConfiguration":
                Felix(c);
                break;
            case "BGPConfiguration":
                BgpConfiguration(c);
                break;
            case "BGPPeer":
                BgpPeer(c);
                break;
            case "Node":
                Node(c);
                break;
            case "IPAMConfig" or "IPAMConfiguration":
                Ipam(c);
                break;
            case "KubeControllersConfiguration":
                KubeControllers(c);
                break;
        }
    }

    public static void CheckAcrossObjects(List<LocatedObject> objects, List<Finding> findings)
    {
        var seen = new Dictionary<(string Group, string Kind, string Name), LocatedObject>();
        foreach (var o in objects)
        {
            var key = (o.Object.Group, o.Object.Kind, o.Object.Name);
            if (seen.TryGetValue(key, out var first))
            {
                new Ctx(o, findings).Report(ManifestFindings.Duplicate, "/metadata/name", $"{o.Object.Kind} {o.Object.Name} is also defined at {first.Locate("/metadata/name")}; applying both leaves only the later one", "keep one definition of the object");
            }
            else
            {
                seen[key] = o;
            }
        }

        // Pools must not overlap (Calico's client refuses to create the second one).
        var pools = objects
            .Where(o => o.Object.Kind == "IPPool" && o.Object.Group is CalicoV3 or CalicoV1)
            .Select(o => (o, Cidr.TryParse(CalicoManifests.Text(o.Object.Content["spec"]?["cidr"]), out var cidr, out _) ? cidr : (Cidr?)null))
            .Where(p => p.Item2 is not null)
            .ToList();
        for (var i = 0; i < pools.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (a, ca) = pools[i];
                var (b, cb) = pools[j];
                if (a.Object.Name != b.Object.Name && ca!.Value.Overlaps(cb!.Value))
                {
                    new Ctx(a, findings).Report(ManifestFindings.PoolCidr, "/spec/cidr", $"IPPool {a.Object.Name} cidr {ca} overlaps IPPool {b.Object.Name} ({cb}) at {b.Locate("/spec/cidr")}; Calico refuses to create the second pool", "give each pool its own range");
                }
            }
        }
    }

    private static void Metadata(Ctx c)
    {
        var name = c.Obj.Name;
        if (!KubernetesNames.IsDns1123Subdomain(name))
        {
            c.Report(ManifestFindings.Metadata, "/metadata/name", $"name '{name}' is not a lowercase DNS-1123 subdomain of at most 253 characters", "use lowercase letters, digits, '-' and '.', starting and ending with a letter or digit");
        }

        if (c.Obj.Content["metadata"]?["labels"] is JsonObject labels)
        {
            foreach (var (key, value) in labels)
            {
                var pointer = "/metadata/labels/" + Escape(key);
                if (!IsQualifiedName(key))
                {
                    c.Report(ManifestFindings.Metadata, pointer, $"label key '{key}' is not a qualified name (optional DNS prefix and '/', then at most 63 characters of [A-Za-z0-9-_.] starting and ending alphanumeric)", "rename the label key");
                }

                if (CalicoManifests.Text(value) is not { } text)
                {
                    c.Report(ManifestFindings.Metadata, pointer, $"label '{key}' has a {CalicoManifests.Describe(value)} value; label values are strings", "quote the value");
                }
                else if (!KubernetesNames.IsLabelValue(text))
                {
                    c.Report(ManifestFindings.Metadata, pointer, $"label '{key}' value '{text}' is not a label value (at most 63 characters of [A-Za-z0-9-_.], starting and ending alphanumeric, or empty)", "shorten or rewrite the value");
                }
            }
        }

        if (c.Obj.Content["metadata"]?["annotations"] is JsonObject annotations)
        {
            long total = 0;
            foreach (var (key, value) in annotations)
            {
                total += Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(CalicoManifests.Text(value) ?? string.Empty);
                if (!IsQualifiedName(key.ToLowerInvariant()))
                {
                    c.Report(ManifestFindings.Metadata, "/metadata/annotations/" + Escape(key), $"annotation key '{key}' is not a qualified name", "rename the annotation key");
                }
            }

            if (total > 262144)
            {
                c.Report(ManifestFindings.Metadata, "/metadata/annotations", $"the annotations hold {total} bytes, more than the 262144 (256 KiB) allowed", "move large data out of annotations");
            }
        }
    }

    private static void IpPool(Ctx c)
    {
        var spec = c.Obj.Content["spec"] as JsonObject;
        if (spec is null)
        {
            return;
        }

        Cidr? pool = null;
        if (CalicoManifests.Text(spec["cidr"]) is { } text)
        {
            if (!Cidr.TryParse(text, out var cidr, out var error))
            {
                c.Report(ManifestFindings.PoolCidr, "/spec/cidr", $"cidr {error}; Calico needs a network with its prefix length", "write the network as ADDRESS/PREFIX, such as 10.233.64.0/18");
            }
            else
            {
                pool = cidr;
                if (!cidr.IsMasked)
                {
                    c.Report(ManifestFindings.PoolCidr, "/spec/cidr", $"cidr {text} has host bits set; Calico rejects a pool CIDR that is not strictly masked", $"write {cidr.Masked()}");
                }

                var linkLocal = cidr.IsIPv6 ? LinkLocalV6 : LinkLocalV4;
                if (cidr.Masked().Overlaps(linkLocal))
                {
                    c.Report(ManifestFindings.PoolCidr, "/spec/cidr", $"cidr {text} overlaps the link-local range {linkLocal}, which Calico forbids for pools", "choose a range outside " + linkLocal);
                }
            }
        }

        var disabled = Bool(spec["disabled"]) == true;
        var blockSize = Int(spec["blockSize"]);
        if (pool is { } p)
        {
            var (min, max, fallback) = p.IsIPv6 ? (116, 128, 122) : (20, 32, 26);
            if (blockSize is { } b && b != 0 && (b < min || b > max))
            {
                c.Report(ManifestFindings.PoolBlockSize, "/spec/blockSize", $"blockSize {b} is outside {min}–{max}, the range for {(p.IsIPv6 ? "IPv6" : "IPv4")} pools", $"use a block size from {min} to {max} ({fallback} is Calico's default)");
            }
            else if (!disabled && p.PrefixLength > (blockSize is null or 0 ? fallback : blockSize.Value))
            {
                var effective = blockSize is null or 0 ? fallback : blockSize.Value;
                c.Report(ManifestFindings.PoolBlockSize, blockSize is null ? "/spec/cidr" : "/spec/blockSize", $"the pool /{p.PrefixLength} is smaller than one /{effective} block; Calico IPAM cannot use it", $"set blockSize to at least {p.PrefixLength}, widen the pool, or set disabled: true");
            }
        }

        var ipip = Enabled(spec["ipipMode"]);
        var vxlan = Enabled(spec["vxlanMode"]);
        if (ipip && vxlan)
        {
            c.Report(ManifestFindings.PoolModes, "/spec/vxlanMode", "ipipMode and vxlanMode are both enabled; a pool uses one encapsulation", "set one of them to Never");
        }

        if (ipip && pool is { IsIPv6: true })
        {
            c.Report(ManifestFindings.PoolModes, "/spec/ipipMode", "ipipMode is enabled on an IPv6 pool; IP-in-IP carries only IPv4", "set ipipMode: Never (use vxlanMode for IPv6)");
        }

        var uses = (spec["allowedUses"] as JsonArray)?.Select(CalicoManifests.Text).OfType<string>().ToList() ?? [];
        if (uses.Contains("LoadBalancer"))
        {
            if (uses.Contains("Workload") || uses.Contains("Tunnel"))
            {
                c.Report(ManifestFindings.PoolModes, "/spec/allowedUses", "allowedUses combines LoadBalancer with Workload or Tunnel", "give LoadBalancer addresses their own pool");
            }

            if (ipip || vxlan)
            {
                c.Report(ManifestFindings.PoolModes, ipip ? "/spec/ipipMode" : "/spec/vxlanMode", "a LoadBalancer pool cannot enable IPIP or VXLAN", "set ipipMode and vxlanMode to Never");
            }

            if (Bool(spec["disableBGPExport"]) == true)
            {
                c.Report(ManifestFindings.PoolModes, "/spec/disableBGPExport", "a LoadBalancer pool must be exported over BGP (disableBGPExport: true)", "remove disableBGPExport");
            }

            if (CalicoManifests.Text(spec["nodeSelector"]) is { } ns && ns != "all()")
            {
                c.Report(ManifestFindings.PoolModes, "/spec/nodeSelector", $"a LoadBalancer pool must select all nodes, not '{ns}'", "set nodeSelector: all() or remove it");
            }
        }

        if (uses.Contains("Tunnel") && CalicoManifests.Text(spec["namespaceSelector"]) is { Length: > 0 })
        {
            c.Report(ManifestFindings.PoolModes, "/spec/namespaceSelector", "a pool used for tunnel addresses cannot have a namespaceSelector", "remove namespaceSelector, or remove Tunnel from allowedUses");
        }

        Selector(c, "/spec/nodeSelector", spec["nodeSelector"], noGlobal: true);
        Selector(c, "/spec/namespaceSelector", spec["namespaceSelector"], noGlobal: true);
    }

    private static void Felix(Ctx c)
    {
        if (c.Obj.Content["spec"] is not JsonObject spec)
        {
            return;
        }

        var name = c.Obj.Name;
        var perNodeOrDefault = name == "default" || name.StartsWith("node.", StringComparison.Ordinal);
        var selector = CalicoManifests.Text(spec["nodeSelector"]);
        if (perNodeOrDefault && !string.IsNullOrEmpty(selector))
        {
            c.Report(ManifestFindings.Felix, "/spec/nodeSelector", $"FelixConfiguration {name} has a nodeSelector; only selector-scoped configurations (named other than 'default' and 'node.*') may", "remove nodeSelector, or rename the object");
        }
        else if (!perNodeOrDefault && string.IsNullOrEmpty(selector))
        {
            c.Report(ManifestFindings.Felix, "/metadata/name", $"FelixConfiguration {name} is neither 'default' nor 'node.<name>' and has no nodeSelector, so it applies to no node", "name it default or node.<nodename>, or add spec.nodeSelector", FindingSeverity.Warning);
        }

        if (spec["routeTableRange"] is JsonObject range)
        {
            if (spec["routeTableRanges"] is JsonArray { Count: > 0 })
            {
                c.Report(ManifestFindings.Felix, "/spec/routeTableRanges", "routeTableRange and routeTableRanges are both set", "keep routeTableRanges and remove routeTableRange");
            }

            var (min, max) = (Int(range["min"]) ?? 0, Int(range["max"]) ?? 0);
            if (min < 1 || min > max || max > 250)
            {
                c.Report(ManifestFindings.Felix, "/spec/routeTableRange", $"routeTableRange {min}–{max} is not within 1 ≤ min ≤ max ≤ 250", "choose a range inside 1–250, such as 1–250");
            }
        }

        if (spec["routeTableRanges"] is JsonArray ranges)
        {
            long total = 0;
            for (var i = 0; i < ranges.Count; i++)
            {
                var (min, max) = (Int(ranges[i]?["min"]) ?? 0, Int(ranges[i]?["max"]) ?? 0);
                if (min < 1 || min > max || max > uint.MaxValue)
                {
                    c.Report(ManifestFindings.Felix, $"/spec/routeTableRanges/{i}", $"route table range {min}–{max} is not within 1 ≤ min ≤ max ≤ 4294967295", "fix the range");
                }
                else
                {
                    total += max - min + 1;
                }
            }

            if (total > 0xFFFF)
            {
                c.Report(ManifestFindings.Felix, "/spec/routeTableRanges", $"the route table ranges hold {total} tables, more than 65535", "shrink the ranges");
            }
        }

        Address(c, ManifestFindings.Felix, spec, "natOutgoingAddress", AddressFamily.InterNetwork);
        Address(c, ManifestFindings.Felix, spec, "deviceRouteSourceAddress", AddressFamily.InterNetwork);
        Address(c, ManifestFindings.Felix, spec, "deviceRouteSourceAddressIPv6", AddressFamily.InterNetworkV6);

        if (spec["kubeNodePortRanges"] is JsonArray ports)
        {
            if (ports.Count > 7)
            {
                c.Report(ManifestFindings.Felix, "/spec/kubeNodePortRanges", $"kubeNodePortRanges has {ports.Count} entries; at most 7 are allowed", "merge the ranges");
            }

            for (var i = 0; i < ports.Count; i++)
            {
                if (PortRangeProblem(ports[i]) is { } problem)
                {
                    c.Report(ManifestFindings.Felix, $"/spec/kubeNodePortRanges/{i}", $"kubeNodePortRanges entry {ports[i]?.ToJsonString()}: {problem}", "write a port number or \"FIRST:LAST\" within 1–65535");
                }
            }
        }

        if (spec["externalNodesList"] is JsonArray external)
        {
            for (var i = 0; i < external.Count; i++)
            {
                var text = CalicoManifests.Text(external[i]) ?? string.Empty;
                var ok = text.Contains('/') ? Cidr.TryParse(text, out var cidr, out _) && !cidr.IsIPv6 : IpAddresses.TryParseStrict(text, out var a) && a!.AddressFamily == AddressFamily.InterNetwork;
                if (!ok)
                {
                    c.Report(ManifestFindings.Felix, $"/spec/externalNodesList/{i}", $"externalNodesList entry '{text}' is not an IPv4 address or CIDR", "list IPv4 addresses or networks only");
                }
            }
        }

        if (CalicoManifests.Text(spec["openstackRegion"]) is { Length: > 0 } region && (region.Length > 46 || !KubernetesNames.IsDns1123Label(region)))
        {
            c.Report(ManifestFindings.Felix, "/spec/openstackRegion", $"openstackRegion '{region}' is not a lowercase DNS label of at most 46 characters", "shorten it to lowercase letters, digits and '-'");
        }

        if (spec["healthTimeoutOverrides"] is JsonArray overrides)
        {
            for (var i = 0; i < overrides.Count; i++)
            {
                var name2 = CalicoManifests.Text(overrides[i]?["name"]) ?? string.Empty;
                if (!HealthNamePattern().IsMatch(name2))
                {
                    c.Report(ManifestFindings.Felix, $"/spec/healthTimeoutOverrides/{i}/name", $"health timeout override name '{name2}' must be letters, digits, '_', ' ' or '-'", "use the name of a Felix health reporter, such as InternalDataplaneMainLoop");
                }

                if (CalicoManifests.Text(overrides[i]?["timeout"]) is { } timeout && (!GoDuration.TryParse(timeout, out var d, out _) || d.Value < TimeSpan.Zero))
                {
                    c.Report(ManifestFindings.Felix, $"/spec/healthTimeoutOverrides/{i}/timeout", $"timeout '{timeout}' is not a non-negative duration", "write a duration such as 30s");
                }
            }
        }

        if (CalicoManifests.Text(spec["mtuIfacePattern"]) is { } pattern && GoRegex.Problem(pattern) is { } regexProblem)
        {
            c.Report(ManifestFindings.Felix, "/spec/mtuIfacePattern", $"mtuIfacePattern '{pattern}': {regexProblem}; Felix ignores it and uses its default", "write a Go (RE2) regular expression", FindingSeverity.Warning);
        }
    }

    private static void BgpConfiguration(Ctx c)
    {
        if (c.Obj.Content["spec"] is not JsonObject spec)
        {
            return;
        }

        if (c.Obj.Name != "default")
        {
            foreach (var field in new[] { "nodeToNodeMeshEnabled", "asNumber", "serviceLoadBalancerIPs", "serviceExternalIPs", "serviceClusterIPs", "nodeMeshPassword", "nodeMeshMaxRestartTime" })
            {
                if (spec[field] is { } v && !(v is JsonArray { Count: 0 }))
                {
                    c.Report(ManifestFindings.BgpConfiguration, "/spec/" + field, $"{field} may only be set on the BGPConfiguration named 'default', not on {c.Obj.Name}", "move the field to BGPConfiguration default");
                }
            }
        }

        foreach (var list in new[] { "serviceClusterIPs", "serviceExternalIPs", "serviceLoadBalancerIPs" })
        {
            if (spec[list] is JsonArray entries)
            {
                for (var i = 0; i < entries.Count; i++)
                {
                    if (CalicoManifests.Text(entries[i]?["cidr"]) is { } text && Cidr.TryParse(text, out var cidr, out _) && !cidr.IsMasked)
                    {
                        c.Report(ManifestFindings.BgpConfiguration, $"/spec/{list}/{i}/cidr", $"{list} cidr {text} has host bits set; Calico rejects it", $"write {cidr.Masked()}");
                    }
                }
            }
        }

        AsNumber(c, ManifestFindings.BgpConfiguration, spec, "asNumber");
        if (spec["ignoredInterfaces"] is JsonArray ignored)
        {
            for (var i = 0; i < ignored.Count; i++)
            {
                var text = CalicoManifests.Text(ignored[i]) ?? string.Empty;
                if (text == "*" || !InterfacePattern().IsMatch(text))
                {
                    c.Report(ManifestFindings.BgpConfiguration, $"/spec/ignoredInterfaces/{i}", $"ignoredInterfaces entry '{text}' must be 1–15 characters of [A-Za-z0-9_.*-] and not just '*'", "name the interfaces, with '*' as a wildcard inside a name");
                }
            }
        }

        Address(c, ManifestFindings.BgpConfiguration, spec, "localWorkloadPeeringIPV4", AddressFamily.InterNetwork);
        Address(c, ManifestFindings.BgpConfiguration, spec, "localWorkloadPeeringIPV6", AddressFamily.InterNetworkV6);

        var communityNames = new HashSet<string>(StringComparer.Ordinal);
        if (spec["communities"] is JsonArray communities)
        {
            for (var i = 0; i < communities.Count; i++)
            {
                var name = CalicoManifests.Text(communities[i]?["name"]) ?? string.Empty;
                communityNames.Add(name);
                if (!KubernetesNames.IsDns1123Subdomain(name))
                {
                    c.Report(ManifestFindings.BgpConfiguration, $"/spec/communities/{i}/name", $"community name '{name}' is not a lowercase DNS-1123 name", "rename the community");
                }

                if (CommunityProblem(CalicoManifests.Text(communities[i]?["value"]) ?? string.Empty) is { } problem)
                {
                    c.Report(ManifestFindings.BgpConfiguration, $"/spec/communities/{i}/value", problem, "write AA:NN (16-bit parts) or AA:NN:MM (32-bit parts)");
                }
            }

            if (communities.Count > 0 && spec["prefixAdvertisements"] is not JsonArray { Count: > 0 })
            {
                c.Report(ManifestFindings.BgpConfiguration, "/spec/communities", "communities are defined but no prefixAdvertisements use them", "add prefixAdvertisements, or remove communities");
            }
        }

        if (spec["prefixAdvertisements"] is JsonArray adverts)
        {
            for (var i = 0; i < adverts.Count; i++)
            {
                if (CalicoManifests.Text(adverts[i]?["cidr"]) is { } text && Cidr.TryParse(text, out var cidr, out _) && !cidr.IsMasked)
                {
                    c.Report(ManifestFindings.BgpConfiguration, $"/spec/prefixAdvertisements/{i}/cidr", $"prefix advertisement cidr {text} has host bits set", $"write {cidr.Masked()}");
                }

                if (adverts[i]?["communities"] is JsonArray used)
                {
                    for (var j = 0; j < used.Count; j++)
                    {
                        var value = CalicoManifests.Text(used[j]) ?? string.Empty;
                        if (!communityNames.Contains(value) && CommunityProblem(value) is not null)
                        {
                            c.Report(ManifestFindings.BgpConfiguration, $"/spec/prefixAdvertisements/{i}/communities/{j}", $"'{value}' is neither a community value nor the name of one of spec.communities", "define the community in spec.communities, or write its value");
                        }
                    }
                }
            }
        }

        if (Bool(spec["nodeToNodeMeshEnabled"]) == false)
        {
            foreach (var field in new[] { "nodeMeshPassword", "nodeMeshMaxRestartTime" })
            {
                if (spec[field] is not null)
                {
                    c.Report(ManifestFindings.BgpConfiguration, "/spec/" + field, $"{field} is set while nodeToNodeMeshEnabled is false", "remove it, or enable the mesh");
                }
            }
        }

        Duration(c, ManifestFindings.BgpConfiguration, spec, "nodeMeshMaxRestartTime");
    }

    private static void BgpPeer(Ctx c)
    {
        if (c.Obj.Content["spec"] is not JsonObject spec)
        {
            return;
        }

        var node = CalicoManifests.Text(spec["node"]);
        var peerIp = CalicoManifests.Text(spec["peerIP"]);
        var peerSelector = CalicoManifests.Text(spec["peerSelector"]);
        var workloadSelector = CalicoManifests.Text(spec["localWorkloadSelector"]);
        var asNumber = Int(spec["asNumber"]) ?? 0;
        IPAddress? peerAddress = null;
        if (!string.IsNullOrEmpty(peerIp))
        {
            if (!BgpPeerAddress.TryParse(peerIp, out peerAddress, out _, out var error))
            {
                c.Report(ManifestFindings.BgpPeer, "/spec/peerIP", $"peerIP '{peerIp}': {error}", "write an IP address, IPv4:port or [IPv6]:port");
            }
        }

        if (!string.IsNullOrEmpty(node) && !KubernetesNames.IsDns1123Subdomain(node))
        {
            c.Report(ManifestFindings.BgpPeer, "/spec/node", $"node '{node}' is not a lowercase DNS-1123 name", "write the Calico node name");
        }

        if (!string.IsNullOrEmpty(node) && !string.IsNullOrEmpty(CalicoManifests.Text(spec["nodeSelector"])))
        {
            c.Report(ManifestFindings.BgpPeer, "/spec/nodeSelector", "node and nodeSelector are both set", "keep one of them");
        }

        if (!string.IsNullOrEmpty(peerIp) && !string.IsNullOrEmpty(peerSelector))
        {
            c.Report(ManifestFindings.BgpPeer, "/spec/peerSelector", "peerIP and peerSelector are both set", "keep one of them");
        }

        if (!string.IsNullOrEmpty(peerSelector) && asNumber != 0)
        {
            c.Report(ManifestFindings.BgpPeer, "/spec/asNumber", "asNumber is set with peerSelector; the selected nodes' own AS numbers are used", "remove asNumber");
        }

        if (!string.IsNullOrEmpty(workloadSelector))
        {
            if (!string.IsNullOrEmpty(peerIp) || !string.IsNullOrEmpty(peerSelector))
            {
                c.Report(ManifestFindings.BgpPeer, "/spec/localWorkloadSelector", "localWorkloadSelector cannot be combined with peerIP or peerSelector", "keep localWorkloadSelector alone");
            }

            if (asNumber == 0)
            {
                c.Report(ManifestFindings.BgpPeer, "/spec/localWorkloadSelector", "localWorkloadSelector needs asNumber", "set the workloads' AS number in asNumber");
            }
        }

        if (CalicoManifests.Text(spec["reachableBy"]) is { Length: > 0 } reachable)
        {
            if (!IpAddresses.TryParseStrict(reachable, out var via))
            {
                c.Report(ManifestFindings.BgpPeer, "/spec/reachableBy", $"reachableBy '{reachable}' is not an IP address", "write the gateway address");
            }
            else if (string.IsNullOrEmpty(peerIp))
            {
                c.Report(ManifestFindings.BgpPeer, "/spec/reachableBy", "reachableBy is set without peerIP", "set peerIP, or remove reachableBy");
            }
            else if (peerAddress is not null && peerAddress.AddressFamily != via!.AddressFamily)
            {
                c.Report(ManifestFindings.BgpPeer, "/spec/reachableBy", $"reachableBy {reachable} and peerIP {peerIp} are of different address families", "use a gateway of the peer's family");
            }
        }

        if (Bool(spec["keepOriginalNextHop"]) == true && CalicoManifests.Text(spec["nextHopMode"]) is { Length: > 0 })
        {
            c.Report(ManifestFindings.BgpPeer, "/spec/nextHopMode", "keepOriginalNextHop and nextHopMode are both set", "use nextHopMode: Keep and remove keepOriginalNextHop");
        }

        AsNumber(c, ManifestFindings.BgpPeer, spec, "asNumber");
        AsNumber(c, ManifestFindings.BgpPeer, spec, "localASNumber");
        Duration(c, ManifestFindings.BgpPeer, spec, "maxRestartTime");
        Duration(c, ManifestFindings.BgpPeer, spec, "keepaliveTime");
        if (spec["filters"] is JsonArray filters)
        {
            for (var i = 0; i < filters.Count; i++)
            {
                var name = CalicoManifests.Text(filters[i]) ?? string.Empty;
                if (!KubernetesNames.IsDns1123Subdomain(name))
                {
                    c.Report(ManifestFindings.BgpPeer, $"/spec/filters/{i}", $"filter '{name}' is not a valid BGPFilter name", "name an existing BGPFilter");
                }
            }
        }

        Selector(c, "/spec/nodeSelector", spec["nodeSelector"], noGlobal: false);
        Selector(c, "/spec/peerSelector", spec["peerSelector"], noGlobal: false);
        Selector(c, "/spec/localWorkloadSelector", spec["localWorkloadSelector"], noGlobal: false);
    }

    private static void Node(Ctx c)
    {
        if (c.Obj.Content["spec"] is not JsonObject spec)
        {
            return;
        }

        if (spec["bgp"] is JsonObject bgp)
        {
            if (bgp.Count == 0)
            {
                c.Report(ManifestFindings.Node, "/spec/bgp", "spec.bgp is empty; Calico rejects an empty BGP section", "remove spec.bgp, or set ipv4Address/ipv6Address");
            }

            NodeAddress(c, bgp, "/spec/bgp", "ipv4Address", AddressFamily.InterNetwork, prefixAllowed: true);
            NodeAddress(c, bgp, "/spec/bgp", "ipv6Address", AddressFamily.InterNetworkV6, prefixAllowed: true);
            NodeAddress(c, bgp, "/spec/bgp", "ipv4IPIPTunnelAddr", AddressFamily.InterNetwork, prefixAllowed: false);
            NodeAddress(c, bgp, "/spec/bgp", "routeReflectorClusterID", AddressFamily.InterNetwork, prefixAllowed: false);
            if (bgp["asNumber"] is JsonValue asValue)
            {
                var text = asValue.GetValueKind() == JsonValueKind.Number ? asValue.ToJsonString() : CalicoManifests.Text(asValue);
                if (!global::Calico.Sdk.AsNumber.TryParse(text, out _, out var error))
                {
                    c.Report(ManifestFindings.Node, "/spec/bgp/asNumber", $"asNumber {asValue.ToJsonString()}: {error}", "write a number from 0 to 4294967295 (or A.B)");
                }
            }
        }

        NodeAddress(c, spec, "/spec", "ipv4VXLANTunnelAddr", AddressFamily.InterNetwork, prefixAllowed: false);
        NodeAddress(c, spec, "/spec", "ipv6VXLANTunnelAddr", AddressFamily.InterNetworkV6, prefixAllowed: false);
        foreach (var field in new[] { "vxlanTunnelMACAddr", "vxlanTunnelMACAddrV6" })
        {
            if (CalicoManifests.Text(spec[field]) is { Length: > 0 } mac && !MacPattern().IsMatch(mac))
            {
                c.Report(ManifestFindings.Node, "/spec/" + field, $"{field} '{mac}' is not a MAC address", "write six hex pairs such as 66:4f:2a:00:10:01, or leave it for Felix to fill in");
            }
        }

        if (spec["addresses"] is JsonArray addresses)
        {
            for (var i = 0; i < addresses.Count; i++)
            {
                var text = CalicoManifests.Text(addresses[i]?["address"]) ?? string.Empty;
                var ok = text.Contains('/') ? Cidr.TryParse(text, out var cidr, out _) && cidr.IsMasked : IpAddresses.TryParseStrict(text, out _);
                if (!ok)
                {
                    c.Report(ManifestFindings.Node, $"/spec/addresses/{i}/address", $"address '{text}' is not an IP address or a strictly masked network", "write the node address");
                }

                if (CalicoManifests.Text(addresses[i]?["type"]) is { } type && type is not ("CalicoNodeIP" or "InternalIP" or "ExternalIP"))
                {
                    c.Report(ManifestFindings.Node, $"/spec/addresses/{i}/type", $"address type '{type}' is not CalicoNodeIP, InternalIP or ExternalIP", "use one of the three types");
                }
            }
        }
    }

    private static void Ipam(Ctx c)
    {
        if (c.Obj.Name != "default")
        {
            c.Report(ManifestFindings.Ipam, "/metadata/name", $"{c.Obj.Kind} is named '{c.Obj.Name}'; Calico reads only the one named 'default'", "name it default");
        }

        if (c.Obj.Content["spec"] is not JsonObject spec)
        {
            return;
        }

        var strict = Bool(spec["strictAffinity"]) ?? false;
        var auto = Bool(spec["autoAllocateBlocks"]) ?? true;
        if (!strict && !auto)
        {
            c.Report(ManifestFindings.Ipam, "/spec/autoAllocateBlocks", "strictAffinity and autoAllocateBlocks are both false: a node can neither allocate a block nor borrow addresses", "set autoAllocateBlocks: true", FindingSeverity.Warning);
        }

        if (Int(spec["maxBlocksPerHost"]) is > 0 && !strict)
        {
            c.Report(ManifestFindings.Ipam, "/spec/maxBlocksPerHost", "maxBlocksPerHost is set without strictAffinity; nodes borrow addresses from other blocks once they reach the limit, so the limit does not hold", "set strictAffinity: true", FindingSeverity.Warning);
        }
    }

    private static void KubeControllers(Ctx c)
    {
        if (c.Obj.Name != "default")
        {
            c.Report(ManifestFindings.KubeControllers, "/metadata/name", $"KubeControllersConfiguration is named '{c.Obj.Name}'; Calico only accepts 'default'", "name it default");
        }

        if (c.Obj.Content["spec"]?["controllers"]?["node"]?["hostEndpoint"]?["templates"] is not JsonArray templates)
        {
            return;
        }

        const string basePointer = "/spec/controllers/node/hostEndpoint/templates";
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < templates.Count; i++)
        {
            var t = templates[i];
            var generateName = CalicoManifests.Text(t?["generateName"]) ?? string.Empty;
            if (!KubernetesNames.IsDns1123Subdomain(generateName))
            {
                c.Report(ManifestFindings.KubeControllers, $"{basePointer}/{i}/generateName", $"template generateName '{generateName}' must be a lowercase DNS-1123 name of at most 253 characters", "set generateName");
            }
            else if (!names.Add(generateName))
            {
                c.Report(ManifestFindings.KubeControllers, $"{basePointer}/{i}/generateName", $"template generateName '{generateName}' is used twice", "give each template its own generateName");
            }

            var cidrs = t?["interfaceCIDRs"] as JsonArray;
            var pattern = CalicoManifests.Text(t?["interfacePattern"]);
            if (cidrs is not { Count: > 0 } && string.IsNullOrEmpty(pattern))
            {
                c.Report(ManifestFindings.KubeControllers, $"{basePointer}/{i}", "a host endpoint template needs interfaceCIDRs or interfacePattern", "add one of them");
            }

            for (var j = 0; j < (cidrs?.Count ?? 0); j++)
            {
                if (!Cidr.TryParse(CalicoManifests.Text(cidrs![j]), out _, out var error))
                {
                    c.Report(ManifestFindings.KubeControllers, $"{basePointer}/{i}/interfaceCIDRs/{j}", $"interfaceCIDRs entry: {error}", "write networks such as 10.0.0.0/24");
                }
            }

            if (!string.IsNullOrEmpty(pattern) && GoRegex.Problem(pattern!) is { } problem)
            {
                c.Report(ManifestFindings.KubeControllers, $"{basePointer}/{i}/interfacePattern", $"interfacePattern '{pattern}': {problem}", "write a Go (RE2) regular expression");
            }

            Selector(c, $"{basePointer}/{i}/nodeSelector", t?["nodeSelector"], noGlobal: false);
        }
    }

    private static void Selector(Ctx c, string pointer, JsonNode? node, bool noGlobal)
    {
        if (CalicoManifests.Text(node) is not { Length: > 0 } text)
        {
            return;
        }

        if (!CalicoSelector.TryValidate(text, out var error))
        {
            c.Report(ManifestFindings.Selector, pointer, $"selector '{text}' does not parse: {error}", "write a Calico selector such as rack == 'r1' && has(zone)");
        }
        else if (noGlobal && text.Contains("global("))
        {
            c.Report(ManifestFindings.Selector, pointer, $"selector '{text}' uses global(), which IP pools do not allow", "select nodes or namespaces by their labels");
        }
    }

    private static void Address(Ctx c, FindingDescriptor d, JsonObject spec, string field, AddressFamily family)
    {
        if (CalicoManifests.Text(spec[field]) is { Length: > 0 } text && !(IpAddresses.TryParseStrict(text, out var a) && a!.AddressFamily == family))
        {
            c.Report(d, "/spec/" + field, $"{field} '{text}' is not an {(family == AddressFamily.InterNetwork ? "IPv4" : "IPv6")} address", "write a bare address without a prefix length");
        }
    }

    private static void NodeAddress(Ctx c, JsonObject parent, string basePointer, string field, AddressFamily family, bool prefixAllowed)
    {
        if (CalicoManifests.Text(parent[field]) is not { Length: > 0 } text)
        {
            return;
        }

        var slash = text.IndexOf('/');
        var addressText = prefixAllowed && slash > 0 ? text.Substring(0, slash) : text;
        var ok = IpAddresses.TryParseStrict(addressText, out var a) && a!.AddressFamily == family;
        if (ok && prefixAllowed && slash > 0)
        {
            ok = int.TryParse(text.Substring(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) && prefix <= (family == AddressFamily.InterNetwork ? 32 : 128);
        }

        if (!ok)
        {
            var what = family == AddressFamily.InterNetwork ? "IPv4" : "IPv6";
            c.Report(ManifestFindings.Node, $"{basePointer}/{field}", $"{field} '{text}' is not an {what} address{(prefixAllowed ? " (with an optional prefix length)" : string.Empty)}", $"write an {what} address");
        }
    }

    private static void AsNumber(Ctx c, FindingDescriptor d, JsonObject spec, string field)
    {
        if (spec[field] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && (!v.TryGetValue<long>(out var n) || n < 0 || n > uint.MaxValue))
        {
            c.Report(d, "/spec/" + field, $"{field} {v.ToJsonString()} is not an AS number from 0 to 4294967295", "write a 32-bit AS number");
        }
    }

    private static void Duration(Ctx c, FindingDescriptor d, JsonObject spec, string field)
    {
        if (CalicoManifests.Text(spec[field]) is { } text && !GoDuration.TryParse(text, out _, out var error))
        {
            c.Report(d, "/spec/" + field, $"{field} '{text}': {error}", "write a Go duration such as 120s or 2m");
        }
    }

    private static string? PortRangeProblem(JsonNode? node)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
        {
            return v.TryGetValue<long>(out var port) && port is >= 1 and <= 65535 ? null : "a port must be from 1 to 65535";
        }

        var text = CalicoManifests.Text(node);
        if (text is null)
        {
            return "not a port or a range";
        }

        var parts = text.Split(':');
        if (parts.Length > 2 || parts.Any(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return "named ports are not allowed; only numbers or FIRST:LAST";
        }

        var first = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var last = int.Parse(parts[^1], CultureInfo.InvariantCulture);
        return first >= 1 && first <= last && last <= 65535 ? null : "the range must satisfy 1 ≤ FIRST ≤ LAST ≤ 65535";
    }

    private static string? CommunityProblem(string value)
    {
        var parts = value.Split(':');
        if (parts.Length is < 2 or > 3 || value.Length > 40 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
        {
            return $"community value '{value}' is not AA:NN or AA:NN:MM";
        }

        var limit = parts.Length == 2 ? ushort.MaxValue : uint.MaxValue;
        return parts.All(p => ulong.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= limit)
            ? null
            : $"community value '{value}' has a part above {limit} ({(parts.Length == 2 ? "standard communities have 16-bit parts" : "large communities have 32-bit parts")})";
    }

    private static bool Enabled(JsonNode? mode) => CalicoManifests.Text(mode) is { Length: > 0 } m && m != "Never";

    private static bool? Bool(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    private static long? Int(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var n) ? n : null;

    private static string Escape(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static bool IsQualifiedName(string key)
    {
        var slash = key.IndexOf('/');
        var name = key;
        if (slash >= 0)
        {
            var prefix = key.Substring(0, slash);
            name = key.Substring(slash + 1);
            if (!KubernetesNames.IsDns1123Subdomain(prefix))
            {
                return false;
            }
        }

        return name.Length is > 0 and <= 63 && QualifiedNamePattern().IsMatch(name);
    }

    [GeneratedRegex(@"^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")]
    private static partial Regex QualifiedNamePattern();

    [GeneratedRegex(@"^[a-zA-Z0-9_ -]+$")]
    private static partial Regex HealthNamePattern();

    [GeneratedRegex(@"^[a-zA-Z0-9_.*-]{1,15}$")]
    private static partial Regex InterfacePattern();

    [GeneratedRegex(@"^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$")]
    private static partial Regex MacPattern();

    /// <summary>Reports findings for one object.</summary>
    private sealed class Ctx(LocatedObject o, List<Finding> findings)
    {
        public ManifestObject Obj => o.Object;

        public void Report(FindingDescriptor d, string pointer, string message, string hint, FindingSeverity? severity = null) =>
            findings.Add(d.Create($"{Obj.Kind}/{Obj.Name}{pointer}", message, hint, o.Locate(pointer), severity));
    }
}
