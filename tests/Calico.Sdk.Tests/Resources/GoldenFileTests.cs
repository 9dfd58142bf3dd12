using Calico.Sdk.Rendering;
using Calico.Sdk.Resources;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Resources;

/// <summary>
/// The rendered files of each case compared byte for byte with tests/data/golden/resources/&lt;case&gt;/. Re-approve
/// with CALICO_SDK_APPROVE=1 after reading the diff of the *.actual files.
/// </summary>
public class GoldenFileTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Calico_resources_for_calicoctl_match_the_golden_files(string name) =>
        Golden.AssertFolder($"resources/{name}/projectcalico.org_v3", ResourceCases.All[name]().Calico().Render());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Calico_resources_for_the_kubernetes_datastore_match_the_golden_files(string name) =>
        Golden.AssertFolder($"resources/{name}/crd.projectcalico.org_v1", ResourceCases.All[name]().Calico(new CalicoRenderOptions { ApiGroup = CalicoApiGroup.CrdProjectCalicoV1 }).Render());

    [Theory]
    [InlineData("rr-example")]
    [InlineData("ebpf-dsr")]
    [InlineData("dual-stack")]
    public void Operator_installation_matches_the_golden_files(string name) =>
        Golden.AssertFolder($"resources/{name}/operator", ResourceCases.All[name]().Operator().Render());

    [Fact]
    public void Json_format_matches_the_golden_files() =>
        Golden.AssertFolder("resources/wireguard/json", ResourceCases.Wireguard().Calico(new CalicoRenderOptions { Format = ManifestFormat.Json }).Render());

    [Theory]
    [InlineData("rr-example", "ipip-to-vxlan")]
    [InlineData("rr-example", "route-reflectors")]
    [InlineData("ebpf-dsr", "ebpf")]
    [InlineData("dual-stack", "pool-cidr")]
    public void Migration_plans_match_the_golden_files(string name, string plan)
    {
        var cluster = ResourceCases.All[name]();
        var p = plan switch
        {
            "ipip-to-vxlan" => MigrationPlans.IpipToVxlan(cluster),
            "route-reflectors" => MigrationPlans.IntroduceRouteReflectors(cluster),
            "ebpf" => MigrationPlans.EnableEbpf(cluster),
            _ => MigrationPlans.MovePoolCidr(cluster, Cidr.Parse("10.234.0.0/18")),
        };
        Golden.AssertFolder($"resources/{name}/migrations/{plan}", [new RenderedFile("plan.sh", p.ToShellScript()), new RenderedFile("plan.json", p.ToJson())]);
    }

    public static TheoryData<string> Cases => ResourceCases.Names;
}
