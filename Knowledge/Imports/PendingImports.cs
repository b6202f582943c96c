using LiteDB;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge.Imports;

/// <summary>
/// Uploads waiting for Apply or Cancel: one per analyst (a new upload replaces the one waiting), kept in the store with
/// their bytes (LiteDB file storage) until applied, cancelled or expired. Expired ones are removed when next looked at.
/// </summary>
public sealed class PendingImports
{
    /// <summary>The collection of waiting uploads.</summary>
    public const string CollectionName = "pending_imports";

    /// <summary>The file storage's files collection.</summary>
    public const string FilesCollection = "pending_import_files";

    /// <summary>The file storage's chunks collection.</summary>
    public const string ChunksCollection = "pending_import_chunks";

    private readonly SafetyDatabase _database;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    /// <summary>Creates the store of waiting uploads.</summary>
    public PendingImports(SafetyDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    private ILiteCollection<PendingImport> Pending => _database.Database.GetCollection<PendingImport>(CollectionName);

    private ILiteStorage<string> Storage => _database.Database.GetStorage<string>(FilesCollection, ChunksCollection);

    /// <summary>
    /// Keeps <paramref name="files"/> (name and bytes, in upload order) for <paramref name="ownerId"/> until <paramref name="lifetime"/>
    /// has passed, replacing what they had waiting (and removing everyone's expired uploads).
    /// </summary>
    public PendingImport Save(string ownerId, string kindTitle, IReadOnlyList<(string Name, byte[] Bytes)> files, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        ArgumentNullException.ThrowIfNull(files);
        var now = _time.GetUtcNow();
        var pending = new PendingImport
        {
            Id = Guid.NewGuid().ToString("N"),
            OwnerId = ownerId,
            Files = [.. files.Select(f => f.Name)],
            KindTitle = kindTitle,
            UploadedAt = now,
            ExpiresAt = now + lifetime,
        };
        return Write(() =>
        {
            foreach (var earlier in Pending.FindAll().Where(p => p.OwnerId == ownerId || p.ExpiresAt <= now).ToList())
            {
                Delete(earlier);
            }

            Pending.Insert(pending);
            for (var i = 0; i < files.Count; i++)
            {
                using var bytes = new MemoryStream(files[i].Bytes, writable: false);
                Storage.Upload($"{pending.Id}/{i}", files[i].Name, bytes);
            }

            return pending;
        });
    }

    /// <summary>
    /// Removes and returns <paramref name="ownerId"/>'s waiting upload (the one with <paramref name="id"/> when given) with its
    /// files; null when there is none, it has expired, or it is someone else's. Only one caller gets it. When its stored
    /// bytes are missing it is removed all the same and returned with no files, so it cannot block its owner until it expires.
    /// </summary>
    public (PendingImport Import, IReadOnlyList<(string Name, byte[] Bytes)> Files)? Take(string ownerId, string? id = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        return Write(() =>
        {
            if (Find(ownerId, id) is not { } pending)
            {
                return ((PendingImport, IReadOnlyList<(string, byte[])>)?)null;
            }

            var files = new List<(string, byte[])>();
            for (var i = 0; i < pending.Files.Count && Storage.Exists($"{pending.Id}/{i}"); i++)
            {
                using var bytes = new MemoryStream();
                Storage.Download($"{pending.Id}/{i}", bytes);
                files.Add((pending.Files[i], bytes.ToArray()));
            }

            if (files.Count < pending.Files.Count)
            {
                files.Clear();
            }

            Delete(pending);
            return (pending, files);
        });
    }

    /// <summary>
    /// Puts back an upload <see cref="Take"/> gave out whose apply failed (the store refused the write), as it was and with
    /// its expiry, so that its analyst can retry; unless they have uploaded another since.
    /// </summary>
    public void Restore(PendingImport import, IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(files);
        Write(() =>
        {
            if (Pending.Exists(p => p.OwnerId == import.OwnerId))
            {
                return 0;
            }

            Pending.Insert(import);
            for (var i = 0; i < files.Count; i++)
            {
                using var bytes = new MemoryStream(files[i].Bytes, writable: false);
                Storage.Upload($"{import.Id}/{i}", files[i].Name, bytes);
            }

            return files.Count;
        });
    }

    /// <summary>Removes <paramref name="ownerId"/>'s waiting upload (the one with <paramref name="id"/> when given); the removed one, null when there was none.</summary>
    public PendingImport? Cancel(string ownerId, string? id = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        return Write(() =>
        {
            var pending = Find(ownerId, id);
            if (pending is not null)
            {
                Delete(pending);
            }

            return pending;
        });
    }

    /// <summary>The owner's waiting upload, expired ones removed on the way.</summary>
    /// <summary>
    /// Runs <paramref name="write"/> as one transaction, shared with the other instances when the store is (so that a
    /// preview made on one instance can be applied on another): any waiting upload may have been written or deleted.
    /// </summary>
    private T Write<T>(Func<T> write) => _database.WriteShared(_gate, () =>
    {
        var result = write();
        _database.TouchedAll(CollectionName);
        _database.TouchedAll(FilesCollection);
        _database.TouchedAll(ChunksCollection);
        return result;
    });

    private PendingImport? Find(string ownerId, string? id)
    {
        var now = _time.GetUtcNow();
        PendingImport? found = null;
        foreach (var pending in Pending.Find(p => p.OwnerId == ownerId).ToList())
        {
            if (pending.ExpiresAt <= now)
            {
                Delete(pending);
            }
            else if (id is null || pending.Id == id)
            {
                found = pending;
            }
        }

        return found;
    }

    private void Delete(PendingImport pending)
    {
        for (var i = 0; i < pending.Files.Count; i++)
        {
            Storage.Delete($"{pending.Id}/{i}");
        }

        Pending.Delete(pending.Id);
    }
}
