using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Calico.Sdk.Cluster;
using Calico.Sdk.Etcd;
using Calico.Sdk.Integration.Tests.Support;

namespace Calico.Sdk.Integration.Tests.Etcd;

/// <summary>etcd with https and client-certificate authentication, as Kubespray sets up Calico's etcd access.</summary>
public sealed class EtcdTlsTests(TlsEtcdFixture etcd) : IClassFixture<TlsEtcdFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => etcd.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ClientCertificate_ApplyReapplyDiffStatus()
    {
        await using var store = EtcdDatastore.Connect(etcd.Server.Endpoint, new EtcdTlsOptions(etcd.Server.CaFile, etcd.Server.CertFile, etcd.Server.KeyFile));
        var set = SampleClusters.Render(SampleClusters.RouteReflectors());

        var first = await store.ApplyAsync(set);
        var second = await store.ApplyAsync(set);
        var diff = await store.DiffAsync(set);
        var status = await store.StatusAsync(StatusKind.IPPools);

        Assert.True(first.Succeeded, first.ToString());
        Assert.StartsWith("https://127.0.0.1:", etcd.Server.Endpoint);
        Assert.False(second.HasChanges);
        Assert.False(diff.HasDrift, diff.ToString());
        Assert.Equal("default-pool", Assert.Single(status.IPPools).Name);
    }

    [Fact]
    public async Task WithoutClientCertificate_NothingIsWritten()
    {
        await using var store = EtcdDatastore.Connect(etcd.Server.Endpoint, new EtcdTlsOptions(etcd.Server.CaFile), new EtcdDatastoreOptions { Retries = 0 });

        var result = await store.ApplyAsync(SampleClusters.Render(SampleClusters.RouteReflectors()));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Findings, f => f.Code is "CAL5040" or "CAL5029");
        Assert.Null(await etcd.GetAsync(CalicoEtcdKeys.ResourcePrefix + "ippools/default-pool"));
    }

    [Fact]
    public async Task ServerCertificateFromAnotherCa_IsNotTrusted()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=some-other-ca", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var otherCa = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var caFile = Path.Combine(etcd.Server.Directory, "other-ca.crt");
        await File.WriteAllTextAsync(caFile, otherCa.ExportCertificatePem());
        await using var store = EtcdDatastore.Connect(etcd.Server.Endpoint, new EtcdTlsOptions(caFile, etcd.Server.CertFile, etcd.Server.KeyFile), new EtcdDatastoreOptions { Retries = 0 });

        var status = await store.StatusAsync(StatusKind.IPPools);

        Assert.Contains(status.Findings, f => f.Code == ClusterFindings.Unavailable.Code);
        Assert.Empty(status.IPPools);
    }

    [Fact]
    public void TlsSettings_ForAPlainEndpoint_AreAProgrammingError()
    {
        Assert.Throws<ArgumentException>(() => EtcdDatastore.Connect("http://127.0.0.1:2379", new EtcdTlsOptions(etcd.Server.CaFile)));
        Assert.Throws<ArgumentException>(() => EtcdDatastore.Connect("ftp://127.0.0.1:2379"));
        Assert.Throws<ArgumentException>(() => new EtcdTlsOptions(null, etcd.Server.CertFile).CreateSslOptions());
    }
}
