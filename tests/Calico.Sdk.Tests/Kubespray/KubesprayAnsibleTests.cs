using System.Text.Json;
using Calico.Sdk.Kubespray;
using Calico.Sdk.Output;
using Calico.Sdk.Tests.Inventory;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Kubespray;

/// <summary>
/// Real Ansible judges the model: importing a real inventory and rendering it again gives ansible-inventory the same
/// hosts, groups and merged variables; and the values the model says a host sees are the values Ansible merges for it.
/// Fails (never skips) when ansible-inventory is missing.
/// </summary>
public sealed class KubesprayAnsibleTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("calico-sdk-model-ansible-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Theory]
    [InlineData("kubespray-sample")]
    [InlineData("kubespray-rr-example")]
    [InlineData("legacy-group-names")]
    public void ImportedAndRerenderedInventory_GivesAnsibleTheSameResult(string dataset)
    {
        var imported = KubesprayInventory.Import(TestData.Path(dataset));
        Assert.NotNull(imported.Cluster);
        var original = AnsibleInventory.List(Path.Combine(TestData.Path(dataset), "inventory.ini"));
        foreach (var format in new[] { InventoryFormat.Ini, InventoryFormat.Yaml })
        {
            var dir = Path.Combine(_temp.FullName, dataset, format.ToString());
            imported.Cluster!.Kubespray(new KubesprayRenderOptions { Format = format }).WriteTo(dir);
            var rendered = AnsibleInventory.List(Path.Combine(dir, format == InventoryFormat.Ini ? "inventory.ini" : "hosts.yaml"));
            var differences = AnsibleInventory.Differences(original, rendered);
            Assert.True(differences.Count == 0, $"{dataset} as {format}:\n" + string.Join("\n", differences));
        }
    }

    [Fact]
    public void EveryValueTheModelGivesAHost_IsTheValueAnsibleMerges()
    {
        // Precedence puzzle: a rack's inventory-file vars, group_vars of all and of the rack, host vars.
        var cluster = CalicoCluster.Define()
            .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Never))
            .Set(CalicoOptions.IgnoreAssertErrors, false)
            .Nodes(n => n
                .Host("rr0", "10.210.1.10", h => h.RouteReflector())
                .Host("node1", "10.210.1.12", h => h.ControlPlane().Etcd().Worker().LocalAs(65010))
                .Host("node2", "10.210.1.13", h => h.Worker().ClusterId("9.9.9.9"))
                .Group("rack0", g => g.Hosts("rr0", "node1", "node2").ClusterId("1.0.0.1").RouteReflectorId("rr0").GroupId("g0"))
                .Group("site", g => g.Children("rack0").GroupId("site-wide")))
            .Build();

        foreach (var format in new[] { InventoryFormat.Ini, InventoryFormat.Yaml })
        {
            var dir = Path.Combine(_temp.FullName, "precedence", format.ToString());
            cluster.Kubespray(new KubesprayRenderOptions { Format = format }).WriteTo(dir);
            var list = AnsibleInventory.List(Path.Combine(dir, format == InventoryFormat.Ini ? "inventory.ini" : "hosts.yaml"));
            var hostvars = list.GetProperty("_meta").GetProperty("hostvars");
            var compared = 0;
            foreach (var host in cluster.Hosts)
            {
                var vars = hostvars.GetProperty(host.Name);
                foreach (var option in CalicoOptions.All)
                {
                    var found = cluster.FindForHost(host.Name, option);
                    var inAnsible = vars.TryGetProperty(option.Name, out var actual);

                    // k8s_cluster and all group vars reach every host here (all hosts are cluster members).
                    if (found is null)
                    {
                        Assert.False(inAnsible, $"{host.Name}.{option.Name}: Ansible has {(inAnsible ? actual.GetRawText() : string.Empty)} but the model has no value");
                        continue;
                    }

                    Assert.True(inAnsible, $"{host.Name}.{option.Name}: the model has {found.Value.Assignment.Value} but Ansible has none");
                    Assert.Equal(Json(found.Value.Assignment.ToInventoryValue()), actual.GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal));
                    compared++;
                }
            }

            Assert.True(compared >= 20, $"only {compared} values compared");
            Assert.Equal("9.9.9.9", hostvars.GetProperty("node2").GetProperty("cluster_id").GetString());
            Assert.Equal("1.0.0.1", hostvars.GetProperty("rr0").GetProperty("cluster_id").GetString());
            Assert.Equal("g0", hostvars.GetProperty("rr0").GetProperty("calico_group_id").GetString());
        }
    }

    private static string Json(InventoryValue value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            InventoryValueJson.Write(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace(" ", string.Empty, StringComparison.Ordinal);
    }
}
