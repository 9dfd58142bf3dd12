using System.Globalization;
using System.Text.Json.Nodes;

namespace Calico.Sdk.Resources;

/// <summary>
/// Ordered, checkable migrations of a running Kubespray-managed Calico, computed from the cluster model: IPIP to
/// VXLAN, enabling eBPF, moving a pool to another CIDR, and introducing route reflectors. Commands are those of
/// Kubespray's documentation (<c>calicoctl.sh</c> on the first control-plane host) and Calico's; every step says
/// what must hold before it and what must be true before the next one.
/// </summary>
public static class MigrationPlans
{
    private const string CalicoGroupVars = "group_vars/k8s_cluster/k8s-net-calico.yml";
    private const string ClusterGroupVars = "group_vars/k8s_cluster/k8s-cluster.yml";

    /// <summary>
    /// IPIP to VXLAN, as Kubespray's documentation describes it: enable VXLAN in Felix, switch every IPIP pool to VXLAN,
    /// wait until every node has its VXLAN tunnel (<c>vxlan.calico</c>), then disable IPIP. Run it before changing the
    /// inventory: Kubespray refuses to run while the live pool and the inventory disagree.
    /// </summary>
    /// <param name="cluster">The cluster as it runs today (IPIP).</param>
    public static MigrationPlan IpipToVxlan(CalicoCluster cluster) => IpipToVxlan(ModelMapping.Read(cluster));

    /// <summary>
    /// Switching to the eBPF dataplane: point calico-node at the API server directly, enable eBPF in Felix, stop
    /// kube-proxy and clean up what it leaves behind (IPVS or nftables). Kubespray only skips kube-proxy on fresh
    /// installs; on a running cluster these steps are manual.
    /// </summary>
    /// <param name="cluster">The cluster as it runs today.</param>
    public static MigrationPlan EnableEbpf(CalicoCluster cluster) => EnableEbpf(ModelMapping.Read(cluster));

    /// <summary>
    /// Moving the pool of one address family to another CIDR: create the new pool, disable the old one, recreate
    /// the pods that still use it, then delete it. Kubespray cannot do this (its pool check stops the run).
    /// </summary>
    /// <param name="cluster">The cluster as it runs today.</param>
    /// <param name="newCidr">The new pool CIDR; its family selects the pool to move.</param>
    /// <param name="newPoolName">The new pool's name; default the old name with the new CIDR appended.</param>
    public static MigrationPlan MovePoolCidr(CalicoCluster cluster, Cidr newCidr, string? newPoolName = null) =>
        MovePoolCidr(ModelMapping.Read(cluster), newCidr, newPoolName);

    /// <summary>
    /// Introducing route reflectors on a cluster that runs the full node-to-node mesh, without a routing gap: make the
    /// route reflectors, create the peerings while the mesh still runs, wait until every node has its route-reflector
    /// sessions established, and only then turn the mesh off.
    /// </summary>
    /// <param name="target">The cluster as it should be: with its <c>calico_rr</c> hosts, <c>cluster_id</c> and ids.</param>
    public static MigrationPlan IntroduceRouteReflectors(CalicoCluster target) => IntroduceRouteReflectors(ModelMapping.Read(target));

    internal static MigrationPlan IpipToVxlan(ResourceInputs i)
    {
        var notes = new List<string>();
        var steps = new List<MigrationStep>();
        var ipipPool = i.Ipv4Stack && i.IpipMode != EncapsulationMode.Never ? i.PoolName : null;
        if (ipipPool is null)
        {
            notes.Add(i.Ipv4Stack
                ? $"the model's IPv4 pool ({i.PoolName}) does not use IPIP (calico_ipip_mode: {i.IpipMode}); there is nothing to migrate"
                : "the cluster has no IPv4 pool; IPIP only exists for IPv4");
        }
        else
        {
            var vxlanMode = i.IpipMode == EncapsulationMode.CrossSubnet ? "CrossSubnet" : "Always";
            notes.Add("pools created by hand are not in the model: list them with 'calicoctl.sh get ippool -o wide' and patch each IPIP pool as in step 2");
            steps.Add(new MigrationStep
            {
                Title = "Enable VXLAN in Felix",
                Precondition = $"calicoctl.sh reaches the datastore and pool {ipipPool} uses IPIP ({i.IpipMode})",
                PreconditionCheck = JsonHas("ippool", ipipPool, "ipipMode", Quote(Spell(i.IpipMode))),
                Commands = EquatableArray.Create(PatchCommand("felixconfig", "default", Spec(("vxlanEnabled", true)))),
                Patches = EquatableArray.Create(Merge("FelixConfiguration", "default", Spec(("vxlanEnabled", true)))),
                Check = "FelixConfiguration default has vxlanEnabled: true",
                CheckCommand = JsonHas("felixconfig", "default", "vxlanEnabled", "true"),
            });
            var poolPatch = Spec(("ipipMode", "Never"), ("vxlanMode", vxlanMode));
            steps.Add(new MigrationStep
            {
                Title = $"Switch pool {ipipPool} from IPIP to VXLAN ({vxlanMode})",
                Precondition = "Felix has VXLAN enabled (step 1)",
                PreconditionCheck = JsonHas("felixconfig", "default", "vxlanEnabled", "true"),
                Commands = EquatableArray.Create(PatchCommand("ippool", ipipPool, poolPatch)),
                Patches = EquatableArray.Create(Merge("IPPool", ipipPool, poolPatch)),
                Check = $"pool {ipipPool} has ipipMode: Never and vxlanMode: {vxlanMode}",
                CheckCommand = JsonHas("ippool", ipipPool, "vxlanMode", Quote(vxlanMode)) + " && " + JsonHas("ippool", ipipPool, "ipipMode", "\"Never\""),
            });
            var nodes = i.Nodes.Select(n => n.Name).ToList();
            steps.Add(new MigrationStep
            {
                Title = "Wait for the VXLAN tunnel (vxlan.calico) on every node",
                Precondition = $"every IPIP pool uses VXLAN (step 2)",
                PreconditionCheck = JsonHas("ippool", ipipPool, "vxlanMode", Quote(vxlanMode)),
                Commands = EquatableArray<string>.Empty,
                Patches = EquatableArray<ResourcePatch>.Empty,
                Check = $"all {nodes.Count} nodes have a VXLAN tunnel address, so Felix has created vxlan.calico and routes pod traffic through it (on a node: ip -d link show vxlan.calico)",
                CheckCommand = ForEachNode(nodes, n => JsonHasKey("node", n, "ipv4VXLANTunnelAddr")),
            });
            steps.Add(new MigrationStep
            {
                Title = "Disable IPIP in Felix",
                Precondition = "every node has its VXLAN tunnel (step 3)",
                PreconditionCheck = ForEachNode(nodes, n => JsonHasKey("node", n, "ipv4VXLANTunnelAddr")),
                Commands = EquatableArray.Create(PatchCommand("felixconfig", "default", Spec(("ipipEnabled", false)))),
                Patches = EquatableArray.Create(Merge("FelixConfiguration", "default", Spec(("ipipEnabled", false)))),
                Check = "FelixConfiguration default has ipipEnabled: false",
                CheckCommand = JsonHas("felixconfig", "default", "ipipEnabled", "false"),
            });
        }

        var changes = new List<InventoryChange>();
        if (ipipPool is not null)
        {
            changes.Add(new InventoryChange("calico_ipip_mode", "Never", CalicoGroupVars));
            changes.Add(new InventoryChange("calico_vxlan_mode", i.IpipMode == EncapsulationMode.CrossSubnet ? "CrossSubnet" : "Always", CalicoGroupVars));
            var needsBgp = i.PeerWithRouter || i.PeerWithCalicoRr;
            if (needsBgp)
            {
                notes.Add("keep calico_network_backend: bird: the cluster peers over BGP (routers or route reflectors), which VXLAN alone does not do");
            }
            else
            {
                changes.Add(new InventoryChange("calico_network_backend", "vxlan", CalicoGroupVars));
                notes.Add("calico_network_backend: vxlan stops BIRD on the next Kubespray run; nothing needs BGP once no pool uses IPIP or plain routing");
            }
        }

        return Finish("ipip-to-vxlan", "Migrate from IP-in-IP to VXLAN", "Moves pod traffic from IPIP to VXLAN encapsulation without an outage: both encapsulations work during the switch. Run on the first control-plane host (calicoctl.sh, kubectl), before changing the inventory: Kubespray stops with \"Your inventory doesn't match the current cluster configuration\" until the live pool matches it.", steps, changes, notes);
    }

    internal static MigrationPlan EnableEbpf(ResourceInputs i)
    {
        var notes = new List<string>();
        var steps = new List<MigrationStep>();
        var (host, port) = ResourceFactory.ApiserverEndpoint(i with { BpfEnabled = true });
        var portText = port.ToString(CultureInfo.InvariantCulture);
        if (i.BpfEnabled)
        {
            notes.Add("the model already sets calico_bpf_enabled: true; the steps are still needed on a cluster that was installed without eBPF");
        }

        if (host == "localhost")
        {
            notes.Add($"calico-node will reach the API server at localhost:{portText}: Kubespray's per-node load balancer (or the local API server on control-plane nodes) must listen there on every node");
        }

        steps.Add(new MigrationStep
        {
            Title = "Point Calico at the API server directly (ConfigMap kubernetes-services-endpoint)",
            Precondition = "every node runs a kernel that Calico's eBPF dataplane supports (Linux 5.3 or later, or RHEL 8's 4.18): check with 'uname -r'",
            Commands = EquatableArray.Create(
                $"kubectl -n kube-system create configmap kubernetes-services-endpoint --from-literal=KUBERNETES_SERVICE_HOST={Shell.Quote(host)} --from-literal=KUBERNETES_SERVICE_PORT={portText} --dry-run=client -o yaml | kubectl apply -f -"),
            Patches = EquatableArray.Create(new ResourcePatch(ApiVersions.CoreV1, "ConfigMap", "kubernetes-services-endpoint",
                Compact(new JsonObject { ["data"] = new JsonObject { ["KUBERNETES_SERVICE_HOST"] = host, ["KUBERNETES_SERVICE_PORT"] = portText } }), PatchOperation.Merge, "kube-system")),
            Check = $"the ConfigMap holds KUBERNETES_SERVICE_HOST={host}",
            CheckCommand = $"[ \"$(kubectl -n kube-system get configmap kubernetes-services-endpoint -o jsonpath='{{.data.KUBERNETES_SERVICE_HOST}}')\" = {Shell.Quote(host)} ]",
        });
        var restart = new List<string> { "kubectl -n kube-system rollout restart daemonset calico-node" };
        var ready = "kubectl -n kube-system rollout status daemonset calico-node --timeout=60s";
        if (i.TyphaEnabled)
        {
            restart.Add("kubectl -n kube-system rollout restart deployment calico-typha");
            ready += " && kubectl -n kube-system rollout status deployment calico-typha --timeout=60s";
        }

        steps.Add(new MigrationStep
        {
            Title = i.TyphaEnabled ? "Restart calico-node and calico-typha so that they read the ConfigMap" : "Restart calico-node so that it reads the ConfigMap",
            Precondition = "the ConfigMap is in place (step 1)",
            PreconditionCheck = "kubectl -n kube-system get configmap kubernetes-services-endpoint >/dev/null",
            Commands = restart.ToEquatableArray(),
            Patches = EquatableArray<ResourcePatch>.Empty,
            Check = "the rollout is complete and every calico-node pod is ready",
            CheckCommand = ready,
        });
        var felix = Spec(("bpfEnabled", true), ("bpfExternalServiceMode", i.BpfServiceMode), ("bpfKubeProxyIptablesCleanupEnabled", true));
        steps.Add(new MigrationStep
        {
            Title = $"Enable the eBPF dataplane in Felix (external service mode {i.BpfServiceMode})",
            Precondition = "calico-node runs with the direct API server address (step 2)",
            PreconditionCheck = "kubectl -n kube-system rollout status daemonset calico-node --timeout=10s",
            Commands = EquatableArray.Create(PatchCommand("felixconfiguration", "default", felix)),
            Patches = EquatableArray.Create(Merge("FelixConfiguration", "default", felix)),
            Check = "FelixConfiguration default has bpfEnabled: true and every calico-node pod is ready again",
            CheckCommand = JsonHas("felixconfiguration", "default", "bpfEnabled", "true") + " && kubectl -n kube-system wait --for=condition=Ready pod -l k8s-app=calico-node --timeout=60s",
        });
        var kubeProxyPatch = new JsonObject { ["spec"] = new JsonObject { ["template"] = new JsonObject { ["spec"] = new JsonObject { ["nodeSelector"] = new JsonObject { ["non-calico"] = "true" } } } } };
        steps.Add(new MigrationStep
        {
            Title = "Stop kube-proxy (Calico's eBPF dataplane now implements Services)",
            Precondition = "Felix runs in eBPF mode on every node (step 3)",
            PreconditionCheck = JsonHas("felixconfiguration", "default", "bpfEnabled", "true"),
            Commands = EquatableArray.Create("kubectl -n kube-system patch daemonset kube-proxy -p " + Shell.Quote(Compact(kubeProxyPatch))),
            Patches = EquatableArray.Create(new ResourcePatch(ApiVersions.AppsV1, "DaemonSet", "kube-proxy", Compact(kubeProxyPatch), PatchOperation.Merge, "kube-system")),
            Check = "no kube-proxy pod runs",
            CheckCommand = "[ -z \"$(kubectl -n kube-system get pods -l k8s-app=kube-proxy -o name)\" ]",
        });
        var inventory = "${INVENTORY:-inventory/mycluster/hosts.yaml}";
        if (i.KubeProxyMode == "ipvs")
        {
            steps.Add(new MigrationStep
            {
                Title = "Remove kube-proxy's IPVS state from every node",
                Precondition = "kube-proxy is stopped (step 4); Ansible reaches every node with Kubespray's inventory (INVENTORY)",
                PreconditionCheck = "[ -z \"$(kubectl -n kube-system get pods -l k8s-app=kube-proxy -o name)\" ]",
                Commands = EquatableArray.Create($"ansible -i \"{inventory}\" k8s_cluster -b -m shell -a 'ipvsadm --clear; ip link delete kube-ipvs0 2>/dev/null || true'"),
                Patches = EquatableArray<ResourcePatch>.Empty,
                Check = "no node has the kube-ipvs0 interface any more",
                CheckCommand = $"ansible -i \"{inventory}\" k8s_cluster -b -m shell -a '! ip link show kube-ipvs0 >/dev/null 2>&1'",
            });
        }
        else if (i.KubeProxyMode == "nftables")
        {
            steps.Add(new MigrationStep
            {
                Title = "Remove kube-proxy's nftables tables from every node",
                Precondition = "kube-proxy is stopped (step 4); Ansible reaches every node with Kubespray's inventory (INVENTORY)",
                PreconditionCheck = "[ -z \"$(kubectl -n kube-system get pods -l k8s-app=kube-proxy -o name)\" ]",
                Commands = EquatableArray.Create($"ansible -i \"{inventory}\" k8s_cluster -b -m shell -a 'nft delete table ip kube-proxy 2>/dev/null; nft delete table ip6 kube-proxy 2>/dev/null; true'"),
                Patches = EquatableArray<ResourcePatch>.Empty,
                Check = "no node has a kube-proxy nftables table",
                CheckCommand = $"ansible -i \"{inventory}\" k8s_cluster -b -m shell -a '! nft list tables | grep -q kube-proxy'",
            });
        }
        else
        {
            notes.Add("kube-proxy ran in iptables mode: Felix removes its iptables rules itself (bpfKubeProxyIptablesCleanupEnabled)");
        }

        notes.Add("Kubespray skips kube-proxy only on fresh installs with calico_bpf_enabled; it never deletes a running kube-proxy, so step 4 is the removal. Keep the inventory change below so that later runs do not bring it back");
        var changes = new List<InventoryChange>
        {
            new("calico_bpf_enabled", "true", CalicoGroupVars),
            new("calico_bpf_service_mode", i.BpfServiceMode, CalicoGroupVars),
        };
        return Finish("ebpf", "Switch to the eBPF dataplane", "Replaces the iptables dataplane and kube-proxy with Calico's eBPF dataplane. Run on the first control-plane host (calicoctl.sh, kubectl); the node cleanup step runs Ansible from the machine that runs Kubespray.", steps, changes, notes);
    }

    internal static MigrationPlan MovePoolCidr(ResourceInputs i, Cidr newCidr, string? newPoolName)
    {
        var notes = new List<string>();
        var v6 = newCidr.IsIPv6;
        var oldName = v6 ? i.PoolName + "-ipv6" : i.PoolName;
        var oldCidr = v6 ? i.PoolCidrV6 : i.PoolCidr;
        var newName = newPoolName ?? oldName + "-" + newCidr.ToString().Replace('.', '-').Replace(':', '-').Replace('/', '-').Trim('-');
        if (v6 ? !i.Ipv6Stack : !i.Ipv4Stack)
        {
            notes.Add($"the cluster has no {(v6 ? "IPv6" : "IPv4")} pool to move");
        }

        if (newCidr.Overlaps(oldCidr))
        {
            notes.Add($"{newCidr} overlaps the current pool {oldCidr}; Calico refuses overlapping pools, so this plan fails at step 1");
        }

        var podsSubnet = v6 ? "kube_pods_subnet_ipv6" : "kube_pods_subnet";
        var services = v6 ? i.ServiceAddressesV6 : i.ServiceAddresses;
        if (newCidr.Overlaps(services))
        {
            notes.Add($"{newCidr} overlaps the service range {services}");
        }

        var pool = new IPPool
        {
            Metadata = new ObjectMeta(newName),
            Spec = new IPPoolSpec
            {
                Cidr = newCidr.ToString(),
                BlockSize = v6 ? i.BlockSizeV6 : i.BlockSize,
                IpipMode = ResourceFactory.Spell(v6 ? i.IpipModeV6 : i.IpipMode),
                VxlanMode = ResourceFactory.Spell(v6 ? i.VxlanModeV6 : i.VxlanMode),
                NatOutgoing = v6 ? i.NatOutgoingV6 : i.NatOutgoing,
            },
        };
        var poolYaml = ManifestSerializer.ToYaml(pool);
        var steps = new List<MigrationStep>
        {
            new()
            {
                Title = $"Create pool {newName} ({newCidr})",
                Precondition = $"pool {oldName} exists; {newCidr} overlaps no existing pool",
                PreconditionCheck = $"calicoctl.sh get ippool {Shell.Quote(oldName)} >/dev/null",
                Commands = EquatableArray.Create("calicoctl.sh apply -f - <<'EOF'\n" + poolYaml + "EOF"),
                Patches = EquatableArray.Create(new ResourcePatch(ApiVersions.ProjectCalicoV3, "IPPool", newName, Compact(ManifestSerializer.ToJsonNode(pool)), PatchOperation.Create)),
                Check = $"pool {newName} exists with cidr {newCidr}",
                CheckCommand = JsonHas("ippool", newName, "cidr", Quote(newCidr.ToString())),
            },
            new()
            {
                Title = $"Disable pool {oldName} ({oldCidr}) so that new pods get addresses from {newName}",
                Precondition = $"pool {newName} exists (step 1)",
                PreconditionCheck = $"calicoctl.sh get ippool {Shell.Quote(newName)} >/dev/null",
                Commands = EquatableArray.Create(PatchCommand("ippool", oldName, Spec(("disabled", true)))),
                Patches = EquatableArray.Create(Merge("IPPool", oldName, Spec(("disabled", true)))),
                Check = $"pool {oldName} has disabled: true",
                CheckCommand = JsonHas("ippool", oldName, "disabled", "true"),
            },
            new()
            {
                Title = $"Recreate the pods that still have an address in {oldCidr}",
                Precondition = $"pool {oldName} is disabled (step 2); the workloads tolerate a rolling restart",
                PreconditionCheck = JsonHas("ippool", oldName, "disabled", "true"),
                Commands = EquatableArray.Create(
                    "for ns in $(kubectl get namespaces -o jsonpath='{.items[*].metadata.name}'); do\n" +
                    "  kubectl -n \"$ns\" rollout restart deployment 2>/dev/null || true\n" +
                    "  kubectl -n \"$ns\" rollout restart statefulset 2>/dev/null || true\n" +
                    "  kubectl -n \"$ns\" rollout restart daemonset 2>/dev/null || true\n" +
                    "done"),
                Patches = EquatableArray<ResourcePatch>.Empty,
                Check = $"no pod has an address in {oldCidr} (pods without a controller must be deleted by hand; host-network pods restart too, harmlessly)",
                CheckCommand = v6 ? null : NoPodInIPv4(oldCidr),
            },
            new()
            {
                Title = $"Delete pool {oldName}",
                Precondition = $"no pod uses an address of {oldCidr} (step 3)",
                PreconditionCheck = v6 ? null : NoPodInIPv4(oldCidr),
                Commands = EquatableArray.Create($"calicoctl.sh delete ippool {Shell.Quote(oldName)}"),
                Patches = EquatableArray.Create(new ResourcePatch(ApiVersions.ProjectCalicoV3, "IPPool", oldName, string.Empty, PatchOperation.Delete)),
                Check = $"pool {oldName} is gone",
                CheckCommand = $"! calicoctl.sh get ippool {Shell.Quote(oldName)} >/dev/null 2>&1",
            },
        };
        if (v6)
        {
            notes.Add("the check of step 3 cannot be scripted for IPv6 here: list the pods' addresses (kubectl get pods -A -o wide) and confirm none is in the old pool");
        }

        var changes = new List<InventoryChange>
        {
            new("calico_pool_name", newName, CalicoGroupVars),
            new(v6 ? "calico_pool_cidr_ipv6" : "calico_pool_cidr", newCidr.ToString(), CalicoGroupVars),
        };
        var subnet = v6 ? i.PodsSubnetV6 : i.PodsSubnet;
        if (!subnet.Contains(newCidr))
        {
            changes.Add(new InventoryChange(podsSubnet, "a network that contains " + newCidr, ClusterGroupVars));
            notes.Add($"{newCidr} is outside {podsSubnet} ({subnet}); Kubespray asserts that the pool lies within it, and kube-proxy and the controller manager use it as the cluster CIDR: widen {podsSubnet} before Kubespray's next run");
        }
        return Finish("pool-cidr", $"Move the {(v6 ? "IPv6" : "IPv4")} pool from {oldCidr} to {newCidr}", "Creates a pool with the new CIDR, drains the old one by recreating pods and deletes it. Run on the first control-plane host (calicoctl.sh, kubectl).", steps, changes, notes);
    }

    internal static MigrationPlan IntroduceRouteReflectors(ResourceInputs i)
    {
        var notes = new List<string>();
        var steps = new List<MigrationStep>();
        var rrs = i.Nodes.Where(n => n.IsRouteReflector).ToList();
        var changes = new List<InventoryChange>();
        if (rrs.Count == 0)
        {
            notes.Add("the target model has no calico_rr hosts; add the route reflectors to the model first");
            return Finish("route-reflectors", "Introduce route reflectors", "Nothing to do.", steps, changes, notes);
        }

        if (i.Backend != NetworkBackend.Bird)
        {
            notes.Add($"route reflection needs BGP: calico_network_backend is {ResourceFactory.BackendName(i.Backend)}, set it to bird first");
        }

        var target = ResourceFactory.Create(i with { PeerWithCalicoRr = true });
        var nodes = i.Nodes.Select(n => n.Name).ToList();
        string StatusName(string node) => "calico-sdk-bgp-" + node;
        var statuses = nodes.Select(n => new CalicoNodeStatus
        {
            Metadata = new ObjectMeta(StatusName(n)),
            Spec = new CalicoNodeStatusSpec { Node = n, Classes = EquatableArray.Create("BGP"), UpdatePeriodSeconds = 10 },
        }).ToList();
        steps.Add(new MigrationStep
        {
            Title = "Ask every node to report its BGP sessions (CalicoNodeStatus)",
            Precondition = "the node-to-node mesh is on and every route reflector is a Calico node",
            PreconditionCheck = "! " + JsonHas("bgpconfiguration", "default", "nodeToNodeMeshEnabled", "false") + " && " +
                string.Join(" && ", rrs.Select(r => $"calicoctl.sh get node {Shell.Quote(r.Name)} >/dev/null")),
            Commands = EquatableArray.Create("calicoctl.sh apply -f - <<'EOF'\n" + ManifestSerializer.ToYamlStream(statuses) + "EOF"),
            Patches = statuses.Select(s => new ResourcePatch(ApiVersions.ProjectCalicoV3, s.Kind, s.Metadata.Name, Compact(ManifestSerializer.ToJsonNode(s)), PatchOperation.Create)).ToEquatableArray(),
            Check = "every node reports BGP state",
            CheckCommand = ForEachNode(nodes, n => JsonHasKey("caliconodestatus", StatusName(n), "numberEstablishedV" + (i.Ipv4Stack ? "4" : "6"))),
        });
        var rrCommands = new List<string>();
        var rrPatches = new List<ResourcePatch>();
        foreach (var node in target.Nodes)
        {
            foreach (var label in node.Metadata.Labels ?? StringMap.Empty)
            {
                rrCommands.Add($"calicoctl.sh label node {Shell.Quote(node.Metadata.Name)} {Shell.Quote(label.Key + "=" + label.Value)} --overwrite");
            }

            var patch = new JsonObject();
            if (node.Metadata.Labels is { Count: > 0 } labels)
            {
                patch["metadata"] = new JsonObject { ["labels"] = new JsonObject(labels.Select(l => new KeyValuePair<string, JsonNode?>(l.Key, l.Value))) };
            }

            if (node.Spec.Bgp?.RouteReflectorClusterID is { } clusterId)
            {
                var bgp = Spec(("bgp", new JsonObject { ["routeReflectorClusterID"] = clusterId }));
                rrCommands.Add(PatchCommand("node", node.Metadata.Name, bgp));
                patch["spec"] = bgp["spec"]!.DeepClone();
            }

            rrPatches.Add(Merge("Node", node.Metadata.Name, patch));
        }

        var missingClusterId = rrs.Where(r => r.ClusterId is null).Select(r => r.Name).ToList();
        if (missingClusterId.Count > 0)
        {
            notes.Add("no cluster_id for " + string.Join(", ", missingClusterId) + ": Kubespray requires one (an IPv4 address) for every route reflector");
        }

        steps.Add(new MigrationStep
        {
            Title = "Make the route reflectors and label the nodes",
            Precondition = "every node reports its BGP state (step 1)",
            PreconditionCheck = ForEachNode(nodes, n => $"calicoctl.sh get caliconodestatus {StatusName(n)} >/dev/null"),
            Commands = rrCommands.ToEquatableArray(),
            Patches = rrPatches.ToEquatableArray(),
            Check = "every route reflector carries the i-am-a-route-reflector label" + (missingClusterId.Count == rrs.Count ? string.Empty : " and its routeReflectorClusterID"),
            CheckCommand = string.Join(" && ", rrs.Select(r => JsonHas("node", r.Name, ResourceFactory.RouteReflectorLabel, "\"true\"")
                + (r.ClusterId is { } id ? " && " + JsonHas("node", r.Name, "routeReflectorClusterID", Quote(id)) : string.Empty))),
        });
        var peers = target.BgpPeers.ToList();
        var sessionsUp = ForEachNode(nodes, n =>
            $"s=$(calicoctl.sh get caliconodestatus {StatusName(n)} -o json) && echo \"$s\" | grep -Eq '\"type\": *\"NodePeer\"' && ! echo \"$s\" | grep -Eo '\"state\": *\"[A-Za-z]+\"' | grep -vq Established");
        steps.Add(new MigrationStep
        {
            Title = "Create the route-reflector peerings (" + string.Join(", ", peers.Select(p => p.Metadata.Name)) + ") while the mesh still runs",
            Precondition = "the route reflectors are labelled (step 2)",
            PreconditionCheck = string.Join(" && ", rrs.Select(r => JsonHas("node", r.Name, ResourceFactory.RouteReflectorLabel, "\"true\""))),
            Commands = EquatableArray.Create("calicoctl.sh apply -f - <<'EOF'\n" + ManifestSerializer.ToYamlStream(peers) + "EOF"),
            Patches = peers.Select(p => new ResourcePatch(ApiVersions.ProjectCalicoV3, p.Kind, p.Metadata.Name, Compact(ManifestSerializer.ToJsonNode(p)), PatchOperation.Create)).ToEquatableArray(),
            Check = "on every node, every BGP session is Established and at least one is a route-reflector session (type NodePeer)",
            CheckCommand = sessionsUp,
        });
        var meshOff = Spec(("nodeToNodeMeshEnabled", false));
        steps.Add(new MigrationStep
        {
            Title = "Turn the node-to-node mesh off",
            Precondition = "every node has its route-reflector sessions established (step 3); turning the mesh off earlier would leave nodes without routes",
            PreconditionCheck = sessionsUp,
            Commands = EquatableArray.Create(PatchCommand("bgpconfiguration", "default", meshOff)),
            Patches = EquatableArray.Create(Merge("BGPConfiguration", "default", meshOff)),
            Check = "no node has a mesh session left and every node still has its route-reflector sessions established",
            CheckCommand = ForEachNode(nodes, n =>
                $"s=$(calicoctl.sh get caliconodestatus {StatusName(n)} -o json) && ! echo \"$s\" | grep -Eq '\"type\": *\"NodeMesh\"' && echo \"$s\" | grep -Eq '\"type\": *\"NodePeer\"' && ! echo \"$s\" | grep -Eo '\"state\": *\"[A-Za-z]+\"' | grep -vq Established"),
        });
        steps.Add(new MigrationStep
        {
            Title = "Remove the BGP status reports",
            Precondition = "the mesh is off and routing works (step 4)",
            PreconditionCheck = JsonHas("bgpconfiguration", "default", "nodeToNodeMeshEnabled", "false"),
            Commands = nodes.Select(n => $"calicoctl.sh delete caliconodestatus {StatusName(n)}").ToEquatableArray(),
            Patches = statuses.Select(s => new ResourcePatch(ApiVersions.ProjectCalicoV3, s.Kind, s.Metadata.Name, string.Empty, PatchOperation.Delete)).ToEquatableArray(),
            Check = "no CalicoNodeStatus made by this plan is left",
            CheckCommand = ForEachNode(nodes, n => $"! calicoctl.sh get caliconodestatus {StatusName(n)} >/dev/null 2>&1"),
        });

        changes.Add(new InventoryChange("[calico_rr]", string.Join(", ", rrs.Select(r => r.Name)), "inventory file (hosts)"));
        foreach (var rr in rrs)
        {
            if (rr.ClusterId is { } id)
            {
                changes.Add(new InventoryChange("cluster_id", id, $"host {rr.Name} or its rack group"));
            }

            if (rr.RrId is { } rrId)
            {
                changes.Add(new InventoryChange("calico_rr_id", rrId, $"host {rr.Name} or its rack group"));
            }
        }

        foreach (var group in i.Nodes.Where(n => n.GroupId is not null).GroupBy(n => n.GroupId!, StringComparer.Ordinal))
        {
            changes.Add(new InventoryChange("calico_group_id", group.Key, "hosts " + string.Join(", ", group.Select(n => n.Name)) + " or their rack group"));
        }

        notes.Add("the route reflectors must run calico-node like every node; Kubespray taints a calico_rr host that is not in kube_node with node-role.kubernetes.io/calico-rr:NoSchedule when it joins");
        return Finish("route-reflectors", "Introduce route reflectors and turn off the full mesh", $"Replaces the node-to-node BGP mesh with {rrs.Count} route reflector(s) without a routing gap: the new sessions are up on every node before the mesh goes. Run on the first control-plane host (calicoctl.sh).", steps, changes, notes);
    }

    private static MigrationPlan Finish(string id, string title, string summary, List<MigrationStep> steps, List<InventoryChange> changes, List<string> notes) => new()
    {
        Id = id,
        Title = title,
        Summary = summary,
        Steps = steps.Select((s, n) => s with { Number = n + 1 }).ToEquatableArray(),
        InventoryChanges = changes.ToEquatableArray(),
        Notes = notes.ToEquatableArray(),
    };

    private static string Spell(EncapsulationMode mode) => ResourceFactory.Spell(mode);

    private static string Quote(string value) => "\"" + value + "\"";

    private static JsonObject Spec(params (string Key, JsonNode? Value)[] fields) =>
        new() { ["spec"] = new JsonObject(fields.Select(f => new KeyValuePair<string, JsonNode?>(f.Key, f.Value))) };

    private static string Compact(JsonNode node) => ManifestSerializer.ToCompactJson(node);

    private static string PatchCommand(string kind, string name, JsonObject patch) =>
        $"calicoctl.sh patch {kind} {Shell.Quote(name)} -p {Shell.Quote(Compact(patch))}";

    private static ResourcePatch Merge(string kind, string name, JsonObject patch) =>
        new(ApiVersions.ProjectCalicoV3, kind, name, Compact(patch));

    /// <summary>A check that <c>calicoctl.sh get … -o json</c> shows <c>"key": value</c> (Go's indented JSON, any spacing).</summary>
    private static string JsonHas(string kind, string name, string key, string jsonValue) =>
        $"calicoctl.sh get {kind} {Shell.Quote(name)} -o json | grep -Eq {Shell.Quote($"\"{EscapeRegex(key)}\": *{EscapeRegex(jsonValue)}")}";

    private static string JsonHasKey(string kind, string name, string key) =>
        $"calicoctl.sh get {kind} {Shell.Quote(name)} -o json | grep -q {Shell.Quote($"\"{key}\"")}";

    private static string EscapeRegex(string text) =>
        string.Concat(text.Select(c => c is '.' or '[' or ']' or '(' or ')' or '*' or '+' or '?' or '{' or '}' or '|' or '^' or '$' or '\\' ? "\\" + c : c.ToString()));

    private static string ForEachNode(IReadOnlyList<string> nodes, Func<string, string> check) =>
        nodes.Count == 0 ? "true" : string.Join(" && ", nodes.Select(n => "{ " + check(n) + "; }"));

    /// <summary>A check that no pod's IPv4 address lies in <paramref name="cidr"/>.</summary>
    private static string NoPodInIPv4(Cidr cidr) =>
        "kubectl get pods -A -o jsonpath='{range .items[*]}{.status.podIP}{\"\\n\"}{end}' | " + NoAddressInIPv4(cidr);

    /// <summary>An awk command that reads addresses, one per line, and fails when one lies in <paramref name="cidr"/> (compared as numbers).</summary>
    internal static string NoAddressInIPv4(Cidr cidr)
    {
        var bytes = cidr.Address.GetAddressBytes();
        var network = ((long)bytes[0] << 24) | ((long)bytes[1] << 16) | ((long)bytes[2] << 8) | bytes[3];
        var size = 1L << (32 - cidr.PrefixLength);
        var start = network - (network % size);
        var end = start + size;
        return "awk -F. "
            + $"'NF == 4 {{ v = (($1 * 256 + $2) * 256 + $3) * 256 + $4; if (v >= {start.ToString(CultureInfo.InvariantCulture)} && v < {end.ToString(CultureInfo.InvariantCulture)}) found = 1 }} END {{ exit found }}'";
    }
}
