using System.Globalization;
using BenchmarkDotNet.Attributes;
using Calico.Sdk.Cluster;
using Calico.Sdk.Etcd;
using Calico.Sdk.Resources;
using Calico.Sdk.Testing;
using dotnet_etcd;
using Etcdserverpb;
using Google.Protobuf;
using Grpc.Net.Client;

namespace Calico.Sdk.Benchmarks;

/// <summary>
/// Applying 5,000 nodes' BGP settings (AS number, route-reflector labels) to a real etcd on loopback, with batched
/// compare-and-swap transactions: every node already registered by calico-node, every apply changes every node (the
/// AS numbers alternate between two plans), and a re-apply that changes nothing. Each run prints round trips and
/// nodes per second; Debian's etcd-server must be installed.
/// </summary>
[MemoryDiagnoser]
public class EtcdNodeBgpBenchmarks
{
    private LocalEtcd _etcd = null!;
    private EtcdDatastore _store = null!;
    private IReadOnlyList<IKubernetesResource>[] _variants = null!;
    private int _next;
    private ApplyResult? _last;

    /// <summary>Number of nodes.</summary>
    [Params(5000)]
    public int Nodes { get; set; }

    /// <summary>Starts etcd, registers the nodes as calico-node would, and applies the first variant once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _etcd = LocalEtcd.StartAsync(tls: false).GetAwaiter().GetResult();
        RegisterNodes();
        _store = EtcdDatastore.Connect(_etcd.Endpoint);
        _variants = [Settings(4200000000u), Settings(4210000000u)];
        Check(_store.ApplyAsync(_variants[1]).GetAwaiter().GetResult());
    }

    /// <summary>Kills etcd and deletes its data.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _etcd.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Prints what the last apply cost.</summary>
    [IterationCleanup]
    public void Report()
    {
        if (_last is { } r)
        {
            var written = r.Count(ChangeAction.Update) + r.Count(ChangeAction.Create);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"// etcd apply of {Nodes} nodes: {written} written, {r.Count(ChangeAction.Unchanged)} unchanged, {r.RoundTrips} round trips, {r.Elapsed.TotalMilliseconds:F0} ms, {Nodes / r.Elapsed.TotalSeconds:F0} nodes/s"));
        }
    }

    /// <summary>Every node's AS number changes: one read, then 128 nodes per transaction.</summary>
    [Benchmark]
    public ApplyResult ApplyChangedBgpSettings()
    {
        _next ^= 1;
        return _last = Check(_store.ApplyAsync(_variants[_next]).GetAwaiter().GetResult());
    }

    /// <summary>Nothing changes: the apply reads, compares and writes nothing.</summary>
    [Benchmark]
    public ApplyResult ReapplyUnchanged() => _last = Check(_store.ApplyAsync(_variants[_next]).GetAwaiter().GetResult());

    private IReadOnlyList<IKubernetesResource> Settings(uint firstAs) => Enumerable.Range(0, Nodes).Select(i => (IKubernetesResource)new CalicoNode
    {
        Metadata = new ObjectMeta(NodeName(i)).WithLabel("calico-group-id", "rack" + (i / 50).ToString(CultureInfo.InvariantCulture)),
        Spec = new CalicoNodeSpec
        {
            Bgp = new NodeBgpSpec { AsNumber = firstAs + (uint)i },
            OrchRefs = EquatableArray.Create(new OrchRef { NodeName = NodeName(i) }),
        },
    }).ToList();

    private static string NodeName(int i) => "node" + i.ToString("D5", CultureInfo.InvariantCulture);

    private void RegisterNodes()
    {
        using var channel = GrpcChannel.ForAddress(_etcd.Endpoint);
        using var client = new EtcdClient(channel.CreateCallInvoker());
        for (var start = 0; start < Nodes; start += 128)
        {
            var txn = new TxnRequest();
            for (var i = start; i < Math.Min(Nodes, start + 128); i++)
            {
                var value = $$$"""{"kind":"Node","apiVersion":"projectcalico.org/v3","metadata":{"name":"{{{NodeName(i)}}}","uid":"{{{Guid.NewGuid()}}}","creationTimestamp":"2026-01-01T00:00:00Z"},"spec":{"bgp":{"ipv4Address":"10.{{{i / 250}}}.{{{i % 250}}}.1/16"},"orchRefs":[{"nodeName":"{{{NodeName(i)}}}","orchestrator":"k8s"}]},"status":{}}""";
                txn.Success.Add(new RequestOp { RequestPut = new PutRequest { Key = ByteString.CopyFromUtf8(CalicoEtcdKeys.Prefix("Node") + NodeName(i)), Value = ByteString.CopyFromUtf8(value) } });
            }

            client.Transaction(txn);
        }
    }

    private static ApplyResult Check(ApplyResult result) =>
        result.Succeeded ? result : throw new InvalidOperationException("the apply failed; the benchmark would measure the wrong thing:\n" + result);
}
