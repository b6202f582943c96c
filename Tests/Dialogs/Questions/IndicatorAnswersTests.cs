using Microsoft.Extensions.Options;
using SafetyBot.Cards.Indicators;
using SafetyBot.Dialogs.Questions;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Knowledge.Caching;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Tests.Knowledge;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>Indicator answers are built once per question and built again as soon as the figures change.</summary>
public sealed class IndicatorAnswersTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    private KnowledgeCache Cache(long sizeLimit = 16_384) =>
        new(_store.Store, Options.Create(new KnowledgeCacheOptions { SizeLimit = sizeLimit }));

    [Fact]
    public void Answer_SameQuestionTwice_IsBuiltOnceAndIsTheCardTheBuilderMakes()
    {
        using var cache = Cache();
        var builder = new IndicatorCardBuilder(_store.Store);
        var answers = new IndicatorAnswers(builder, new RenderedCards(cache));
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
        using var cache = Cache();
        var answers = new IndicatorAnswers(new IndicatorCardBuilder(_store.Store), new RenderedCards(cache));
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
    public void Answer_MoreQuestionsThanItKeeps_KeepsNoMoreThanItsLimitAndStillAnswersEachCorrectly()
    {
        using var cache = Cache(sizeLimit: 64);
        var builder = new IndicatorCardBuilder(_store.Store);
        var answers = new IndicatorAnswers(builder, new RenderedCards(cache));

        var questions = Enumerable.Range(0, 200)
            .Select(i => new IndicatorQuestion("dwelling-burglary", IndicatorFocus.Change) { Year = 1000 + i })
            .ToList();
        foreach (var question in questions)
        {
            var answer = answers.Answer(question);
            Assert.Equal(builder.Build(question).Summary, answer.Summary);
            Assert.InRange(cache.Count, 0, 64);
        }
    }
}
