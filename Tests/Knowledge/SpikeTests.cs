using LiteDB;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Tests.Knowledge;

public sealed class SpikeTests
{
    [Fact]
    public void RoundTrip()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".db");
        using var db = new SafetyDatabase(path, SafetyBsonMapper.Create(KnowledgePersistedTypes.All));
        var prov = new Provenance { Document = "d", Section = "s", Footnote = 3 };
        var col = db.Database.GetCollection<Programme>("p");
        col.Insert(new Programme { Id = "1.1", PriorityId = "x", Title = "t", Description = "d", EvidenceIndicatorIds = ["a", "b"], Actions = [new ProgrammeAction { Id = "1.1-a", Title = "t", Description = "d", Provenance = prov }], Provenance = prov });
        var back = col.FindById("1.1");
        Assert.Equal(["a", "b"], back.EvidenceIndicatorIds);
        Assert.Equal(prov, back.Actions[0].Provenance);
        var oc = db.Database.GetCollection<ObservationRecord>("o");
        var obs = new Observation { IndicatorId = "i", Area = Area.MsgAverage, Period = Period.FinancialQuarter(2017, 1), Measure = Measure.Rank, Value = 1.21m, RankOf = 15, Provenance = prov };
        var id = oc.Insert(new ObservationRecord { Key = obs.Key, IndicatorId = "i", Observation = obs, Origin = ObservationOrigin.Seed, IsCurrent = true, RecordedAt = DateTimeOffset.UnixEpoch, RecordedBy = "x", SourceFile = "f" });
        var r = oc.FindById(id);
        Assert.Equal(obs, r.Observation);
        Assert.Equal("FY2017/18-Q1", r.Observation.Period.Key);
        Assert.True(r.Id > 0);
        Assert.Single(oc.Find(x => x.IsCurrent && x.Key == obs.Key));
    }
}
