using System.Text.Json;
using Calico.Sdk.Output;

namespace Calico.Sdk.Tests.Rules;

/// <summary>The SARIF log has the structure SARIF 2.1.0 requires (checked property by property, offline) and is deterministic.</summary>
public class SarifReportTests
{
    private static readonly Finding[] Findings =
    [
        new("CAL1010", FindingSeverity.Error, "calico_vxlan_mode", "calico_ipip_mode is 'Always' and calico_vxlan_mode is 'Always'", "set calico_vxlan_mode: Never",
            new SourceLocation("inventory/group_vars/k8s_cluster/k8s-net-calico.yml", 12, 1)),
        new("CAL4009", FindingSeverity.Warning, "hosts[rr0].cluster_id", "cluster_id '1.0.0.1' has only route reflector rr0", null, null),
        new("CAL2006", FindingSeverity.Info, "calico_bpf_enabled", "calico_bpf_enabled is true", "delete kube-proxy", new SourceLocation("inventory/group_vars/my vars.yml", 3, 5)),
        new("CAL9999", FindingSeverity.Warning, "x", "a code nobody describes"),
    ];

    private static JsonElement Log(SarifOptions? options = null) => JsonDocument.Parse(SarifReport.ToJson(Findings, options)).RootElement;

    [Fact]
    public void TopLevel_HasVersionSchemaAndOneRun()
    {
        var log = Log();
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        Assert.StartsWith("https://", log.GetProperty("$schema").GetString());
        Assert.Equal(1, log.GetProperty("runs").GetArrayLength());
    }

    [Fact]
    public void Driver_DescribesEveryRule()
    {
        var driver = Log().GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("name").GetString()));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var ids = rules.Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
        foreach (var code in CalicoRules.All.Select(r => r.Code).Concat(global::Calico.Sdk.Kubespray.InventoryFindings.All.Select(d => d.Code)))
        {
            Assert.Contains(code, ids);
        }

        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.Equal($"docs/rules/{rule.GetProperty("id").GetString()}.md", rule.GetProperty("helpUri").GetString());
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "none", "note", "warning", "error" });
        }

        var cal1010 = rules.Single(r => r.GetProperty("id").GetString() == "CAL1010");
        Assert.Equal("IpipRequiresVxlanNever", cal1010.GetProperty("name").GetString());
        Assert.Equal("S10", cal1010.GetProperty("properties").GetProperty("kubesprayReference").GetString());
    }

    [Fact]
    public void Results_PointAtTheirRule_WithLevelsMessagesAndLocations()
    {
        var run = Log().GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(Findings.Length, results.Count);
        foreach (var r in results)
        {
            var id = r.GetProperty("ruleId").GetString();
            Assert.Equal(id, rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "note", "warning", "error" });
            Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetProperty("text").GetString()));
            var location = r.GetProperty("locations")[0];
            Assert.False(string.IsNullOrEmpty(location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString()));
        }

        var located = results.Single(r => r.GetProperty("ruleId").GetString() == "CAL1010").GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("inventory/group_vars/k8s_cluster/k8s-net-calico.yml", located.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(12, located.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(1, located.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("calico_vxlan_mode", results.Single(r => r.GetProperty("ruleId").GetString() == "CAL1010").GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());

        var spaced = results.Single(r => r.GetProperty("ruleId").GetString() == "CAL2006").GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("inventory/group_vars/my%20vars.yml", spaced.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("note", results.Single(r => r.GetProperty("ruleId").GetString() == "CAL2006").GetProperty("level").GetString());

        var unlocated = results.Single(r => r.GetProperty("ruleId").GetString() == "CAL4009").GetProperty("locations")[0];
        Assert.False(unlocated.TryGetProperty("physicalLocation", out _));
    }

    [Fact]
    public void UnknownCodes_GetARuleEntry_SoThatEveryIndexResolves()
    {
        var rules = Log().GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "CAL9999");
    }

    [Fact]
    public void Output_IsDeterministic_WhateverTheFindingOrder()
    {
        var options = new SarifOptions { ToolVersion = "1.2.3" };
        var a = SarifReport.ToJson(Findings, options);
        var b = SarifReport.ToJson(Findings.Reverse(), options);
        Assert.Equal(a, b);
        Assert.DoesNotContain("\r", a);
        Assert.Contains("\"version\": \"1.2.3\"", a);
    }

    [Fact]
    public void HelpUriBase_IsPrefixed()
    {
        var rules = Log(new SarifOptions { HelpUriBase = "https://example.org/repo/blob/main/" }).GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal("https://example.org/repo/blob/main/docs/rules/CAL0001.md", rules[0].GetProperty("helpUri").GetString());
    }

    [Fact]
    public void AValidationReport_WritesAsSarif()
    {
        var cluster = RuleTestKit.Base().Network(n => n.Ipip(EncapsulationMode.Always)).Build();
        var log = JsonDocument.Parse(SarifReport.ToJson(cluster.Validate().Findings)).RootElement;
        Assert.Contains(log.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "CAL1010");
    }
}
