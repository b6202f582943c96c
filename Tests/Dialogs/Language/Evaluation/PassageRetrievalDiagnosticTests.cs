using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Language;
using SafetyBot.Knowledge.Retrieval;
using SafetyBot.Tests.Infrastructure;
using Xunit.Abstractions;
using KnowledgeQuery = SafetyBot.Knowledge.Retrieval.PassageQuery;

namespace SafetyBot.Tests.Dialogs.Language.Evaluation;

/// <summary>
/// A diagnostic of the passage retrieval over the prose questions of the tuning files (never the held-out ones): for
/// each standalone prose question whose must-contain words all stand in one passage of the assessment and that the
/// recogniser sends to the passage search, is that passage ranked first, and does the quote hold the words? Recognised by the real recogniser of the running app,
/// searched by its real passage index, as a member's question would be. Prints the hit rates and the misses; the
/// floor only goes up.
/// </summary>
public sealed class PassageRetrievalDiagnosticTests(ITestOutputHelper output)
{
    // Measured 5 December 2026: 86.1 % before the retrieval work of this pass, 86.5 % after (quote holds the words 79.5 % -> 79.4 %
    // of more questions searched: 122 -> 126) over sets 1-3. With sets 4 and 5 (written that night, tuned on by no one
    // when they joined) it is 81.5 % ranked first (93.0 % in the top 3, the quote holding the words 74.5 %; 200 searched): the floor is that, rounded down; raised as it rises.
    // After the everyday-words work of issue 13's prose helper: 83.4 % ranked first (94.6 % in the top 3, quote 76.6 %; 205 searched).
    private const double FirstFloor = 0.83;

    private static readonly string[] TuningFiles = ["tuning.tsv", "tuning2.tsv", "tuning3.tsv", "tuning4.tsv", "tuning5.tsv"];

    [Fact]
    public async Task TuningProseQuestions_TheirAnsweringPassageIsRankedFirst_AtLeastAtTheFloor()
    {
        using var folder = new TempFolder();
        using var host = new BotHost(folder.File("retrieval.db"));
        await host.SayAsync("hello");
        using var scope = host.Services.CreateScope();
        var recognizer = scope.ServiceProvider.GetRequiredService<IIntentRecognizer>();
        var search = scope.ServiceProvider.GetRequiredService<IPassageSearch>();
        var passages = search.Passages();

        var report = new StringBuilder();
        int answerable = 0, first = 0, inTop = 0, quoted = 0, routedElsewhere = 0;
        foreach (var question in TuningFiles.Where(Exists).SelectMany(AssessmentQuestion.Load)
                     .Where(q => q.IsStandalone && q.Expect == "prose" && q.MustContain.Count > 0))
        {
            bool Holds(string text) => question.MustContain.All(item => AnswerText.Contains(AnswerText.Normalize(text), item));
            if (!passages.Any(p => Holds(Text(p))))
            {
                continue;
            }

            answerable++;
            var text = MentionText.Clean(question.Text);
            var understanding = recognizer.Recognize(text);
            if (understanding.Intent != Intent.Passage)
            {
                routedElsewhere++;
                continue;
            }

            // As the passage handler searches: within the topic named, or within each of the topics the words fit equally.
            PassageResult Within(string? topic) =>
                search.Search(new KnowledgeQuery(understanding.Passage?.Text ?? text, topic, understanding.Passage?.Aspect ?? PassageAspect.General) { MaxHits = 3 });
            var result = understanding.Topic is not null || understanding.Candidates.Count == 0
                ? Within(understanding.Topic)
                : understanding.Candidates.Select(Within).Where(r => r.Found).MaxBy(r => r.Best!.Score) ?? Within(null);
            var rank = result.Hits.Select((h, i) => (h, i)).FirstOrDefault(x => Holds(Text(x.h.Passage))) is { h: not null } found ? found.i + 1 : 0;
            first += rank == 1 ? 1 : 0;
            inTop += rank > 0 ? 1 : 0;
            var quoteHolds = result.Best is { } best && Holds(string.Join(" ", best.BestSentences));
            quoted += quoteHolds ? 1 : 0;
            if (rank != 1 || !quoteHolds)
            {
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"- {question.Id} [{question.Family}] rank {(rank == 0 ? "-" : rank.ToString(CultureInfo.InvariantCulture))}, quote {(quoteHolds ? "holds" : "misses")} [{string.Join(" | ", question.MustContain)}]: \"{question.Text}\" -> {result.Best?.Passage.Id ?? "nothing"}: {Clip(result.Best is { } b ? string.Join(" ", b.BestSentences) : string.Empty)}");
            }
        }

        // Questions the recogniser sends to another answer (the glossary, the opportunities card...) are answered there.
        var searched = answerable - routedElsewhere;
        double Share(int n) => searched == 0 ? 1 : (double)n / searched;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Prose questions answerable from one passage: {answerable}, of which {routedElsewhere} answered by another card and {searched} searched: passage ranked first {first} ({Share(first):P1}), in the top 3 {inTop} ({Share(inTop):P1}), the quote holds the words {quoted} ({Share(quoted):P1})."));
        output.WriteLine(report.ToString());

        Assert.True(Share(first) >= FirstFloor, string.Create(CultureInfo.InvariantCulture, $"Ranked first {Share(first):P1} is below the floor {FirstFloor:P0}; see the output."));
    }

    private static bool Exists(string file) =>
        File.Exists(Path.Combine(AppContext.BaseDirectory, "Dialogs", "Language", "Evaluation", "Assessment", file));

    private static string Text(Passage passage) => (passage.Title ?? string.Empty) + " " + passage.Text;

    private static string Clip(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
