using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Figures;

namespace SafetyBot.Tests.Knowledge;

public sealed class SeedUpgradeTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void EnsureSeeded_Again_DoesNothing()
    {
        var again = KnowledgeSeeder.EnsureSeeded(_store.Database, _store.Time);
        Assert.False(again.Applied);
        Assert.Equal(_store.SeedResult!.Hash, again.Hash);
    }

    [Fact]
    public void EnsureSeeded_AfterRestart_DoesNothingAndKeepsData()
    {
        _store.Reopen();
        Assert.False(KnowledgeSeeder.EnsureSeeded(_store.Database, _store.Time).Applied);
        Assert.Equal(90m, _store.Store.Latest("cybercrime", Measure.Count)!.Value);
    }

    [Fact]
    public void SeedUpgrade_KeepsImportedFiguresAndHistory_AndCorrectsSeedRowsInPlace()
    {
        _store.Time.Advance(TimeSpan.FromDays(10));
        var import = new FiguresImporter(_store.Database, _store.Time).ImportText(
            "indicator_id,area,period,measure,value\ncybercrime,CambridgeCity,2017,Count,91\nshoplifting,CambridgeCity,FY2018/19-Q1,Count,300",
            "new.csv",
            "analyst");
        Assert.True(import.Succeeded);
        SimulateOlderSeed();

        _store.Time.Advance(TimeSpan.FromDays(10));
        var upgrade = KnowledgeSeeder.EnsureSeeded(_store.Database, _store.Time);

        Assert.True(upgrade.Applied);
        Assert.Equal((1, 1, 1), (upgrade.FiguresAdded, upgrade.FiguresUpdated, upgrade.FiguresRemoved));
        var store = _store.Store;
        Assert.Equal(91m, store.Latest("cybercrime", Measure.Count)!.Value);
        var history = store.History("cybercrime", Area.CambridgeCity, Period.CalendarYear(2017), Measure.Count);
        Assert.Equal([91m, 90m], history.Select(r => r.Observation.Value));
        Assert.Equal([ObservationOrigin.Import, ObservationOrigin.Seed], history.Select(r => r.Origin));
        Assert.Equal(300m, store.Latest("shoplifting", Measure.Count, kind: PeriodKind.FinancialQuarter)!.Value);
        Assert.Equal(0.44m, store.Value("cybercrime", "2016", Measure.RatePer1000Population));
        Assert.Equal(0.65m, store.Value("cybercrime", "2017", Measure.RatePer1000Population));
        Assert.Null(store.Find("cybercrime", "2010", Measure.Count));
        Assert.NotEmpty(store.Narratives("cybercrime", NarrativeKind.Trend));
    }

    [Fact]
    public void SeedUpgrade_NewSeedRowUnderAnImportedKey_JoinsHistoryWithoutDisplacingTheImport()
    {
        var collections = new KnowledgeCollections(_store.Database);
        var seedRecord = collections.Observations.FindOne(r => r.Key == ObservationKey.Of("alcohol", Area.CambridgeCity, Period.CalendarYear(2017), Measure.Count, null));
        collections.Observations.Delete(seedRecord.Id);
        new FiguresImporter(_store.Database, _store.Time).ImportText(
            "indicator_id,area,period,measure,value\nalcohol,CambridgeCity,2017,Count,965", "alcohol.csv", "analyst");
        collections.SeedStates.DeleteAll();

        KnowledgeSeeder.EnsureSeeded(_store.Database, _store.Time);

        Assert.Equal(965m, _store.Store.Latest("alcohol", Measure.Count)!.Value);
        var history = _store.Store.History("alcohol", Area.CambridgeCity, Period.CalendarYear(2017), Measure.Count);
        Assert.Equal([965m, 964m], history.Select(r => r.Observation.Value));
        Assert.False(history[1].IsCurrent);
    }

    /// <summary>Makes the store look as if an older seed had been applied: another hash, a wrong value, a missing row and a row no longer in the seed.</summary>
    private void SimulateOlderSeed()
    {
        var collections = new KnowledgeCollections(_store.Database);
        collections.SeedStates.Upsert(new SeedState { Id = "seed", Hash = "OLDER", AppliedAt = TestStore.Start });

        var rate2016 = collections.Observations.FindOne(r => r.Key == ObservationKey.Of("cybercrime", Area.CambridgeCity, Period.CalendarYear(2016), Measure.RatePer1000Population, null));
        collections.Observations.Update(rate2016 with { Observation = rate2016.Observation with { Value = 0.40m } });

        var rate2017 = collections.Observations.FindOne(r => r.Key == ObservationKey.Of("cybercrime", Area.CambridgeCity, Period.CalendarYear(2017), Measure.RatePer1000Population, null));
        collections.Observations.Delete(rate2017.Id);

        var stale = rate2017.Observation with { Period = Period.CalendarYear(2010), Measure = Measure.Count, Value = 1 };
        collections.Observations.Insert(rate2017 with { Id = 0, Key = stale.Key, Observation = stale });

        collections.Narratives.DeleteMany(n => n.Id == "cybercrime-trend");
    }
}
