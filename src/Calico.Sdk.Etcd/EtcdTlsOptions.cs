using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Calico.Sdk.Etcd;

/// <summary>
/// TLS for an <c>https://</c> etcd: the CA that signed the server certificate and, for client-certificate
/// authentication (how Kubespray sets up Calico's etcd access), the client certificate and key. PEM files, as
/// Kubespray keeps them in <c>calico_cert_dir</c> (<c>ca_cert.crt</c>, <c>cert.crt</c>, <c>key.pem</c>).
/// </summary>
/// <param name="CaFile">PEM file with the CA certificate(s) to trust for the server; null to trust the system's roots.</param>
/// <param name="CertFile">PEM client certificate; null for no client certificate.</param>
/// <param name="KeyFile">PEM private key of the client certificate (unencrypted); required with <paramref name="CertFile"/>.</param>
public sealed record EtcdTlsOptions(string? CaFile, string? CertFile = null, string? KeyFile = null)
{
    /// <summary>Reads the files and returns the TLS settings of the connection.</summary>
    /// <exception cref="ArgumentException">A certificate without its key, or the other way round.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="System.Security.Cryptography.CryptographicException">A file is not a PEM certificate or key, or the CA file holds no certificate.</exception>
    public SslClientAuthenticationOptions CreateSslOptions()
    {
        if ((CertFile is null) != (KeyFile is null))
        {
            throw new ArgumentException("A client certificate needs both CertFile and KeyFile.");
        }

        var options = new SslClientAuthenticationOptions();
        if (CertFile is not null)
        {
            using var pem = X509Certificate2.CreateFromPemFile(CertFile, KeyFile);

            // Re-import: a certificate whose key came from PEM has an ephemeral key, which SslStream cannot use on every platform.
            var pfx = pem.Export(X509ContentType.Pkcs12);
#if NET9_0_OR_GREATER
            var cert = X509CertificateLoader.LoadPkcs12(pfx, null);
#else
            var cert = new X509Certificate2(pfx);
#endif
            options.ClientCertificates = [cert];
        }

        if (CaFile is not null)
        {
            var roots = new X509Certificate2Collection();
            roots.ImportFromPemFile(CaFile);
            if (roots.Count == 0)
            {
                // ImportFromPemFile accepts a file without any certificate; every server would then be refused later,
                // reported as unreachable. Say what is wrong instead.
                throw new System.Security.Cryptography.CryptographicException($"'{CaFile}' holds no PEM certificate (expected one or more '-----BEGIN CERTIFICATE-----' blocks).");
            }
            options.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
            {
                if (certificate is null || (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0)
                {
                    return false;
                }

                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.AddRange(roots);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                using var server = new X509Certificate2(certificate);
                return chain.Build(server);
            };
        }

        return options;
    }
}

/// <summary>Tuning of the etcd adapter.</summary>
public sealed record EtcdDatastoreOptions
{
    /// <summary>
    /// Objects per transaction, for reads and writes. Default 128, etcd's default <c>--max-txn-ops</c>; a larger
    /// value fails on a default etcd.
    /// </summary>
    public int BatchSize { get; init; } = 128;

    /// <summary>Keys per page when listing a kind (status, pruning, large applies). Default 1000.</summary>
    public int PageSize { get; init; } = 1000;

    /// <summary>Deadline of each request. Default 15 seconds.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How often an unreachable endpoint is tried again (with a short back-off) before the next endpoint or giving up. Default 3.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>Writes to run at the same time within one apply step (objects of one kind, such as 5,000 nodes). Default 4; 1 writes batch after batch.</summary>
    public int ParallelBatches { get; init; } = 4;

    /// <summary>The clock for creation timestamps. Default the system clock.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
