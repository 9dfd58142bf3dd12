using System.Text.Json.Nodes;
using Calico.Sdk.Resources;

namespace Calico.Sdk.Tests.Resources;

public class CrdSchemaValidatorTests
{
    [Fact]
    public void Both_api_groups_are_embedded()
    {
        var kinds = CrdSchemaValidator.Kinds.ToList();
        Assert.Equal(16, kinds.Count);
        Assert.Contains(("crd.projectcalico.org", "IPAMConfig"), kinds);
        Assert.Contains(("projectcalico.org", "IPAMConfiguration"), kinds);
    }

    [Fact]
    public void Defaults_are_applied_before_validation()
    {
        var schema = CrdSchemaValidator.OpenApiSchema("projectcalico.org/v3", "IPPool")!;
        var pool = JsonNode.Parse("""{"apiVersion":"projectcalico.org/v3","kind":"IPPool","metadata":{"name":"p"},"spec":{"cidr":"10.0.0.0/24"}}""")!;
        CrdSchemaValidator.ApplyDefaults(schema, pool);
        Assert.Equal("all()", (string?)pool["spec"]!["nodeSelector"]);
        Assert.Equal("Automatic", (string?)pool["spec"]!["assignmentMode"]);

        // IPAMConfiguration requires both booleans, and defaults them.
        var ipam = JsonNode.Parse("""{"apiVersion":"projectcalico.org/v3","kind":"IPAMConfiguration","metadata":{"name":"default"},"spec":{}}""")!;
        Assert.True(CrdSchemaValidator.Validate(ipam).IsValid);
    }

    [Fact]
    public void Problems_are_reported_with_json_pointers()
    {
        var bad = new IPPool { Metadata = new ObjectMeta("x"), Spec = new IPPoolSpec { Cidr = "10.0.0.0", BlockSize = 200, IpipMode = "always" } };
        var result = CrdSchemaValidator.Validate(bad);
        Assert.False(result.IsValid);
        Assert.Equal(["/spec/blockSize", "/spec/cidr", "/spec/ipipMode"], result.Errors.Select(e => e.Pointer));
        Assert.Equal(["maximum", "format", "enum"], result.Errors.Select(e => e.Keyword));
        Assert.Equal(result.Errors, CrdSchemaValidator.Validate(CalicoApiGroups.Convert(bad, CalicoApiGroup.CrdProjectCalicoV1)).Errors);
    }

    [Theory]
    [InlineData("10.0.0.1/24", true)]
    [InlineData("fd00::/64", true)]
    [InlineData("10.0.0.0", false)]
    [InlineData("10.0.0.0/33", false)]
    [InlineData("not-a-cidr", false)]
    public void Cidr_format_is_gos_parse_cidr(string cidr, bool valid) =>
        Assert.Equal(valid, CrdSchemaValidator.Validate(new IPPool { Metadata = new ObjectMeta("p"), Spec = new IPPoolSpec { Cidr = cidr } }).IsValid);

    [Fact]
    public void The_two_ipam_kinds_have_different_limits()
    {
        var ipam = new IPAMConfiguration { Metadata = new ObjectMeta("default"), Spec = new IPAMConfigurationSpec { MaxBlocksPerHost = 2_000_000 } };
        Assert.False(CrdSchemaValidator.Validate(ipam).IsValid);
        Assert.True(CrdSchemaValidator.Validate(CalicoApiGroups.Convert(ipam, CalicoApiGroup.CrdProjectCalicoV1)).IsValid);
    }

    [Fact]
    public void Case_insensitive_patterns_and_int_or_string_fields_are_understood()
    {
        var felix = new FelixConfiguration
        {
            Metadata = new ObjectMeta("default"),
            Spec = new FelixConfigurationSpec { LogSeverityScreen = "warning", DefaultEndpointToHostAction = "RETURN", KubeNodePortRanges = EquatableArray.Create("30000:32767") },
        };
        Assert.True(CrdSchemaValidator.Validate(felix).IsValid, CrdSchemaValidator.Validate(felix).ToString());
        Assert.False(CrdSchemaValidator.Validate(felix with { Spec = felix.Spec with { IptablesBackend = "nft" } }).IsValid);
    }

    [Fact]
    public void Undeclared_fields_are_warnings_and_kinds_without_a_crd_are_not_checked()
    {
        var results = CrdSchemaValidator.ValidateYaml("""
            apiVersion: projectcalico.org/v3
            kind: BGPPeer
            metadata:
              name: a
            spec:
              asNumber: "65000"
              sourceAdress: None
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: c
            """);
        Assert.Equal(2, results.Count);
        var peer = results[0];
        Assert.False(peer.IsValid);
        Assert.Contains(peer.Findings, f => f.Pointer == "/spec/asNumber" && f.Keyword == "type" && f.Severity == SchemaFindingSeverity.Error);
        Assert.Contains(peer.Findings, f => f.Pointer == "/spec/sourceAdress" && f.Severity == SchemaFindingSeverity.Warning);
        Assert.False(results[1].HasSchema);
        Assert.False(results[1].IsValid);
    }

    [Fact]
    public void Schema_findings_are_named_after_the_kubespray_variable()
    {
        var objects = new IKubernetesResource[]
        {
            new IPPool { Metadata = new ObjectMeta("default-pool"), Spec = new IPPoolSpec { Cidr = "10.0.0.0/16", BlockSize = 129 } },
            new IPPool { Metadata = new ObjectMeta("default-pool-ipv6"), Spec = new IPPoolSpec { Cidr = "fd00::/64", BlockSize = 200 } },
            new BGPConfiguration { Metadata = new ObjectMeta("default"), Spec = new BGPConfigurationSpec { ListenPort = 0 } },
            new BGPPeer { Metadata = new ObjectMeta("p"), Spec = new BGPPeerSpec { SourceAddress = "Nope" } },
        };
        var findings = ResourceFindings.CheckSchemas(objects);
        Assert.Equal(["calico_bgp_listen_port", "calico_pool_blocksize", "calico_pool_blocksize_ipv6", "peers[].sourceaddress"], findings.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal(("CAL3900", FindingSeverity.Error), (f.Code, f.Severity)));
    }
}
