using Microsoft.Extensions.Logging;
using SafetyBot.Knowledge.Questions;

namespace SafetyBot.Knowledge.Storage.PostgreSql;

/// <summary>
/// <see cref="IUnansweredQuestionLog"/> on PostgreSQL (table <c>unanswered_questions</c>): each question is one
/// upsert that counts it, so instances recording one question at once lose no count.
/// </summary>
public sealed class PostgreSqlUnansweredQuestionLog : IUnansweredQuestionLog
{
    private readonly PostgreSqlDatabase _database;
    private readonly TimeProvider _time;
    private readonly ILogger<PostgreSqlUnansweredQuestionLog> _logger;

    /// <summary>Creates the log on the app's database.</summary>
    public PostgreSqlUnansweredQuestionLog(PostgreSqlDatabase database, TimeProvider time, ILogger<PostgreSqlUnansweredQuestionLog> logger)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _database = database;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task<bool> RecordAsync(string question, CancellationToken cancellationToken = default)
    {
        if (UnansweredQuestionText.Normalise(question) is not { } text)
        {
            return false;
        }

        try
        {
            await using var connection = await _database.ConnectAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new Npgsql.NpgsqlCommand(
                """
                INSERT INTO unanswered_questions (id, text, times, first_asked, last_asked) VALUES ($1, $2, 1, $3, $3)
                ON CONFLICT (id) DO UPDATE SET times = unanswered_questions.times + 1, last_asked = excluded.last_asked
                """,
                connection);
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = UnansweredQuestionText.IdOf(text) });
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = text });
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = _time.GetUtcNow().ToUniversalTime() });
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
#pragma warning disable CA1031 // A side record: the member's turn matters more than the log.
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            UnansweredQuestionLogging.NotRecorded(_logger, exception);
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<UnansweredQuestion>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return await Sql.QueryAsync(
            _database,
            "SELECT id, text, times, first_asked, last_asked FROM unanswered_questions ORDER BY last_asked DESC LIMIT $1",
            r => new UnansweredQuestion { Id = r.GetString(0), Text = r.GetString(1), Times = r.GetInt32(2), FirstAsked = Sql.Time(r, 3), LastAsked = Sql.Time(r, 4) },
            cancellationToken,
            count).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        (int)(await Sql.QueryAsync(_database, "SELECT count(*) FROM unanswered_questions", r => r.GetInt64(0), cancellationToken).ConfigureAwait(false)).Single();
}
