using System.Globalization;
using LiteDB;
using Npgsql;
using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Questions;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.LiteDb;
using SafetyBot.Knowledge.Storage.PostgreSql;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Bot.Hosting;

/// <summary>
/// <c>dotnet run --project Bot -- migrate-store --from &lt;litedb file&gt; --to &lt;connection string&gt;</c>: copies
/// every collection that PostgreSQL keeps (bot state, activity claims, outcome updates, leads, audit, subscriptions,
/// known conversations, summary deliveries, unanswered questions) from a LiteDB file into a PostgreSQL database, in
/// one transaction, then counts the rows of every table against what was read. The database is migrated first and
/// must hold none of those rows yet; the file is opened but never changed. Run it with the bot stopped.
/// Exit codes: 0 copied and verified, 1 refused or failed, 2 usage.
/// </summary>
public static class MigrateStoreCommand
{
    /// <summary>The command's verb.</summary>
    public const string Verb = "migrate-store";

    /// <summary>True when <paramref name="args"/> ask for this command.</summary>
    public static bool IsRequested(string[] args) => args is [var verb, ..] && string.Equals(verb, Verb, StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs the command and returns its exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not [_, "--from", var from, "--to", var to] || string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
        {
            await error.WriteLineAsync($"usage: dotnet run --project Bot -- {Verb} --from <litedb file> --to <PostgreSQL connection string>").ConfigureAwait(false);
            return 2;
        }

        var path = Path.GetFullPath(from);
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            await error.WriteLineAsync($"There is no LiteDB store at {path}: nothing to copy.").ConfigureAwait(false);
            return 1;
        }

        try
        {
            using var source = new SafetyDatabase(path, SafetyBsonMapper.Create(PersistedTypes.All));
            await using var target = new PostgreSqlDatabase(to);
            await target.OpenAsync(cancellationToken).ConfigureAwait(false);
            var tables = Tables(source.Database);
            await using var connection = await target.ConnectAsync(cancellationToken).ConfigureAwait(false);
            foreach (var table in tables)
            {
                if (await CountAsync(connection, table.Name, cancellationToken).ConfigureAwait(false) > 0)
                {
                    await error.WriteLineAsync($"{target.Description} already holds {table.Name}: nothing was copied. Copy into a new database.").ConfigureAwait(false);
                    return 1;
                }
            }

            if (!PostgreSqlKnowledgeCopy.IsEmpty(connection))
            {
                await error.WriteLineAsync($"{target.Description} already holds knowledge: nothing was copied. Copy into a new database.").ConfigureAwait(false);
                return 1;
            }

            IReadOnlyList<(string Collection, int Count)> knowledge;
            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var table in tables)
                {
                    foreach (var row in table.Rows)
                    {
                        await InsertAsync(connection, transaction, table.Insert, row, cancellationToken).ConfigureAwait(false);
                    }
                }

                await using (var identity = new NpgsqlCommand("SELECT setval(pg_get_serial_sequence('audit_log', 'id'), COALESCE(max(id), 0) + 1, false) FROM audit_log", connection, transaction))
                {
                    await identity.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                }

                // The knowledge and live data (figures with their history, imports and their undo journal, analysts...).
                knowledge = PostgreSqlKnowledgeCopy.Copy(source.Database, connection, transaction);

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            var verified = true;
            foreach (var table in tables)
            {
                var count = await CountAsync(connection, table.Name, cancellationToken).ConfigureAwait(false);
                verified &= count == table.Rows.Count;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{table.Name}: {table.Rows.Count} read, {count} in PostgreSQL{(count == table.Rows.Count ? string.Empty : "  <- DIFFERS")}")).ConfigureAwait(false);
            }

            foreach (var (collection, read) in knowledge)
            {
                var count = PostgreSqlKnowledgeCopy.Count(connection, collection);
                verified &= count == read;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{collection}: {read} read, {count} in PostgreSQL{(count == read ? string.Empty : "  <- DIFFERS")}")).ConfigureAwait(false);
            }

            await (verified
                ? output.WriteLineAsync($"Copied {path} into {target.Description}; every count matches. The knowledge and live data are in PostgreSQL too: each instance's Storage:DatabasePath file is from now on a local copy of them.")
                : error.WriteLineAsync("The counts differ: do not use the copy.")).ConfigureAwait(false);
            return verified ? 0 : 1;
        }
        catch (StoreUnavailableException exception)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return 1;
        }
        catch (NpgsqlException exception)
        {
            await error.WriteLineAsync($"The copy failed and nothing was copied: {PostgreSqlDatabase.CauseOf(exception)}.").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>Every table PostgreSQL keeps, with the rows read from the file for it.</summary>
    private static List<Table> Tables(ILiteDatabase db)
    {
        static List<object?[]> Read<T>(ILiteDatabase db, string collection, Func<T, object?[]> row) => db.GetCollection<T>(collection).FindAll().Select(row).ToList();

        return
        [
            new("bot_state", "INSERT INTO bot_state (id, key, state, etag) VALUES ($1, $2, $3::json, $4)",
                Read<StoredState>(db, LiteDbStorage.CollectionName, s => [s.Id, s.Key, s.Json, s.ETag])),
            new("activity_claims", "INSERT INTO activity_claims (key, seen_at) VALUES ($1, $2)",
                [.. db.GetCollection<ProcessedActivity>(LiteDbActivityClaims.CollectionName).FindAll()
                    .GroupBy(c => c.Key).Select(g => new object?[] { g.Key, g.Min(c => c.SeenAt) })]),
            new("unanswered_questions", "INSERT INTO unanswered_questions (id, text, times, first_asked, last_asked) VALUES ($1, $2, $3, $4, $5)",
                Read<UnansweredQuestion>(db, LiteDbUnansweredQuestionLog.CollectionName, q => [q.Id, q.Text, q.Times, q.FirstAsked, q.LastAsked])),
            new("action_leads", "INSERT INTO action_leads (action_id, aad_object_id, name, assigned_by, assigned_at) VALUES ($1, $2, $3, $4, $5)",
                Read<ActionLead>(db, LiteDbOutcomeStore.LeadsCollection, l => [l.ActionId, l.AadObjectId, l.Name, l.AssignedBy, l.AssignedAt])),
            new("outcome_updates",
                "INSERT INTO outcome_updates (id, idempotency_key, action_id, status, summary, measure_value, measure_unit, occurred_on, logged_at, logged_by, logged_by_name) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                Read<OutcomeUpdate>(db, LiteDbOutcomeStore.UpdatesCollection, u =>
                    [u.Id, u.IdempotencyKey, u.ActionId, u.Status.ToString(), u.Summary, u.MeasureValue, u.MeasureUnit,
                     u.OccurredOn is { } day ? DateOnly.FromDateTime(day) : null, u.LoggedAt, u.LoggedBy, u.LoggedByName])),
            new("audit_log", "INSERT INTO audit_log (id, at, who, who_name, what, subject, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)",
                Read<AuditEntry>(db, LiteDbOutcomeStore.AuditCollection, a => [a.Id, a.At, a.Who, a.WhoName, a.What, a.Subject, a.Before, a.After])),
            new("known_conversations", "INSERT INTO known_conversations (conversation_key, reference, kind, display_name, tenant_id, seen_at) VALUES ($1, $2::json, $3, $4, $5, $6)",
                Read<KnownConversation>(db, LiteDbSubscriptionStore.ConversationsCollection, c => [c.ConversationKey, c.ReferenceJson, c.Kind.ToString(), c.DisplayName, c.TenantId, c.SeenAt])),
            new("subscriptions",
                "INSERT INTO subscriptions (conversation_key, reference, kind, display_name, tenant_id, created_by, created_at, reference_updated_at, is_active, deactivated_reason, deactivated_at) VALUES ($1, $2::json, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                Read<Subscription>(db, LiteDbSubscriptionStore.SubscriptionsCollection, s =>
                    [s.ConversationKey, s.ReferenceJson, s.Kind.ToString(), s.DisplayName, s.TenantId, s.CreatedBy, s.CreatedAt, s.ReferenceUpdatedAt, s.IsActive, s.DeactivatedReason, s.DeactivatedAt])),
            new("summary_deliveries",
                "INSERT INTO summary_deliveries (quarter_key, conversation_key, state, attempts, claimed_by, claimed_at, sent_at, activity_id, last_error, last_error_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                Read<SummaryDelivery>(db, LiteDbSummaryDeliveryLog.CollectionName, d =>
                    [d.QuarterKey, d.ConversationKey, d.State.ToString(), d.Attempts, d.ClaimedBy, d.ClaimedAt, d.SentAt, d.ActivityId, d.LastError, d.LastErrorAt])),
        ];
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // The table names are this class's own constants.
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
#pragma warning restore CA2100
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, object?[] row, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // The statements are this class's own constants; every value is a parameter.
        await using var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
        foreach (var value in row)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value switch { null => DBNull.Value, DateTimeOffset time => time.ToUniversalTime(), _ => value } });
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed record Table(string Name, string Insert, List<object?[]> Rows);
}
