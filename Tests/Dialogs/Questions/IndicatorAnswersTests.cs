using SafetyBot.Cards.Indicators;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Tests.Knowledge;
using SafetyBot.Dialogs.Questions;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>Indicator answers are built once per question and built again as soon as the figures change.</summary>
public sealed class IndicatorAnswersTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Answer_SameQuestionTwice_IsBuiltOnceAndIsTheCardTheBuilderMakes()
    {
        var builder = new IndicatorCardBuilder(_store.Store);
        var answers = new IndicatorAnswers(_store.Store, builder);
        var question = new IndicatorQuestion("dwelling-burglary", IndicatorFocus.Change);

        var first = answers.Answer(question);
        var again = answers.Answer(question with { });

        Assert.Same(first, again);
        var built = builder.Build(question);
        Assert.Equal(global::SafetyBot.Cards.Model.AdaptiveCardSerializer.Serialize(built.Card), first.Json);
        Assert.Equal(built.Summary, first.Summary);
    }

    [Fact]
    public void Answer_AfterAnImport_ShowsTheImportedFigure()
    {
        var answers = new IndicatorAnswers(_store.Store, new IndicatorCardBuilder(_store.Store));
        var question = new IndicatorQuestion("cybercrime", IndicatorFocus.Volume);
        var before = answers.Answer(question);
        Assert.DoesNotContain("912", before.Json, StringComparison.Ordinal);

        var report = new FiguresImporter(_store.Database, _store.Time).ImportText(
            "indicator_id,area,period,measure,value\ncybercrime,CambridgeCity,2017,Count,912", "corrections.csv", "analyst");
        Assert.True(report.Succeeded);

        var after = answers.Answer(question);
        Assert.NotSame(before, after);
        Assert.Contains("912", after.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_MoreQuestionsThanItKeeps_StillAnswersEachCorrectly()
    {
        var builder = new IndicatorCardBuilder(_store.Store);
        var answers = new IndicatorAnswers(_store.Store, builder);

        var questions = Enumerable.Range(0, IndicatorAnswers.Capacity + 10)
            .Select(i => new IndicatorQuestion("dwelling-burglary", IndicatorFocus.Change) { Year = 1000 + i })
            .ToList();
        var rendered = questions.Select(answers.Answer).ToList();

        var last = questions[^1];
        Assert.Equal(builder.Build(last).Summary, rendered[^1].Summary);
        Assert.NotSame(answers.Answer(last), answers.Answer(last));
    }
}
