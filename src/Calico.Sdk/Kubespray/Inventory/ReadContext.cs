using System.Text;

namespace Calico.Sdk.Kubespray;

/// <summary>The state shared by the parts of one <see cref="InventoryReader"/> run: the file source, the limits and the findings.</summary>
internal sealed class ReadContext
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ReadContext(IInventoryFileSource source, InventoryReadOptions options)
    {
        Source = source;
        Options = options;
    }

    public IInventoryFileSource Source { get; }

    public InventoryReadOptions Options { get; }

    public List<Finding> Findings { get; } = [];

    public static SourceLocation Start(string file) => new(file, 1, 1);

    public void Report(FindingDescriptor descriptor, string path, string message, string? hint, SourceLocation location, FindingSeverity? severity = null) =>
        Findings.Add(descriptor.Create(path, message, hint, location, severity));

    /// <summary>Reads a file's bytes within the size limit; reports CAL0001 or CAL0005 and returns null otherwise.</summary>
    public byte[]? ReadBytes(string path)
    {
        try
        {
            using var stream = Source.OpenRead(path);
            var limit = Options.MaxFileBytes;
            if (stream.CanSeek && stream.Length > limit)
            {
                ReportTooLarge(path, stream.Length);
                return null;
            }

            // Read at most limit + 1 bytes, so that an endless or lying stream cannot exhaust memory.
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            while (true)
            {
                var want = (int)Math.Min(chunk.Length, limit + 1 - buffer.Length);
                if (want <= 0)
                {
                    ReportTooLarge(path, null);
                    return null;
                }

                var n = stream.Read(chunk, 0, want);
                if (n <= 0)
                {
                    break;
                }

                buffer.Write(chunk, 0, n);
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            Report(InventoryFindings.UnreadableFile, path, $"Cannot read '{path}': {e.Message}", "Check that the file exists and is readable.", Start(path));
            return null;
        }
    }

    /// <summary>Decodes strict UTF-8 (as Ansible does); reports CAL0001 at the first invalid byte and returns null otherwise.</summary>
    public string? DecodeUtf8(string path, byte[] data)
    {
        var bad = FirstInvalidUtf8(data, 0, data.Length);
        if (bad >= 0)
        {
            Report(
                InventoryFindings.UnreadableFile,
                path,
                $"'{path}' is not valid UTF-8 (byte 0x{data[bad]:x2} at offset {bad}).",
                "Save the file as UTF-8; Ansible reads inventories and vars files only as UTF-8.",
                LocationOfByte(path, data, bad));
            return null;
        }

        var text = StrictUtf8.GetString(data);
        return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
    }

    /// <summary>Decodes strict UTF-8 keeping a byte-order mark (Ansible's INI plugin does not strip it); null when invalid.</summary>
    public static string? TryDecodeKeepBom(byte[] data, int offset, int count)
    {
        if (FirstInvalidUtf8(data, offset, count) >= 0)
        {
            return null;
        }

        return StrictUtf8.GetString(data, offset, count);
    }

    /// <summary>The index of the first byte that makes the data invalid UTF-8 (as Python's strict codec sees it), or -1.</summary>
    public static int FirstInvalidUtf8(byte[] data, int offset, int count)
    {
        var end = offset + count;
        var i = offset;
        while (i < end)
        {
            var b = data[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int need;
            int min;
            if (b >= 0xC2 && b <= 0xDF)
            {
                need = 1;
                min = 0x80;
            }
            else if (b >= 0xE0 && b <= 0xEF)
            {
                need = 2;
                min = 0x800;
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                need = 3;
                min = 0x10000;
            }
            else
            {
                return i;
            }

            if (i + need >= end)
            {
                return i;
            }

            var cp = b & (0x3F >> need);
            for (var k = 1; k <= need; k++)
            {
                var c = data[i + k];
                if ((c & 0xC0) != 0x80)
                {
                    return i;
                }

                cp = (cp << 6) | (c & 0x3F);
            }

            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            {
                return i;
            }

            i += need + 1;
        }

        return -1;
    }

    private static SourceLocation LocationOfByte(string path, byte[] data, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (data[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Column in characters: decode the valid prefix of the line.
        var column = StrictUtf8.GetCharCount(data, lineStart, index - lineStart) + 1;
        return new SourceLocation(path, line, column);
    }

    private void ReportTooLarge(string path, long? length)
    {
        var size = length is { } l ? $"{l} bytes" : $"more than {Options.MaxFileBytes} bytes";
        Report(
            InventoryFindings.LimitExceeded,
            path,
            $"'{path}' is {size}, above the limit of {Options.MaxFileBytes} bytes; it was not read.",
            "Split the file, or raise InventoryReadOptions.MaxFileBytes if the file is trusted.",
            Start(path));
    }
}
