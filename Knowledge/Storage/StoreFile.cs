using LiteDB;

namespace SafetyBot.Knowledge.Storage;

/// <summary>
/// Checks the store file before SafetyBot opens it for writing, without changing it: LiteDB itself would
/// cut a file that is not a whole number of pages down to one (a 100-byte file to nothing, then a new
/// store) and may write to a damaged file before it fails. A path with no file yet, or an empty file, is
/// a new store; anything else must be a LiteDB file whose every collection and index LiteDB can read.
/// </summary>
internal static class StoreFile
{
    /// <summary>LiteDB's page size: a store file is a whole number of pages.</summary>
    internal const int PageSize = 8192;

    /// <summary>Throws <see cref="StoreUnavailableException"/> unless <paramref name="path"/> (a full path) can be opened as the store.</summary>
    internal static void Check(string path)
    {
        if (Directory.Exists(path))
        {
            throw new StoreUnavailableException(path, "it is a folder, not a file");
        }

        var folder = System.IO.Path.GetDirectoryName(path)!;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException(path, $"SafetyBot may not create its folder {folder} ({exception.Message})", exception);
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            CheckFolderIsWritable(path, folder);
            return;
        }

        CheckIsWritable(path, path);
        var log = LogFileOf(path);
        if (File.Exists(log))
        {
            CheckIsWritable(path, log);
        }
        else
        {
            CheckFolderIsWritable(path, folder);
        }

        if (file.Length == 0)
        {
            // An empty file is an empty store: LiteDB initialises it.
            return;
        }

        if (file.Length % PageSize != 0)
        {
            throw new StoreUnavailableException(path, $"it is {file.Length:N0} bytes long, not a whole number of 8 KB pages: it is truncated or not a LiteDB file");
        }

        ReadEverything(path);
    }

    /// <summary>The cause to give for an exception LiteDB threw while opening the file for writing.</summary>
    internal static string CauseOf(Exception exception) => exception switch
    {
        UnauthorizedAccessException => $"SafetyBot may not write to it ({exception.Message})",
        IOException => $"it could not be opened ({exception.Message}); is SafetyBot or the figures command already running on it?",
        _ => StoreFaults.Describe(exception) ?? $"LiteDB could not open it ({exception.Message})",
    };

    /// <summary>LiteDB's write-ahead log file: <c>name-log.ext</c> beside the data file.</summary>
    private static string LogFileOf(string path) => System.IO.Path.Combine(
        System.IO.Path.GetDirectoryName(path)!,
        $"{System.IO.Path.GetFileNameWithoutExtension(path)}-log{System.IO.Path.GetExtension(path)}");

    /// <summary>
    /// Opens the file read-only and reads every document of every collection and every key of every index:
    /// whatever LiteDB cannot read is found now rather than by a member's question.
    /// </summary>
    private static void ReadEverything(string path)
    {
        try
        {
            using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
            foreach (var name in db.GetCollectionNames().ToList())
            {
                var collection = db.GetCollection(name);
                foreach (var _ in collection.FindAll())
                {
                }

                var indexes = db.GetCollection("$indexes").Find(Query.EQ("collection", name)).Select(index => index["expression"].AsString).ToList();
                foreach (var expression in indexes)
                {
                    foreach (var _ in collection.Query().OrderBy(BsonExpression.Create(expression)).Select(BsonExpression.Create(expression)).ToEnumerable())
                    {
                    }
                }
            }
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INVALID_DATABASE)
        {
            throw new StoreUnavailableException(path, "it is not a LiteDB file (its header is not LiteDB's)", exception);
        }
        catch (IOException exception)
        {
            throw new StoreUnavailableException(path, CauseOf(exception), exception);
        }
#pragma warning disable CA1031 // Whatever LiteDB fails with while reading the file, the file cannot be used.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            throw new StoreUnavailableException(path, $"it is damaged: LiteDB cannot read it ({exception.GetType().Name}: {exception.Message})", exception);
        }
    }

    private static void CheckIsWritable(string path, string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        }
        catch (UnauthorizedAccessException exception)
        {
            var what = file == path ? "it" : file;
            throw new StoreUnavailableException(path, $"SafetyBot may not write to {what} ({exception.Message})", exception);
        }
        catch (IOException exception)
        {
            throw new StoreUnavailableException(path, CauseOf(exception), exception);
        }
    }

    /// <summary>LiteDB keeps its log beside the data file: SafetyBot must be able to create files there.</summary>
    private static void CheckFolderIsWritable(string path, string folder)
    {
        try
        {
            using var probe = new FileStream(
                System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(path)}.{Guid.NewGuid():N}.check"),
                FileMode.CreateNew,
                FileAccess.Write,
                FileShare.None,
                bufferSize: 1,
                FileOptions.DeleteOnClose);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException(path, $"SafetyBot may not create files in {folder} ({exception.Message})", exception);
        }
    }
}
