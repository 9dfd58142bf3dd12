using Calico.Sdk.Kubespray;
using FsCheck;
using FsCheck.Fluent;

namespace Calico.Sdk.Tests.Rules;

/// <summary>Any inventory the importer can be given: random hosts and groups, random values of random variables at random levels.</summary>
/// <param name="Cluster">The imported cluster.</param>
/// <param name="Seed">The seed it was generated from (shown when a property fails).</param>
public sealed record AnyModel(CalicoCluster Cluster, int Seed)
{
    /// <inheritdoc />
    public override string ToString() => $"AnyModel(seed {Seed}, {Cluster})";
}

/// <summary>A cluster built with the fluent builder from valid choices only.</summary>
/// <param name="Cluster">The cluster.</param>
/// <param name="Description">The choices, shown when a property fails.</param>
public sealed record ValidModel(CalicoCluster Cluster, string Description)
{
    /// <inheritdoc />
    public override string ToString() => Description;
}

/// <summary>FsCheck arbitraries for <see cref="AnyModel"/> and <see cref="ValidModel"/>.</summary>
public static class ClusterArbitraries
{
    private static readonly string[] Texts =
    [
        "Always", "Never", "CrossSubnet", "always", "never", "bird", "vxlan", "none", "Bird", "kdd", "etcd", "KDD", "true", "false", "yes", "no", "Off", "0", "1",
        "-1", "20", "26", "33", "122", "130", "1500", "1440", "1450", "65535", "70000", "64512", "23456", "1.10", "65536.70000", "65xxx", "10.233.64.0/18",
        "10.233.64.1/24", "10.233.64.0/28", "169.254.0.0/16", "10.233.0.0/17", "fd85:ee78:d8a6:8607::1:0/112", "fd00::/64", "fd00::1/128", "10.0.0.1", "1.0.0.1",
        "rack-0", "rr1", "it's", "rr 1", "", "{{ foo }}", "DROP", "RETURN", "ACCEPT", "drop", "Enabled", "Disabled", "disabled", "Info", "debug", "Warning",
        "1.5s", "90s", "0s", "1m30s", "interface=eth.*", "can-reach=8.8.8.8", "cidr=10.0.0.0/8", "can_reach=x", "^(eth", "^eth(?!0)", "3.31.7", "3.28.0", "v3.30.1",
        "iptables", "ipvs", "nftables", "calico", "flannel", "cilium", "default-pool", "Default_Pool", "x", "500M", "150m", "localhost", "local host",
        "ChecksumOffloadBroken=true", "a=b", "global", "node", "Global", "UseNodeIP", "None", "useNodeIP", "[fd00::1]:179", "10.99.0.34:1790", "node1",
        "3.10.0-1160.el7.x86_64", "5.15.0-1051-kvm", "Rocky", "8", "CentOS", "7", "Ubuntu", "aws", "Tunnel", "DSR", "Legacy", "NFT", "Auto", "Insert", "Append",
    ];

    private static readonly string[] PeerKeys = ["router_id", "as", "scope", "name", "filters", "numallowedlocalasnumbers", "sourceaddress", "sourceAddress", "asNumber"];

    private static readonly string[] Facts = ["ansible_kernel", "ansible_distribution", "ansible_distribution_major_version", "cloud_provider", "ansible_user"];

    /// <summary>Any model, from a seed.</summary>
    public static Arbitrary<AnyModel> Any() =>
        Gen.Choose(0, int.MaxValue).Select(seed => new AnyModel(RandomCluster(seed), seed)).ToArbitrary();

    /// <summary>Valid models, from valid choices only.</summary>
    public static Arbitrary<ValidModel> Valid() => ValidGen().ToArbitrary();

    /// <summary>A random inventory, imported as the importer would (typed where readable, verbatim otherwise).</summary>
    /// <param name="seed">The seed.</param>
    public static CalicoCluster RandomCluster(int seed)
    {
        var r = new Random(seed);
        var raw = new RawInventory { Format = InventoryFormat.Ini, InventoryFile = "inventory.ini" };
        var hostCount = r.Next(0, 30);
        var names = new List<string>();
        for (var i = 0; i < hostCount; i++)
        {
            var name = r.Next(20) switch
            {
                0 => "Node_" + i,
                1 => "rr" + i,
                _ => "node" + i,
            };
            if (!names.Contains(name))
            {
                names.Add(name);
                raw.Hosts.Add(new RawHost(name));
            }
        }

        string[] roleGroups = [KubesprayGroups.ControlPlane, KubesprayGroups.Etcd, KubesprayGroups.KubeNode, KubesprayGroups.CalicoRr, "kube-master", "calico-rr", "rack0", "rack1", "site"];
        var groups = new List<RawGroup> { new(KubesprayGroups.All) };
        foreach (var g in roleGroups)
        {
            if (r.Next(4) == 0 && g is not (KubesprayGroups.ControlPlane or KubesprayGroups.KubeNode))
            {
                continue;
            }

            var group = new RawGroup(g);
            foreach (var h in names.Where(_ => r.Next(3) == 0))
            {
                group.Hosts.Add(h);
            }

            groups.Add(group);
        }

        var k8s = new RawGroup(KubesprayGroups.K8sCluster);
        if (r.Next(3) > 0)
        {
            k8s.Children.AddRange([KubesprayGroups.ControlPlane, KubesprayGroups.KubeNode]);
        }

        groups.Add(k8s);
        if (r.Next(5) == 0)
        {
            // children, possibly a cycle
            groups.First(g => g.Name == "site" || g.Name == KubesprayGroups.All).Children.Add("rack0");
            groups.FirstOrDefault(g => g.Name == "rack0")?.Children.Add("site");
        }

        raw.Groups.AddRange(groups);

        var options = CalicoOptions.All;
        var varCount = r.Next(0, 40);
        for (var i = 0; i < varCount; i++)
        {
            var option = options[r.Next(options.Count)];
            var value = RandomValue(r, option, 0);
            var file = r.Next(3) == 0 ? null : "vars.yml";
            var target = r.Next(10);
            if (target < 5)
            {
                k8s.Vars.Add(new RawVar(option.Name, value, file));
            }
            else if (target < 7)
            {
                groups[r.Next(groups.Count)].Vars.Add(new RawVar(option.Name, value, file));
            }
            else if (raw.Hosts.Count > 0)
            {
                raw.Hosts[r.Next(raw.Hosts.Count)].Vars.Add(new RawVar(option.Name, value, file));
            }
        }

        foreach (var h in raw.Hosts.Where(_ => r.Next(4) == 0))
        {
            h.Vars.Add(new RawVar(Facts[r.Next(Facts.Length)], Scalar(r, Texts[r.Next(Texts.Length)]), null));
        }

        if (r.Next(4) == 0)
        {
            k8s.Vars.Add(new RawVar("cloud_provider", Scalar(r, "aws"), "k8s-cluster.yml"));
        }

        return KubesprayImporter.Map(raw, new List<Finding>());
    }

    private static InventoryValue RandomValue(Random r, CalicoOption option, int depth)
    {
        var pick = r.Next(12);
        if (pick < 4 && option.HasDefault && option.DefaultValue is { } d)
        {
            return option.FormatValue(d);
        }

        if (option.Name == "peers" || (pick == 5 && depth == 0))
        {
            var items = Enumerable.Range(0, r.Next(0, 4)).Select(_ => (InventoryValue)new InventoryMapping(
                Enumerable.Range(0, r.Next(0, 6)).Select(_ => new MappingEntry(PeerKeys[r.Next(PeerKeys.Length)], Scalar(r, Texts[r.Next(Texts.Length)])))
                    .GroupBy(e => e.Key).Select(g => g.First()).ToEquatableArray(),
                null,
                Loc(r)));
            return new InventorySequence(items.ToEquatableArray(), null, Loc(r));
        }

        if (pick == 6 && depth == 0)
        {
            return new InventorySequence(Enumerable.Range(0, r.Next(0, 3)).Select(_ => RandomValue(r, option, depth + 1)).ToEquatableArray(), null, Loc(r));
        }

        if (pick == 7 && depth == 0)
        {
            return new InventoryMapping(EquatableArray.Create(new MappingEntry("address", Scalar(r, "10.0.0.9")), new MappingEntry("port", Scalar(r, Texts[r.Next(Texts.Length)]))), null, Loc(r));
        }

        return Scalar(r, Texts[r.Next(Texts.Length)]);
    }

    private static InventoryScalar Scalar(Random r, string text)
    {
        var style = r.Next(3) switch
        {
            0 => ScalarStyle.DoubleQuoted,
            1 => ScalarStyle.Ini,
            _ => ScalarStyle.Plain,
        };
        return new InventoryScalar(text, style, null, Loc(r));
    }

    private static SourceLocation Loc(Random r) => new("inventory/group_vars/k8s_cluster/k8s-net-calico.yml", r.Next(1, 200), r.Next(1, 40));

    private static Gen<ValidModel> ValidGen() =>
        from nodes in Gen.Choose(1, 40)
        from encapsulation in Gen.Elements("ipip-always", "ipip-crosssubnet", "vxlan-always", "vxlan-crosssubnet", "bgp")
        from ipv6 in Gen.Elements(false, true)
        from datastore in Gen.Elements(CalicoDatastore.Kdd, CalicoDatastore.Etcd)
        from typha in Gen.Elements(false, true)
        from routeReflectors in Gen.Elements(false, true)
        from wireguard in Gen.Elements(false, true)
        from ebpf in Gen.Elements(false, true)
        from blockSize in Gen.Choose(24, 28)
        from customPool in Gen.Elements(false, true)
        from mtu in Gen.Elements(false, true)
        from action in Gen.Elements(EndpointToHostAction.Return, EndpointToHostAction.Accept)
        from asNumber in Gen.Elements(64512u, 65400u, 4200000001u)
        from interval in Gen.Elements("0s", "90s", "1m30s")
        select BuildValid(nodes, encapsulation, ipv6, datastore, typha && datastore == CalicoDatastore.Kdd, routeReflectors, wireguard, ebpf, blockSize, customPool, mtu, action, asNumber, interval);

    private static ValidModel BuildValid(
        int nodes, string encapsulation, bool ipv6, CalicoDatastore datastore, bool typha, bool routeReflectors, bool wireguard, bool ebpf,
        int blockSize, bool customPool, bool mtu, EndpointToHostAction action, uint asNumber, string interval)
    {
        var bird = encapsulation is "ipip-always" or "ipip-crosssubnet" or "bgp" || routeReflectors;
        var ipip = encapsulation switch
        {
            "ipip-always" => EncapsulationMode.Always,
            "ipip-crosssubnet" => EncapsulationMode.CrossSubnet,
            _ => EncapsulationMode.Never,
        };
        var vxlan = encapsulation switch
        {
            "vxlan-always" => EncapsulationMode.Always,
            "vxlan-crosssubnet" => EncapsulationMode.CrossSubnet,
            _ => EncapsulationMode.Never,
        };
        var vxlan6 = bird ? EncapsulationMode.Never : EncapsulationMode.Always;

        var b = CalicoCluster.Define()
            .Network(n => n.Backend(bird ? NetworkBackend.Bird : NetworkBackend.Vxlan).Ipip(ipip).Vxlan(vxlan))
            .Datastore(d => d.Type(datastore))
            .Bgp(g => g.GlobalAsNumber(asNumber))
            .Pools(p => p.BlockSize(blockSize))
            .Felix(f => f.EndpointToHostAction(action).ReportingInterval(interval))
            .Dataplane(d => d.Wireguard(wireguard).Ebpf(ebpf))
            .Cluster(c => c.ProxyMode(ebpf ? KubeProxyMode.Iptables : KubeProxyMode.Ipvs));
        if (ipv6)
        {
            b.Set(CalicoOptions.Ipv6Stack, true).Set(CalicoOptions.VxlanModeIpv6, vxlan6);
        }

        if (customPool)
        {
            b.Pools(p => p.Cidr("10.233.64.0/20"));
        }

        if (typha)
        {
            b.Typha(t => t.Enabled().Replicas(Math.Min(nodes + (routeReflectors ? 2 : 0), 2)));
        }

        if (mtu)
        {
            var overhead = CalicoMtu.Overhead(true, ipv6, wireguard, vxlan != EncapsulationMode.Never, ipv6 && vxlan6 != EncapsulationMode.Never, ipip != EncapsulationMode.Never, ebpf);
            b.Network(n => n.Mtu(1500).VethMtu(1500 - overhead));
        }

        b.Nodes(n =>
        {
            n.Host("cp0", "10.0.0.1", h => h.ControlPlane().Etcd().Worker());
            for (var i = 1; i < nodes; i++)
            {
                n.Host($"node{i}", $"10.0.{i / 250}.{(i % 250) + 2}", h => h.Worker());
            }

            if (routeReflectors)
            {
                n.Host("rr0", "10.0.200.1", h => h.RouteReflector()).Host("rr1", "10.0.200.2", h => h.RouteReflector());
                n.Group("rack0", g => g.Hosts([.. new[] { "cp0", "rr0", "rr1" }, .. Enumerable.Range(1, nodes - 1).Select(i => $"node{i}")]).ClusterId("1.0.0.1"));
            }
        });

        var description = $"nodes={nodes} {encapsulation} ipv6={ipv6} {datastore} typha={typha} rr={routeReflectors} wg={wireguard} ebpf={ebpf} block={blockSize} pool={customPool} mtu={mtu} {action} as={asNumber} {interval}";
        return new ValidModel(b.Build(), description);
    }
}
