using System.Text.Json.Nodes;
using Calico.Sdk.Cli;
using Calico.Sdk.Integration.Tests.Support;
using Calico.Sdk.Testing;

namespace Calico.Sdk.Integration.Tests.Cli;

/// <summary>
/// <c>calico-sdk apply|status --kubeconfig</c> against <see cref="FakeKubernetesApiServer"/>, a fake API server that
/// records every request (not a real cluster): the kubeconfig the CLI reads points at it.
/// </summary>
public sealed class CliKubernetesTests : IAsyncLifetime
{
    private const string V1 = "/apis/crd.projectcalico.org/v1/";
    private static readonly string[] Hosts = ["rr0", "rr1", "node2", "node3", "node4", "node5"];
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("calico-sdk-cli-kube-");
    private FakeKubernetesApiServer _server = null!;
    private string _kubeconfig = null!;

    public Task InitializeAsync()
    {
        _server = FakeKubernetesApiServer.Start("crd.projectcalico.org");
        foreach (var h in Hosts)
        {
            _server.Seed("/api/v1/nodes/" + h, $$$$"""{"apiVersion":"v1","kind":"Node","metadata":{"name":"{{{{h}}}}","annotations":{"projectcalico.org/IPv4Address":"10.210.1.1/24"}}}""");
        }

        _kubeconfig = Path.Combine(_temp.FullName, "kubeconfig");
        File.WriteAllText(_kubeconfig, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: fake
              cluster:
                server: {_server.Url}
            - name: elsewhere
              cluster:
                server: http://127.0.0.1:1
            users:
            - name: fake
              user:
                token: not-checked-by-the-fake
            contexts:
            - name: fake
              context:
                cluster: fake
                user: fake
            - name: elsewhere
              context:
                cluster: elsewhere
                user: fake
            current-context: elsewhere
            """);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Delete(recursive: true);
    }

    private string Inventory() => CliRunner.WriteInventory(SampleClusters.RouteReflectors(CalicoDatastore.Kdd), Path.Combine(_temp.FullName, "inventory"));

    [Fact]
    public void Apply_WithKubeconfigAndContext_ServerSideAppliesToCrdV1()
    {
        var (exit, output, err) = CliRunner.Run("apply", Inventory(), "--kubeconfig", _kubeconfig, "--context", "fake");

        Assert.True(exit == CliApp.Ok, output + err);
        Assert.StartsWith("Created ", output, StringComparison.Ordinal);
        Assert.Contains("[", err, StringComparison.Ordinal);
        var writes = _server.Writes;
        Assert.NotEmpty(writes);
        Assert.All(writes, w =>
        {
            Assert.Equal("PATCH", w.Method);
            Assert.Equal("application/apply-patch+yaml", w.MediaType);
            Assert.Equal("calico-sdk", w.QueryValue("fieldManager"));
        });
        var paths = writes.Select(w => w.Path).ToList();
        Assert.Equal(V1 + "felixconfigurations/default", paths[0]);
        Assert.Contains(V1 + "ippools/default-pool", paths);
        Assert.True(paths.IndexOf(V1 + "bgppeers/rr-mesh") < paths.IndexOf(V1 + "bgpconfigurations/default"));
        Assert.Equal("10.233.64.0/18", (string?)_server.Get(V1 + "ippools/default-pool")!["spec"]!["cidr"]);
    }

    [Fact]
    public void Apply_DryRun_SendsEveryWriteWithDryRunAll()
    {
        var (exit, output, _) = CliRunner.Run("apply", Inventory(), "--kubeconfig", _kubeconfig, "--context", "fake", "--dry-run");

        Assert.Equal(CliApp.Ok, exit);
        Assert.StartsWith("Dry run: ", output, StringComparison.Ordinal);
        Assert.NotEmpty(_server.Writes);
        Assert.All(_server.Writes, w => Assert.Equal("All", w.QueryValue("dryRun")));
        Assert.Null(_server.Get(V1 + "ippools/default-pool"));
    }

    [Fact]
    public void Status_Nodes_TableAndJson()
    {
        _server.Seed("/api/v1/namespaces/kube-system/pods/calico-node-aaaaa", """
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"calico-node-aaaaa","namespace":"kube-system","labels":{"k8s-app":"calico-node"}},
             "spec":{"nodeName":"rr0","hostNetwork":true,"containers":[{"name":"calico-node"}]},
             "status":{"phase":"Running","containerStatuses":[{"name":"calico-node","ready":true,"restartCount":0,"image":"calico/node","imageID":"x"}]}}
            """);

        var (exit, table, _) = CliRunner.Run("status", "nodes", "--kubeconfig", _kubeconfig, "--context", "fake");

        // calico-node is missing on five nodes: warnings, not errors.
        Assert.Equal(CliApp.Ok, exit);
        var lines = table.Split('\n');
        Assert.Matches(@"^NAME\s+ASN\s+IPV4\s+IPV6\s+$", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("rr0 ", StringComparison.Ordinal) && l.Contains("10.210.1.1/24", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("rr0 ", StringComparison.Ordinal) && l.Contains("calico-node-aaaaa", StringComparison.Ordinal));
        Assert.Contains("CAL5042", table, StringComparison.Ordinal);

        var (jsonExit, json, _) = CliRunner.Run("status", "nodes", "--kubeconfig", _kubeconfig, "--context", "fake", "--format", "json");

        Assert.Equal(CliApp.Ok, jsonExit);
        var status = JsonNode.Parse(json)!;
        Assert.Equal(Hosts.Order(StringComparer.Ordinal), status["nodes"]!.AsArray().Select(n => (string?)n!["name"]).Order(StringComparer.Ordinal));
        Assert.False((bool)status["healthy"]!);
    }

    [Fact]
    public void Status_UnknownContext_Exit2()
    {
        var (exit, _, err) = CliRunner.Run("status", "--kubeconfig", _kubeconfig, "--context", "nope");

        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("nope", err, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }
}
