using System.Security.Cryptography;
using Calico.Sdk.Etcd;
using Calico.Sdk.Kubernetes;

namespace Calico.Sdk.Integration.Tests.Connection;

/// <summary>Bad connection files fail with the exceptions the adapters document, before any request is sent.</summary>
public sealed class ConnectionInputTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("calico-sdk-conn-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public void Malformed_kubeconfig_is_a_KubeConfigException_with_its_position()
    {
        var path = Path.Combine(_temp.FullName, "kubeconfig");
        File.WriteAllText(path, "apiVersion: v1\nclusters: [\n  - name: x\n");
        var e = Assert.Throws<k8s.Exceptions.KubeConfigException>(() => KubernetesDatastore.Connect(path));
        Assert.Contains("not valid YAML at line", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ca_file_without_a_certificate_is_refused_when_the_options_are_read()
    {
        var path = Path.Combine(_temp.FullName, "ca.pem");
        File.WriteAllText(path, "this is not a certificate\n");
        var e = Assert.Throws<CryptographicException>(() => new EtcdTlsOptions(path).CreateSslOptions());
        Assert.Contains("holds no PEM certificate", e.Message, StringComparison.Ordinal);
    }
}
