using Npgsql;

namespace SafetyBot.Knowledge.Storage.PostgreSql;

/// <summary>
/// The few ways the PostgreSQL stores talk to the database: a query read into a list, a statement, a transaction.
/// Parameters are positional (<c>$1</c>, <c>$2</c>, ...); a <see cref="DateTimeOffset"/> is written as UTC (as
/// <c>timestamptz</c> wants) and null as SQL NULL.
/// </summary>
internal static class Sql
{
    /// <summary>Runs <paramref name="work"/> in one transaction on a pooled connection; committed when it returns.</summary>
    public static T InTransaction<T>(PostgreSqlDatabase database, Func<NpgsqlConnection, NpgsqlTransaction, T> work)
    {
        using var connection = database.DataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }

    /// <summary>Reads every row of <paramref name="sql"/> on a pooled connection.</summary>
    public static List<T> Query<T>(PostgreSqlDatabase database, string sql, Func<NpgsqlDataReader, T> read, params object?[] parameters)
    {
        using var connection = database.DataSource.OpenConnection();
        return Query(connection, null, sql, read, parameters);
    }

    /// <summary>Reads every row of <paramref name="sql"/> in <paramref name="transaction"/>.</summary>
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

    /// <summary>Runs <paramref name="sql"/> and returns the rows it changed.</summary>
    public static int Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs <paramref name="sql"/> on a pooled connection and returns the rows it changed.</summary>
    public static int Execute(PostgreSqlDatabase database, string sql, params object?[] parameters)
    {
        using var connection = database.DataSource.OpenConnection();
        return Execute(connection, null, sql, parameters);
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
