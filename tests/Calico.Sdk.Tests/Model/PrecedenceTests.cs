namespace Calico.Sdk.Tests.Model;

/// <summary>Ansible's variable precedence, as the model applies it to host values.</summary>
public class PrecedenceTests
{
    private static InventoryGroup Group(string name, string[] hosts, string[] children, params OptionAssignment[] options)
    {
        var set = OptionSet.Empty;
        foreach (var a in options)
        {
            set = set.Set(a);
        }

        return new InventoryGroup(name, hosts.ToEquatableArray(), children.ToEquatableArray(), new VariableSet(set, EquatableArray<RawVariable>.Empty));
    }

    private static OptionAssignment ClusterId(string value, VariablePlacement placement) => new(CalicoOptions.ClusterId, value, placement);

    [Fact]
    public void GroupVarsFile_OfAll_BeatsInventoryVars_OfAChildGroup()
    {
        // Ansible orders sources: inventory-file vars (all, then groups) < group_vars/all < group_vars/<group>.
        var cluster = new CalicoCluster(
            EquatableArray.Create(new InventoryHost("rr0", VariableSet.Empty)),
            EquatableArray.Create(
                Group("all", [], [], ClusterId("9.9.9.9", VariablePlacement.VarsFile)),
                Group("rack0", ["rr0"], [], ClusterId("1.0.0.1", VariablePlacement.Inventory))));
        Assert.Equal("9.9.9.9", cluster.GetForHost("rr0", CalicoOptions.ClusterId));
    }

    [Fact]
    public void DeeperGroup_BeatsShallowerGroup_AtTheSamePlacement()
    {
        var cluster = new CalicoCluster(
            EquatableArray.Create(new InventoryHost("rr0", VariableSet.Empty)),
            EquatableArray.Create(
                Group("site", [], ["rack0"], ClusterId("2.2.2.2", VariablePlacement.Inventory)),
                Group("rack0", ["rr0"], [], ClusterId("1.0.0.1", VariablePlacement.Inventory))));
        var found = cluster.FindForHost("rr0", CalicoOptions.ClusterId);
        Assert.Equal("1.0.0.1", found?.Assignment.Value);
        Assert.Equal("rack0", found?.Group);
    }

    [Fact]
    public void HostVars_BeatEveryGroup()
    {
        var host = new InventoryHost("rr0", new VariableSet(OptionSet.Empty.Set(ClusterId("3.3.3.3", VariablePlacement.Inventory)), EquatableArray<RawVariable>.Empty));
        var cluster = new CalicoCluster(
            EquatableArray.Create(host),
            EquatableArray.Create(Group("rack0", ["rr0"], [], ClusterId("1.0.0.1", VariablePlacement.VarsFile))));
        var found = cluster.FindForHost("rr0", CalicoOptions.ClusterId);
        Assert.Equal("3.3.3.3", found?.Assignment.Value);
        Assert.Null(found?.Group);
    }

    [Fact]
    public void K8sClusterGroup_ContainsTheRoleGroups_AndLegacyNames()
    {
        var cluster = new CalicoCluster(
            EquatableArray.Create(new InventoryHost("a", VariableSet.Empty), new InventoryHost("b", VariableSet.Empty), new InventoryHost("c", VariableSet.Empty)),
            EquatableArray.Create(
                Group("kube_control_plane", ["a"], []),
                Group("kube-node", ["b"], []),
                Group("etcd", ["c"], [])));
        Assert.Equal(["a", "b"], cluster.HostsOf("k8s_cluster"));
        Assert.Equal(NodeRoles.Worker, cluster.RolesOf("b"));
        Assert.Equal(NodeRoles.Etcd, cluster.RolesOf("c"));
    }

    [Fact]
    public void GroupCycles_DoNotHang()
    {
        var cluster = new CalicoCluster(
            EquatableArray.Create(new InventoryHost("a", VariableSet.Empty)),
            EquatableArray.Create(Group("x", ["a"], ["y"]), Group("y", [], ["x"])));
        Assert.Equal(["a"], cluster.HostsOf("y"));
        Assert.NotEmpty(cluster.GroupsOfInPrecedenceOrder("a"));
    }
}
