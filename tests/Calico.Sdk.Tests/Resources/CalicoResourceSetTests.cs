using Calico.Sdk.Resources;

namespace Calico.Sdk.Tests.Resources;

public class CalicoResourceSetTests
{
    private static CalicoCluster Invalid() => CalicoCluster.Define()
        .Network(n => n.Backend(NetworkBackend.Vxlan).Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Always))
        .Build();

    [Fact]
    public void Rendering_refuses_a_configuration_with_errors_and_names_them()
    {
        var ex = Assert.Throws<CalicoConfigurationException>(() => Invalid().Calico());
        Assert.NotEmpty(ex.Errors);
        Assert.All(ex.Errors, e => Assert.Equal(FindingSeverity.Error, e.Severity));
        Assert.All(ex.Errors, e => Assert.Contains(e.Code, ex.Message, StringComparison.Ordinal));
        Assert.Throws<CalicoConfigurationException>(() => Invalid().Operator());
    }

    [Fact]
    public void Force_renders_anyway_and_keeps_the_findings()
    {
        var set = Invalid().Calico(new CalicoRenderOptions { Force = true });
        Assert.True(set.Validation.HasErrors);
        Assert.NotEmpty(set.Render());
    }

    [Fact]
    public void Objects_that_calico_would_reject_stop_rendering_too()
    {
        var cluster = CalicoCluster.Define().Pools(p => p.BlockSize(200)).Build();
        var ex = Assert.Throws<CalicoConfigurationException>(() => cluster.Calico());
        Assert.Contains(ex.Errors, e => e.Code == "CAL3900" && e.Path == "calico_pool_blocksize");
        var forced = cluster.Calico(new CalicoRenderOptions { Force = true });
        Assert.Contains(forced.SchemaFindings, f => f.Path == "calico_pool_blocksize");
        Assert.Contains(forced.Findings, f => f.Code == "CAL3900");
    }

    [Fact]
    public void Files_are_numbered_in_apply_order_with_the_patches_and_the_script()
    {
        var paths = ResourceCases.RouteReflectorExample().Calico().Render().Select(f => f.Path);
        Assert.Equal(
            ["00-felixconfiguration.yaml", "10-ippools.yaml", "20-ipamconfig.yaml", "30-nodes.yaml", "40-bgppeers.yaml", "50-bgpconfiguration.yaml", "60-configmaps.yaml", "apply.sh", "patches/calico-node.yaml"],
            paths);
        var json = ResourceCases.Wireguard().Calico(new CalicoRenderOptions { Format = ManifestFormat.Json, IncludeApplyScript = false }).Render();
        Assert.Contains(json, f => f.Path == "10-ippools/ippool-default-pool.json");
        Assert.DoesNotContain(json, f => f.Path == "apply.sh");
    }

    [Fact]
    public void Write_to_puts_the_files_on_disk()
    {
        var dir = Directory.CreateTempSubdirectory("calico-sdk-resources-").FullName;
        try
        {
            var written = ResourceCases.EbpfDsr().Calico().WriteTo(dir);
            Assert.All(written, p => Assert.True(File.Exists(p)));
            Assert.Equal(File.ReadAllText(Path.Combine(dir, "10-ippools.yaml")), ResourceCases.EbpfDsr().Calico().Render()["10-ippools.yaml"]!.Content);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void In_memory_forms_agree()
    {
        var set = ResourceCases.DualStack().Calico(new CalicoRenderOptions { ApiGroup = CalicoApiGroup.CrdProjectCalicoV1 });
        Assert.All(set.Objects.Take(5), o => Assert.NotEqual(ApiVersions.ProjectCalicoV3, o.ApiVersion));
        Assert.Equal(set.Objects.Count(), YamlJson.ReadAll(set.ToYaml()).Count);
        Assert.Equal(ManifestSerializer.ToJsonArray(set.Objects), set.ToJson());
    }
}
