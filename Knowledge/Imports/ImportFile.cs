namespace SafetyBot.Knowledge.Imports;

/// <summary>One file of an upload, readable as many times as the import needs (each <see cref="Open"/> starts at its beginning).</summary>
public sealed class ImportFile
{
    private readonly Func<Stream> _open;

    private ImportFile(string name, Func<Stream> open)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _open = open;
    }

    /// <summary>The file name (no folder), as errors and history name it.</summary>
    public string Name { get; }

    /// <summary>A file held in memory.</summary>
    public static ImportFile FromBytes(string name, ReadOnlyMemory<byte> bytes) =>
        new(name, () => new MemoryStream(bytes.ToArray(), writable: false));

    /// <summary>A file on disk, opened again for every read.</summary>
    public static ImportFile FromPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new(Path.GetFileName(path), () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan));
    }

    /// <summary>A seekable stream, read from its current position each time; it is never closed here.</summary>
    public static ImportFile FromStream(string name, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead || !stream.CanSeek)
        {
            throw new ArgumentException("The file must be a readable, seekable stream: it is read once to validate and once to apply.", nameof(stream));
        }

        var start = stream.Position;
        var first = true;
        return new(name, () =>
        {
            if (!first)
            {
                stream.Position = start;
            }

            first = false;
            return new KeptOpenStream(stream);
        });
    }

    /// <summary>Opens the file at its beginning; dispose the stream after reading.</summary>
    public Stream Open() => _open();
}
