using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Catalog;

/// <summary>The catalog against Kubespray's variable table: every variable is in the catalog or deliberately left out.</summary>
public class CatalogCoverageTests
{
    // Rows of the table that are not inventory variables, each with the reason.
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
        // Derived by Kubespray at run time; an inventory cannot set them meaningfully.
        ["etcd_access_addresses"] = "derived from the etcd hosts' access addresses",
        ["etcd_client_cert_serial"] = "a fact read from the etcd client certificate",
        ["kube_apiserver_global_endpoint"] = "derived from loadbalancer_apiserver, the local load balancer or the first control plane",
        ["rbac_enabled"] = "derived from authorization_modes",

        // Role vars: they outrank inventory variables, so only extra-vars could change them.
        ["calicoctl_binary_checksums"] = "role vars checksum table; it also fixes the default calico_version",
        ["calico_crds_checksums"] = "role vars checksum table; its keys are the versions Kubespray accepts",
        ["calico_min_version_required"] = "role var: the upgrade floor (3.27.0) compared with the installed calicoctl",

        // Inventory groups, not variables; the model has them as groups (KubesprayGroups).
        ["calico_rr (group)"] = "an inventory group (KubesprayGroups.CalicoRr)",
        ["k8s_cluster (group)"] = "an inventory group Kubespray builds (KubesprayGroups.K8sCluster)",
        ["kube_control_plane (group)"] = "an inventory group (KubesprayGroups.ControlPlane)",
        ["etcd (group)"] = "an inventory group (KubesprayGroups.Etcd)",
    };

    // Catalog entries that the table does not list: variables Ansible itself reads.
    private static readonly HashSet<string> BeyondTable = new(StringComparer.Ordinal)
    {
        "ansible_host",     // where Ansible connects; Kubespray's examples set it on every host line
        "ansible_ssh_host", // its legacy spelling, used by Kubespray's Calico documentation
    };

    [Fact]
    public void EveryTableRow_IsInTheCatalog_OrExcludedWithAReason()
    {
        var missing = KubesprayVariablesTable()
            .Where(r => CalicoOptions.Find(r.Name) is null && !Excluded.ContainsKey(r.Name))
            .Select(r => r.Name)
            .ToList();
        Assert.True(missing.Count == 0, "Kubespray variables missing from CalicoOptions: " + string.Join(", ", missing));
    }

    [Fact]
    public void Exclusions_AreTableRows_AndNotInTheCatalog()
    {
        var names = KubesprayVariablesTable().Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in Excluded.Keys)
        {
            Assert.Contains(name, names);
            Assert.Null(CalicoOptions.Find(name));
        }
    }

    [Fact]
    public void EveryCatalogEntry_IsATableRow_OrAKnownAnsibleVariable()
    {
        var names = KubesprayVariablesTable().Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = CalicoOptions.All.Where(o => !names.Contains(o.Name) && !BeyondTable.Contains(o.Name)).Select(o => o.Name).ToList();
        Assert.True(unknown.Count == 0, "Catalog entries not in the Kubespray table: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Catalog_HasUniqueNamesAndMembers()
    {
        Assert.Equal(CalicoOptions.All.Count, CalicoOptions.All.Select(o => o.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(CalicoOptions.All.Count, CalicoOptions.All.Select(o => o.Member).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(KubesprayVariablesTable().Count - Excluded.Count + BeyondTable.Count, CalicoOptions.All.Count);
    }

    [Fact]
    public void Scopes_FollowTheTable()
    {
        foreach (var row in KubesprayVariablesTable().Where(r => !Excluded.ContainsKey(r.Name)))
        {
            var option = CalicoOptions.Find(row.Name)!;
            if (row.Scope.Contains("hostvars", StringComparison.Ordinal))
            {
                Assert.True(option.Scopes.HasFlag(OptionScopes.Host), $"{row.Name}: '{row.Scope}' but scopes {option.Scopes}");
            }

            if (row.Scope.Contains("group_vars", StringComparison.Ordinal) || row.Scope.StartsWith("role defaults", StringComparison.Ordinal))
            {
                Assert.True(option.Scopes.HasFlag(OptionScopes.Cluster), $"{row.Name}: '{row.Scope}' but scopes {option.Scopes}");
            }

            if (row.Scope.Contains("group vars", StringComparison.Ordinal))
            {
                Assert.True(option.Scopes.HasFlag(OptionScopes.Group), $"{row.Name}: '{row.Scope}' but scopes {option.Scopes}");
            }

            if (row.Scope == "hostvars")
            {
                Assert.False(option.Scopes.HasFlag(OptionScopes.Cluster), $"{row.Name} is a host variable");
            }

            if (row.Scope.StartsWith("group_vars (all)", StringComparison.Ordinal))
            {
                Assert.Equal(KubesprayGroups.All, option.HomeGroup);
            }
        }
    }

    [Fact]
    public void HomeFiles_MatchTheirGroup()
    {
        foreach (var o in CalicoOptions.All)
        {
            if (!o.Scopes.HasFlag(OptionScopes.Cluster))
            {
                Assert.Equal("host_vars", o.HomeFile);
                continue;
            }

            var files = o.HomeGroup == KubesprayGroups.All ? new[] { "all.yml", "etcd.yml", "offline.yml" } : ["k8s-net-calico.yml", "k8s-cluster.yml"];
            Assert.True(files.Contains(o.HomeFile), $"{o.Name}: group_vars/{o.HomeGroup}/{o.HomeFile}");
        }

        Assert.All(new[] { "loadbalancer_apiserver", "loadbalancer_apiserver_localhost", "loadbalancer_apiserver_port", "apiserver_loadbalancer_domain_name" },
            n => Assert.Equal(("all", "all.yml"), (CalicoOptions.Find(n)!.HomeGroup, CalicoOptions.Find(n)!.HomeFile)));
    }

    [Fact]
    public void DeprecatedNames_SayWhatReplacesThem()
    {
        foreach (var o in CalicoOptions.All.Where(o => o.Status is OptionStatus.Deprecated or OptionStatus.Legacy))
        {
            Assert.NotNull(o.ReplacedBy);
            Assert.NotNull(CalicoOptions.Find(o.ReplacedBy!));
            Assert.False(o.HasDefault);
        }

        Assert.Equal(
            ["calcio_ipam_autoallocateblocks", "ipip", "ipip_mode"],
            CalicoOptions.All.Where(o => o.Status == OptionStatus.Deprecated).Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.Equal(OptionStatus.Unused, CalicoOptions.Find("calico_baremetal_nodename")!.Status);
    }

    private static IReadOnlyList<KubesprayVariableRow> KubesprayVariablesTable() => KubesprayVariableRow.Load();
}
