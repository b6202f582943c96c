using System.Text.RegularExpressions;
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
    private readonly Lock _gate = new();

    /// <summary>Creates the log on the app's database.</summary>
    public UnansweredQuestionLog(SafetyDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <summary>Records <paramref name="question"/> (ignored when blank).</summary>
    public void Record(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = Spaces().Replace(question, " ").Trim();
        if (text.Length == 0)
        {
            return;
        }

        text = text.Length > MaxLength ? text[..MaxLength] : text;
        var id = text.ToLowerInvariant();
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var collection = _database.Database.GetCollection<UnansweredQuestion>(CollectionName);
            var existing = collection.FindById(id);
            if (existing is null)
            {
                collection.Insert(new UnansweredQuestion { Id = id, Text = text, Times = 1, FirstAsked = now, LastAsked = now });
            }
            else
            {
                existing.Times++;
                existing.LastAsked = now;
                collection.Update(existing);
            }
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
}
