using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Calico.Sdk.Testing;

/// <summary>
/// A real etcd server (Debian's <c>etcd-server</c>) on 127.0.0.1 with free ports and a temporary data directory, plain
/// or TLS with client-certificate authentication (certificates made with <c>openssl</c>). Records the PID of etcd
/// itself; <see cref="KillAsync"/> stops it hard, <see cref="RestartAsync"/> starts it again on the same ports and data;
/// disposing kills it and deletes the directory. Shared by the integration tests and the benchmarks.
/// </summary>
public sealed class LocalEtcd : IAsyncDisposable
{
    private readonly StringBuilder _log = new();
    private Process? _process;

    private LocalEtcd(string directory, bool tls, int clientPort, int peerPort)
    {
        Directory = directory;
        Tls = tls;
        ClientPort = clientPort;
        PeerPort = peerPort;
    }

    private string Executable { get; set; } = "etcd";

    /// <summary>The temporary directory: data, certificates and nothing else.</summary>
    public string Directory { get; }

    /// <summary>Whether the client URL is https with client-certificate authentication.</summary>
    public bool Tls { get; }

    /// <summary>The client port on 127.0.0.1.</summary>
    public int ClientPort { get; }

    /// <summary>The peer port on 127.0.0.1.</summary>
    public int PeerPort { get; }

    /// <summary>The client URL.</summary>
    public string Endpoint => $"{(Tls ? "https" : "http")}://127.0.0.1:{ClientPort}";

    /// <summary>The CA certificate (PEM), TLS only.</summary>
    public string CaFile => Path.Combine(Directory, "ca.crt");

    /// <summary>The client certificate (PEM), TLS only.</summary>
    public string CertFile => Path.Combine(Directory, "client.crt");

    /// <summary>The client key (PEM), TLS only.</summary>
    public string KeyFile => Path.Combine(Directory, "client.key");

    /// <summary>The PID of the running etcd process (not of a shell), or null when stopped.</summary>
    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    /// <summary>What etcd wrote to stdout and stderr (the last 64 KiB), for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts a new etcd. Fails with a clear message when <c>etcd</c> or <c>openssl</c> is missing.</summary>
    /// <param name="tls">https with client-certificate authentication.</param>
    public static async Task<LocalEtcd> StartAsync(bool tls)
    {
        var etcd = FindOnPath("etcd") ?? throw new InvalidOperationException(
            "etcd is not installed: the etcd datastore tests need Debian's etcd-server (apt-get install etcd-server etcd-client; .ci/run installs it).");
        Exception? last = null;

        // Free ports are picked by binding port 0 and releasing it; another process may take one in between, so retry.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var dir = System.IO.Directory.CreateTempSubdirectory("calico-sdk-etcd-").FullName;
            var server = new LocalEtcd(dir, tls, FreePort(), FreePort());
            try
            {
                if (tls)
                {
                    await server.MakeCertificatesAsync().ConfigureAwait(false);
                }

                server.Executable = etcd;
                await server.RestartAsync().ConfigureAwait(false);
                return server;
            }
            catch (Exception e) when (e is TimeoutException or InvalidOperationException)
            {
                last = e;
                await server.DisposeAsync().ConfigureAwait(false);
            }
        }

        throw new InvalidOperationException("etcd did not start: " + last?.Message, last);
    }

    /// <summary>Starts etcd (again, after <see cref="KillAsync"/>) on the same ports and data directory, and waits until it is healthy.</summary>
    public async Task RestartAsync()
    {
        if (ProcessId is not null)
        {
            return;
        }

        var client = Endpoint;
        var peer = $"http://127.0.0.1:{PeerPort}";
        var psi = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[]
        {
            "--name", "calico-sdk-test", "--data-dir", Path.Combine(Directory, "data"),
            "--listen-client-urls", client, "--advertise-client-urls", client,
            "--listen-peer-urls", peer, "--initial-advertise-peer-urls", peer,
            "--initial-cluster", "calico-sdk-test=" + peer, "--initial-cluster-state", "new",
            "--log-level", "error",

            // One member: it elects itself after one election timeout; etcd's default (1 s) is most of a test's start time.
            "--heartbeat-interval", "25", "--election-timeout", "250",
        })
        {
            psi.ArgumentList.Add(a);
        }

        if (Tls)
        {
            foreach (var a in new[]
            {
                "--cert-file", Path.Combine(Directory, "server.crt"), "--key-file", Path.Combine(Directory, "server.key"),
                "--client-cert-auth", "--trusted-ca-file", CaFile,
            })
            {
                psi.ArgumentList.Add(a);
            }
        }

        var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitHealthyAsync(TimeSpan.FromSeconds(15)).ConfigureAwait(false);
    }

    /// <summary>Kills etcd hard (SIGKILL), as a crash would, and waits until it is gone. Data stay.</summary>
    public async Task KillAsync()
    {
        if (_process is not { } p)
        {
            return;
        }

        if (!p.HasExited)
        {
            p.Kill();
        }

        await p.WaitForExitAsync().ConfigureAwait(false);
        p.Dispose();
        _process = null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await KillAsync().ConfigureAwait(false);
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Append(line).Append('\n');
            if (_log.Length > 65536)
            {
                _log.Remove(0, _log.Length - 65536);
            }
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var handler = new SocketsHttpHandler();
        if (Tls)
        {
            handler.SslOptions = ClientSslOptions();
        }

        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process is null || _process.HasExited)
            {
                throw new InvalidOperationException("etcd exited during start-up:\n" + Log);
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Endpoint + "/health")).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(50).ConfigureAwait(false);
        }

        throw new TimeoutException($"etcd at {Endpoint} was not healthy after {timeout.TotalSeconds} s:\n" + Log);
    }

    /// <summary>TLS options that present the client certificate and trust only the test CA.</summary>
    public SslClientAuthenticationOptions ClientSslOptions()
    {
        var ca = X509Certificate2.CreateFromPem(File.ReadAllText(CaFile));
        using var pem = X509Certificate2.CreateFromPemFile(CertFile, KeyFile);
        var cert = X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        return new SslClientAuthenticationOptions
        {
            ClientCertificates = [cert],
            RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            {
                if (certificate is null)
                {
                    return false;
                }

                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(ca);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                return chain.Build(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
            },
        };
    }

    private async Task MakeCertificatesAsync()
    {
        await OpenSslAsync("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=calico-sdk-test-ca").ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(Directory, "server.ext"), "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth,clientAuth\n").ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(Directory, "client.ext"), "extendedKeyUsage=clientAuth\n").ConfigureAwait(false);
        foreach (var (name, cn) in new[] { ("server", "etcd-server"), ("client", "calico-sdk") })
        {
            await OpenSslAsync("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", name + ".key", "-out", name + ".csr", "-subj", "/CN=" + cn).ConfigureAwait(false);
            await OpenSslAsync("x509", "-req", "-in", name + ".csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", name + ".crt", "-days", "2", "-extfile", name + ".ext").ConfigureAwait(false);
        }
    }

    private async Task OpenSslAsync(params string[] args)
    {
        var openssl = FindOnPath("openssl") ?? throw new InvalidOperationException("openssl is not installed: the TLS etcd tests make their certificates with it.");
        var psi = new ProcessStartInfo(openssl)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        _ = await p.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await p.WaitForExitAsync().ConfigureAwait(false);
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"openssl {string.Join(' ', args)} failed: {await stderr.ConfigureAwait(false)}");
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);
}
