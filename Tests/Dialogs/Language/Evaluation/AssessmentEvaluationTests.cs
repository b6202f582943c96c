using System.Globalization;
using SafetyBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SafetyBot.Tests.Dialogs.Language.Evaluation;

/// <summary>
/// The assessment evaluation: questions written from the strategic assessment alone, by someone who never read
/// SafetyBot's code, asked of the running bot through /api/messages and judged by <see cref="AnswerJudge"/>.
/// Two thirds tune (Assessment/tuning.tsv); one third is held out (Assessment/heldout.tsv): it is run and
/// reported, but its failures are never shown, and it is never read to decide a rule. A second writer's tuning
/// two thirds (Assessment/tuning2.tsv) is run beside them, and its held-out third (Assessment/heldout2.tsv) is run and
/// reported like the first set's, never read to decide a rule. A third writer's set (tuning3.tsv, heldout3.tsv) is
/// run the same way; its held-out third too is never read. A fourth and a fifth writer's sets (tuning4/heldout4, tuning5/heldout5) likewise.
/// </summary>
public sealed class AssessmentEvaluationTests(AssessmentEvaluationTests.Evaluation evaluation, ITestOutputHelper output)
    : IClassFixture<AssessmentEvaluationTests.Evaluation>
{
    // The target is 95% on the held-out third (issue 13). The floors are the scores measured when the harness was
    // written (4 December 2026: tuning 67.1%, held-out 71.0%), rounded down to the nearest 5%, so that main stays
    // green while the bot gets there.
    // Tuning floor raised after issue 13 items 1-8 (tuning 74.0%, then 81.2%).
    // Raised after Understanding II on set 2 (tuning 95.3%, held-out 83.1%, set 2 tuning 83.3%).
    // Raised after the prose families (issue 13: why, caveats, surveys, author, follow-ups; tuning 98.1%, set 2 tuning 87.6%).
    // Raised after the retrieval, list and follow-up families (5 December 2026: set 2 tuning 93.1%, held-out 78.4%; set 3
    // tuning 91.7%, held-out 88.2%).
    // Raised after the afternoon's merges (5 December 2026: s9-topics, s9-gaps, s9-prose, s9-fig, tuned on tuning to
    // tuning5 only): tuning 98.9%, held-out 88.5%.
    // The floors only go up: raise them as the scores rise; never lower them.
    private const double TuningFloor = 0.98;
    private const double HeldOutFloor = 0.88;

    // Set 2: a second independent writer's tuning file (Assessment/tuning2.tsv, 4 December 2026: 77.3% before
    // Understanding II, 83.3% after, 87.1% after the no-figure and list families). Its held-out third is never read.
    private const double Tuning2Floor = 0.95;

    private const string TuningFile = "tuning.tsv";
    private const string HeldOutFile = "heldout.tsv";
    private const string Tuning2File = "tuning2.tsv";
    private const string HeldOut2File = "heldout2.tsv";

    // Set 2's held-out third: 70.1% (68 of 97) before any tuning on set 2, 75.3% (73) after the first pass, 4 December 2026.
    private const double HeldOut2Floor = 0.82;

    // Set 3: a third independent writer (4 December 2026, evening), split like set 2 and, for now, tuned on by no one:
    // both thirds measure questions nobody has tuned on. Measured before any change made after it was written
    // (main 8c82373): tuning3 86.4% (197 of 228), heldout3 83.3% (85 of 102); after the evening's list, no-figure and
    // prose families (tuned on sets 1 and 2 only): 89.9% and 86.3%; after the personal-data, breakdown, period and
    // two-topic families (5 December 2026, tuned on tuning3): 92.5% and 86.3%. Its held-out third is never read.
    private const string Tuning3File = "tuning3.tsv";
    private const string HeldOut3File = "heldout3.tsv";
    private const double Tuning3Floor = 0.96;
    private const double HeldOut3Floor = 0.91;

    // Set 4: a fourth independent writer (5 December 2026, night), split like sets 2 and 3 and measured after the night's
    // merges (s7-und-a, s7-und-b) before anyone tuned on it: tuning4 86.0% (233 of 271), heldout4 83.7% (108 of 129). Its held-out third is never read.
    private const string Tuning4File = "tuning4.tsv";
    private const string HeldOut4File = "heldout4.tsv";
    private const double Tuning4Floor = 0.97;
    private const double HeldOut4Floor = 0.88;

    // Set 5: a fifth independent writer, the same night, the same way, tuned on by no one: tuning5 80.4% (193 of 240), heldout5 80.9% (76 of 94).
    // 5 December 2026, morning: the judge now also finds a signed change as printed ("+193") written out ("up 193");
    // with no change to the bot, tuning5 85.0%, heldout5 87.2%, tuning2 94.4%, heldout2 79.4%, tuning4 86.3%.
    // After the afternoon's merges (s9-*, tuned on sets 1 to 5's tuning files): tuning2 95.3%, heldout2 82.5%, tuning3 96.1%,
    // heldout3 91.2%, tuning4 97.8%, heldout4 88.4%, tuning5 93.3%, heldout5 90.4%.
    private const string Tuning5File = "tuning5.tsv";
    private const string HeldOut5File = "heldout5.tsv";
    private const double Tuning5Floor = 0.93;
    private const double HeldOut5Floor = 0.90;

    // Set 6: a sixth independent writer (5 December 2026, morning, 386 questions), split the same way and measured
    // before anyone tuned on it, on main before the morning's merges: tuning6 79.8% (213 of 267), heldout6 79.8% (95 of 119).
    // Its held-out third is never read. After the afternoon's merges (s9-*, whose helpers were told never to read set 6):
    // tuning6 84.3% (225 of 267), heldout6 81.5% (97 of 119), still untuned.
    private const string Tuning6File = "tuning6.tsv";
    private const string HeldOut6File = "heldout6.tsv";
    private const double Tuning6Floor = 0.84;
    private const double HeldOut6Floor = 0.81;

    [Fact]
    public void QuestionFiles_AreWellFormed_AndTheHeldOutThirdIsSeparate()
    {
        var tuning = AssessmentQuestion.Load(TuningFile);
        var heldOut = AssessmentQuestion.Load(HeldOutFile);
        var tuning2 = AssessmentQuestion.Load(Tuning2File);

        Assert.True(tuning2.Count >= 200, "Set 2's tuning file holds two thirds of at least 300 questions.");
        foreach (var other in new[] { tuning, heldOut })
        {
            Assert.Empty(tuning2.Select(q => q.Id).Intersect(other.Select(q => q.Id), StringComparer.Ordinal));
            Assert.Empty(tuning2.Where(q => !q.IsStandalone).Select(q => q.Conversation)
                .Intersect(other.Where(q => !q.IsStandalone).Select(q => q.Conversation), StringComparer.Ordinal));
        }

        var chains2 = tuning2.Select((q, i) => (q.Conversation, i)).Where(c => c.Conversation != "-").GroupBy(c => c.Conversation);
        Assert.All(chains2, chain => Assert.Equal(chain.Count() - 1, chain.Last().i - chain.First().i));

        // Set 3: two thirds and one third of one writer's questions, ids and chains in one file only.
        var tuning3 = AssessmentQuestion.Load(Tuning3File);
        var heldOut3 = AssessmentQuestion.Load(HeldOut3File);
        Assert.True(tuning3.Count + heldOut3.Count >= 300, "Set 3 holds at least 300 questions.");
        Assert.InRange((double)heldOut3.Count / (tuning3.Count + heldOut3.Count), 0.25, 0.40);
        Assert.Empty(tuning3.Select(q => q.Id).Intersect(heldOut3.Select(q => q.Id), StringComparer.Ordinal));
        Assert.Empty(tuning3.Where(q => !q.IsStandalone).Select(q => q.Conversation)
            .Intersect(heldOut3.Where(q => !q.IsStandalone).Select(q => q.Conversation), StringComparer.Ordinal));

        // Sets 4 to 6: the same shape as set 3.
        foreach (var (tuningFile, heldOutFile) in new[] { (Tuning4File, HeldOut4File), (Tuning5File, HeldOut5File), (Tuning6File, HeldOut6File) })
        {
            var tuningN = AssessmentQuestion.Load(tuningFile);
            var heldOutN = AssessmentQuestion.Load(heldOutFile);
            Assert.True(tuningN.Count + heldOutN.Count >= 300, $"{tuningFile} and {heldOutFile} hold at least 300 questions.");
            Assert.InRange((double)heldOutN.Count / (tuningN.Count + heldOutN.Count), 0.25, 0.40);
            Assert.Empty(tuningN.Select(q => q.Id).Intersect(heldOutN.Select(q => q.Id), StringComparer.Ordinal));
            Assert.Empty(tuningN.Where(q => !q.IsStandalone).Select(q => q.Conversation)
                .Intersect(heldOutN.Where(q => !q.IsStandalone).Select(q => q.Conversation), StringComparer.Ordinal));
        }

        Assert.True(tuning.Count + heldOut.Count >= 300, "The issue asks for at least 300 questions.");
        Assert.InRange((double)heldOut.Count / (tuning.Count + heldOut.Count), 0.25, 0.40);
        Assert.Empty(tuning.Select(q => q.Id).Intersect(heldOut.Select(q => q.Id), StringComparer.Ordinal));
        Assert.Empty(tuning.Where(q => !q.IsStandalone).Select(q => q.Conversation)
            .Intersect(heldOut.Where(q => !q.IsStandalone).Select(q => q.Conversation), StringComparer.Ordinal));
        foreach (var questions in new[] { tuning, heldOut })
        {
            var chains = questions.Select((q, i) => (q.Conversation, i)).Where(c => c.Conversation != "-").GroupBy(c => c.Conversation);
            Assert.All(chains, chain => Assert.Equal(chain.Count() - 1, chain.Last().i - chain.First().i));
        }
    }

    [Fact]
    public void TuningQuestions_AreAnsweredRight_AtLeastAtTheFloor()
    {
        output.WriteLine(evaluation.Report);
        var score = AssessmentReport.Score(evaluation.Tuning);

        Assert.True(score >= TuningFloor, string.Create(CultureInfo.InvariantCulture, $"Tuning score {score:P1} is below its floor {TuningFloor:P0}; see the output."));
    }

    [Fact]
    public void HeldOutQuestions_AreAnsweredRight_AtLeastAtTheFloor()
    {
        output.WriteLine(evaluation.Report);
        var score = AssessmentReport.Score(evaluation.HeldOut);

        Assert.True(score >= HeldOutFloor, string.Create(CultureInfo.InvariantCulture, $"Held-out score {score:P1} is below its floor {HeldOutFloor:P0}."));
    }

    [Fact]
    public void SecondSetHeldOutQuestions_AreAnsweredRight_AtLeastAtTheFloor()
    {
        output.WriteLine(evaluation.Report);
        var score = AssessmentReport.Score(evaluation.HeldOut2);

        Assert.True(score >= HeldOut2Floor, string.Create(CultureInfo.InvariantCulture, $"Set 2 held-out score {score:P1} is below its floor {HeldOut2Floor:P0}."));
    }

    [Fact]
    public void SecondSetTuningQuestions_AreAnsweredRight_AtLeastAtTheFloor()
    {
        output.WriteLine(evaluation.Report);
        var score = AssessmentReport.Score(evaluation.Tuning2);

        Assert.True(score >= Tuning2Floor, string.Create(CultureInfo.InvariantCulture, $"Set 2 tuning score {score:P1} is below its floor {Tuning2Floor:P0}; see the output."));
    }

    [Fact]
    public void ThirdSetTuningQuestions_AreAnsweredRight_AtLeastAtTheFloor()
    {
        output.WriteLine(evaluation.Report);
        var score = AssessmentReport.Score(evaluation.Tuning3);

        Assert.True(score >= Tuning3Floor, string.Create(CultureInfo.InvariantCulture, $"Set 3 tuning score {score:P1} is below its floor {Tuning3Floor:P0}; see the output."));
    }

    [Fact]
    public void ThirdSetHeldOutQuestions_AreAnsweredRight_AtLeastAtTheFloor()
    {
        output.WriteLine(evaluation.Report);
        var score = AssessmentReport.Score(evaluation.HeldOut3);

        Assert.True(score >= HeldOut3Floor, string.Create(CultureInfo.InvariantCulture, $"Set 3 held-out score {score:P1} is below its floor {HeldOut3Floor:P0}."));
    }

    [Fact]
    public void FourthSetTuningQuestions_AreAnsweredRight_AtLeastAtTheFloor()
    {
        output.WriteLine(evaluation.Report);
        var score = AssessmentReport.Score(evaluation.Tuning4);

        Assert.True(score >= Tuning4Floor, string.Create(CultureInfo.InvariantCulture, $"Set 4 tuning score {score:P1} is below its floor {Tuning4Floor:P0}; see the output."));
    }

    [Fact]
    public void FourthSetHeldOutQuestions_AreAnsweredRight_AtLeastAtTheFloor()
    {
        output.WriteLine(evaluation.Report);
        var score = AssessmentReport.Score(evaluation.HeldOut4);

        Assert.True(score >= HeldOut4Floor, string.Create(CultureInfo.InvariantCulture, $"Set 4 held-out score {score:P1} is below its floor {HeldOut4Floor:P0}."));
    }

    [Fact]
    public void FifthSetTuningQuestions_AreAnsweredRight_AtLeastAtTheFloor()
    {
        output.WriteLine(evaluation.Report);
        var score = AssessmentReport.Score(evaluation.Tuning5);

        Assert.True(score >= Tuning5Floor, string.Create(CultureInfo.InvariantCulture, $"Set 5 tuning score {score:P1} is below its floor {Tuning5Floor:P0}; see the output."));
    }

    [Fact]
    public void FifthSetHeldOutQuestions_AreAnsweredRight_AtLeastAtTheFloor()
    {
        output.WriteLine(evaluation.Report);
        var score = AssessmentReport.Score(evaluation.HeldOut5);

        Assert.True(score >= HeldOut5Floor, string.Create(CultureInfo.InvariantCulture, $"Set 5 held-out score {score:P1} is below its floor {HeldOut5Floor:P0}."));
    }

    [Fact]
    public void SixthSetTuningQuestions_AreAnsweredRight_AtLeastAtTheFloor()
    {
        output.WriteLine(evaluation.Report);
        var score = AssessmentReport.Score(evaluation.Tuning6);

        Assert.True(score >= Tuning6Floor, string.Create(CultureInfo.InvariantCulture, $"Set 6 tuning score {score:P1} is below its floor {Tuning6Floor:P0}; see the output."));
    }

    [Fact]
    public void SixthSetHeldOutQuestions_AreAnsweredRight_AtLeastAtTheFloor()
    {
        output.WriteLine(evaluation.Report);
        var score = AssessmentReport.Score(evaluation.HeldOut6);

        Assert.True(score >= HeldOut6Floor, string.Create(CultureInfo.InvariantCulture, $"Set 6 held-out score {score:P1} is below its floor {HeldOut6Floor:P0}."));
    }

    /// <summary>Starts the real app once, asks both files' questions, and writes the report next to the tests.</summary>
    public sealed class Evaluation : IAsyncLifetime
    {
        private readonly TempFolder _folder = new();
        private BotHost? _host;

        public IReadOnlyList<AssessmentResult> Tuning { get; private set; } = [];

        public IReadOnlyList<AssessmentResult> HeldOut { get; private set; } = [];

        public IReadOnlyList<AssessmentResult> Tuning2 { get; private set; } = [];

        public IReadOnlyList<AssessmentResult> HeldOut2 { get; private set; } = [];

        public IReadOnlyList<AssessmentResult> Tuning3 { get; private set; } = [];

        public IReadOnlyList<AssessmentResult> HeldOut3 { get; private set; } = [];

        public IReadOnlyList<AssessmentResult> Tuning4 { get; private set; } = [];

        public IReadOnlyList<AssessmentResult> HeldOut4 { get; private set; } = [];

        public IReadOnlyList<AssessmentResult> Tuning5 { get; private set; } = [];

        public IReadOnlyList<AssessmentResult> HeldOut5 { get; private set; } = [];

        public IReadOnlyList<AssessmentResult> Tuning6 { get; private set; } = [];

        public IReadOnlyList<AssessmentResult> HeldOut6 { get; private set; } = [];

        public string Report { get; private set; } = string.Empty;

        /// <summary>Where the last run's report is written (the test output folder).</summary>
        public static string ReportPath => Path.Combine(AppContext.BaseDirectory, "Dialogs", "Language", "Evaluation", "Assessment", "last-run.md");

        public async Task InitializeAsync()
        {
            _host = new BotHost(_folder.File("assessment.db"));
            Tuning = await AssessmentRunner.RunAsync(_host, TuningFile, AssessmentQuestion.Load(TuningFile));
            HeldOut = await AssessmentRunner.RunAsync(_host, HeldOutFile, AssessmentQuestion.Load(HeldOutFile));
            Tuning2 = await AssessmentRunner.RunAsync(_host, Tuning2File, AssessmentQuestion.Load(Tuning2File));
            HeldOut2 = await AssessmentRunner.RunAsync(_host, HeldOut2File, AssessmentQuestion.Load(HeldOut2File));
            Tuning3 = await AssessmentRunner.RunAsync(_host, Tuning3File, AssessmentQuestion.Load(Tuning3File));
            HeldOut3 = await AssessmentRunner.RunAsync(_host, HeldOut3File, AssessmentQuestion.Load(HeldOut3File));
            Tuning4 = await AssessmentRunner.RunAsync(_host, Tuning4File, AssessmentQuestion.Load(Tuning4File));
            HeldOut4 = await AssessmentRunner.RunAsync(_host, HeldOut4File, AssessmentQuestion.Load(HeldOut4File));
            Tuning5 = await AssessmentRunner.RunAsync(_host, Tuning5File, AssessmentQuestion.Load(Tuning5File));
            HeldOut5 = await AssessmentRunner.RunAsync(_host, HeldOut5File, AssessmentQuestion.Load(HeldOut5File));
            Tuning6 = await AssessmentRunner.RunAsync(_host, Tuning6File, AssessmentQuestion.Load(Tuning6File));
            HeldOut6 = await AssessmentRunner.RunAsync(_host, HeldOut6File, AssessmentQuestion.Load(HeldOut6File));
            Report = AssessmentReport.Build([
                (TuningFile, false, Tuning), (HeldOutFile, true, HeldOut), (Tuning2File, false, Tuning2), (HeldOut2File, true, HeldOut2),
                (Tuning3File, false, Tuning3), (HeldOut3File, true, HeldOut3), (Tuning4File, false, Tuning4), (HeldOut4File, true, HeldOut4),
                (Tuning5File, false, Tuning5), (HeldOut5File, true, HeldOut5), (Tuning6File, false, Tuning6), (HeldOut6File, true, HeldOut6)])
                + Environment.NewLine + "Written to " + ReportPath + Environment.NewLine;
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
