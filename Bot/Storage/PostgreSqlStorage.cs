using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Npgsql;
using NpgsqlTypes;
using SafetyBot.Knowledge.Storage.PostgreSql;

namespace SafetyBot.Bot.Storage;

/// <summary>
/// Bot Framework <see cref="IStorage"/> on PostgreSQL (table <c>bot_state</c>), with the same ETag contract as
/// <see cref="LiteDbStorage"/>: plain objects are written unconditionally; an <see cref="IStoreItem"/> whose ETag is
/// neither <c>"*"</c> nor the stored one throws <see cref="StorageConflictException"/> and nothing of its batch is
/// written; <c>"*"</c> overwrites; every write changes the ETag; an empty ETag is refused with
/// <see cref="ArgumentException"/>.
/// </summary>
/// <remarks>
/// A batch with an ETag to check is one transaction: the stored rows of its keys are locked (<c>FOR UPDATE</c>, in key
/// order so that two batches never wait for each other in a circle), the ETags checked, then every row written. So a
/// read-modify-write race between turns, on this instance or another, has exactly one winner. A batch with nothing to
/// check (plain objects, as the SDK's <c>BotState</c> saves, or <c>"*"</c>) is one statement, atomic by itself: one
/// round trip instead of three. Nothing is kept in memory beyond the turn: another
/// instance may write any key at any time, so every read goes to the database; the turn's first read of its
/// conversation's state takes the row the turn lock read in its own round trip, under the lock (<see cref="KeepForThisTurn"/>).
/// </remarks>
public sealed class PostgreSqlStorage : IStorage
{
    /// <summary>The row the turn lock read for this turn (see <see cref="KeepForThisTurn"/>).</summary>
    private static readonly AsyncLocal<KeptRow?> TurnRead = new();

    private readonly PostgreSqlDatabase _database;

    /// <summary>Creates the storage on the app's database.</summary>
    public PostgreSqlStorage(PostgreSqlDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new Dictionary<string, object>(keys.Length);
        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return result;
        }

        var ids = distinct.Select(StateContract.RecordId).ToArray();
        Dictionary<string, (string State, string ETag)> rows;
        if (ids.Length == 1 && TurnRead.Value is { } read && read.Database == _database && read.Take(ids[0]) is { } kept)
        {
            rows = kept;
        }
        else
        {
            await using var connection = await _database.ConnectAsync(cancellationToken).ConfigureAwait(false);
            await using var batch = new NpgsqlBatch(connection);
            batch.BatchCommands.Add(ReadCommand(ids));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            rows = await ReadRowsAsync(reader, cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < distinct.Count; i++)
        {
            if (rows.TryGetValue(ids[i], out var row) && StateContract.FromJson(JObject.Parse(row.State), row.ETag) is { } value)
            {
                result[distinct[i]] = value;
            }
        }

        return result;
    }

    /// <summary>
    /// The statement that reads the stored row of <paramref name="key"/>, for a batch that another part of the turn sends
    /// (the turn lock reads the conversation's state in the same round trip as it takes the lock); its rows are read with
    /// <see cref="ReadRowsAsync"/> and handed to <see cref="KeepForThisTurn"/>.
    /// </summary>
    internal static NpgsqlBatchCommand ReadCommand(string key) => ReadCommand([StateContract.RecordId(key)]);

    /// <summary>Reads the rows of a <see cref="ReadCommand(string)"/>'s result set: (state, ETag) by record id.</summary>
    internal static async Task<Dictionary<string, (string State, string ETag)>> ReadRowsAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, (string State, string ETag)>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
        }

        return rows;
    }

    /// <summary>
    /// Keeps the row of <paramref name="key"/> (read by a <see cref="ReadCommand(string)"/> on <paramref name="database"/>)
    /// for the rest of this asynchronous flow (the turn): its first <see cref="ReadAsync"/> of that key alone takes it
    /// instead of asking the database; a write or delete of the key drops it. Only for a row read while the turn lock
    /// was held, so that no other turn can have written it since; the caller expires it when the turn ends. Synchronous, so
    /// that the caller's flow keeps it.
    /// </summary>
    internal static KeptRow KeepForThisTurn(PostgreSqlDatabase database, string key, Dictionary<string, (string State, string ETag)> rows) =>
        TurnRead.Value = new KeptRow(database, StateContract.RecordId(key), rows);

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        if (changes.Count == 0)
        {
            return;
        }

        // Serialised before the transaction; one row per id (of two keys with one id, the last one given wins).
        var rows = new SortedDictionary<string, Row>(StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(key);
            var offered = value is IStoreItem item ? item.ETag : null;
            if (offered is { Length: 0 })
            {
                StateContract.CheckETag(key, offered, stored: null);
            }

            var json = StateContract.ToJson(value).ToString(Formatting.None);
            // Only an IStoreItem with an ETag other than "*" is checked against the stored one.
            rows[StateContract.RecordId(key)] = new Row(key, json, StateContract.NewETag(), value is IStoreItem && offered != "*", offered);
        }

        TurnRead.Value?.Drop(rows.Keys);
        if (rows.Values.Any(r => r.Checked))
        {
            await _database.InTransactionAsync((connection, transaction) => WriteCheckedAsync(connection, transaction, rows, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // Nothing to check (plain objects, as BotState saves, and "*"): one statement, atomic on its own, so one round trip.
            await using var connection = await _database.ConnectAsync(cancellationToken).ConfigureAwait(false);
            await UpsertAsync(connection, null, rows, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (key, value) in changes)
        {
            if (value is IStoreItem item)
            {
                item.ETag = rows[StateContract.RecordId(key)].ETag;
            }
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var ids = keys.Select(StateContract.RecordId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        TurnRead.Value?.Drop(ids);
        await using var connection = await _database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("DELETE FROM bot_state WHERE id = ANY($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Locks the stored rows of the batch in id order, checks the ETags, then writes every row.</summary>
    private static async Task<int> WriteCheckedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, SortedDictionary<string, Row> rows, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var lockRows = new NpgsqlCommand("SELECT id, etag FROM bot_state WHERE id = ANY($1) ORDER BY id FOR UPDATE", connection, transaction))
        {
            lockRows.Parameters.Add(new NpgsqlParameter { Value = rows.Keys.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            await using var reader = await lockRows.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                stored[reader.GetString(0)] = reader.GetString(1);
            }
        }

        foreach (var (id, row) in rows.Where(r => r.Value.Checked))
        {
            StateContract.CheckETag(row.Key, row.Offered, stored.GetValueOrDefault(id));
        }

        return await UpsertAsync(connection, transaction, rows, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes every row of the batch in one statement, in id order.</summary>
    private static async Task<int> UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, SortedDictionary<string, Row> rows, CancellationToken cancellationToken)
    {
        await using var upsert = new NpgsqlCommand(
            """
            INSERT INTO bot_state (id, key, state, etag, updated_at)
            SELECT id, key, state::json, etag, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS w(id, key, state, etag)
            ORDER BY id
            ON CONFLICT (id) DO UPDATE SET key = excluded.key, state = excluded.state, etag = excluded.etag, updated_at = excluded.updated_at
            """,
            connection,
            transaction);
        upsert.Parameters.Add(new NpgsqlParameter { Value = rows.Keys.ToArray() });
        upsert.Parameters.Add(new NpgsqlParameter { Value = rows.Values.Select(r => r.Key).ToArray() });
        upsert.Parameters.Add(new NpgsqlParameter { Value = rows.Values.Select(r => r.Json).ToArray() });
        upsert.Parameters.Add(new NpgsqlParameter { Value = rows.Values.Select(r => r.ETag).ToArray() });
        return await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlBatchCommand ReadCommand(string[] ids)
    {
        var read = new NpgsqlBatchCommand("SELECT id, state::text, etag FROM bot_state WHERE id = ANY($1)");
        read.Parameters.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return read;
    }

    private sealed record Row(string Key, string Json, string ETag, bool Checked, string? Offered);
}
