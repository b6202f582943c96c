using SafetyBot.Knowledge.Storage.PostgreSql;

namespace SafetyBot.Bot.Storage;

/// <summary>
/// A bot-state row read for a turn while it held the conversation's turn lock (see
/// <see cref="PostgreSqlStorage.KeepForThisTurn"/>): given to the turn's first read of it, once, unless the turn writes
/// or deletes it first.
/// </summary>
internal sealed class KeptRow(PostgreSqlDatabase database, string id, Dictionary<string, (string State, string ETag)> rows)
{
    private int _gone;

    /// <summary>The database it was read from.</summary>
    public PostgreSqlDatabase Database { get; } = database;

    /// <summary>The stored rows of <paramref name="recordId"/> (none when nothing is stored), the first time it is asked for; otherwise null.</summary>
    public Dictionary<string, (string State, string ETag)>? Take(string recordId) =>
        recordId == id && Interlocked.Exchange(ref _gone, 1) == 0 ? rows : null;

    /// <summary>Drops it: the turn is over.</summary>
    public void Expire() => Interlocked.Exchange(ref _gone, 1);

    /// <summary>Drops it when <paramref name="recordIds"/> (being written or deleted) hold its id.</summary>
    public void Drop(IEnumerable<string> recordIds)
    {
        if (recordIds.Contains(id, StringComparer.Ordinal))
        {
            Interlocked.Exchange(ref _gone, 1);
        }
    }
}
