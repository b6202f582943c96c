using System.Globalization;
using SafetyBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SafetyBot.Tests.Dialogs.Language.Evaluation;

/// <summary>
/// The assessment evaluation: questions written from the strategic assessment alone, by people who never read
/// SafetyBot's code, asked of the running bot through /api/messages and judged by <see cref="AnswerJudge"/>.
/// Each writer's set is split two thirds / one third (<c>scripts/split-questions.py</c>): the tuning file may be read to
/// find families of failure; the held-out file is run and reported, but its failures are never shown, and it is never
/// read to decide a rule. See Assessment/README.md.
/// </summary>
public sealed class AssessmentEvaluationTests(AssessmentEvaluationTests.Evaluation evaluation, ITestOutputHelper output)
    : IClassFixture<AssessmentEvaluationTests.Evaluation>
{
    // The target is 95% on the held-out thirds (issue 13). Each floor is a score measured on the file, rounded down to the
    // percent, so that main stays green while the bot gets there. The floors only go up: raise them as the scores
    // rise; never lower them. History, newest last:
    // Set 1 (tuning.tsv, heldout.tsv, 4 December 2026): 67.1% / 71.0% when the harness was written; tuning 74.0%, 81.2%
    //   after issue 13 items 1-8; 95.3% / 83.1% after Understanding II on set 2; tuning 98.1% after the prose families.
    // Set 2 (tuning2.tsv, heldout2.tsv, 4 December 2026): 77.3% / 70.1% before any tuning on it; 83.3% / 75.3% after the
    //   first pass; 87.1% after the no-figure and list families; 93.1% / 78.4% after the retrieval, list and follow-up families.
    // Set 3 (4 December 2026, evening): 86.4% / 83.3% before anyone tuned on it (main 8c82373); 89.9% / 86.3% after the
    //   evening's families (tuned on sets 1 and 2 only); 92.5% / 86.3% after tuning on it.
    // Set 4 (5 December 2026, night): 86.0% / 83.7% before anyone tuned on it (after s7-und-a, s7-und-b).
    // Set 5 (the same night): 80.4% / 80.9% before anyone tuned on it; 85.0% / 87.2% once the judge found a signed change
    //   written out ("+193" as "up 193"), with no change to the bot.
    // Set 6 (5 December 2026, morning, 386 questions): 79.8% / 79.8% before anyone tuned on it.
    // 5 December 2026, afternoon (s9-topics, s9-gaps, s9-prose, s9-fig, tuned on the tuning files of sets 1 to 5, set 6
    //   unread): set 1 98.9% / 88.5%, set 2 95.3% / 82.5%, set 3 96.1% / 91.2%, set 4 97.8% / 88.4%, set 5 93.3% / 90.4%,
    //   set 6 84.3% / 81.5% (still untuned).
    // Set 7 (5 December 2026, evening, 389 questions, a seventh writer): 86.1% / 85.4% on main after the afternoon's merges,
    //   before anyone tuned on it (the s10-* helpers, tuning on set 6, were told never to look at it).
    // 5 December 2026, evening (s10-fig, s10-gap, s10-prose, tuned on the tuning files of sets 1 to 6, set 7 unread):
    //   set 1 99.2% / 90.2%, set 2 97.0% / 83.5%, set 3 96.5% / 91.2%, set 4 98.2% / 90.7%, set 5 95.8% / 91.5%,
    //   set 6 97.8% / 84.0%, set 7 88.1% / 86.9% (still untuned).
    // Set 8 (5 December 2026, late evening, 383 questions, an eighth writer): 89.4% / 85.3% on main after the evening's
    //   merges, before anyone tuned on it (the s11-* helpers, tuning on set 7, were told never to look at it).
    // 5 December 2026, late evening (s11-fig, s11-oos, s11-prose, tuned on the tuning files of sets 1 to 7, set 8 unread):
    //   set 1 99.2% / 90.7%, set 2 97.4% / 83.5%, set 3 96.9% / 93.1%, set 4 98.2% / 92.2%, set 5 96.7% / 93.6%,
    //   set 6 98.5% / 84.0%, set 7 98.8% / 87.6%, set 8 92.5% / 85.3% (still untuned).
    // Set 9 (5 December 2026, night, 395 questions, a ninth writer): 90.0% / 83.6% on main 823a348, before anyone tuned on it
    //   or read it (nobody had tuned on set 8 either since it was measured).
    // 5 December 2026, night (s12-gaps, s12-prose tuned on the tuning files of sets 1 to 8; s12-overview from questions of my own,
    //   none from a file; set 9 unread): set 1 99.2% / 91.3%, set 2 97.9% / 86.6%, set 3 97.4% / 93.1%, set 4 98.5% / 92.2%,
    //   set 5 96.7% / 94.7%, set 6 98.5% / 84.0%, set 7 98.8% / 87.6%, set 8 100% / 86.0%, set 9 90.8% / 85.1% (still untuned),
    //   after the attacker's holes were mended too.
    // Set 10 (6 December 2026, early morning, 412 questions, a tenth writer): 85.3% / 85.7% on main 7954f54, before anyone
    //   tuned on it or read it (set 9's tuning third was opened for tuning only after set 10 was written).
    // 6 December 2026, early morning (s13-figures, s13-prose tuned on the tuning files of sets 1 to 9; s13-mine2 from the
    //   attacker's list; set 10 unread): set 1 99.2% / 91.8%, set 2 97.9% / 86.6%, set 3 97.4% / 93.1%, set 4 98.5% / 92.2%,
    //   set 5 97.1% / 95.7%, set 6 98.5% / 84.9%, set 7 98.8% / 89.8%, set 8 100% / 86.0%, set 9 99.6% / 85.8%,
    //   set 10 86.4% / 86.5% (still untuned).
    // Then (s13-mine3..6, s13-followups, s13-series, from the attacker's list and from tuning10's failure list, read after
    //   set 10 was measured; heldout10 never read but for one line a helper's grep printed): set 2 held-out 87.6%,
    //   set 5 held-out 96.8%, set 10 87.8% / 86.5%; the rest unchanged.
    // Set 11 (6 December 2026, 03:30 UTC, 437 questions, an eleventh writer): 93.5% / 91.9% on main f4c2c5a, before anyone
    //   tuned on it or read it.
    // s14-mine: "is road safety a priority?" answered by whether the topic is evidence for a recommended priority (the attacker's
    //   hole: it got the road safety figure card) moved one held-out question of set 8 to wrong and one of set 10 to right; the
    //   set 8 held-out floor is 0.85 since (110 of 129), the question never read.
    // 6 December 2026, 04:45 UTC (s14-followups, s14-prose tuned on the tuning files of sets 1 to 10; s14-mine from the attacker's
    //   lists; set 11 unread): set 1 99.2% / 92.3%, set 2 98.3% / 88.7%, set 3 97.4% / 93.1%, set 4 99.3% / 93.0%,
    //   set 5 98.3% / 97.9%, set 6 98.9% / 84.9%, set 7 99.6% / 89.8%, set 8 100% / 88.4%, set 9 99.6% / 87.3%,
    //   set 10 98.2% / 88.7%, set 11 93.5% / 93.1% (still untouched: 92.9% on arrival, 93.4% now).
    // End of stop 27 (s14-tuning11 tuned on set 11's tuning third once set 11 was measured; s14-holes from the attacker's
    //   list): set 1 99.2% / 92.9%, set 2 98.3% / 89.7%, set 3 97.4% / 93.1%, set 4 99.6% / 93.0%, set 5 98.8% / 98.9%,
    //   set 6 98.9% / 84.9%, set 7 99.6% / 89.8%, set 8 100% / 89.9%, set 9 99.6% / 88.1%, set 10 98.2% / 88.7%,
    //   set 11 99.6% / 93.1%.
    // 6 December 2026, 06:45 UTC: set 12 (435 questions by a twelfth writer who read only the assessment) measured on 0fb7944
    //   before anyone read it or tuned on it: 94.3% / 89.9% (279 of 296, 125 of 139).
    // End of stop 28 (s15-followups on sets 1 to 11's tuning files; s15-tuning12 once set 12 was measured; s15-holes and the
    //   lead's priority work from two attackers' lists; the CSEW and police recorded crime as sources): set 1 99.2% / 93.4%,
    //   set 2 98.7% / 90.7%, set 3 98.2% / 94.1%, set 4 99.6% / 93.0%, set 5 99.2% / 98.9%, set 6 98.9% / 84.9%,
    //   set 7 99.6% / 91.2%, set 8 100% / 90.7%, set 9 99.6% / 89.6%, set 10 98.6% / 90.2%, set 11 100% / 95.0%,
    //   set 12 98.6% / 89.9%.
    // A floor is the score rounded down to the percent from the counts, never from the report's rounded figure.
    private static readonly QuestionSet[] Sets =
    [
        new("Set 1", "tuning.tsv", 0.99, "heldout.tsv", 0.94),
        new("Set 2", "tuning2.tsv", 0.98, "heldout2.tsv", 0.92),
        new("Set 3", "tuning3.tsv", 0.98, "heldout3.tsv", 0.96),
        new("Set 4", "tuning4.tsv", 1.00, "heldout4.tsv", 0.98),
        new("Set 5", "tuning5.tsv", 1.00, "heldout5.tsv", 1.00),
        new("Set 6", "tuning6.tsv", 0.98, "heldout6.tsv", 0.85),
        new("Set 7", "tuning7.tsv", 0.99, "heldout7.tsv", 0.93),
        new("Set 8", "tuning8.tsv", 1.00, "heldout8.tsv", 0.93),
        new("Set 9", "tuning9.tsv", 1.00, "heldout9.tsv", 0.94),
        new("Set 10", "tuning10.tsv", 0.98, "heldout10.tsv", 0.94),
        new("Set 11", "tuning11.tsv", 1.00, "heldout11.tsv", 0.96),
        new("Set 12", "tuning12.tsv", 0.99, "heldout12.tsv", 0.93),
        new("Set 13", "tuning13.tsv", 0.96, "heldout13.tsv", 0.97),
        new("Set 14", "tuning14.tsv", 0.97, "heldout14.tsv", 0.97),
        new("Set 15", "tuning15.tsv", 0.94, "heldout15.tsv", 0.92),
        new("Set 16", "tuning16.tsv", 0.96, "heldout16.tsv", 0.96),
        new("Set 17", "tuning17.tsv", 0.96, "heldout17.tsv", 0.96),
        new("Set 18", "tuning18.tsv", 0.94, "heldout18.tsv", 0.96),
        new("Set 19", "tuning19.tsv", 0.95, "heldout19.tsv", 0.96),
        new("Set P", "tuningP.tsv", 0.98, "heldoutP.tsv", 0.92),
        new("Set P2", "tuningP2.tsv", 0.98, "heldoutP2.tsv", 0.96),
        new("Set P3", "tuningP3.tsv", 0.92, "heldoutP3.tsv", 0.89),
        new("Set P4", "tuningP4.tsv", 0.98, "heldoutP4.tsv", 0.94),
        new("Set P5", "tuningP5.tsv", 0.89, "heldoutP5.tsv", 0.88),
    ];

    /// <summary>Every question file, tuning and held-out thirds alike.</summary>
    public static TheoryData<string> Files() =>
        new(Sets.SelectMany(set => new[] { set.TuningFile, set.HeldOutFile }));

    [Fact]
    public void QuestionFiles_AreWellFormed_AndEachHeldOutThirdIsSeparate()
    {
        var everyId = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in Sets)
        {
            var tuning = AssessmentQuestion.Load(set.TuningFile);
            var heldOut = AssessmentQuestion.Load(set.HeldOutFile);

            Assert.True(tuning.Count + heldOut.Count >= 300, $"{set.Name} holds at least 300 questions, as the issue asks.");
            Assert.InRange((double)heldOut.Count / (tuning.Count + heldOut.Count), 0.25, 0.40);
            Assert.All(tuning.Concat(heldOut), q => Assert.True(everyId.Add(q.Id), $"{q.Id} appears once in all the files."));
            Assert.Empty(Chains(tuning).Intersect(Chains(heldOut), StringComparer.Ordinal));
            foreach (var questions in new[] { tuning, heldOut })
            {
                var chains = questions.Select((q, i) => (q.Conversation, i)).Where(c => c.Conversation != "-").GroupBy(c => c.Conversation);
                Assert.All(chains, chain => Assert.Equal(chain.Count() - 1, chain.Last().i - chain.First().i));
            }
        }

        static IEnumerable<string> Chains(IEnumerable<AssessmentQuestion> questions) =>
            questions.Where(q => !q.IsStandalone).Select(q => q.Conversation);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void QuestionFile_IsAnsweredRight_AtLeastAtItsFloor(string file)
    {
        output.WriteLine(evaluation.Report);
        var set = Sets.Single(s => s.TuningFile == file || s.HeldOutFile == file);
        var (floor, third) = file == set.TuningFile ? (set.TuningFloor, "tuning") : (set.HeldOutFloor, "held-out");
        var score = AssessmentReport.Score(evaluation.Results[file]);

        Assert.True(score >= floor, string.Create(CultureInfo.InvariantCulture, $"{set.Name} {third} score {score:P1} is below its floor {floor:P0}; see the output."));
    }

    /// <summary>One writer's questions: the tuning two thirds and the held-out third, each with its floor.</summary>
    private sealed record QuestionSet(string Name, string TuningFile, double TuningFloor, string HeldOutFile, double HeldOutFloor);

    /// <summary>Starts the real app once, asks every file's questions, and writes the report next to the tests.</summary>
    public sealed class Evaluation : IAsyncLifetime
    {
        private readonly TempFolder _folder = new();
        private BotHost? _host;

        /// <summary>Each file's results, by file name.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<AssessmentResult>> Results { get; private set; } =
            new Dictionary<string, IReadOnlyList<AssessmentResult>>();

        public string Report { get; private set; } = string.Empty;

        /// <summary>Where the last run's report is written (the test output folder).</summary>
        public static string ReportPath => Path.Combine(AppContext.BaseDirectory, "Dialogs", "Language", "Evaluation", "Assessment", "last-run.md");

        public async Task InitializeAsync()
        {
            _host = new BotHost(_folder.File("assessment.db"));
            var runs = new List<(string File, bool HeldOut, IReadOnlyList<AssessmentResult> Results)>();
            foreach (var set in Sets)
            {
                runs.Add((set.TuningFile, false, await AssessmentRunner.RunAsync(_host, set.TuningFile, AssessmentQuestion.Load(set.TuningFile))));
                runs.Add((set.HeldOutFile, true, await AssessmentRunner.RunAsync(_host, set.HeldOutFile, AssessmentQuestion.Load(set.HeldOutFile))));
            }

            Results = runs.ToDictionary(run => run.File, run => run.Results, StringComparer.Ordinal);
            Report = AssessmentReport.Build(runs) + Environment.NewLine + "Written to " + ReportPath + Environment.NewLine;
            await File.WriteAllTextAsync(ReportPath, Report);
        }

        public Task DisposeAsync()
        {
            _host?.Dispose();
            _folder.Dispose();
            return Task.CompletedTask;
        }
    }
}
