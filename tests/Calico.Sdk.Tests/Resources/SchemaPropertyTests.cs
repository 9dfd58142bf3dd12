using Calico.Sdk.Resources;
using Calico.Sdk.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calico.Sdk.Tests.Resources;

/// <summary>Correct by construction: properties over generated models, not only the golden examples.</summary>
public class SchemaPropertyTests
{
    [Property(MaxTest = 150, Arbitrary = [typeof(ValidClusterArbitrary)])]
    public Property Every_rendered_calico_object_validates_against_its_crd_schema_in_both_api_groups(CalicoCluster cluster)
    {
        var problems = new List<string>();
        foreach (var group in new[] { CalicoApiGroup.ProjectCalicoV3, CalicoApiGroup.CrdProjectCalicoV1 })
        {
            foreach (var obj in cluster.Calico(new CalicoRenderOptions { ApiGroup = group, Force = true }).Objects)
            {
                var result = CrdSchemaValidator.Validate(obj);
                if (result.HasSchema && result.Findings.Count > 0)
                {
                    problems.Add(result.ToString());
                }
            }
        }

        return (problems.Count == 0).Label(string.Join("\n", problems));
    }

    [Property(MaxTest = 60, Arbitrary = [typeof(ValidClusterArbitrary)])]
    public Property Operator_and_migration_objects_validate_against_their_crd_schemas(CalicoCluster cluster)
    {
        var objects = cluster.Operator(force: true).Objects.ToList();
        var problems = objects.Select(CrdSchemaValidator.Validate).Where(r => r.HasSchema && r.Findings.Count > 0).Select(r => r.ToString()).ToList();
        return (problems.Count == 0).Label(string.Join("\n", problems));
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(ValidClusterArbitrary)])]
    public bool Every_calico_object_kind_has_a_schema(CalicoCluster cluster) =>
        cluster.Calico(new CalicoRenderOptions { Force = true }).Resources.CalicoObjects
            .Where(o => o is not CalicoNode)
            .All(o => CrdSchemaValidator.Validate(o).HasSchema && CrdSchemaValidator.Validate(CalicoApiGroups.Convert(o, CalicoApiGroup.CrdProjectCalicoV1)).HasSchema);

    [Property(MaxTest = 50, Arbitrary = [typeof(RandomClusterArbitrary)])]
    public bool Rendering_any_model_with_force_never_throws_and_is_deterministic(CalicoCluster cluster)
    {
        var options = new CalicoRenderOptions { Force = true };
        var first = cluster.Calico(options).Render();
        var second = cluster.Calico(options).Render();
        return first.Select(f => (f.Path, f.Content)).SequenceEqual(second.Select(f => (f.Path, f.Content)))
            && first.All(f => !f.Content.Contains('\r', StringComparison.Ordinal) && f.Content.EndsWith('\n'));
    }

    [Property(MaxTest = 50, Arbitrary = [typeof(RandomClusterArbitrary)])]
    public bool Operator_and_plans_never_throw_on_any_model(CalicoCluster cluster)
    {
        _ = cluster.Operator(force: true).Render();
        _ = MigrationPlans.IpipToVxlan(cluster).ToJson();
        _ = MigrationPlans.EnableEbpf(cluster).ToShellScript();
        _ = MigrationPlans.IntroduceRouteReflectors(cluster).ToJson();
        _ = MigrationPlans.MovePoolCidr(cluster, Cidr.Parse("10.250.0.0/16")).ToShellScript();
        return true;
    }

    public static class ValidClusterArbitrary
    {
        public static Arbitrary<CalicoCluster> Clusters() => ValidClusters.Arbitrary();
    }

    public static class RandomClusterArbitrary
    {
        public static Arbitrary<CalicoCluster> Clusters() => RandomClusters.Arbitrary();
    }
}
