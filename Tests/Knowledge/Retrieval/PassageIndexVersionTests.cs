using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Tests.Knowledge.Retrieval;

/// <summary>The passage index follows the knowledge: a new version after every write, whole for every reader.</summary>
public sealed class PassageIndexVersionTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    private PassageSearch Search => new(_store.Store);

    [Fact]
    public void Search_AfterANarrativeIsAdded_FindsIt()
    {
        var question = new PassageQuery("what about the zebra crossing review", Aspect: PassageAspect.General);
        Assert.False(Search.Search(question).Found);

        AddNarrative("zebra-crossings", "The zebra crossing review was completed by the Road Safety Partnership.");

        var best = Assert.IsType<PassageHit>(Search.Search(question).Best);
        Assert.Equal("narrative:zebra-crossings", best.Passage.Id);
    }

    [Fact]
    public void Search_AfterAReseed_ForgetsANarrativeTheSeedDoesNotHold()
    {
        AddNarrative("zebra-crossings", "The zebra crossing review was completed by the Road Safety Partnership.");
        Assert.True(Search.Search(new PassageQuery("zebra crossing review")).Found);

        new KnowledgeCollections(_store.Database).SeedStates.DeleteAll();
        KnowledgeSeeder.EnsureSeeded(_store.Database, _store.Time);

        Assert.False(Search.Search(new PassageQuery("zebra crossing review")).Found);
    }

    [Fact]
    public void Index_AfterAnImport_IsRebuiltForTheNewVersion()
    {
        var before = _store.Store.CurrentSnapshot.PassageIndex;

        var report = new FiguresImporter(_store.Database, _store.Time).ImportText(
            "indicator_id,area,period,measure,value\ncybercrime,CambridgeCity,2017,Count,91", "corrections.csv", "analyst");

        Assert.True(report.Succeeded);
        var after = _store.Store.CurrentSnapshot.PassageIndex;
        Assert.NotSame(before, after);
        Assert.Same(after, _store.Store.CurrentSnapshot.PassageIndex);
        Assert.True(Search.Search(new PassageQuery("why is cybercrime up", Aspect: PassageAspect.Why)).Found);
    }

    [Fact]
    public async Task Search_ManyReadersWhileTheKnowledgeChanges_EachGetAWholeAnswer()
    {
        var search = Search;
        var readers = Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 60; i++)
            {
                var result = search.Search(new PassageQuery("who leads on county lines", Aspect: PassageAspect.WhoLeads));
                Assert.Contains("Cambridgeshire Constabulary", result.Best!.BestSentences[0], StringComparison.Ordinal);
            }
        })).ToList();
        for (var value = 91; value < 95; value++)
        {
            new FiguresImporter(_store.Database, _store.Time).ImportText(
                $"indicator_id,area,period,measure,value\ncybercrime,CambridgeCity,2017,Count,{value}", $"v{value}.csv", "analyst");
        }

        await Task.WhenAll(readers);
    }

    private void AddNarrative(string id, string text)
    {
        var collections = new KnowledgeCollections(_store.Database);
        collections.InTransaction(() => collections.Narratives.Insert(new Narrative
        {
            Id = id,
            Kind = NarrativeKind.Context,
            IndicatorIds = ["road-safety"],
            Text = text,
            Provenance = new Provenance { Document = "Test document", Section = "Test section" },
        }));
    }
}
