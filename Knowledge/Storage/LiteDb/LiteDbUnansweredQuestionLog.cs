using Microsoft.Extensions.Logging;
using SafetyBot.Knowledge.Questions;

namespace SafetyBot.Knowledge.Storage.LiteDb;

/// <summary><see cref="IUnansweredQuestionLog"/> in the LiteDB file, written through its group commit.</summary>
public sealed partial class LiteDbUnansweredQuestionLog : IUnansweredQuestionLog
{
    /// <summary>Name of the LiteDB collection.</summary>
    public const string CollectionName = "unanswered_questions";

    private readonly SafetyDatabase _database;
    private readonly TimeProvider _time;
    private readonly ILogger<LiteDbUnansweredQuestionLog> _logger;

    /// <summary>Creates the log on the app's database.</summary>
    public LiteDbUnansweredQuestionLog(SafetyDatabase database, TimeProvider time, ILogger<LiteDbUnansweredQuestionLog> logger)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _database = database;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    /// <remarks>Through the store's group commit, so that under load one commit serves the turns' claims, state and unanswered questions alike.</remarks>
    public async Task<bool> RecordAsync(string question, CancellationToken cancellationToken = default)
    {
        if (UnansweredQuestionText.Normalise(question) is not { } text)
        {
            return false;
        }

        var id = UnansweredQuestionText.IdOf(text);
        var now = _time.GetUtcNow();
        try
        {
            // A function of what it reads (group commit may run it again when another write of its batch fails).
            await _database.WriteAsync(
                db =>
                {
                    var collection = db.GetCollection<UnansweredQuestion>(CollectionName);
                    var existing = collection.FindById(id);
                    return existing is null
                        ? collection.Upsert(new UnansweredQuestion { Id = id, Text = text, Times = 1, FirstAsked = now, LastAsked = now })
                        : collection.Update(new UnansweredQuestion { Id = id, Text = existing.Text, Times = existing.Times + 1, FirstAsked = existing.FirstAsked, LastAsked = now });
                },
                cancellationToken).ConfigureAwait(false);
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
    public Task<IReadOnlyList<UnansweredQuestion>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return Task.FromResult<IReadOnlyList<UnansweredQuestion>>(_database.Database.GetCollection<UnansweredQuestion>(CollectionName)
            .FindAll()
            .OrderByDescending(q => q.LastAsked)
            .Take(count)
            .ToList());
    }

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(_database.Database.GetCollection<UnansweredQuestion>(CollectionName).Count());
}
