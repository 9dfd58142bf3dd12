using Calico.Sdk.Kubespray;
using Calico.Sdk.Tests.Support;

namespace Calico.Sdk.Tests.Inventory;

public class LimitsTests
{
    [Fact]
    public void FileAboveSizeLimit_Cal0005_NotRead()
    {
        var r = InventoryReader.Read(TestData.Path("kubespray-rr-example"), new InventoryReadOptions { MaxFileBytes = 100 });
        var f = Assert.Single(r.Findings);
        Assert.Equal("CAL0005", f.Code);
        Assert.Null(r.Inventory);
    }

    [Fact]
    public void VarsFileAboveSizeLimit_OnlyThatFileIsSkipped()
    {
        var r = InventoryReader.Read(TestData.Path("kubespray-sample"), new InventoryReadOptions { MaxFileBytes = 8000 });
        var limits = r.Findings.Where(f => f.Code == "CAL0005").Select(f => Path.GetFileName(f.Location!.Value.File)).ToList();
        Assert.Equal(["addons.yml", "k8s-cluster.yml", "k8s-net-cilium.yml"], limits);
        Assert.Equal(6, r.Inventory!.Hosts.Count);
        Assert.Contains(r.Inventory.Group("all")!.Vars, v => v.Name == "etcd_data_dir");
    }

    [Fact]
    public void EndlessFile_IsNotReadToTheEnd()
    {
        var r = InventoryReader.Read(new EndlessSource(), "hosts.ini");
        Assert.Equal("CAL0005", Assert.Single(r.Findings).Code);
    }

    [Fact]
    public void DeepNesting_Cal0005()
    {
        var source = new InMemoryInventoryFileSource();
        source.Add("hosts.yml", "all:\n  vars:\n    deep: " + new string('[', 100) + new string(']', 100) + "\n");
        var r = InventoryReader.Read(source, "hosts.yml");
        Assert.Equal("CAL0005", Assert.Single(r.Findings).Code);
    }

    [Fact]
    public void HugeHostRange_Cal0005()
    {
        var source = new InMemoryInventoryFileSource();
        source.Add("hosts.ini", "[g]\nnode[1:999999999]\nother\n");
        var r = InventoryReader.Read(source, "hosts.ini");
        Assert.Equal("CAL0005", Assert.Single(r.Findings).Code);
        Assert.Equal(["other"], r.Inventory!.Group("g")!.Hosts);
    }

    [Fact]
    public void NodeBudget_IsConfigurable()
    {
        var r = InventoryReader.Read(TestData.Path("inventories", "yaml-features"), new InventoryReadOptions { MaxYamlNodes = 20 });
        Assert.Contains(r.Findings, f => f.Code == "CAL0005");
    }

    [Fact]
    public void MissingPathAndEmptyDirectory()
    {
        var source = new InMemoryInventoryFileSource();
        source.AddDirectory("empty");
        Assert.Equal("CAL0007", Assert.Single(InventoryReader.Read(source, "empty").Findings).Code);
        Assert.Equal("CAL0001", Assert.Single(InventoryReader.Read(source, "nothing-here").Findings).Code);
    }

    [Fact]
    public void VaultEncryptedFile_Cal0001()
    {
        var source = new InMemoryInventoryFileSource();
        source.Add("inv/hosts.ini", "[g]\nh\n");
        source.Add("inv/group_vars/all.yml", "$ANSIBLE_VAULT;1.1;AES256\n6231336539\n");
        var f = Assert.Single(InventoryReader.Read(source, "inv").Findings);
        Assert.Equal("CAL0001", f.Code);
    }

    private sealed class EndlessSource : IInventoryFileSource
    {
        public InventoryEntryKind GetEntryKind(string path) => InventoryEntryKind.File;

        public IReadOnlyList<string> ListDirectory(string directory) => [];

        public Stream OpenRead(string path) => new EndlessStream();

        public string Combine(string directory, string name) => directory + "/" + name;

        public string GetDirectoryName(string path) => string.Empty;

        public string GetFileName(string path) => path;
    }

    // A stream that never ends and cannot tell its length, like a pipe.
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
