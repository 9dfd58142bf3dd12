using Calico.Sdk.Etcd;
using Calico.Sdk.Testing;
using dotnet_etcd;
using Grpc.Net.Client;

namespace Calico.Sdk.Integration.Tests.Support;

/// <summary>A real etcd on loopback for one test class (plain http). Started once per class, killed and deleted after.</summary>
public class EtcdFixture : IAsyncLifetime
{
    private GrpcChannel? _channel;

    /// <summary>Whether the server uses TLS with client certificates.</summary>
    protected virtual bool Tls => false;

    public LocalEtcd Server { get; private set; } = null!;

    /// <summary>A raw etcd client for out-of-band reads and writes (the "someone else" of the tests).</summary>
    public EtcdClient Raw { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await LocalEtcd.StartAsync(Tls);
        var handler = new SocketsHttpHandler();
        if (Tls)
        {
            handler.SslOptions = Server.ClientSslOptions();
        }

        _channel = GrpcChannel.ForAddress(Server.Endpoint, new GrpcChannelOptions { HttpHandler = handler });
        Raw = new EtcdClient(_channel.CreateCallInvoker());
    }

    /// <summary>A datastore connected to this server.</summary>
    public EtcdDatastore Connect(EtcdDatastoreOptions? options = null) =>
        EtcdDatastore.Connect([Server.Endpoint], Tls ? new EtcdTlsOptions(Server.CaFile, Server.CertFile, Server.KeyFile) : null, options);

    /// <summary>Deletes everything Calico keeps (every test starts from an empty datastore).</summary>
    public async Task ResetAsync() => await Raw.DeleteRangeAsync("/calico/");

    public async Task<string?> GetAsync(string key)
    {
        var r = await Raw.GetAsync(key);
        return r.Kvs.Count == 0 ? null : r.Kvs[0].Value.ToStringUtf8();
    }

    /// <summary>Changes a stored object by hand, as someone with etcdctl would.</summary>
    public async Task EditAsync(string key, Action<System.Text.Json.Nodes.JsonObject> edit)
    {
        var obj = System.Text.Json.Nodes.JsonNode.Parse((await GetAsync(key))!)!.AsObject();
        edit(obj);
        await Raw.PutAsync(key, obj.ToJsonString());
    }

    public async Task<long> RevisionAsync() => (await Raw.GetAsync("/calico/none")).Header.Revision;

    public async Task DisposeAsync()
    {
        Raw?.Dispose();
        _channel?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

/// <summary>A real etcd on loopback with https and client-certificate authentication (certificates from openssl).</summary>
public sealed class TlsEtcdFixture : EtcdFixture
{
    protected override bool Tls => true;
}
