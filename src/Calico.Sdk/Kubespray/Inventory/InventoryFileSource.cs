using System.Text;
using Calico.Sdk.Rendering;

namespace Calico.Sdk.Kubespray;

/// <summary>What a path names in an <see cref="IInventoryFileSource"/>.</summary>
public enum InventoryEntryKind
{
    /// <summary>Nothing exists at the path.</summary>
    None,

    /// <summary>A file.</summary>
    File,

    /// <summary>A directory.</summary>
    Directory,
}

/// <summary>
/// The file system an inventory is read from. <see cref="InventoryReader"/> touches files only through this
/// interface, so that tests (and callers holding files in memory) need no disk: see
/// <see cref="DiskInventoryFileSource"/> and <see cref="InMemoryInventoryFileSource"/>.
/// </summary>
public interface IInventoryFileSource
{
    /// <summary>What <paramref name="path"/> names.</summary>
    /// <param name="path">A path in this source's syntax.</param>
    InventoryEntryKind GetEntryKind(string path);

    /// <summary>The names (not paths) of the entries of a directory, in any order; empty when it does not exist.</summary>
    /// <param name="directory">A directory path.</param>
    IReadOnlyList<string> ListDirectory(string directory);

    /// <summary>Opens a file for reading. The reader reads at most the configured size limit plus one byte.</summary>
    /// <param name="path">A file path.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    Stream OpenRead(string path);

    /// <summary>Joins a directory path and an entry name.</summary>
    /// <param name="directory">A directory path.</param>
    /// <param name="name">An entry name.</param>
    string Combine(string directory, string name);

    /// <summary>The directory part of <paramref name="path"/> (empty for a bare name).</summary>
    /// <param name="path">A path.</param>
    string GetDirectoryName(string path);

    /// <summary>The last component of <paramref name="path"/>.</summary>
    /// <param name="path">A path.</param>
    string GetFileName(string path);
}

/// <summary>Reads inventories from the local file system.</summary>
public sealed class DiskInventoryFileSource : IInventoryFileSource
{
    /// <summary>The shared instance.</summary>
    public static DiskInventoryFileSource Instance { get; } = new();

    /// <inheritdoc />
    public InventoryEntryKind GetEntryKind(string path) =>
        File.Exists(path) ? InventoryEntryKind.File : Directory.Exists(path) ? InventoryEntryKind.Directory : InventoryEntryKind.None;

    /// <inheritdoc />
    public IReadOnlyList<string> ListDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        try
        {
            return Directory.EnumerateFileSystemEntries(directory).Select(p => Path.GetFileName(p)).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <inheritdoc />
    public Stream OpenRead(string path) => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);

    /// <inheritdoc />
    public string Combine(string directory, string name) => directory.Length == 0 ? name : Path.Combine(directory, name);

    /// <inheritdoc />
    public string GetDirectoryName(string path) => Path.GetDirectoryName(path) ?? string.Empty;

    /// <inheritdoc />
    public string GetFileName(string path) => Path.GetFileName(path);
}

/// <summary>
/// An in-memory file system for inventories: paths use <c>/</c>, are compared ordinally, and directories exist
/// implicitly above every file (or explicitly through <see cref="AddDirectory"/>).
/// </summary>
public sealed class InMemoryInventoryFileSource : IInventoryFileSource
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal) { string.Empty };

    /// <summary>Creates an empty file system.</summary>
    public InMemoryInventoryFileSource()
    {
    }

    /// <summary>Creates a file system holding <paramref name="files"/> (path → bytes).</summary>
    /// <param name="files">The files.</param>
    public InMemoryInventoryFileSource(IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        foreach (var f in files)
        {
            Add(f.Key, f.Value);
        }
    }

    /// <summary>Holds the files of a rendered set below <paramref name="root"/>.</summary>
    /// <param name="files">Rendered files (UTF-8).</param>
    /// <param name="root">Folder to place them in; empty for the top.</param>
    public static InMemoryInventoryFileSource FromRenderedFiles(RenderedFileSet files, string root = "")
    {
        var source = new InMemoryInventoryFileSource();
        foreach (var f in files)
        {
            source.Add(root.Length == 0 ? f.Path : root.TrimEnd('/') + "/" + f.Path, f.Content);
        }

        return source;
    }

    /// <summary>Adds (or replaces) a file.</summary>
    /// <param name="path">Its path, with <c>/</c> separators.</param>
    /// <param name="content">Its bytes.</param>
    public void Add(string path, byte[] content)
    {
        var p = Normalize(path);
        _files[p] = content;
        AddParents(p);
    }

    /// <summary>Adds (or replaces) a text file, encoded as UTF-8 without a byte-order mark.</summary>
    /// <param name="path">Its path, with <c>/</c> separators.</param>
    /// <param name="text">Its text.</param>
    public void Add(string path, string text) => Add(path, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Adds an empty directory.</summary>
    /// <param name="path">Its path.</param>
    public void AddDirectory(string path)
    {
        var p = Normalize(path);
        _directories.Add(p);
        AddParents(p);
    }

    /// <inheritdoc />
    public InventoryEntryKind GetEntryKind(string path)
    {
        var p = Normalize(path);
        return _files.ContainsKey(p) ? InventoryEntryKind.File : _directories.Contains(p) ? InventoryEntryKind.Directory : InventoryEntryKind.None;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ListDirectory(string directory)
    {
        var d = Normalize(directory);
        if (!_directories.Contains(d))
        {
            return [];
        }

        var prefix = d.Length == 0 ? string.Empty : d + "/";
        return _files.Keys.Concat(_directories)
            .Where(p => p.Length > prefix.Length && p.StartsWith(prefix, StringComparison.Ordinal) && p.IndexOf('/', prefix.Length) < 0)
            .Select(p => p.Substring(prefix.Length))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    /// <inheritdoc />
    public Stream OpenRead(string path) =>
        _files.TryGetValue(Normalize(path), out var bytes) ? new MemoryStream(bytes, writable: false) : throw new FileNotFoundException("No such file in memory", path);

    /// <inheritdoc />
    public string Combine(string directory, string name) => directory.Length == 0 ? name : directory.TrimEnd('/') + "/" + name;

    /// <inheritdoc />
    public string GetDirectoryName(string path)
    {
        var p = Normalize(path);
        var i = p.LastIndexOf('/');
        return i < 0 ? string.Empty : p.Substring(0, i);
    }

    /// <inheritdoc />
    public string GetFileName(string path)
    {
        var p = Normalize(path);
        var i = p.LastIndexOf('/');
        return i < 0 ? p : p.Substring(i + 1);
    }

    private static string Normalize(string path)
    {
        var p = path.Replace('\\', '/');
        while (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p.Substring(2);
        }

        return p.Trim('/') is var t && t == "." ? string.Empty : p.TrimEnd('/');
    }

    private void AddParents(string path)
    {
        var i = path.LastIndexOf('/');
        while (i > 0)
        {
            path = path.Substring(0, i);
            if (!_directories.Add(path))
            {
                return;
            }

            i = path.LastIndexOf('/');
        }
    }
}
