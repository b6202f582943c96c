using System.Security.Cryptography;

namespace SafetyBot.Knowledge.Imports;

/// <summary>What one upload or one command line import brings: its files (several for a zip), its name and the SHA-256 of its bytes.</summary>
public sealed class ImportBatch
{
    /// <summary>Creates a batch.</summary>
    /// <param name="name">The uploaded file's name (the zip's name for a zip).</param>
    /// <param name="sha256">Lower-case hex SHA-256 of the uploaded bytes.</param>
    /// <param name="files">The CSV files to read, at least one.</param>
    public ImportBatch(string name, string sha256, IReadOnlyList<ImportFile> files)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentOutOfRangeException.ThrowIfZero(files.Count);
        Name = name;
        Sha256 = sha256;
        Files = files;
    }

    /// <summary>The uploaded file's name.</summary>
    public string Name { get; }

    /// <summary>Lower-case hex SHA-256 of the uploaded bytes.</summary>
    public string Sha256 { get; }

    /// <summary>The CSV files to read.</summary>
    public IReadOnlyList<ImportFile> Files { get; }

    /// <summary>A CSV file held in memory.</summary>
    public static ImportBatch FromBytes(string name, ReadOnlyMemory<byte> bytes) =>
        new(name, HashOf(bytes.Span), [ImportFile.FromBytes(name, bytes)]);

    /// <summary>A CSV file on disk (hashed here, read again to validate and to apply).</summary>
    public static ImportBatch FromPath(string path)
    {
        var file = ImportFile.FromPath(path);
        using var stream = file.Open();
        return new(file.Name, Convert.ToHexStringLower(SHA256.HashData(stream)), [file]);
    }

    /// <summary>A CSV file in a seekable stream, read from its current position (and never closed here).</summary>
    public static ImportBatch FromStream(string name, Stream stream)
    {
        var file = ImportFile.FromStream(name, stream);
        using var read = file.Open();
        return new(name, Convert.ToHexStringLower(SHA256.HashData(read)), [file]);
    }

    /// <summary>Lower-case hex SHA-256 of <paramref name="bytes"/>.</summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
