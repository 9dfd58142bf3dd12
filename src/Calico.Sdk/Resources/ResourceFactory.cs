using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Calico.Sdk.Resources;

/// <summary>Builds the typed resources from <see cref="ResourceInputs"/>, the way Kubespray's Calico role builds them.</summary>
internal static class ResourceFactory
{
    public const string RouteReflectorLabel = "i-am-a-route-reflector";
    public const string RrIdLabel = "calico-rr-id";
    public const string GroupIdLabel = "calico-group-id";

    private static readonly CalicoVersion NftablesFrom = CalicoVersion.Parse("3.29.0");

    public static CalicoResources Create(ResourceInputs i, EquatableArray<IPPool> additionalPools = default)
    {
        var notes = new List<RenderNote>();
        return new CalicoResources
        {
            FelixConfiguration = Felix(i, notes),
            IPPools = Pools(i).Concat(additionalPools).ToEquatableArray(),
            BgpConfiguration = Bgp(i, notes),
            BgpPeers = Peers(i, notes),
            IpamConfiguration = Ipam(i, notes),
            Nodes = Nodes(i),
            CalicoConfig = CalicoConfig(i),
            KubernetesServicesEndpoint = ServicesEndpoint(i),
            CalicoNode = CalicoNodeSettings(i, notes),
            Typha = i.TyphaEnabled ? Typha(i) : null,
            Notes = notes.ToEquatableArray(),
        };
    }

    public static string Spell(EncapsulationMode mode) => mode.ToString();

    /// <summary>Python's spelling of a boolean, as Jinja writes it into a string.</summary>
    public static string Py(bool value) => value ? "True" : "False";

    private static FelixConfiguration Felix(ResourceInputs i, List<RenderNote> notes)
    {
        var v6Wireguard = i.WireguardEnabled && i.Ipv6Stack;
        if (v6Wireguard)
        {
            notes.Add(new RenderNote(
                "FelixConfiguration default spec.wireguardEnabledV6",
                "set to true with calico_wireguard_enabled because the cluster has IPv6; Kubespray sets only wireguardEnabled, which leaves IPv6 pod traffic unencrypted"));
        }

        if (!string.Equals(i.FelixLogSeverityScreen, i.LogLevel, StringComparison.OrdinalIgnoreCase))
        {
            notes.Add(new RenderNote(
                "FelixConfiguration default spec.logSeverityScreen",
                $"'{i.FelixLogSeverityScreen}' (calico_felix_log_severity_screen) has no effect: calico-node's FELIX_LOGSEVERITYSCREEN ('{i.LogLevel}', calico_loglevel) overrides it, as under Kubespray"));
        }

        return new FelixConfiguration
        {
            Metadata = new ObjectMeta("default"),
            Spec = new FelixConfigurationSpec
            {
                IpipEnabled = i.IpipMode != EncapsulationMode.Never,
                VxlanEnabled = i.VxlanMode != EncapsulationMode.Never,
                ReportingInterval = i.ReportingInterval,
                BpfLogLevel = i.BpfLogLevel,
                BpfEnabled = i.BpfEnabled,
                BpfExternalServiceMode = i.BpfServiceMode,
                WireguardEnabled = i.WireguardEnabled,
                WireguardEnabledV6 = v6Wireguard ? true : null,
                LogSeverityScreen = i.FelixLogSeverityScreen,
                FeatureDetectOverride = i.FeatureDetectOverride,
                FloatingIPs = i.FloatingIps,
            },
        };
    }

    private static IEnumerable<IPPool> Pools(ResourceInputs i)
    {
        if (i.Ipv4Stack)
        {
            yield return new IPPool
            {
                Metadata = new ObjectMeta(i.PoolName),
                Spec = new IPPoolSpec
                {
                    Cidr = i.PoolCidr.ToString(),
                    BlockSize = i.BlockSize,
                    IpipMode = Spell(i.IpipMode),
                    VxlanMode = Spell(i.VxlanMode),
                    NatOutgoing = i.NatOutgoing,
                },
            };
        }

        if (i.Ipv6Stack)
        {
            yield return new IPPool
            {
                Metadata = new ObjectMeta(i.PoolName + "-ipv6"),
                Spec = new IPPoolSpec
                {
                    Cidr = i.PoolCidrV6.ToString(),
                    BlockSize = i.BlockSizeV6,
                    IpipMode = Spell(i.IpipModeV6),
                    VxlanMode = Spell(i.VxlanModeV6),
                    NatOutgoing = i.NatOutgoingV6,
                },
            };
        }
    }

    private static BGPConfiguration Bgp(ResourceInputs i, List<RenderNote> notes)
    {
        EquatableArray<ServiceIPBlock>? clusterIps = null;
        if (i.AdvertiseClusterIps)
        {
            var blocks = new List<ServiceIPBlock>();
            if (i.Ipv4Stack)
            {
                blocks.Add(new ServiceIPBlock(i.ServiceAddresses.ToString()));
            }

            if (i.Ipv6Stack)
            {
                blocks.Add(new ServiceIPBlock(i.ServiceAddressesV6.ToString()));
            }

            clusterIps = blocks.ToEquatableArray();
            if (i.Ipv4Stack && i.Ipv6Stack)
            {
                notes.Add(new RenderNote(
                    "BGPConfiguration default spec.serviceClusterIPs",
                    "one entry per address family; Kubespray renders a single entry with a duplicated 'cidr' key for dual-stack, so at best only the IPv6 range is advertised"));
            }
        }

        return new BGPConfiguration
        {
            Metadata = new ObjectMeta("default"),
            Spec = new BGPConfigurationSpec
            {
                ListenPort = i.BgpListenPort,
                LogSeverityScreen = "Info",
                AsNumber = i.NoGlobalAsNumber ? null : i.GlobalAsNumber.Value,
                NodeToNodeMeshEnabled = !(i.PeerWithRouter || i.PeerWithCalicoRr),
                ServiceClusterIPs = clusterIps,
                ServiceExternalIPs = i.ExternalIps.Select(c => new ServiceIPBlock(c)).ToEquatableArray(),
                ServiceLoadBalancerIPs = i.LoadBalancerIps.IsEmpty ? null : i.LoadBalancerIps.Select(c => new ServiceIPBlock(c)).ToEquatableArray(),
            },
        };
    }

    /// <summary>The name Kubespray gives a router peer: prefix, then <c>name</c> or <c>router_id</c> with ':' replaced by '-'.</summary>
    public static string PeerName(string prefix, PeerInput peer) => prefix + "-" + (peer.Name ?? peer.RouterId).Replace(':', '-');

    private static EquatableArray<BGPPeer> Peers(ResourceInputs i, List<RenderNote> notes)
    {
        // Kubespray applies the peers one after another; a later one with the same name replaces an earlier one.
        var byName = new Dictionary<string, BGPPeer>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(BGPPeer peer, string source)
        {
            if (byName.ContainsKey(peer.Metadata.Name))
            {
                if (byName[peer.Metadata.Name] != peer)
                {
                    notes.Add(new RenderNote("BGPPeer " + peer.Metadata.Name, $"defined more than once with different settings; the last one ({source}) wins, as when Kubespray applies them in turn"));
                }
            }
            else
            {
                order.Add(peer.Metadata.Name);
            }

            byName[peer.Metadata.Name] = peer;
        }

        if (i.PeerWithRouter)
        {
            var cp0 = i.Nodes.FirstOrDefault(n => n.Name == i.FirstControlPlane);
            foreach (var p in cp0?.Peers ?? default)
            {
                if (p.Scope == "global")
                {
                    Add(new BGPPeer
                    {
                        Metadata = new ObjectMeta(PeerName("global", p)),
                        Spec = new BGPPeerSpec { PeerIP = p.RouterId, AsNumber = p.As.Value },
                    }, $"peers of {cp0!.Name}");
                }
            }

            foreach (var node in i.Nodes)
            {
                foreach (var p in node.Peers)
                {
                    if (p.Scope is not (null or "node"))
                    {
                        if (p.Scope != "global")
                        {
                            notes.Add(new RenderNote($"peers of {node.Name}", $"the entry for {p.RouterId} has scope '{p.Scope}', which is neither 'global' nor 'node'; Kubespray creates no BGPPeer for it, and neither does Calico.Sdk"));
                        }

                        continue;
                    }

                    Add(new BGPPeer
                    {
                        Metadata = new ObjectMeta(PeerName(node.Name, p)),
                        Spec = new BGPPeerSpec
                        {
                            Node = node.Name,
                            PeerIP = p.RouterId,
                            AsNumber = p.As.Value,
                            SourceAddress = p.SourceAddress ?? "UseNodeIP",
                            Filters = p.Filters.IsEmpty ? null : p.Filters,
                            NumAllowedLocalASNumbers = p.NumAllowedLocalAsNumbers is > 0 ? p.NumAllowedLocalAsNumbers : null,
                        },
                    }, $"peers of {node.Name}");
                }
            }
        }

        if (i.PeerWithCalicoRr)
        {
            var cp0 = i.Nodes.FirstOrDefault(n => n.Name == i.FirstControlPlane);
            foreach (var rr in i.Nodes.Where(n => n.IsRouteReflector && n.RrId is not null && n.GroupId is not null))
            {
                Add(new BGPPeer
                {
                    Metadata = new ObjectMeta(rr.RrId + "-to-node"),
                    Spec = new BGPPeerSpec
                    {
                        NodeSelector = $"{GroupIdLabel} == '{rr.GroupId}'",
                        PeerSelector = $"{RrIdLabel} == '{rr.RrId}'",
                    },
                }, $"route reflector {rr.Name}");
            }

            if (cp0 is null || cp0.RrId is null || cp0.GroupId is null)
            {
                Add(new BGPPeer
                {
                    Metadata = new ObjectMeta("peer-to-rrs"),
                    Spec = new BGPPeerSpec
                    {
                        NodeSelector = $"!has({RouteReflectorLabel})",
                        PeerSelector = $"has({RouteReflectorLabel})",
                    },
                }, "route reflectors");
            }

            Add(new BGPPeer
            {
                Metadata = new ObjectMeta("rr-mesh"),
                Spec = new BGPPeerSpec
                {
                    NodeSelector = $"has({RouteReflectorLabel})",
                    PeerSelector = $"has({RouteReflectorLabel})",
                },
            }, "route reflectors");
        }

        return order.Select(n => byName[n]).ToEquatableArray();
    }

    private static IPAMConfiguration? Ipam(ResourceInputs i, List<RenderNote> notes)
    {
        if (i.Datastore != CalicoDatastore.Kdd)
        {
            notes.Add(new RenderNote(
                "IPAMConfiguration default",
                "not rendered: Kubespray creates it only with the kdd datastore; with etcd, IPAM reads /calico/ipam/v2/config (calicoctl ipam configure)"));
            return null;
        }

        return new IPAMConfiguration
        {
            Metadata = new ObjectMeta("default"),
            Spec = new IPAMConfigurationSpec
            {
                StrictAffinity = i.IpamStrictAffinity,
                AutoAllocateBlocks = i.IpamAutoAllocateBlocks,
                MaxBlocksPerHost = i.IpamMaxBlocksPerHost,
            },
        };
    }

    private static EquatableArray<CalicoNode> Nodes(ResourceInputs i)
    {
        var result = new List<CalicoNode>();
        var hasRouteReflectors = i.Nodes.Any(n => n.IsRouteReflector);
        foreach (var n in i.Nodes)
        {
            var labels = new List<KeyValuePair<string, string>>();
            uint? asNumber = null;
            string? clusterId = null;
            EquatableArray<OrchRef>? orchRefs = null;

            // peer_with_router.yml: local_as, only while calico_rr is empty.
            if (i.PeerWithRouter && !hasRouteReflectors && n.LocalAs is { } localAs)
            {
                asNumber = localAs.Value;
                orchRefs = EquatableArray.Create(new OrchRef { NodeName = n.Name });
            }

            // peer_with_calico_rr.yml: calico-group-id on every node that defines it.
            if (i.PeerWithCalicoRr && n.GroupId is { } group)
            {
                labels.Add(new(GroupIdLabel, group));
            }

            // The rr role on calico_rr hosts.
            if (n.IsRouteReflector)
            {
                if (n.RrId is { } rrId)
                {
                    labels.Add(new(RrIdLabel, rrId));
                }

                clusterId = n.ClusterId;
                labels.Add(new(RouteReflectorLabel, "true"));
            }

            if (labels.Count == 0 && asNumber is null && clusterId is null)
            {
                continue;
            }

            result.Add(new CalicoNode
            {
                Metadata = new ObjectMeta(n.Name) { Labels = labels.Count == 0 ? null : StringMap.Create(labels) },
                Spec = new CalicoNodeSpec
                {
                    Bgp = asNumber is null && clusterId is null ? null : new NodeBgpSpec { AsNumber = asNumber, RouteReflectorClusterID = clusterId },
                    OrchRefs = orchRefs,
                },
            });
        }

        return result.ToEquatableArray();
    }

    private static ConfigMap CalicoConfig(ResourceInputs i)
    {
        var data = new List<KeyValuePair<string, string>>();
        if (i.Datastore == CalicoDatastore.Etcd)
        {
            data.Add(new("etcd_endpoints", string.Join(",", i.EtcdEndpoints)));
            data.Add(new("etcd_ca", "/calico-secrets/ca_cert.crt"));
            data.Add(new("etcd_cert", "/calico-secrets/cert.crt"));
            data.Add(new("etcd_key", "/calico-secrets/key.pem"));
        }
        else if (i.TyphaEnabled)
        {
            data.Add(new("typha_service_name", "calico-typha"));
        }

        data.Add(new("cluster_type", i.Backend == NetworkBackend.Bird ? "kubespray,bgp" : "kubespray"));
        data.Add(new("calico_backend", BackendName(i.Backend)));
        if (i.PeerWithRouter)
        {
            var cp0 = i.Nodes.FirstOrDefault(n => n.Name == i.FirstControlPlane);
            data.Add(new("as", (cp0?.LocalAs ?? i.GlobalAsNumber).ToString()));
        }

        data.Add(new("cni_network_config", CniNetworkConfig(i)));
        return new ConfigMap { Metadata = new ObjectMeta("calico-config", "kube-system"), Data = StringMap.Create(data) };
    }

    public static string BackendName(NetworkBackend backend) => backend.ToString().ToLowerInvariant();

    /// <summary>The CNI conflist Kubespray puts in <c>calico-config</c>: calico, portmap and bandwidth plugins.</summary>
    public static string CniNetworkConfig(ResourceInputs i)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("name", i.CniName);
            w.WriteString("cniVersion", "0.3.1");
            w.WriteStartArray("plugins");

            w.WriteStartObject();
            if (i.Datastore == CalicoDatastore.Kdd)
            {
                w.WriteString("datastore_type", "kubernetes");
                w.WriteString("nodename", "__KUBERNETES_NODE_NAME__");
            }

            w.WriteString("type", "calico");
            w.WriteString("log_level", "info");
            if (i.CniLogFilePath is { } logPath)
            {
                w.WriteString("log_file_path", logPath);
            }

            if (i.Datastore == CalicoDatastore.Etcd)
            {
                w.WriteString("etcd_endpoints", string.Join(",", i.EtcdEndpoints));
                w.WriteString("etcd_cert_file", i.CertDir + "/cert.crt");
                w.WriteString("etcd_key_file", i.CertDir + "/key.pem");
                w.WriteString("etcd_ca_cert_file", i.CertDir + "/ca_cert.crt");
            }

            w.WriteStartObject("ipam");
            if (i.IpamHostLocal)
            {
                w.WriteString("type", "host-local");
                w.WriteString("subnet", "usePodCidr");
            }
            else
            {
                w.WriteString("type", "calico-ipam");
                if (i.Ipv4Stack)
                {
                    w.WriteString("assign_ipv4", "true");
                }

                if (i.Ipv6Stack)
                {
                    w.WriteString("assign_ipv6", "true");
                }
            }

            w.WriteEndObject();
            if (i.AllowIpForwarding)
            {
                w.WriteStartObject("container_settings");
                w.WriteBoolean("allow_ip_forwarding", true);
                w.WriteEndObject();
            }

            if (!i.FeatureControl.IsEmpty)
            {
                w.WriteStartObject("feature_control");
                foreach (var f in i.FeatureControl)
                {
                    if (f.Value is bool b)
                    {
                        w.WriteBoolean(f.Key, b);
                    }
                    else
                    {
                        w.WriteString(f.Key, Convert.ToString(f.Value, CultureInfo.InvariantCulture));
                    }
                }

                w.WriteEndObject();
            }

            if (i.EnableNetworkPolicy)
            {
                w.WriteStartObject("policy");
                w.WriteString("type", "k8s");
                w.WriteEndObject();
            }

            if (i.Mtu is { } mtu)
            {
                w.WriteNumber("mtu", mtu);
            }

            w.WriteStartObject("kubernetes");
            w.WriteString("kubeconfig", "__KUBECONFIG_FILEPATH__");
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartObject();
            w.WriteString("type", "portmap");
            w.WriteStartObject("capabilities");
            w.WriteBoolean("portMappings", true);
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartObject();
            w.WriteString("type", "bandwidth");
            w.WriteStartObject("capabilities");
            w.WriteBoolean("bandwidth", true);
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteEndArray();
            w.WriteEndObject();
        }

        // The writer uses the platform's line end; rendered bytes must not depend on the machine.
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n");
    }

    /// <summary>Host and port of Kubespray's <c>kube_apiserver_global_endpoint</c>.</summary>
    public static (string Host, int Port) ApiserverEndpoint(ResourceInputs i)
    {
        if (i.LoadBalancerAddress is { } lb)
        {
            var host = i.ApiserverLoadBalancerDomainName ?? (i.LoadBalancerLocalhost ? "localhost" : lb);
            return (host, i.LoadBalancerPort ?? i.KubeApiserverPort);
        }

        if (i.LoadBalancerLocalhost && (i.LoadBalancerApiserverPort is null || i.LoadBalancerApiserverPort == i.KubeApiserverPort))
        {
            return ("localhost", i.KubeApiserverPort);
        }

        return (i.FirstControlPlaneAddress ?? "localhost", i.KubeApiserverPort);
    }

    private static ConfigMap ServicesEndpoint(ResourceInputs i)
    {
        var data = StringMap.Empty;
        if (i.BpfEnabled || i.LoadBalancerLocalhost)
        {
            var (host, port) = ApiserverEndpoint(i);
            data = StringMap.Of(("KUBERNETES_SERVICE_HOST", host), ("KUBERNETES_SERVICE_PORT", port.ToString(CultureInfo.InvariantCulture)));
        }

        return new ConfigMap { Metadata = new ObjectMeta("kubernetes-services-endpoint", "kube-system"), Data = data };
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static CalicoNodeSettings CalicoNodeSettings(ResourceInputs i, List<RenderNote> notes)
    {
        var kdd = i.Datastore == CalicoDatastore.Kdd;
        var env = new List<EnvVar>();
        if (!kdd)
        {
            env.Add(EnvVar.FromConfigMap("ETCD_ENDPOINTS", "calico-config", "etcd_endpoints"));
            env.Add(EnvVar.FromConfigMap("ETCD_CA_CERT_FILE", "calico-config", "etcd_ca"));
            env.Add(EnvVar.FromConfigMap("ETCD_KEY_FILE", "calico-config", "etcd_key"));
            env.Add(EnvVar.FromConfigMap("ETCD_CERT_FILE", "calico-config", "etcd_cert"));
        }
        else
        {
            env.Add(EnvVar.Literal("DATASTORE_TYPE", "kubernetes"));
            if (i.TyphaEnabled)
            {
                env.Add(EnvVar.FromConfigMap("FELIX_TYPHAK8SSERVICENAME", "calico-config", "typha_service_name"));
                if (i.TyphaSecure)
                {
                    env.Add(EnvVar.Literal("FELIX_TYPHACN", "typha-server"));
                    env.Add(EnvVar.Literal("FELIX_TYPHACAFILE", "/etc/typha-ca/ca.crt"));
                    env.Add(EnvVar.Literal("FELIX_TYPHACERTFILE", "/etc/typha-client/typha-client.crt"));
                    env.Add(EnvVar.Literal("FELIX_TYPHAKEYFILE", "/etc/typha-client/typha-client.key"));
                }
            }

            env.Add(EnvVar.Literal("WAIT_FOR_DATASTORE", "true"));
        }

        if (i.Backend == NetworkBackend.Vxlan)
        {
            env.Add(EnvVar.Literal("FELIX_VXLANVNI", Int(i.VxlanVni)));
            env.Add(EnvVar.Literal("FELIX_VXLANPORT", Int(i.VxlanPort)));
        }

        env.Add(EnvVar.FromConfigMap("CALICO_NETWORKING_BACKEND", "calico-config", "calico_backend"));
        env.Add(EnvVar.Literal("CLUSTER_TYPE", "k8s,bgp"));
        env.Add(EnvVar.FromField("CALICO_K8S_NODE_REF", "spec.nodeName"));
        env.Add(EnvVar.Literal("CALICO_DISABLE_FILE_LOGGING", "true"));
        env.Add(EnvVar.Literal("FELIX_DEFAULTENDPOINTTOHOSTACTION", i.EndpointToHostAction));
        env.Add(EnvVar.Literal("FELIX_HEALTHHOST", i.HealthHost));
        if (i.KubeProxyMode == "ipvs" && i.NodePortRange is { } range)
        {
            var parts = range.Split('-');
            env.Add(EnvVar.Literal("FELIX_KUBENODEPORTRANGES", parts.Length == 2 ? parts[0] + ":" + parts[1] : range));
        }

        env.Add(EnvVar.Literal("FELIX_IPTABLESBACKEND", i.IptablesBackend));
        env.Add(EnvVar.Literal("FELIX_IPTABLESLOCKTIMEOUTSECS", Int(i.IptablesLockTimeoutSecs)));
        env.Add(EnvVar.Literal("CALICO_IPV4POOL_IPIP", i.Ipv4PoolIpip));
        env.Add(EnvVar.Literal("CALICO_IPV4POOL_VXLAN", "Never"));
        env.Add(EnvVar.Literal("FELIX_IPV6SUPPORT", Py(i.Ipv6Stack)));
        env.Add(EnvVar.Literal("FELIX_LOGSEVERITYSCREEN", i.LogLevel));
        env.Add(EnvVar.Literal("CALICO_STARTUP_LOGLEVEL", i.StartupLogLevel));
        env.Add(EnvVar.Literal("FELIX_USAGEREPORTINGENABLED", Py(i.UsageReporting)));
        if (i.Version >= NftablesFrom)
        {
            env.Add(EnvVar.Literal("FELIX_NFTABLESMODE", i.NftablesMode));
        }

        string? tunnelMtu = null;
        if (i.Mtu is { } mtu)
        {
            tunnelMtu = Int(i.VethMtu ?? mtu);
            env.Add(EnvVar.Literal("FELIX_IPINIPMTU", tunnelMtu));
            env.Add(EnvVar.Literal("FELIX_VXLANMTU", tunnelMtu));
            env.Add(EnvVar.Literal("FELIX_WIREGUARDMTU", tunnelMtu));
        }
        else if (i.VethMtu is not null)
        {
            notes.Add(new RenderNote(
                "calico-node env FELIX_*MTU",
                "calico_veth_mtu is set without calico_mtu; Kubespray's template then ignores it and Calico.Sdk renders the same (set calico_mtu as well, see docs/mtu.md)"));
        }

        env.Add(EnvVar.Literal("FELIX_CHAININSERTMODE", i.ChainInsertMode));
        env.Add(EnvVar.Literal("FELIX_PROMETHEUSMETRICSENABLED", Py(i.PrometheusMetricsEnabled)));
        env.Add(EnvVar.Literal("FELIX_PROMETHEUSMETRICSPORT", Int(i.PrometheusMetricsPort)));
        env.Add(EnvVar.Literal("FELIX_PROMETHEUSGOMETRICSENABLED", Py(i.PrometheusGoMetricsEnabled)));
        env.Add(EnvVar.Literal("FELIX_PROMETHEUSPROCESSMETRICSENABLED", Py(i.PrometheusProcessMetricsEnabled)));
        if (i.IpAutoMethod is { } method)
        {
            env.Add(EnvVar.Literal("IP_AUTODETECTION_METHOD", method));
        }
        else
        {
            env.Add(EnvVar.FromField("NODEIP", "status.hostIP"));
            env.Add(EnvVar.Literal("IP_AUTODETECTION_METHOD", "can-reach=$(NODEIP)"));
        }

        env.Add(EnvVar.Literal("IP", i.Ipv4Stack ? "autodetect" : "none"));
        if (i.Ipv6Stack)
        {
            env.Add(EnvVar.Literal("IP6", "autodetect"));
            if (i.Ip6AutoMethod is { } method6)
            {
                env.Add(EnvVar.Literal("IP6_AUTODETECTION_METHOD", method6));
            }
        }

        if (i.MtuIfacePattern is { } pattern)
        {
            env.Add(EnvVar.Literal("FELIX_MTUIFACEPATTERN", pattern));
        }

        if (i.UseDefaultRouteSrcIpAddr)
        {
            env.Add(EnvVar.FromField("FELIX_DEVICEROUTESOURCEADDRESS", "status.hostIP"));
        }

        env.Add(EnvVar.FromField("NODENAME", "spec.nodeName"));
        env.Add(EnvVar.Literal("FELIX_HEALTHENABLED", "true"));
        env.Add(EnvVar.Literal("FELIX_IGNORELOOSERPF", Py(i.IgnoreLooseRpf)));
        env.Add(EnvVar.Literal("CALICO_MANAGE_CNI", "true"));
        if (i.IpamHostLocal)
        {
            env.Add(EnvVar.Literal("USE_POD_CIDR", "true"));
        }

        foreach (var extra in i.ExtraEnvs)
        {
            env.Add(EnvVar.Literal(extra.Key, extra.Value));
        }

        var installCni = new List<EnvVar>
        {
            EnvVar.FromConfigMap("CNI_NETWORK_CONFIG", "calico-config", "cni_network_config"),
            EnvVar.Literal("CNI_CONF_NAME", "10-calico.conflist"),
        };
        if (tunnelMtu is not null)
        {
            installCni.Add(EnvVar.Literal("CNI_MTU", tunnelMtu));
        }

        installCni.Add(EnvVar.Literal("SLEEP", "false"));
        installCni.Add(kdd ? EnvVar.FromField("KUBERNETES_NODE_NAME", "spec.nodeName") : EnvVar.FromConfigMap("ETCD_ENDPOINTS", "calico-config", "etcd_endpoints"));

        var upgradeIpam = kdd && !i.IpamHostLocal
            ? EquatableArray.Create(
                EnvVar.FromField("KUBERNETES_NODE_NAME", "spec.nodeName"),
                EnvVar.FromConfigMap("CALICO_NETWORKING_BACKEND", "calico-config", "calico_backend"))
            : EquatableArray<EnvVar>.Empty;

        var bird = i.Backend == NetworkBackend.Bird;
        var limits = new List<KeyValuePair<string, string>>();
        if (i.CpuLimit != "0")
        {
            limits.Add(new("cpu", i.CpuLimit));
        }

        limits.Add(new("memory", i.MemoryLimit));

        return new CalicoNodeSettings
        {
            Env = env.ToEquatableArray(),
            EnvFrom = EquatableArray.Create(new EnvFromSource { ConfigMapRef = new ConfigMapEnvSource { Name = "kubernetes-services-endpoint", Optional = true } }),
            InstallCniEnv = installCni.ToEquatableArray(),
            UpgradeIpamEnv = upgradeIpam,
            LivenessProbe = new ExecProbe
            {
                Exec = new ExecAction { Command = (bird ? new[] { "/bin/calico-node", "-felix-live", "-bird-live" } : ["/bin/calico-node", "-felix-live"]).ToEquatableArray() },
                PeriodSeconds = 10,
                InitialDelaySeconds = 10,
                TimeoutSeconds = i.LivenessProbeTimeout,
                FailureThreshold = 6,
            },
            ReadinessProbe = new ExecProbe
            {
                Exec = new ExecAction { Command = (bird ? new[] { "/bin/calico-node", "-bird-ready", "-felix-ready" } : ["/bin/calico-node", "-felix-ready"]).ToEquatableArray() },
                PeriodSeconds = 10,
                TimeoutSeconds = i.ReadinessProbeTimeout,
                FailureThreshold = 6,
            },
            Resources = new ResourceRequirements
            {
                Limits = StringMap.Create(limits),
                Requests = StringMap.Of(("cpu", i.CpuRequests), ("memory", i.MemoryRequests)),
            },
            NodeSelector = ParseSelector(i.DaemonSetNodeSelector),
            PodAnnotations = i.PrometheusMetricsEnabled
                ? StringMap.Of(("prometheus.io/scrape", "true"), ("prometheus.io/port", Int(i.PrometheusMetricsPort)))
                : StringMap.Empty,
        };
    }

    /// <summary>Reads Kubespray's one-line <c>key: value</c> node selector fragment.</summary>
    public static StringMap ParseSelector(string fragment)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in fragment.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                pairs.Add(new(part[..colon].Trim().Trim('"', '\''), part[(colon + 1)..].Trim().Trim('"', '\'')));
            }
        }

        return StringMap.Create(pairs);
    }

    private static TyphaSettings Typha(ResourceInputs i)
    {
        var env = new List<EnvVar>
        {
            EnvVar.Literal("TYPHA_LOGSEVERITYSCREEN", "info"),
            EnvVar.Literal("TYPHA_LOGFILEPATH", "none"),
            EnvVar.Literal("TYPHA_LOGSEVERITYSYS", "none"),
            EnvVar.Literal("TYPHA_CONNECTIONREBALANCINGMODE", "kubernetes"),
            EnvVar.Literal("TYPHA_DATASTORETYPE", "kubernetes"),
            EnvVar.Literal("TYPHA_HEALTHENABLED", "true"),
            EnvVar.Literal("TYPHA_MAXCONNECTIONSLOWERLIMIT", Int(i.TyphaMaxConnectionsLowerLimit)),
        };
        if (i.TyphaSecure)
        {
            env.Add(EnvVar.Literal("TYPHA_CAFILE", "/etc/ca/ca.crt"));
            env.Add(EnvVar.Literal("TYPHA_CLIENTCN", "typha-client"));
            env.Add(EnvVar.Literal("TYPHA_SERVERCERTFILE", "/etc/typha/server_certificate.pem"));
            env.Add(EnvVar.Literal("TYPHA_SERVERKEYFILE", "/etc/typha/server_key.pem"));
        }

        if (i.TyphaPrometheusMetricsEnabled)
        {
            env.Add(EnvVar.Literal("TYPHA_PROMETHEUSMETRICSENABLED", "true"));
            env.Add(EnvVar.Literal("TYPHA_PROMETHEUSMETRICSPORT", Int(i.TyphaPrometheusMetricsPort)));
        }

        if (i.IpamHostLocal)
        {
            env.Add(EnvVar.Literal("USE_POD_CIDR", "true"));
        }

        return new TyphaSettings
        {
            Replicas = i.TyphaReplicas,
            Env = env.ToEquatableArray(),
            PodAnnotations = i.TyphaPrometheusMetricsEnabled
                ? StringMap.Of(("prometheus.io/scrape", "true"), ("prometheus.io/port", Int(i.TyphaPrometheusMetricsPort)))
                : StringMap.Empty,
        };
    }
}
