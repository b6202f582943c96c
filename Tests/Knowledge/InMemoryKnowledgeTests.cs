using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Figures;

namespace SafetyBot.Tests.Knowledge;

/// <summary>The store answers from memory, and what it answers follows every seed and import.</summary>
public sealed class InMemoryKnowledgeTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Store_ReadBeforeAnImport_AnswersWithTheImportedFigureAfterwards()
    {
        Assert.Equal(90m, _store.Store.Latest("cybercrime", Measure.Count)!.Value);

        var report = new FiguresImporter(_store.Database, _store.Time).ImportText(
            "indicator_id,area,period,measure,value\ncybercrime,CambridgeCity,2017,Count,91", "corrections.csv", "analyst");

        Assert.True(report.Succeeded);
        Assert.Equal(91m, _store.Store.Latest("cybercrime", Measure.Count)!.Value);
        var evidence = _store.Store.Programme("1.2")!.Evidence.Single(e => e.Indicator.Id == "cybercrime");
        Assert.Contains(evidence.Figures, f => f.Value == 91m && f.Period == Period.CalendarYear(2017) && f.Measure == Measure.Count);
        Assert.DoesNotContain(evidence.Figures, f => f.Value == 90m && f.Period == Period.CalendarYear(2017) && f.Measure == Measure.Count);
    }

    [Fact]
    public void Store_AfterAReseed_ForgetsNarrativesTheSeedRestored()
    {
        var before = _store.Store.Narratives("cybercrime", NarrativeKind.Trend);
        Assert.NotEmpty(before);

        var collections = new KnowledgeCollections(_store.Database);
        collections.Narratives.DeleteMany(n => n.Id == "cybercrime-trend");
        collections.SeedStates.DeleteAll();
        KnowledgeSeeder.EnsureSeeded(_store.Database, _store.Time);

        Assert.Equal(before.Select(n => n.Id), _store.Store.Narratives("cybercrime", NarrativeKind.Trend).Select(n => n.Id));
    }

    [Fact]
    public void Store_RefusedImport_LeavesTheAnswersAsTheyWere()
    {
        var before = _store.Store.Figures("cybercrime");

        var report = new FiguresImporter(_store.Database, _store.Time).ImportText(
            "indicator_id,area,period,measure,value\ncybercrime,CambridgeCity,2017,Count,not-a-number", "bad.csv", "analyst");

        Assert.False(report.Succeeded);
        Assert.Equal(before, _store.Store.Figures("cybercrime"));
    }

    [Fact]
    public async Task Store_ManyReadersWhileImporting_EachSeeAWholeSnapshot()
    {
        var reads = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                var value = _store.Store.Latest("cybercrime", Measure.Count)!.Value;
                Assert.True(value is 90m or 91m or 92m, $"Unexpected {value}");
            }
        })).ToList();
        foreach (var value in new[] { 91, 92 })
        {
            new FiguresImporter(_store.Database, _store.Time).ImportText(
                $"indicator_id,area,period,measure,value\ncybercrime,CambridgeCity,2017,Count,{value}", $"v{value}.csv", "analyst");
        }

        await Task.WhenAll(reads);
        Assert.Equal(92m, _store.Store.Latest("cybercrime", Measure.Count)!.Value);
    }
}
