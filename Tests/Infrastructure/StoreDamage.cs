using System.Security.Cryptography;
using SafetyBot.Bot.Hosting;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Tests.Infrastructure;

/// <summary>
/// Store files as an operator might find them: a seeded store, then damaged in one of the ways
/// disks, copies and people damage files. Each damage is deterministic (a fixed random seed).
/// </summary>
public static class StoreDamage
{
    /// <summary>LiteDB's page size.</summary>
    public const int PageSize = 8192;

    /// <summary>Every way of damaging a store file that the tests use, by name.</summary>
    public static readonly IReadOnlyList<string> Kinds =
    [
        "random bytes",
        "truncated to half",
        "truncated inside a page",
        "corrupt header",
        "100 bytes of garbage",
        "8 KB overwritten in the middle",
    ];

    /// <summary>Creates a seeded store at <paramref name="path"/> as the app would, closed and checkpointed.</summary>
    public static void CreateSeeded(string path)
    {
        using var database = new SafetyDatabase(path, SafetyBsonMapper.Create(PersistedTypes.All));
        database.EnsureCollections(StoreCollectionsService.Collections);
        KnowledgeSeeder.EnsureSeeded(database, TimeProvider.System);
    }

    /// <summary>Damages the store at <paramref name="path"/> in the way named <paramref name="kind"/> (one of <see cref="Kinds"/>).</summary>
    public static void Apply(string kind, string path)
    {
        var bytes = File.ReadAllBytes(path);
        var random = new Random(1402);
        byte[] Garbage(int length)
        {
            var garbage = new byte[length];
            random.NextBytes(garbage);
            return garbage;
        }

        byte[] damaged = kind switch
        {
            "random bytes" => Garbage(bytes.Length),
            "truncated to half" => bytes[..(bytes.Length / 2 / PageSize * PageSize)],
            "truncated inside a page" => bytes[..((bytes.Length / 2) + 100)],
            "corrupt header" => Overwrite(bytes, 0, Garbage(100)),
            "100 bytes of garbage" => Garbage(100),
            "8 KB overwritten in the middle" => Overwrite(bytes, bytes.Length / 2, Garbage(PageSize)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of damage."),
        };
        File.WriteAllBytes(path, damaged);
    }

    /// <summary>Overwrites whole pages of a file in place (as a failing disk would), keeping its length.</summary>
    public static void OverwritePages(string path, IEnumerable<long> pages, int seed = 1403)
    {
        var random = new Random(seed);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        foreach (var page in pages)
        {
            var garbage = new byte[PageSize];
            random.NextBytes(garbage);
            file.Position = page * PageSize;
            file.Write(garbage);
        }

        file.Flush(flushToDisk: true);
    }

    /// <summary>The pages of <paramref name="path"/> that hold <paramref name="marker"/> (UTF-8).</summary>
    public static IReadOnlyList<long> PagesHolding(string path, string marker)
    {
        var bytes = File.ReadAllBytes(path);
        var needle = System.Text.Encoding.UTF8.GetBytes(marker);
        var pages = new SortedSet<long>();
        for (var at = bytes.AsSpan().IndexOf(needle); at >= 0;)
        {
            var absolute = at;
            pages.Add(absolute / PageSize);
            var next = bytes.AsSpan(absolute + 1).IndexOf(needle);
            at = next < 0 ? -1 : absolute + 1 + next;
        }

        return [.. pages];
    }

    /// <summary>A fingerprint of a folder: every file's name, length and SHA-256.</summary>
    public static string Fingerprint(string folder) => string.Join(
        "\n",
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(entry =>
            File.Exists(entry)
                ? $"{Path.GetRelativePath(folder, entry)} {new FileInfo(entry).Length} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)))}"
                : $"{Path.GetRelativePath(folder, entry)}/"));

    private static byte[] Overwrite(byte[] bytes, int at, byte[] with)
    {
        var copy = (byte[])bytes.Clone();
        with.CopyTo(copy, at);
        return copy;
    }
}
