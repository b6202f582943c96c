using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge.Questions;

/// <summary>Records questions that got no answer, without identity, and lists them for review.</summary>
public sealed partial class UnansweredQuestionLog
{
    /// <summary>Longest question kept, in characters.</summary>
    public const int MaxLength = 500;

    /// <summary>Name of the LiteDB collection.</summary>
    public const string CollectionName = "unanswered_questions";

    private readonly SafetyDatabase _database;
    private readonly TimeProvider _time;
    private readonly ILogger<UnansweredQuestionLog> _logger;

    /// <summary>Creates the log on the app's database.</summary>
    public UnansweredQuestionLog(SafetyDatabase database, TimeProvider time, ILogger<UnansweredQuestionLog> logger)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _database = database;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Records <paramref name="question"/> (ignored when blank) through the store's group commit, so that under load
    /// one commit serves the turns' claims, state and unanswered questions alike; completes once it is committed.
    /// Best effort: the log is a side record, so a failure to write it is logged (without the question) and never
    /// thrown. False when it was not recorded.
    /// </summary>
    public async Task<bool> RecordAsync(string question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = Spaces().Replace(question, " ").Trim();
        if (text.Length == 0)
        {
            return false;
        }

        if (text.Length > MaxLength)
        {
            // Never cut between the two halves of a character outside the Basic Multilingual Plane.
            text = text[..(char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];
        }

        // Up to 2,000 bytes of UTF-8: too long for a LiteDB index key, so a long question is kept under its hash.
        var id = IndexKey.Of(text.ToLowerInvariant());
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
            LogNotRecorded(_logger, exception);
            return false;
        }
    }

    /// <summary>The most recently asked unanswered questions, newest first.</summary>
    public IReadOnlyList<UnansweredQuestion> Recent(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return _database.Database.GetCollection<UnansweredQuestion>(CollectionName)
            .FindAll()
            .OrderByDescending(q => q.LastAsked)
            .Take(count)
            .ToList();
    }

    /// <summary>How many distinct questions are recorded.</summary>
    public int Count() => _database.Database.GetCollection<UnansweredQuestion>(CollectionName).Count();

    [GeneratedRegex(@"\s+", RegexOptions.None, 200)]
    private static partial Regex Spaces();

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "An unanswered question could not be recorded; the member's turn goes on")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception);
}
