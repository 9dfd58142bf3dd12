using System.Globalization;

namespace Calico.Sdk;

/// <summary>Small pieces the rules share: what Kubespray's Jinja sees, network ranges, peer entries.</summary>
internal static class RuleHelpers
{
    /// <summary>The Calico versions Kubespray accepts (<c>calico_crds_checksums.no_arch</c>): 3.29.0–3.29.7, 3.30.0–3.30.7, 3.31.0–3.31.7.</summary>
    public static readonly IReadOnlyList<string> KubespraySupportedVersions =
        new[] { 29, 30, 31 }.SelectMany(minor => Enumerable.Range(0, 8).Select(patch => $"3.{minor}.{patch}")).ToArray();

    /// <summary>
    /// The text Kubespray's templates and asserts compare: the raw scalar as written when the value came from a
    /// file (so <c>always</c> stays <c>always</c>, which Kubespray's exact comparisons reject), else the value in
    /// Kubespray's own spelling.
    /// </summary>
    public static string Spelled(DefinedValue d)
    {
        if (d.Raw is InventoryScalar s)
        {
            return s.Kind switch
            {
                ScalarKind.Null => "None",
                ScalarKind.Boolean => s.Canonical == "true" ? "True" : "False",
                _ => s.Canonical,
            };
        }

        if (d.Raw is { } other)
        {
            return other.Describe();
        }

        if (!d.IsSet)
        {
            return d.Option.DefaultScalarText;
        }

        if (d.Assignment is { } assigned)
        {
            return assigned.ScalarText;
        }

        return d.Value is { } v ? d.Option.ScalarText(v) : string.Empty;
    }

    /// <summary>How a value tests in a Jinja condition (<c>when: x</c>): a non-empty string is true, whatever it says.</summary>
    public static bool Truthy(DefinedValue d)
    {
        if (d.Raw is InventoryScalar s)
        {
            return s.Kind switch
            {
                ScalarKind.Null => false,
                ScalarKind.Boolean => s.Canonical == "true",
                ScalarKind.String => s.Canonical.Length > 0,
                _ => s.Canonical is not ("0" or "0.0"),
            };
        }

        return d.Value switch
        {
            bool b => b,
            null => false,
            _ => true,
        };
    }

    /// <summary>Ansible's <c>ipaddr('net')</c>: a network address with its prefix, no host bits, more than one address.</summary>
    public static bool IsNetworkRange(Cidr c) => c.IsMasked && c.PrefixLength < c.AddressBits;

    /// <summary>A typed CIDR of the definition, or null when unset or unreadable.</summary>
    public static Cidr? CidrOf(DefinedValue d) => d.Value is Cidr c ? c : default(Cidr?);

    /// <summary>Parses the major and minor numbers at the start of a kernel release such as <c>5.15.0-91-generic</c>.</summary>
    public static bool TryKernelVersion(string text, out int major, out int minor)
    {
        major = minor = 0;
        var parts = text.Trim().Split('.', '-');
        return parts.Length >= 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out major)
            && int.TryParse(new string(parts[1].TakeWhile(char.IsDigit).ToArray()), NumberStyles.None, CultureInfo.InvariantCulture, out minor);
    }

    /// <summary>The text of a raw scalar variable, or null.</summary>
    public static string? Text(RawVariable? v) => v?.Value is InventoryScalar s && s.Kind != ScalarKind.Null ? s.Canonical : null;

    /// <summary>The option path of a raw variable a host sees (host vars or the group that sets it is not tracked for raw facts).</summary>
    public static string HostPath(string host, string name) => $"hosts[{host}].{name}";
}

/// <summary>One entry of a <c>peers</c> list as written: every key with its text and location, so that rules can point at <c>peers[1].as</c>.</summary>
internal sealed class PeerView
{
    private static readonly string[] KnownKeys = ["router_id", "as", "scope", "name", "filters", "numallowedlocalasnumbers", "sourceaddress"];

    public PeerView(int index, string path, SourceLocation? location)
    {
        Index = index;
        Path = path;
        Location = location;
    }

    public int Index { get; }

    /// <summary>The entry's path, such as <c>peers[1]</c> or <c>hosts[node1].peers[0]</c>.</summary>
    public string Path { get; }

    public SourceLocation? Location { get; }

    public Field? RouterId { get; private set; }

    public Field? As { get; private set; }

    public Field? Scope { get; private set; }

    public Field? Name { get; private set; }

    public List<Field> Filters { get; } = [];

    public Field? NumAllowedLocalAsNumbers { get; private set; }

    public Field? SourceAddress { get; private set; }

    /// <summary>Keys Kubespray does not read.</summary>
    public List<Field> OtherKeys { get; } = [];

    /// <summary>Kubespray uses a <c>scope: global</c> entry (exact spelling) only on cp0 for the global BGPPeers.</summary>
    public bool IsGlobal => Scope?.Text == "global";

    /// <summary>Kubespray uses an entry without <c>scope</c> or with <c>scope: node</c> (exact spelling) for the host's own BGPPeers.</summary>
    public bool IsNodeScope => Scope is null || Scope.Text == "node";

    /// <summary>The identity Kubespray uses in the resource name: <c>name</c>, else <c>router_id</c>.</summary>
    public string Identity => Name?.Text ?? RouterId?.Text ?? string.Empty;

    /// <summary>The entries of a <c>peers</c> definition: from the raw list when it came from a file, else from the typed entries.</summary>
    public static List<PeerView> Of(DefinedValue d)
    {
        var result = new List<PeerView>();
        if (d.Raw is InventorySequence seq)
        {
            for (var i = 0; i < seq.Items.Count; i++)
            {
                var item = seq.Items[i];
                var view = new PeerView(i, $"{d.Path}[{i}]", item.Location);
                if (item is InventoryMapping map)
                {
                    foreach (var e in map.Entries)
                    {
                        view.Add(e.Key, e.Value);
                    }
                }

                result.Add(view);
            }

            return result;
        }

        if (d.Raw is null && d.Value is EquatableArray<BgpPeerEntry> entries)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var p = entries[i];
                var view = new PeerView(i, $"{d.Path}[{i}]", null);
                view.Add("router_id", InventoryValue.String(p.RouterId));
                view.Add("as", InventoryValue.String(p.As.ToString()));
                if (p.Scope is { } scope)
                {
                    view.Add("scope", InventoryValue.String(scope == PeerScope.Global ? "global" : "node"));
                }

                if (p.Name is { } name)
                {
                    view.Add("name", InventoryValue.String(name));
                }

                if (!p.Filters.IsEmpty)
                {
                    view.Add("filters", new InventorySequence(p.Filters.Select(f => (InventoryValue)InventoryValue.String(f)).ToEquatableArray()));
                }

                if (p.NumAllowedLocalAsNumbers is { } n)
                {
                    view.Add("numallowedlocalasnumbers", InventoryValue.Integer(n));
                }

                if (p.SourceAddress is { } sa)
                {
                    view.Add("sourceaddress", InventoryValue.String(sa.ToString()));
                }

                foreach (var e in p.Extra)
                {
                    view.Add(e.Key, e.Value);
                }

                result.Add(view);
            }
        }

        return result;
    }

    /// <summary>The Kubespray key closest to an unknown key, when it is probably a misspelling (camelCase included).</summary>
    public static string? Suggest(string key)
    {
        var lower = key.ToLowerInvariant();
        if (KnownKeys.Contains(lower))
        {
            return lower;
        }

        return lower switch
        {
            "routerid" or "peerip" or "peer_ip" or "ip" => "router_id",
            "asnumber" or "as_number" or "asn" => "as",
            _ => Spelling.Closest(key, KnownKeys),
        };
    }

    private void Add(string key, InventoryValue value)
    {
        var field = new Field(key, value, $"{Path}.{key}");
        switch (key)
        {
            case "router_id":
                RouterId = field;
                break;
            case "as":
                As = field;
                break;
            case "scope":
                Scope = field;
                break;
            case "name":
                Name = field;
                break;
            case "numallowedlocalasnumbers":
                NumAllowedLocalAsNumbers = field;
                break;
            case "sourceaddress":
                SourceAddress = field;
                break;
            case "filters":
                if (value is InventorySequence list)
                {
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        Filters.Add(new Field(key, list.Items[i], $"{Path}.filters[{i}]"));
                    }
                }
                else
                {
                    Filters.Add(field);
                }

                break;
            default:
                OtherKeys.Add(field);
                break;
        }
    }

    /// <summary>One key of a peer entry.</summary>
    internal sealed class Field(string key, InventoryValue value, string path)
    {
        public string Key { get; } = key;

        public InventoryValue Value { get; } = value;

        public string Path { get; } = path;

        public SourceLocation? Location => Value.Location;

        /// <summary>The scalar text as Jinja renders it (Python spelling for booleans and None).</summary>
        public string Text => Value is InventoryScalar s
            ? s.Kind switch
            {
                ScalarKind.String => s.Canonical,
                ScalarKind.Null => "None",
                ScalarKind.Boolean => s.Canonical == "true" ? "True" : "False",
                _ => s.Canonical,
            }
            : Value.Describe();

        public bool IsScalar => Value is InventoryScalar { Kind: not ScalarKind.Null };
    }
}
