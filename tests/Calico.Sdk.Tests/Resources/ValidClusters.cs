using System.Globalization;
using System.Net;
using FsCheck;
using FsCheck.Fluent;

namespace Calico.Sdk.Tests.Resources;

/// <summary>
/// Generates clusters that are valid by construction across the whole rendering surface: both address families,
/// every backend and encapsulation Kubespray allows, pools sized for their blocks, route reflectors with racks and
/// ids, router peering with every peer field, eBPF, WireGuard, Typha, IPAM settings and both datastores. A seed
/// drives a <see cref="Random"/>, so a failing case is reproduced from the seed FsCheck prints.
/// </summary>
internal static class ValidClusters
{
    private static readonly string[] Durations = ["0s", "30s", "1m30s", "500ms"];
    private static readonly string[] LabelValues = ["rr1", "rack-a", "r0", "spine.1", "A_b"];

    public static Arbitrary<CalicoCluster> Arbitrary() =>
        Gen.Choose(0, int.MaxValue).Select(seed => Generate(new Random(seed))).ToArbitrary();

    public static CalicoCluster Generate(Random r)
    {
        var v4 = r.Next(4) != 0;
        var v6 = !v4 || r.Next(2) == 0;
        var b = CalicoCluster.Define();

        // Backend and encapsulation that agree (IPIP needs BIRD; IPIP and VXLAN exclusive; no IPIP on IPv6).
        var backend = r.Next(3) == 0 ? NetworkBackend.Vxlan : NetworkBackend.Bird;
        var modes = new[] { EncapsulationMode.Always, EncapsulationMode.CrossSubnet, EncapsulationMode.Never };
        var ipip = backend == NetworkBackend.Bird && r.Next(2) == 0 ? modes[r.Next(3)] : EncapsulationMode.Never;
        var vxlan = ipip == EncapsulationMode.Never ? modes[r.Next(3)] : EncapsulationMode.Never;
        b.Network(n => n.Backend(backend).Ipip(ipip).Vxlan(vxlan).Ipv4Stack(v4).Ipv6Stack(v6).VxlanIpv6(modes[r.Next(3)]));

        // Pools inside the pod subnets, at least one block big.
        var podsPrefix = r.Next(12, 25);
        var pods = Cidr.Parse($"10.{r.Next(0, 200)}.0.0/16").Masked();
        var podsSubnet = Cidr.Parse($"{pods.Address}/{podsPrefix}").Masked();
        var poolPrefix = r.Next(podsPrefix, 27);
        var poolCidr = Cidr.Parse($"{podsSubnet.Address}/{poolPrefix}");
        var blockSize = r.Next(Math.Max(20, poolPrefix), 33);
        var podsV6 = Cidr.Parse($"fd{r.Next(0, 256):x2}:{r.Next(0, 65536):x}::/48");
        var poolV6Prefix = r.Next(48, 117);
        var poolV6 = Cidr.Parse($"{podsV6.Address}/{poolV6Prefix}");
        var blockV6 = r.Next(Math.Max(116, poolV6Prefix), 129);
        b.Cluster(c => c.PodsSubnet(podsSubnet).PodsSubnetIpv6(podsV6)
            .ServiceAddresses(Cidr.Parse("172.16.0.0/16")).ServiceAddressesIpv6(Cidr.Parse("fd99::/112"))
            .ProxyMode(new[] { KubeProxyMode.Ipvs, KubeProxyMode.Iptables, KubeProxyMode.Nftables }[r.Next(3)]));
        b.Pools(p =>
        {
            p.Name(r.Next(2) == 0 ? "default-pool" : "pods-" + r.Next(100).ToString(CultureInfo.InvariantCulture)).BlockSize(blockSize).BlockSizeIpv6(blockV6).NatOutgoing(r.Next(2) == 0).NatOutgoingIpv6(r.Next(2) == 0);
            if (r.Next(2) == 0)
            {
                p.Cidr(poolCidr).CidrIpv6(poolV6);
            }
        });

        b.Bgp(g =>
        {
            g.GlobalAsNumber(new AsNumber((uint)r.NextInt64(1, uint.MaxValue))).ListenPort(r.Next(1, 65536)).NoGlobalAsNumber(r.Next(5) == 0);
            g.AdvertiseClusterIps(r.Next(2) == 0);
            g.AdvertiseServiceExternalIps(Enumerable.Range(0, r.Next(0, 3)).Select(i => Cidr.Parse($"192.0.{i}.0/24")).ToArray());
            g.AdvertiseServiceLoadBalancerIps(Enumerable.Range(0, r.Next(0, 3)).Select(i => Cidr.Parse($"198.51.{i}.0/24")).ToArray());
        });
        var bpf = r.Next(3) == 0;
        b.Dataplane(d => d.Ebpf(bpf).BpfServiceMode(r.Next(2) == 0 ? BpfServiceMode.Dsr : BpfServiceMode.Tunnel)
            .BpfLogLevel((BpfLogLevel)r.Next(4)).Wireguard(r.Next(3) == 0)
            .IptablesBackend((IptablesBackend)r.Next(3)).NftablesMode((NftablesMode)r.Next(3)).ChainInsertMode((ChainInsertMode)r.Next(2)));
        b.Felix(f => f.ReportingInterval(GoDuration.Parse(Durations[r.Next(Durations.Length)]))
            .LogSeverityScreen((CalicoLogLevel)r.Next(6)).FloatingIps((FloatingIpsMode)r.Next(2))
            .FeatureDetectOverride(r.Next(2) == 0 ? string.Empty : "ChecksumOffloadBroken=true")
            .EndpointToHostAction((EndpointToHostAction)r.Next(3)).PrometheusMetricsEnabled(r.Next(2) == 0));
        b.Ipam(i => i.StrictAffinity(r.Next(2) == 0).AutoAllocateBlocks(r.Next(2) == 0).MaxBlocksPerHost(r.Next(0, 1000001)).HostLocal(r.Next(6) == 0));
        var kdd = r.Next(4) != 0;
        b.Datastore(d => d.Type(kdd ? CalicoDatastore.Kdd : CalicoDatastore.Etcd));
        if (kdd && r.Next(3) == 0)
        {
            b.Typha(t => t.Enabled().Replicas(r.Next(1, 5)).Secure(r.Next(2) == 0));
        }

        if (r.Next(3) == 0)
        {
            var mtu = Mtu.Calculate(r.Next(1280, 9001), vxlan != EncapsulationMode.Never ? MtuEncapsulation.Vxlan : ipip != EncapsulationMode.Never ? MtuEncapsulation.Ipip : MtuEncapsulation.None);
            b.Network(n => n.Mtu(mtu.CalicoMtu).VethMtu(mtu.CalicoVethMtu));
        }

        // Topology: racks with route reflectors, or router peering, or the full mesh.
        var nodes = r.Next(1, 13);
        var rrCount = backend == NetworkBackend.Bird && nodes > 2 && r.Next(3) == 0 ? r.Next(1, Math.Min(4, nodes)) : 0;
        var routerPeering = backend == NetworkBackend.Bird && rrCount == 0 && r.Next(2) == 0;
        if (routerPeering)
        {
            b.Bgp(g => g.PeerWithRouter());
        }

        b.Nodes(n =>
        {
            for (var i = 0; i < nodes; i++)
            {
                var index = i;
                n.Host($"node{i}", $"10.10.{i / 200}.{(i % 200) + 1}", h =>
                {
                    if (index == 0 || r.Next(4) == 0)
                    {
                        h.ControlPlane().Etcd();
                    }

                    if (index < rrCount)
                    {
                        h.RouteReflector(clusterId: $"1.0.0.{r.Next(1, 4)}").RouteReflectorId(LabelValues[r.Next(LabelValues.Length)]);
                    }
                    else
                    {
                        h.Worker();
                    }

                    if (rrCount > 0 && r.Next(3) != 0)
                    {
                        h.GroupId(LabelValues[r.Next(LabelValues.Length)]);
                    }

                    if (routerPeering)
                    {
                        h.LocalAs(new AsNumber((uint)r.Next(64512, 65535)));
                        for (var p = 0; p < r.Next(0, 3); p++)
                        {
                            h.Peer(new BgpPeerEntry(new IPAddress([192, 168, (byte)r.Next(256), (byte)r.Next(1, 255)]).ToString(), new AsNumber((uint)r.Next(1, 65535)))
                            {
                                Scope = r.Next(4) == 0 ? PeerScope.Global : r.Next(2) == 0 ? PeerScope.Node : null,
                                Name = r.Next(3) == 0 ? $"tor{r.Next(10)}" : null,
                                Filters = r.Next(3) == 0 ? EquatableArray.Create("no-default", "only-pods") : default,
                                NumAllowedLocalAsNumbers = r.Next(3) == 0 ? r.Next(0, 4) : null,
                                SourceAddress = r.Next(3) == 0 ? (PeerSourceAddress)r.Next(2) : null,
                            });
                        }
                    }
                });
            }
        });
        return b.Build();
    }
}
