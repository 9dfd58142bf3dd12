using System.Text.Json.Nodes;
using Calico.Sdk.Cli;
using Calico.Sdk.Etcd;
using Calico.Sdk.Integration.Tests.Support;
using Calico.Sdk.Testing;

namespace Calico.Sdk.Integration.Tests.Cli;

/// <summary><c>calico-sdk apply|diff|status --etcd-endpoints</c> against a real etcd (started by <see cref="EtcdFixture"/>).</summary>
public sealed class CliEtcdTests(EtcdFixture etcd) : IClassFixture<EtcdFixture>, IAsyncLifetime
{
    private const string Prefix = CalicoEtcdKeys.ResourcePrefix;
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("calico-sdk-cli-etcd-");

    public Task InitializeAsync() => etcd.ResetAsync();

    public Task DisposeAsync()
    {
        _temp.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private string Inventory() => CliRunner.WriteInventory(SampleClusters.RouteReflectors(CalicoDatastore.Etcd), Path.Combine(_temp.FullName, "inventory"));

    private string[] Etcd(params string[] args) => [.. args, "--etcd-endpoints", etcd.Server.Endpoint];

    private async Task<int> CalicoKeyCountAsync() => (int)(await etcd.Raw.GetRangeAsync("/calico/")).Count;

    [Fact]
    public async Task Apply_WritesToEtcd_WithProgressLines_ThenASecondApplyChangesNothing()
    {
        var inventory = Inventory();

        var (exit, output, err) = CliRunner.Run(Etcd("apply", inventory));

        Assert.True(exit == CliApp.Ok, output + err);
        Assert.StartsWith("Created ", output, StringComparison.Ordinal);
        Assert.Contains("IPPool/default-pool: Create", output, StringComparison.Ordinal);
        Assert.Contains("Reading ", err, StringComparison.Ordinal);
        Assert.Matches(@"\[\d+/\d+\] ", err);
        Assert.EndsWith("Done\n", err, StringComparison.Ordinal);
        var pool = JsonNode.Parse((await etcd.GetAsync(Prefix + "ippools/default-pool"))!)!;
        Assert.Equal("10.233.64.0/18", (string?)pool["spec"]!["cidr"]);
        Assert.False((bool)JsonNode.Parse((await etcd.GetAsync(Prefix + "bgpconfigurations/default"))!)!["spec"]!["nodeToNodeMeshEnabled"]!);
        var revision = await etcd.RevisionAsync();

        var (again, againOutput, _) = CliRunner.Run(Etcd("apply", inventory));

        Assert.Equal(CliApp.Ok, again);
        Assert.StartsWith("No changes: ", againOutput, StringComparison.Ordinal);
        Assert.Equal(revision, await etcd.RevisionAsync());
    }

    [Fact]
    public void Apply_InventoryForAnotherDatastore_Warns()
    {
        var inventory = CliRunner.WriteInventory(SampleClusters.RouteReflectors(CalicoDatastore.Kdd), Path.Combine(_temp.FullName, "kdd"));

        var (exit, _, err) = CliRunner.Run(Etcd("apply", inventory, "--dry-run"));

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("warning: the inventory sets calico_datastore: kdd, but --etcd-endpoints talks to the etcd datastore", err, StringComparison.Ordinal);
        Assert.DoesNotContain("calico_datastore", CliRunner.Run(Etcd("apply", Inventory(), "--dry-run")).Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_DryRun_WritesNothing()
    {
        var (exit, output, _) = CliRunner.Run(Etcd("apply", Inventory(), "--dry-run"));

        Assert.Equal(CliApp.Ok, exit);
        Assert.StartsWith("Dry run: would create ", output, StringComparison.Ordinal);
        Assert.Equal(0, await CalicoKeyCountAsync());
    }

    [Fact]
    public async Task Apply_Json_IsTheApplyResult()
    {
        var (exit, output, _) = CliRunner.Run(Etcd("apply", Inventory(), "--format", "json"));

        Assert.Equal(CliApp.Ok, exit);
        var json = JsonNode.Parse(output)!;
        Assert.True((bool)json["succeeded"]!);
        Assert.True((bool)json["hasChanges"]!);
        Assert.StartsWith("etcd http://127.0.0.1:", (string?)json["datastore"], StringComparison.Ordinal);
        Assert.NotNull(await etcd.GetAsync(Prefix + "felixconfigurations/default"));
    }

    [Fact]
    public async Task Apply_Prune_ListsTheCandidateBeforeDeletingIt()
    {
        var inventory = Inventory();
        Assert.Equal(CliApp.Ok, CliRunner.Run(Etcd("apply", inventory)).Exit);
        const string byHand = Prefix + "bgppeers/by-hand";
        await etcd.Raw.PutAsync(byHand, """{"kind":"BGPPeer","apiVersion":"projectcalico.org/v3","metadata":{"name":"by-hand"},"spec":{"peerIP":"10.0.0.9","asNumber":65009}}""");

        // Without --prune the peer stays.
        Assert.Equal(CliApp.Ok, CliRunner.Run(Etcd("apply", inventory)).Exit);
        Assert.NotNull(await etcd.GetAsync(byHand));

        bool? presentWhenListed = null;
        var stderr = new ObservedWriter(line =>
        {
            if (line.Contains("BGPPeer/by-hand", StringComparison.Ordinal))
            {
                presentWhenListed ??= etcd.GetAsync(byHand).GetAwaiter().GetResult() is not null;
            }
        });
        var (exit, output, _) = CliRunner.Run(stderr, Etcd("apply", inventory, "--prune"));

        Assert.True(exit == CliApp.Ok, output);
        Assert.True(presentWhenListed, "the prune candidate is listed on stderr while it still exists");
        Assert.Contains("BGPPeer/by-hand: Delete", output, StringComparison.Ordinal);
        Assert.Contains("CAL5027", output, StringComparison.Ordinal);
        Assert.Null(await etcd.GetAsync(byHand));
    }

    [Fact]
    public async Task Diff_AfterOutOfBandEdit_ReportsTheDriftWithItsCode_Exit1()
    {
        var inventory = Inventory();
        Assert.Equal(CliApp.Ok, CliRunner.Run(Etcd("apply", inventory)).Exit);

        var (clean, cleanOutput, _) = CliRunner.Run(Etcd("diff", inventory));
        Assert.Equal(CliApp.Ok, clean);
        Assert.StartsWith("No drift: ", cleanOutput, StringComparison.Ordinal);

        await etcd.EditAsync(Prefix + "ippools/default-pool", o => o["spec"]!["ipipMode"] = "Never");
        await etcd.EditAsync(Prefix + "felixconfigurations/default", o => o["spec"]!["logSeverityScreen"] = "Debug");

        var (exit, output, err) = CliRunner.Run(Etcd("diff", inventory));

        Assert.Equal(CliApp.ErrorFindings, exit);
        Assert.StartsWith("Drift: ", output, StringComparison.Ordinal);
        Assert.Contains("spec.ipipMode: \"Never\" → \"Always\"", output, StringComparison.Ordinal);
        Assert.Contains("error CAL5001", err, StringComparison.Ordinal);
        Assert.Contains("IPPool/default-pool spec.ipipMode", err, StringComparison.Ordinal);
        Assert.Contains("warning CAL5002", output, StringComparison.Ordinal);       // FelixConfiguration: a warning, on stdout only
        Assert.DoesNotContain("CAL5002", err, StringComparison.Ordinal);

        var (jsonExit, json, _) = CliRunner.Run(Etcd("diff", inventory, "--format", "json"));
        Assert.Equal(CliApp.ErrorFindings, jsonExit);
        var report = JsonNode.Parse(json)!;
        Assert.True((bool)report["hasDrift"]!);
        Assert.True((bool)report["blocksKubesprayUpgrade"]!);
        Assert.Contains("CAL5001", report["findings"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_OnlyWarningDrift_Exit0()
    {
        var inventory = Inventory();
        Assert.Equal(CliApp.Ok, CliRunner.Run(Etcd("apply", inventory)).Exit);
        await etcd.EditAsync(Prefix + "felixconfigurations/default", o => o["spec"]!["logSeverityScreen"] = "Debug");

        var (exit, output, _) = CliRunner.Run(Etcd("diff", inventory));

        Assert.Equal(CliApp.Ok, exit);
        Assert.StartsWith("Drift: ", output, StringComparison.Ordinal);
        Assert.Contains("CAL5002", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_IPPools_TableAndJson()
    {
        Assert.Equal(CliApp.Ok, CliRunner.Run(Etcd("apply", Inventory())).Exit);
        await etcd.Raw.PutAsync(Prefix + "ippools/extra", """{"kind":"IPPool","apiVersion":"projectcalico.org/v3","metadata":{"name":"extra"},"spec":{"cidr":"10.99.0.0/16","disabled":true}}""");

        var (exit, table, _) = CliRunner.Run(Etcd("status", "ippools"));

        Assert.Equal(CliApp.Ok, exit);
        var lines = table.Split('\n');
        Assert.Equal("NAME           CIDR             NAT     IPIPMODE   VXLANMODE   DISABLED   DISABLEBGPEXPORT   SELECTOR   ASSIGNMENTMODE   ", lines[0]);
        Assert.Equal("default-pool   10.233.64.0/18   true    Always     Never       false      false              all()      Automatic        ", lines[1]);
        Assert.StartsWith("extra          10.99.0.0/16     false   Never      Never       true", lines[2], StringComparison.Ordinal);

        var (jsonExit, json, _) = CliRunner.Run(Etcd("status", "ippools", "--format", "json"));

        Assert.Equal(CliApp.Ok, jsonExit);
        var status = JsonNode.Parse(json)!;
        Assert.Equal("ippools", (string?)status["kind"]);
        Assert.Equal(["default-pool", "extra"], status["ipPools"]!.AsArray().Select(p => (string)p!["name"]!).ToArray());
        Assert.True((bool)status["ipPools"]![1]!["disabled"]!);
    }

    [Fact]
    public void Status_Nodes_IsTheDefaultKind()
    {
        Assert.Equal(CliApp.Ok, CliRunner.Run(Etcd("apply", Inventory())).Exit);

        var (_, output, _) = CliRunner.Run(Etcd("status"));

        Assert.StartsWith("NAME ", output, StringComparison.Ordinal);
        Assert.Contains("ASN", output.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("\nrr0 ", output, StringComparison.Ordinal);
        Assert.Equal(6, output.Split('\n').Count(l => l.StartsWith("rr", StringComparison.Ordinal) || l.StartsWith("node", StringComparison.Ordinal)));
    }
}
