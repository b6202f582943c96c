using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Tests.Knowledge;

public abstract class SeedUpgradeTests : IAsyncLifetime
{
    private readonly StoreProvider _provider;
    private TestStore _store = null!;

    protected SeedUpgradeTests(StoreProvider provider) => _provider = provider;

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync(_provider);

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

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
        Assert.Equal(new FiguresExporter(_store.Database).Export(out _), _store.ExportAsANewInstanceReadsIt());
    }

    [Fact]
    public void SeedUpgrade_NewSeedRowUnderAnImportedKey_JoinsHistoryWithoutDisplacingTheImport()
    {
        var collections = new KnowledgeCollections(_store.Database);
        collections.InTransaction(() =>
        {
            var seedRecord = collections.Observations.FindOne(r => r.Key == ObservationKey.Of("alcohol", Area.CambridgeCity, Period.CalendarYear(2017), Measure.Count, null));
            collections.Observations.Delete(seedRecord.Id);
            collections.Touched(collections.Observations.Name, seedRecord.Id);
            return 0;
        });
        new FiguresImporter(_store.Database, _store.Time).ImportText(
            "indicator_id,area,period,measure,value\nalcohol,CambridgeCity,2017,Count,965", "alcohol.csv", "analyst");
        collections.InTransaction(() =>
        {
            collections.SeedStates.DeleteAll();
            collections.Touched(collections.SeedStates.Name, KnowledgeCollections.SeedStateId);
            return 0;
        });

        KnowledgeSeeder.EnsureSeeded(_store.Database, _store.Time);

        Assert.Equal(965m, _store.Store.Latest("alcohol", Measure.Count)!.Value);
        var history = _store.Store.History("alcohol", Area.CambridgeCity, Period.CalendarYear(2017), Measure.Count);
        Assert.Equal([965m, 964m], history.Select(r => r.Observation.Value));
        Assert.False(history[1].IsCurrent);
        Assert.Equal(new FiguresExporter(_store.Database).Export(out _), _store.ExportAsANewInstanceReadsIt());
    }

    [Fact]
    public void SeedOfAnOlderBuild_NeverReplacesTheNewerRevisionInTheStore()
    {
        // A newer build sharing the store (a staging slot, a rolling deploy) applied the next revision, which corrected a figure.
        var collections = new KnowledgeCollections(_store.Database);
        var seeded = _store.SeedResult!;
        collections.InTransaction(() =>
        {
            collections.SeedStates.Upsert(new SeedState { Id = "seed", Hash = "NEWER", Revision = seeded.Revision + 1, AppliedAt = TestStore.Start });
            collections.Touched(collections.SeedStates.Name, KnowledgeCollections.SeedStateId);
            var count = collections.Observations.FindOne(r => r.Key == ObservationKey.Of("cybercrime", Area.CambridgeCity, Period.CalendarYear(2017), Measure.Count, null));
            collections.Observations.Update(count with { Observation = count.Observation with { Value = 95m } });
            collections.Touched(collections.Observations.Name, count.Id);
            return 0;
        });

        // This (older) build starts again on the same store.
        _store.Reopen();
        var result = KnowledgeSeeder.EnsureSeeded(_store.Database, _store.Time);

        Assert.Equal(SeedOutcome.NewerKept, result.Outcome);
        Assert.Equal((seeded.Revision, seeded.Revision + 1), (result.Revision, result.StoreRevision));
        Assert.Equal(95m, _store.Store.Latest("cybercrime", Measure.Count)!.Value);
        Assert.Equal("NEWER", new KnowledgeCollections(_store.Database).SeedStates.FindById(KnowledgeCollections.SeedStateId).Hash);
    }

    [Fact]
    public void Seed_RecordsItsRevision_AndAStoreSeededBeforeRevisionsIsUpgraded()
    {
        var collections = new KnowledgeCollections(_store.Database);
        Assert.Equal(_store.SeedResult!.Revision, collections.SeedStates.FindById(KnowledgeCollections.SeedStateId).Revision);

        SimulateOlderSeed();
        var upgrade = KnowledgeSeeder.EnsureSeeded(_store.Database, _store.Time);

        Assert.Equal(SeedOutcome.Applied, upgrade.Outcome);
        Assert.Equal(upgrade.Revision, new KnowledgeCollections(_store.Database).SeedStates.FindById(KnowledgeCollections.SeedStateId).Revision);
    }

    /// <summary>Makes the store look as if an older seed had been applied (recorded before revisions, so revision 0): another hash, a wrong value, a missing row and a row no longer in the seed.</summary>
    private void SimulateOlderSeed()
    {
        var collections = new KnowledgeCollections(_store.Database);
        var observations = collections.Observations.Name;
        collections.InTransaction(() =>
        {
            collections.SeedStates.Upsert(new SeedState { Id = "seed", Hash = "OLDER", AppliedAt = TestStore.Start });
            collections.Touched(collections.SeedStates.Name, KnowledgeCollections.SeedStateId);

            var rate2016 = collections.Observations.FindOne(r => r.Key == ObservationKey.Of("cybercrime", Area.CambridgeCity, Period.CalendarYear(2016), Measure.RatePer1000Population, null));
            collections.Observations.Update(rate2016 with { Observation = rate2016.Observation with { Value = 0.40m } });
            collections.Touched(observations, rate2016.Id);

            var rate2017 = collections.Observations.FindOne(r => r.Key == ObservationKey.Of("cybercrime", Area.CambridgeCity, Period.CalendarYear(2017), Measure.RatePer1000Population, null));
            collections.Observations.Delete(rate2017.Id);
            collections.Touched(observations, rate2017.Id);

            var stale = rate2017.Observation with { Period = Period.CalendarYear(2010), Measure = Measure.Count, Value = 1 };
            collections.Touched(observations, collections.Observations.Insert(rate2017 with { Id = 0, Key = stale.Key, Observation = stale }));

            collections.Narratives.DeleteMany(n => n.Id == "cybercrime-trend");
            collections.Owner.TouchedAll(collections.Narratives.Name);
            return 0;
        });
    }

    /// <summary>On LiteDB.</summary>
    public sealed class OnLiteDb() : SeedUpgradeTests(StoreProvider.LiteDb);

    /// <summary>On PostgreSQL: a seed upgrade is a shared write; a new instance reads what this one does.</summary>
    public sealed class OnPostgreSql() : SeedUpgradeTests(StoreProvider.PostgreSql);
}
