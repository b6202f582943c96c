using System.IO.Compression;

namespace SafetyBot.Knowledge.Imports;

/// <summary>
/// Turns uploaded bytes into an <see cref="ImportBatch"/>: a CSV file as it is, a zip as the CSV files in it (several
/// monthly police.uk files, say). Zips are read within limits (how many files, how many bytes unpacked) so that no
/// archive can exhaust memory.
/// </summary>
public static class ImportUpload
{
    /// <summary>The most CSV files one zip may hold.</summary>
    public const int MaxFilesInZip = 60;

    /// <summary>The most bytes the CSV files of one zip may unpack to.</summary>
    public const long MaxUnpackedBytes = 128L * 1024 * 1024;

    /// <summary>True when <paramref name="fileName"/> names a file SafetyBot loads (CSV or zip).</summary>
    public static bool IsLoadable(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".csv" or ".zip";

    /// <summary>
    /// The batch of the upload <paramref name="fileName"/> with <paramref name="bytes"/>; null with a reason for people when
    /// it is neither a CSV file nor a zip of CSV files within the limits.
    /// </summary>
    public static ImportBatch? Read(string fileName, ReadOnlyMemory<byte> bytes, out string? problem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var name = Path.GetFileName(fileName);
        problem = null;
        if (!IsZip(bytes.Span))
        {
            if (Path.GetExtension(name).Equals(".zip", StringComparison.OrdinalIgnoreCase))
            {
                problem = $"{name} is named .zip but is not a zip file.";
                return null;
            }

            return ImportBatch.FromBytes(name, bytes);
        }

        var files = new List<ImportFile>();
        long unpacked = 0;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("xl/workbook.xml") is not null)
            {
                problem = $"{name} is an Excel workbook, not a CSV file. In Excel choose File > Save As and \"CSV UTF-8 (Comma delimited)\", then attach the .csv file.";
                return null;
            }

            foreach (var entry in zip.Entries.Where(e => e.Name.Length > 0 && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                if (!Path.GetExtension(entry.Name).Equals(".csv", StringComparison.OrdinalIgnoreCase))
                {
                    problem = $"{name} holds {entry.Name}, which is not a CSV file. A zip may hold only CSV files.";
                    return null;
                }

                if (files.Count == MaxFilesInZip)
                {
                    problem = $"{name} holds more than {MaxFilesInZip} files. Upload it in parts.";
                    return null;
                }

                var content = ReadCapped(entry, MaxUnpackedBytes - unpacked);
                if (content is null)
                {
                    problem = $"{name} unpacks to more than {MaxUnpackedBytes / (1024 * 1024)} MB. Upload it in parts.";
                    return null;
                }

                unpacked += content.Length;
                files.Add(ImportFile.FromBytes(entry.Name, content));
            }
        }
        catch (InvalidDataException)
        {
            problem = $"{name} is a damaged zip file; it could not be opened.";
            return null;
        }

        if (files.Count == 0)
        {
            problem = $"{name} holds no CSV file.";
            return null;
        }

        return new ImportBatch(name, ImportBatch.HashOf(bytes.Span), files);
    }

    /// <summary>
    /// One batch of several uploaded files (several attachments of one message): each read by <see cref="Read"/>, their files
    /// together, named by their names and hashed file by file. Null with a reason when any of them cannot be read.
    /// </summary>
    public static ImportBatch? ReadAll(IReadOnlyList<(string Name, byte[] Bytes)> uploads, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        ArgumentOutOfRangeException.ThrowIfZero(uploads.Count);
        var batches = new List<ImportBatch>();
        foreach (var (name, bytes) in uploads)
        {
            if (Read(name, bytes, out problem) is not { } batch)
            {
                return null;
            }

            batches.Add(batch);
        }

        problem = null;
        return batches.Count == 1
            ? batches[0]
            : new ImportBatch(string.Join(", ", batches.Select(b => b.Name)), string.Join(",", batches.Select(b => b.Sha256)), [.. batches.SelectMany(b => b.Files)]);
    }

    private static bool IsZip(ReadOnlySpan<byte> bytes) => bytes is [(byte)'P', (byte)'K', 3, 4, ..] or [(byte)'P', (byte)'K', 5, 6, ..];

    /// <summary>The entry's bytes; null when it unpacks to more than <paramref name="room"/> (however large it says it is).</summary>
    private static byte[]? ReadCapped(ZipArchiveEntry entry, long room)
    {
        using var input = entry.Open();
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            if (output.Length + read > room)
            {
                return null;
            }

            output.Write(buffer, 0, read);
        }

        return output.ToArray();
    }
}
