using Npgsql;

namespace SafetyBot.Knowledge.Storage.PostgreSql;

/// <summary>
/// The few ways the PostgreSQL stores talk to the database: a query read into a list, a statement (transactions: <see cref="PostgreSqlDatabase.InTransactionAsync"/>).
/// Parameters are positional (<c>$1</c>, <c>$2</c>, ...); a <see cref="DateTimeOffset"/> is written as UTC (as
/// <c>timestamptz</c> wants) and null as SQL NULL.
/// </summary>
internal static class Sql
{
    /// <summary>Reads every row of <paramref name="sql"/> on a pooled connection.</summary>
    public static async Task<List<T>> QueryAsync<T>(PostgreSqlDatabase database, string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object?[] parameters)
    {
        await using var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync(connection, null, sql, read, cancellationToken, parameters).ConfigureAwait(false);
    }

    /// <summary>Reads every row of <paramref name="sql"/> in <paramref name="transaction"/>.</summary>
    public static async Task<List<T>> QueryAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object?[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Runs <paramref name="sql"/> and returns the rows it changed.</summary>
    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params object?[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="sql"/> on a pooled connection and returns the rows it changed.</summary>
    public static async Task<int> ExecuteAsync(PostgreSqlDatabase database, string sql, CancellationToken cancellationToken, params object?[] parameters)
    {
        await using var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, null, sql, cancellationToken, parameters).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads every row of <paramref name="sql"/> in <paramref name="transaction"/>, synchronously: only for the
    /// knowledge's writes (<see cref="PostgreSqlKnowledge"/>), which run inside a LiteDB transaction, where nothing may
    /// be awaited; they are rare (a seed, an import). Every store a turn uses is asynchronous.
    /// </summary>
    public static List<T> Query<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, Func<NpgsqlDataReader, T> read, params object?[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Runs <paramref name="sql"/> synchronously and returns the rows it changed (see <see cref="Query{T}"/>: knowledge writes only).</summary>
    public static int Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>Reads a <c>timestamptz</c> column.</summary>
    public static DateTimeOffset Time(NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    /// <summary>Reads a nullable <c>timestamptz</c> column.</summary>
    public static DateTimeOffset? TimeOrNull(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    /// <summary>Reads a nullable text column.</summary>
    public static string? TextOrNull(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, object?[] parameters)
    {
#pragma warning disable CA2100 // The stores' own constant SQL; every value goes in as a parameter.
        var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter
            {
                Value = value switch
                {
                    null => DBNull.Value,
                    DateTimeOffset time => time.ToUniversalTime(),
                    _ => value,
                },
            });
        }

        return command;
    }
}
