using dotnet_etcd;
using Etcdserverpb;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace Calico.Sdk.Etcd;

/// <summary>
/// gRPC channels to the etcd endpoints, one at a time: a request that finds its endpoint unavailable is tried again a
/// few times with a short back-off, then on the next endpoint. Counts round trips. Every request has a deadline.
/// </summary>
internal sealed class EtcdConnection : IDisposable
{
    private readonly (string Endpoint, GrpcChannel Channel, EtcdClient Client)[] _endpoints;
    private readonly EtcdDatastoreOptions _options;
    private int _current;
    private int _roundTrips;

    public EtcdConnection(IReadOnlyList<string> endpoints, EtcdTlsOptions? tls, EtcdDatastoreOptions options)
    {
        _options = options;
        _endpoints = endpoints.Select(e =>
        {
            var uri = new Uri(e);
            var handler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, ConnectTimeout = options.RequestTimeout };
            if (uri.Scheme == Uri.UriSchemeHttps)
            {
                handler.SslOptions = (tls ?? new EtcdTlsOptions(null)).CreateSslOptions();
            }
            else if (tls is not null)
            {
                throw new ArgumentException($"TLS settings were given, but {e} is not an https:// endpoint.", nameof(endpoints));
            }

            var channel = GrpcChannel.ForAddress(uri, new GrpcChannelOptions
            {
                HttpHandler = handler,
                DisposeHttpClient = true,
                MaxReceiveMessageSize = 64 * 1024 * 1024,

                // After etcd restarts, reconnect within a fraction of a second rather than gRPC's default back-off of 1 s and more.
                InitialReconnectBackoff = TimeSpan.FromMilliseconds(100),
                MaxReconnectBackoff = TimeSpan.FromSeconds(2),
            });
            return (e, channel, new EtcdClient(channel.CreateCallInvoker()));
        }).ToArray();
        if (_endpoints.Length == 0)
        {
            throw new ArgumentException("At least one etcd endpoint is needed.", nameof(endpoints));
        }
    }

    public int RoundTrips => Volatile.Read(ref _roundTrips);

    public string Endpoint => _endpoints[_current].Endpoint;

    public Task<RangeResponse> RangeAsync(RangeRequest request, CancellationToken ct) =>
        CallAsync((c, deadline) => c.GetAsync(request, deadline: deadline, cancellationToken: ct), ct);

    public Task<TxnResponse> TxnAsync(TxnRequest request, CancellationToken ct) =>
        CallAsync((c, deadline) => c.TransactionAsync(request, deadline: deadline, cancellationToken: ct), ct);

    /// <summary>Every key and value below a prefix, page by page, sorted by key.</summary>
    public async Task<List<Mvccpb.KeyValue>> ListAsync(string prefix, CancellationToken ct)
    {
        var result = new List<Mvccpb.KeyValue>();
        var start = ByteString.CopyFromUtf8(prefix);
        var end = ByteString.CopyFromUtf8(EtcdClient.GetRangeEnd(prefix));
        long revision = 0;
        while (true)
        {
            var request = new RangeRequest { Key = start, RangeEnd = end, Limit = _options.PageSize, Revision = revision };
            var page = await RangeAsync(request, ct).ConfigureAwait(false);

            // Every page at the revision of the first, so that the listing is one consistent snapshot.
            revision = revision == 0 ? page.Header.Revision : revision;
            result.AddRange(page.Kvs);
            if (!page.More || page.Kvs.Count == 0)
            {
                return result;
            }

            start = ByteString.CopyFrom([.. page.Kvs[^1].Key.ToByteArray(), 0]);
        }
    }

    public void Dispose()
    {
        foreach (var e in _endpoints)
        {
            e.Client.Dispose();
            e.Channel.Dispose();
        }
    }

    private async Task<T> CallAsync<T>(Func<EtcdClient, DateTime, Task<T>> call, CancellationToken ct)
    {
        RpcException? last = null;
        for (var e = 0; e < _endpoints.Length; e++)
        {
            var index = (_current + e) % _endpoints.Length;
            for (var attempt = 0; attempt <= _options.Retries; attempt++)
            {
                ct.ThrowIfCancellationRequested();
                if (attempt > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100 * (1 << (attempt - 1))), ct).ConfigureAwait(false);
                }

                Interlocked.Increment(ref _roundTrips);
                try
                {
                    var result = await call(_endpoints[index].Client, DateTime.UtcNow + _options.RequestTimeout).ConfigureAwait(false);
                    _current = index;
                    return result;
                }
                catch (RpcException ex) when (ex.StatusCode == StatusCode.Unavailable && !ct.IsCancellationRequested)
                {
                    last = ex;
                }
            }
        }

        throw last!;
    }
}
