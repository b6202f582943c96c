using System.Diagnostics;
using LiteDB;

namespace SafetyBot.Knowledge.Storage;

/// <summary>
/// Tells a fault of the store itself (a damaged file, a disk that refuses reads or writes, a closed store),
/// which no retry of the same turn can mend until the file is restored, from the other errors a write can
/// meet (a conflict, a refused key), and says what the fault is in plain words.
/// </summary>
public static class StoreFaults
{
    /// <summary>
    /// True for a fault of the store, however deeply wrapped: an I/O or permission error, LiteDB finding the
    /// file damaged (or refusing every call after it did), a closed store, or an error raised inside LiteDB's
    /// engine while it read the file.
    /// </summary>
    public static bool IsFault(Exception? exception) => Find(exception, IsFaultItself) is not null;

    /// <summary>
    /// True for any failure of the store: a <see cref="IsFault">fault</see>, any other LiteDB error, a PostgreSQL
    /// (Npgsql) error, or a store that cannot be used.
    /// </summary>
    public static bool IsStoreError(Exception? exception) =>
        Find(exception, e => e is LiteException or Npgsql.NpgsqlException or StoreUnavailableException || IsFaultItself(e)) is not null;

    /// <summary>What the fault in <paramref name="exception"/> is, in plain words (no full stop); null when it is none.</summary>
    public static string? Describe(Exception? exception) => Find(exception, IsFaultItself) switch
    {
        null => null,
        LiteException { ErrorCode: LiteException.INVALID_DATABASE } => "it is not a LiteDB file (its header is not LiteDB's)",
        LiteException { ErrorCode: LiteException.ENGINE_DISPOSED or LiteException.DATABASE_SHUTDOWN } => "LiteDB closed it after an earlier error",
        LiteException lite => $"it is damaged: LiteDB cannot read it ({lite.Message})",
        UnauthorizedAccessException denied => $"SafetyBot may not write to it ({denied.Message})",
        IOException io => $"the disk refused a read or write ({io.Message})",
        ObjectDisposedException => "it was closed",
        var other => $"it is damaged: LiteDB failed while reading it ({other.GetType().Name}: {other.Message})",
    };

    private static bool IsFaultItself(Exception exception) => exception switch
    {
        IOException or UnauthorizedAccessException => true,
        LiteException lite => lite.ErrorCode is LiteException.INVALID_DATAFILE_STATE or LiteException.ENGINE_DISPOSED
            or LiteException.DATABASE_SHUTDOWN or LiteException.INVALID_DATABASE or LiteException.INVALID_FREE_SPACE_PAGE,
        ObjectDisposedException disposed => disposed.ObjectName.Contains(nameof(SafetyDatabase), StringComparison.Ordinal),
        _ => ThrownInsideTheEngine(exception),
    };

    /// <summary>
    /// A damaged page can also make LiteDB's engine fail with an ordinary .NET exception (a date out of range,
    /// an index out of bounds) while it reads: such an exception was thrown from a frame of <c>LiteDB.Engine</c>.
    /// </summary>
    private static bool ThrownInsideTheEngine(Exception exception) =>
        exception is not (OperationCanceledException or AggregateException)
        && new StackTrace(exception, fNeedFileInfo: false).GetFrames().Any(frame =>
            frame.GetMethod()?.DeclaringType?.Namespace is { } ns && ns.StartsWith("LiteDB.Engine", StringComparison.Ordinal));

    private static Exception? Find(Exception? exception, Func<Exception, bool> match)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (match(current))
            {
                return current;
            }

            if (current is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Select(inner => Find(inner, match)).FirstOrDefault(found => found is not null);
            }
        }

        return null;
    }
}
