using System.Globalization;

namespace Calico.Sdk;

public static partial class Converters
{
    /// <summary>Any mapping, kept as written (free-form maps such as <c>calico_feature_control</c> or a toleration).</summary>
    public static ValueConverter<InventoryMapping> Mapping { get; } = new MappingConverter();

    /// <summary>An absolute path, or <c>false</c> for none (the empty string stands for <c>false</c>).</summary>
    public static ValueConverter<string> PathOrFalse { get; } = new PathOrFalseConverter();

    /// <summary>Kubespray's <c>peers</c> list. Unknown keys are kept in <see cref="BgpPeerEntry.Extra"/> with a warning.</summary>
    public static ValueConverter<EquatableArray<BgpPeerEntry>> BgpPeers { get; } = new BgpPeersConverter();

    /// <summary>Kubespray's <c>loadbalancer_apiserver</c> mapping (<c>address</c>, <c>port</c>).</summary>
    public static ValueConverter<LoadBalancerApiserver> LoadBalancer { get; } = new LoadBalancerConverter();

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : a + "; " + b;

    private sealed class MappingConverter : ValueConverter<InventoryMapping>
    {
        public override OptionParseResult Parse(InventoryValue raw) =>
            raw is InventoryMapping m ? Ok(m) : Fail($"expected a mapping, got {KindName(raw)} {raw.Describe()}");

        public override InventoryValue Format(InventoryMapping value) => value;

        public override string Describe() => "mapping";
    }

    private sealed class PathOrFalseConverter : ValueConverter<string>
    {
        public override OptionParseResult Parse(InventoryValue raw) => raw switch
        {
            InventoryScalar { Kind: ScalarKind.Boolean } b when b.Canonical == "false" => Ok(string.Empty),
            InventoryScalar { Kind: ScalarKind.String } s => Ok(s.Canonical),
            _ => Fail($"expected an absolute path or false, got {KindName(raw)} {raw.Describe()}"),
        };

        // Kubespray tests the value for truth: false and "" both mean "no log file"; false says so plainly.
        public override InventoryValue Format(string value) => value.Length == 0 ? InventoryValue.Boolean(false) : InventoryValue.String(value);

        public override string Describe() => "absolute path, or false for none";

        public override string? Check(string value) =>
            value.Length > 0 && !value.StartsWith("/", StringComparison.Ordinal) && !value.Contains("{{") ? $"'{value}' is not an absolute path" : null;
    }

    private sealed class BgpPeersConverter : ValueConverter<EquatableArray<BgpPeerEntry>>
    {
        private static readonly string[] Keys = ["router_id", "as", "scope", "name", "filters", "numallowedlocalasnumbers", "sourceaddress"];
        private static readonly ValueConverter<int> Count = Integer(0);
        private static readonly ValueConverter<PeerSourceAddress> Source = Enum<PeerSourceAddress>(Spellings.Pascal);

        public override OptionParseResult Parse(InventoryValue raw)
        {
            if (raw is not InventorySequence seq)
            {
                return Fail($"expected a list of peers (mappings with router_id and as), got {KindName(raw)} {raw.Describe()}");
            }

            var peers = new List<BgpPeerEntry>(seq.Items.Count);
            string? warning = null;
            for (var i = 0; i < seq.Items.Count; i++)
            {
                var item = seq.Items[i];
                if (item is not InventoryMapping map)
                {
                    return Fail($"peers[{i}]: expected a mapping with router_id and as, got {KindName(item)} {item.Describe()}", item.Location ?? seq.Location);
                }

                var r = ParseEntry(map, i);
                if (!r.Success)
                {
                    return r with { ErrorLocation = r.ErrorLocation ?? map.Location ?? seq.Location };
                }

                warning = Join(warning, r.Warning);
                peers.Add((BgpPeerEntry)r.Value!);
            }

            return Ok(peers.ToEquatableArray(), warning);
        }

        public override InventoryValue Format(EquatableArray<BgpPeerEntry> value) =>
            new InventorySequence(value.Select(FormatEntry).ToEquatableArray());

        public override string Describe() => "list of peers {router_id, as, scope: global | node, name, filters, numallowedlocalasnumbers, sourceaddress: UseNodeIP | None}";

        public override string? Check(EquatableArray<BgpPeerEntry> value)
        {
            for (var i = 0; i < value.Count; i++)
            {
                var p = value[i];
                if (!IpAddresses.TryParseStrict(p.RouterId, out _))
                {
                    return $"peers[{i}].router_id '{p.RouterId}' is not an IP address";
                }

                if (p.As.Value == 0)
                {
                    return $"peers[{i}].as: AS number 0 is reserved (RFC 7607)";
                }

                if (p.NumAllowedLocalAsNumbers is < 0)
                {
                    return $"peers[{i}].numallowedlocalasnumbers {p.NumAllowedLocalAsNumbers} is negative";
                }
            }

            return null;
        }

        private static OptionParseResult ParseEntry(InventoryMapping map, int index)
        {
            var path = $"peers[{index}]";
            string? routerId = null;
            AsNumber? asNumber = null;
            PeerScope? scope = null;
            string? name = null;
            var filters = EquatableArray<string>.Empty;
            int? allowed = null;
            PeerSourceAddress? source = null;
            var extra = new List<MappingEntry>();
            string? warning = null;

            foreach (var (key, value) in map.Entries.Select(e => (e.Key, e.Value)))
            {
                switch (key)
                {
                    case "router_id":
                        if (ScalarText(value) is not { } id)
                        {
                            return Fail($"{path}.router_id: expected the peer's IP address, got {KindName(value)} {value.Describe()}", value.Location);
                        }

                        routerId = id;
                        break;
                    case "as":
                        if (Read(AsNumber, key, value, v => asNumber = v) is { } badAs)
                        {
                            return badAs;
                        }

                        break;
                    case "scope":
                        var s = value is InventoryScalar { Kind: ScalarKind.String } str ? str.Canonical : null;
                        if (s == "global" || s == "node")
                        {
                            scope = s == "global" ? PeerScope.Global : PeerScope.Node;
                            break;
                        }

                        var near = s is null ? null : Spelling.Closest(s, ["global", "node"]);
                        return Fail(
                            $"{path}.scope: {value.Describe()} is neither 'global' nor 'node'; Kubespray silently skips such a peer" + (near is null ? string.Empty : $" (did you mean '{near}'?)"),
                            value.Location);
                    case "name":
                        if (ScalarText(value) is not { } n)
                        {
                            return Fail($"{path}.name: expected a string, got {KindName(value)} {value.Describe()}", value.Location);
                        }

                        name = n;
                        break;
                    case "filters":
                        if (value is not InventorySequence fs || fs.Items.Any(f => ScalarText(f) is null))
                        {
                            return Fail($"{path}.filters: expected a list of BGPFilter names, got {KindName(value)} {value.Describe()}", value.Location);
                        }

                        filters = fs.Items.Select(f => ScalarText(f)!).ToEquatableArray();
                        break;
                    case "numallowedlocalasnumbers":
                        if (Read(Count, key, value, v => allowed = v) is { } badCount)
                        {
                            return badCount;
                        }

                        break;
                    case "sourceaddress":
                        if (Read(Source, key, value, v => source = v) is { } badSource)
                        {
                            return badSource;
                        }

                        break;
                    default:
                        extra.Add(new MappingEntry(key, value));
                        var meant = Keys.FirstOrDefault(k => string.Equals(k, key.Replace("_", string.Empty), StringComparison.OrdinalIgnoreCase)
                            || string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
                        warning = Join(warning, meant is not null
                            ? $"{path}.{key} is ignored by Kubespray, which reads only the lowercase key '{meant}'"
                            : $"{path}.{key} is not a key Kubespray reads from a peer ({string.Join(", ", Keys)})");
                        break;
                }
            }

            if (routerId is null)
            {
                return Fail($"{path}: router_id (the peer's IP address) is missing", map.Location);
            }

            if (asNumber is null)
            {
                return Fail($"{path}: as (the peer's AS number) is missing", map.Location);
            }

            var entry = new BgpPeerEntry(routerId, asNumber.Value)
            {
                Scope = scope,
                Name = name,
                Filters = filters,
                NumAllowedLocalAsNumbers = allowed,
                SourceAddress = source,
                Extra = extra.ToEquatableArray(),
            };
            return Ok(entry, warning);

            // Reads one key with a scalar converter: null when it worked (warnings collected), else the failure.
            OptionParseResult? Read<T>(ValueConverter<T> converter, string key, InventoryValue value, Action<T> assign)
                where T : notnull
            {
                var r = converter.Parse(value);
                if (!r.Success)
                {
                    return Fail($"{path}.{key}: {r.Error}", value.Location);
                }

                warning = Join(warning, r.Warning is null ? null : $"{path}.{key}: {r.Warning}");
                assign((T)r.Value!);
                return null;
            }
        }

        private static InventoryValue FormatEntry(BgpPeerEntry p)
        {
            var entries = new List<MappingEntry>
            {
                new("router_id", InventoryValue.String(p.RouterId)),
                new("as", InventoryValue.String(p.As.ToString())),
            };
            if (p.Scope is { } scope)
            {
                entries.Add(new("scope", InventoryValue.String(Spellings.Lower(scope))));
            }

            if (p.Name is not null)
            {
                entries.Add(new("name", InventoryValue.String(p.Name)));
            }

            if (!p.Filters.IsEmpty)
            {
                entries.Add(new("filters", new InventorySequence(p.Filters.Select(f => (InventoryValue)InventoryValue.String(f)).ToEquatableArray())));
            }

            if (p.NumAllowedLocalAsNumbers is { } n)
            {
                entries.Add(new("numallowedlocalasnumbers", InventoryValue.Integer(n)));
            }

            if (p.SourceAddress is { } sa)
            {
                entries.Add(new("sourceaddress", InventoryValue.String(Spellings.Pascal(sa))));
            }

            entries.AddRange(p.Extra);
            return new InventoryMapping(entries.ToEquatableArray());
        }
    }

    private sealed class LoadBalancerConverter : ValueConverter<LoadBalancerApiserver>
    {
        public override OptionParseResult Parse(InventoryValue raw)
        {
            if (raw is not InventoryMapping map)
            {
                return Fail($"expected a mapping with address and port, got {KindName(raw)} {raw.Describe()}");
            }

            string? address = null;
            int? port = null;
            var extra = new List<MappingEntry>();
            string? warning = null;
            foreach (var e in map.Entries)
            {
                switch (e.Key)
                {
                    case "address":
                        address = ScalarText(e.Value);
                        if (address is null)
                        {
                            return Fail($"address: expected an IP address or host name, got {KindName(e.Value)} {e.Value.Describe()}", e.Value.Location);
                        }

                        break;
                    case "port":
                        // Kubespray's own examples quote the port ("8383"); it only lands in a URL, so a string is fine.
                        var text = e.Value is InventoryScalar { Kind: ScalarKind.Integer or ScalarKind.String } s ? (s.Canonical.Trim()) : null;
                        if (text is null || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var p))
                        {
                            return Fail($"port: expected a TCP port, got {KindName(e.Value)} {e.Value.Describe()}", e.Value.Location);
                        }

                        port = p;
                        break;
                    default:
                        extra.Add(e);
                        warning = Join(warning, $"{e.Key} is not a key Kubespray reads from loadbalancer_apiserver (address, port)");
                        break;
                }
            }

            return address is null
                ? Fail("address (the load balancer's IP address or host name) is missing", map.Location)
                : Ok(new LoadBalancerApiserver(address, port, extra.ToEquatableArray()), warning);
        }

        public override InventoryValue Format(LoadBalancerApiserver value)
        {
            var entries = new List<MappingEntry> { new("address", InventoryValue.String(value.Address)) };
            if (value.Port is { } p)
            {
                entries.Add(new("port", InventoryValue.Integer(p)));
            }

            entries.AddRange(value.Extra);
            return new InventoryMapping(entries.ToEquatableArray());
        }

        public override string Describe() => "mapping {address, port}";

        public override string? Check(LoadBalancerApiserver value) =>
            value.Address.Trim().Length == 0 ? "address is empty"
            : value.Port is < 1 or > 65535 ? $"port {value.Port} is outside 1–65535"
            : null;
    }

    // A scalar Kubespray would use as text: strings as written, numbers in their canonical spelling.
    private static string? ScalarText(InventoryValue v) => v switch
    {
        InventoryScalar { Kind: ScalarKind.String } s => s.Canonical,
        InventoryScalar { Kind: ScalarKind.Integer or ScalarKind.Float } n => n.Canonical,
        _ => null,
    };
}
