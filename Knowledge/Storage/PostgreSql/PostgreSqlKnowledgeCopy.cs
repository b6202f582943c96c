using LiteDB;
using Npgsql;

namespace SafetyBot.Knowledge.Storage.PostgreSql;

/// <summary>Copies a LiteDB store's knowledge and live data into the shared store (<see cref="PostgreSqlKnowledge"/>), for <c>migrate-store</c>.</summary>
public static class PostgreSqlKnowledgeCopy
{
    /// <summary>
    /// Copies the knowledge and live data of <paramref name="source"/> (a LiteDB store) into an empty shared store, as
    /// its version 1, inside <paramref name="transaction"/>; for <c>migrate-store</c>. Returns how many records of each
    /// collection it read.
    /// </summary>
    public static IReadOnlyList<(string Collection, int Count)> Copy(ILiteDatabase source, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        const long version = 1;
        var counts = new List<(string, int)>();
        foreach (var collection in PostgreSqlKnowledge.Collections)
        {
            var docs = source.CollectionExists(collection) ? source.GetCollection(collection).FindAll().ToList() : [];
            counts.Add((collection, docs.Count));
            if (docs.Count == 0)
            {
                continue;
            }

            if (PostgreSqlKnowledge.OwnTables.Contains(collection))
            {
                PostgreSqlKnowledge.StoreInOwnTable(connection, transaction, collection, version, docs.Select(d => (d["_id"].AsInt64, (BsonDocument?)d)));
            }
            else
            {
                PostgreSqlKnowledge.Store(connection, transaction, "INSERT INTO knowledge_documents (collection, id, version, doc) SELECT $1, u.id, $2, u.doc FROM unnest($3::text[], $4::jsonb[]) AS u(id, doc)",
                    [collection, version, docs.Select(d => BsonJson.Write(d["_id"])).ToArray()], [.. docs.Select(d => BsonJson.Write(d))]);
            }
        }

        Sql.Execute(connection, transaction, "UPDATE knowledge_state SET version = $1", version);
        return counts;
    }

    /// <summary>How many records of <paramref name="collection"/> (one of the shared ones) the shared store holds.</summary>
    public static long Count(NpgsqlConnection connection, string collection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return PostgreSqlKnowledge.OwnTables.Contains(collection)
            ? Sql.Query(connection, null, $"SELECT count(*) FROM {collection} WHERE doc IS NOT NULL", r => r.GetInt64(0))[0]
            : Sql.Query(connection, null, "SELECT count(*) FROM knowledge_documents WHERE collection = $1 AND doc IS NOT NULL", r => r.GetInt64(0), collection)[0];
    }

    /// <summary>True when the shared store holds no knowledge yet (never written: version 0).</summary>
    public static bool IsEmpty(NpgsqlConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Sql.Query(connection, null, "SELECT version FROM knowledge_state", r => r.GetInt64(0))[0] == 0;
    }
}
