using System.Text;

namespace Calico.Sdk.Rendering;

/// <summary>One rendered file: a relative path with forward slashes and its content (UTF-8, LF line ends, no BOM).</summary>
/// <param name="Path">Relative path, such as <c>group_vars/k8s_cluster/k8s-net-calico.yml</c>.</param>
/// <param name="Content">The file's text.</param>
public sealed record RenderedFile(string Path, string Content);

/// <summary>A set of rendered files, ordered by path, with a way to write them to disk.</summary>
public sealed class RenderedFileSet : IReadOnlyList<RenderedFile>
{
    private readonly RenderedFile[] _files;

    /// <summary>Creates a set; files are ordered by path (ordinal) so output never depends on generation order.</summary>
    /// <param name="files">The files.</param>
    public RenderedFileSet(IEnumerable<RenderedFile> files) =>
        _files = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();

    /// <inheritdoc />
    public int Count => _files.Length;

    /// <inheritdoc />
    public RenderedFile this[int index] => _files[index];

    /// <summary>The file at a relative path, or null.</summary>
    /// <param name="path">Relative path with forward slashes.</param>
    public RenderedFile? this[string path] => _files.FirstOrDefault(f => f.Path == path);

    /// <summary>Writes every file below <paramref name="directory"/>, creating folders; existing files are overwritten.</summary>
    /// <param name="directory">Target folder.</param>
    /// <returns>The full paths written.</returns>
    public IReadOnlyList<string> WriteTo(string directory)
    {
        var written = new List<string>();
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var f in _files)
        {
            var full = System.IO.Path.Combine(directory, f.Path.Replace('/', System.IO.Path.DirectorySeparatorChar));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, f.Content, encoding);
            written.Add(full);
        }

        return written;
    }

    /// <inheritdoc />
    public IEnumerator<RenderedFile> GetEnumerator() => ((IEnumerable<RenderedFile>)_files).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
