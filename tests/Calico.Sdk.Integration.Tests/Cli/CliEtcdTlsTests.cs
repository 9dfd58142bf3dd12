using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Calico.Sdk.Cli;
using Calico.Sdk.Integration.Tests.Support;
using Calico.Sdk.Testing;

namespace Calico.Sdk.Integration.Tests.Cli;

/// <summary>The CLI's etcd TLS options against a real etcd with client-certificate authentication, and an etcd that is not there.</summary>
public sealed class CliEtcdTlsTests(TlsEtcdFixture etcd) : IClassFixture<TlsEtcdFixture>
{
    [Fact]
    public void Status_WithCaCertAndKey_ReadsThePools()
    {
        var server = etcd.Server;
        var (exit, output, err) = CliRunner.Run("status", "ippools", "--etcd-endpoints", server.Endpoint, "--etcd-ca", server.CaFile, "--etcd-cert", server.CertFile, "--etcd-key", server.KeyFile, "--format", "json");

        Assert.True(exit == CliApp.Ok, err);
        Assert.Contains("\"kind\": \"ippools\"", output, StringComparison.Ordinal);
        Assert.Contains("\"healthy\": true", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_WithoutClientCertificate_IsRefusedByEtcd_Exit1()
    {
        var server = etcd.Server;
        var (exit, _, err) = CliRunner.Run("status", "ippools", "--etcd-endpoints", server.Endpoint, "--etcd-ca", server.CaFile);

        Assert.Equal(CliApp.ErrorFindings, exit);
        Assert.Contains("error CAL5040", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_NobodyListening_IsCAL5040_Exit1()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var clock = Stopwatch.StartNew();

        var (exit, _, err) = CliRunner.Run("status", "ippools", "--etcd-endpoints", $"http://127.0.0.1:{port}");

        Assert.Equal(CliApp.ErrorFindings, exit);
        Assert.Contains("error CAL5040", err, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }
}
