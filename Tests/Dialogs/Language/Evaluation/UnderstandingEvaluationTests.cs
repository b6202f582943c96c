using System.Diagnostics;
using System.Globalization;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Language;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Retrieval;
using SafetyBot.Tests.Knowledge;
using Xunit.Abstractions;

namespace SafetyBot.Tests.Dialogs.Language.Evaluation;

/// <summary>
/// The evaluation set: over 200 realistic questions (paraphrases, typos, follow-ups, out of
/// scope) labelled with intent, topic and period, recognised against the real seeded store.
/// </summary>
public sealed class UnderstandingEvaluationTests(ITestOutputHelper output) : IDisposable
{
    private const double RequiredAccuracy = 0.95;

    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void EvaluationSet_HasAtLeast200Questions()
    {
        Assert.True(EvaluationQuestion.Load().Count >= 200);
    }

    [Fact]
    public void EvaluationSet_IsUnderstoodAtLeast95PercentOfTheTime()
    {
        var recognizer = new IntentRecognizer(new KnowledgeVocabulary(_store.Store));
        var questions = EvaluationQuestion.Load();
        var contexts = new Dictionary<string, QuestionContext>(StringComparer.Ordinal);
        var results = new List<(EvaluationQuestion Question, bool Right, string Got)>();

        foreach (var question in questions)
        {
            var context = question.Conversation == "-" ? null : contexts.TryGetValue(question.Conversation, out var known) ? known : contexts[question.Conversation] = new QuestionContext();
            var understood = FollowUpResolver.Resolve(recognizer.Recognize(question.Text), context);
            if (context is not null)
            {
                FollowUpResolver.Remember(context, understood);
            }

            results.Add((question, Matches(question, understood), Describe(understood)));
        }

        var accuracy = (double)results.Count(r => r.Right) / results.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Understood {results.Count(r => r.Right)} of {results.Count}: {accuracy:P1}"));
        foreach (var group in results.GroupBy(r => Verbs.Of(r.Question.Intent)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Key,-24} {group.Count(r => r.Right),3}/{group.Count(),-3} {(double)group.Count(r => r.Right) / group.Count():P0}"));
        }

        foreach (var miss in results.Where(r => !r.Right))
        {
            output.WriteLine($"  MISS line {miss.Question.Line}: \"{miss.Question.Text}\" expected {Describe(miss.Question)} got {miss.Got}");
        }

        Assert.True(accuracy >= RequiredAccuracy, string.Create(CultureInfo.InvariantCulture, $"Accuracy {accuracy:P1} is below {RequiredAccuracy:P0}; see the output for the misses."));
    }

    /// <summary>
    /// The recogniser is pure and thread-safe, as <see cref="IntentRecognizer"/> says and
    /// <see cref="RecentUnderstandings"/> relies on: every question is understood the same way by
    /// another instance, in the reverse order, and on eight threads at once.
    /// </summary>
    [Fact]
    public void Recognition_IsPure_SameUnderstandingInAnyOrderOnAnyThread()
    {
        var vocabulary = new KnowledgeVocabulary(_store.Store);
        var questions = EvaluationQuestion.Load().Select(q => q.Text).Distinct(StringComparer.Ordinal).ToList();
        var shared = new IntentRecognizer(vocabulary);
        var first = questions.ToDictionary(text => text, text => Everything(shared.Recognize(text)), StringComparer.Ordinal);

        var another = new IntentRecognizer(vocabulary);
        var watch = Stopwatch.StartNew();
        var reversed = Enumerable.Reverse(questions).Select(text => (text, understood: Everything(another.Recognize(text)))).ToList();
        watch.Stop();
        var concurrent = new System.Collections.Concurrent.ConcurrentBag<(string Text, string Understood)>();
        Parallel.ForEach(Enumerable.Range(0, 4).SelectMany(_ => questions), new ParallelOptions { MaxDegreeOfParallelism = 8 }, text => concurrent.Add((text, Everything(shared.Recognize(text)))));

        var differences = reversed.Concat(concurrent.Select(c => (text: c.Text, understood: c.Understood)))
            .Where(r => r.understood != first[r.text])
            .Select(r => $"\"{r.text}\": {first[r.text]} then {r.understood}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} questions were understood differently:\n{string.Join('\n', differences.Take(10))}");
        Assert.Equal(4 * questions.Count, concurrent.Count);

        // A figure to read, not a timed assertion: speed belongs in benchmarks.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Recognition: {watch.Elapsed.TotalMilliseconds * 1000 / questions.Count:F0} µs per question (mean of {questions.Count})"));
    }

    /// <summary>The whole understanding: intent, every slot, and whether it came from a card.</summary>
    private static string Everything(Understanding understanding) => System.Text.Json.JsonSerializer.Serialize(understanding);

    /// <summary>Right when the intent, the topic (or the candidates to ask between), the period and the direction are those labelled.</summary>
    /// A question labelled unknown may also be sent, with no topic, to the search of the assessment's words
    /// (the last rule of the table): the handler then says it can't answer unless a passage truly answers it.
    private static bool Matches(EvaluationQuestion question, Understanding understanding) =>
        (understanding.Intent == question.Intent
            || (question.Intent == Intent.Unknown && understanding is { Intent: Intent.Passage, Topic: null, Passage.Aspect: PassageAspect.General }))
        && TopicsOf(understanding).SequenceEqual(question.Topics, StringComparer.Ordinal)
        && understanding.Period == question.Period
        && understanding.Filter?.Direction == question.Direction;

    private static string Describe(EvaluationQuestion question) => Describe(question.Intent, question.Topics, question.Period, question.Direction);

    private static string Describe(Understanding understanding) =>
        Describe(understanding.Intent, TopicsOf(understanding), understanding.Period, understanding.Filter?.Direction);

    private static string Describe(Intent intent, IReadOnlyList<string> topics, PeriodSlots period, MoveDirection? direction)
    {
        var labels = PeriodFields.Write(period);
        if (direction is { } move)
        {
            labels["direction"] = move == MoveDirection.Up ? "up" : "down";
        }

        var described = string.Join(';', labels.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        return $"{Verbs.Of(intent)} topic={(topics.Count == 0 ? "-" : string.Join('|', topics))} period={(described.Length == 0 ? "-" : described)}";
    }

    /// <summary>The topic, or the candidates (a set: sorted).</summary>
    private static IReadOnlyList<string> TopicsOf(Understanding understanding) =>
        understanding.Topic is { } topic ? [topic] : [.. understanding.Candidates.Order(StringComparer.Ordinal)];
}
