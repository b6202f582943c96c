using System.Text;
using Microsoft.Extensions.Time.Testing;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.PostgreSql;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Knowledge.Storage.PostgreSql;

/// <summary>
/// Two instances' local copies (separate LiteDB files, separate data sources, as separate processes have) of the
/// knowledge shared in one PostgreSQL database, written in turn, without the listener: each write catches up first.
/// </summary>
public sealed class PostgreSqlKnowledgeTests : IAsyncLifetime
{
    private const string Header = "indicator_id,area,period,measure,value,breakdown,rank_of,is_derived,note,source,source_id,footnote,document,section,period_text";

    private static readonly Actor Analyst = new("11111111-1111-1111-1111-111111111111", "Jo Analyst");

    private readonly TempFolder _folder = new();
    private readonly TempPostgresDatabase _postgres = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2018, 7, 10, 9, 0, 0, TimeSpan.Zero));
    private Instance _a = null!;
    private Instance _b = null!;

    public async Task InitializeAsync()
    {
        _a = await OpenAsync("a.db");
        _b = await OpenAsync("b.db");
    }

    public Task DisposeAsync()
    {
        _a.Database.Dispose();
        _b.Database.Dispose();
        _postgres.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Seed_ByTwoInstances_IsAppliedOnce_AndTheSecondReadsTheFirstsRecords()
    {
        var first = KnowledgeSeeder.EnsureSeeded(_a.Database, _time);
        var second = KnowledgeSeeder.EnsureSeeded(_b.Database, _time);

        Assert.True(first.Applied);
        Assert.False(second.Applied);
        Assert.Equal(Export(_a), Export(_b));
        Assert.Equal(1L, _postgres.Scalar("SELECT version FROM knowledge_state"));
    }

    [Fact]
    public void ImportsAlternatingBetweenInstances_NumberTheirRecordsWithoutClashing_AndUndoOnEitherGoesNewestFirst()
    {
        KnowledgeSeeder.EnsureSeeded(_a.Database, _time);
        _b.Knowledge.CatchUp();
        var seeded = Export(_b);

        Assert.True(Importer(_a).Apply(Batch("asb,CambridgeCity,FY2018/19-Q1,Count,1100,,,,,Police,,,SA 2018/19 Q1,ASB table,Apr-Jun"), Analyst).Applied);
        Assert.True(Importer(_b).Apply(Batch("asb,CambridgeCity,FY2018/19-Q2,Count,1200,,,,,Police,,,SA 2018/19 Q2,ASB table,Jul-Sep"), Analyst).Applied);
        Assert.True(Importer(_a).Apply(Batch("asb,CambridgeCity,FY2018/19-Q1,Count,1150,,,,Revised,Police,,,SA 2018/19 Q2,ASB table,Apr-Jun"), Analyst).Applied);
        _b.Knowledge.CatchUp();
        Assert.Equal(Export(_a), Export(_b));
        Assert.Equal(1150m, new KnowledgeStore(_b.Database).Figures("asb").Single(o => o.Period.Key == "FY2018/19-Q1" && o.Measure == Measure.Count).Value);

        Assert.Equal("upload.csv", Importer(_b).UndoLast(Analyst).Undone!.File);
        Assert.Equal(2, Importer(_a).UndoLast(Analyst).Undone!.Id);
        Assert.Equal(1100m, new KnowledgeStore(_a.Database).Latest("asb", Measure.Count)!.Value);
        Assert.Equal(1, Importer(_b).UndoLast(Analyst).Undone!.Id);
        _a.Knowledge.CatchUp();

        Assert.Equal(seeded, Export(_a));
        Assert.Equal(seeded, Export(_b));
        Assert.Null(Importer(_a).LastImport());
        Assert.Equal(3L, _postgres.Scalar("SELECT count(*) FROM audit_log WHERE what = 'data.import-undone'"));
    }

    [Fact]
    public async Task ImportsOnTwoInstancesAtOnce_AreBothApplied_OneAfterTheOther()
    {
        KnowledgeSeeder.EnsureSeeded(_a.Database, _time);
        _b.Knowledge.CatchUp(); // as its listener would
        var quarters = new[] { "Q1", "Q2", "Q3", "Q4" };

        var applied = await Task.WhenAll(quarters.Select((quarter, i) => Task.Run(() => Importer(i % 2 == 0 ? _a : _b).Apply(
            Batch($"asb,CambridgeCity,FY2018/19-{quarter},Count,{1100 + i},,,,,Police,,,SA 2018/19 {quarter},ASB table,{quarter}"), Analyst))));

        Assert.All(applied, a => Assert.True(a.Applied));
        Assert.Equal([1, 2, 3, 4], applied.Select(a => a.ImportId).Order());
        _a.Knowledge.CatchUp();
        _b.Knowledge.CatchUp();
        Assert.Equal(Export(_a), Export(_b));
        Assert.Equal([1100m, 1101m, 1102m, 1103m], new KnowledgeStore(_b.Database).Figures("asb")
            .Where(o => o.Period.Key.StartsWith("FY2018/19-Q", StringComparison.Ordinal) && o.Measure == Measure.Count).Select(o => o.Value).Order());
        Assert.Equal(5L, _postgres.Scalar("SELECT version FROM knowledge_state"));
    }

    [Fact]
    public void AWriteThatFails_LeavesNeitherThePostgreSqlStoreNorTheCopyChanged()
    {
        KnowledgeSeeder.EnsureSeeded(_a.Database, _time);
        var version = _postgres.Scalar("SELECT version FROM knowledge_state");
        var before = Export(_a);

        Assert.Throws<IOException>(() => new DataImporter(_a.Database, _time, new FailsWhenAsked()).Apply(
            Batch("asb,CambridgeCity,FY2018/19-Q1,Count,1100,,,,,Police,,,SA 2018/19 Q1,ASB table,Apr-Jun"), Analyst));

        Assert.Equal(version, _postgres.Scalar("SELECT version FROM knowledge_state"));
        Assert.Equal(before, Export(_a));
        Assert.Null(Importer(_a).LastImport());
        Assert.Equal(0L, _postgres.Scalar("SELECT count(*) FROM knowledge_documents WHERE collection = 'k_imports'"));
    }

    [Fact]
    public void AWriteTheLocalCopyFailsToCommit_IsStillDone_AndTheCopyReadsItBackFromTheSharedStore()
    {
        KnowledgeSeeder.EnsureSeeded(_a.Database, _time);
        _b.Knowledge.CatchUp();
        _a.Knowledge.LocalCommitting = () => throw new IOException("The disk is full.");

        var applied = Importer(_a).Apply(Batch("asb,CambridgeCity,FY2018/19-Q1,Count,1100,,,,,Police,,,SA 2018/19 Q1,ASB table,Apr-Jun"), Analyst);
        _a.Knowledge.LocalCommitting = null;

        // The import is in the shared store, so the analyst is told it was applied, and this instance's copy has it too.
        Assert.True(applied.Applied);
        Assert.Equal(1100m, new KnowledgeStore(_a.Database).Latest("asb", Measure.Count, kind: PeriodKind.FinancialQuarter)!.Value);
        Assert.Equal(_postgres.Scalar("SELECT version FROM knowledge_state"), _a.Knowledge.Version);
        Assert.Equal(applied.ImportId, Importer(_a).LastImport()!.Id);
        _b.Knowledge.CatchUp();
        Assert.Equal(Export(_a), Export(_b));
    }

    private DataImporter Importer(Instance instance) => new(instance.Database, _time, ShellImportPermission.Instance);

    private static string Export(Instance instance) => new FiguresExporter(instance.Database).Export(out _);

    private static ImportBatch Batch(params string[] rows) =>
        ImportBatch.FromBytes("upload.csv", Encoding.UTF8.GetBytes(string.Join('\n', [Header, .. rows]) + "\n"));

    private async Task<Instance> OpenAsync(string file)
    {
        var database = new SafetyDatabase(_folder.File(file), SafetyBsonMapper.Create(SafetyBot.Bot.Hosting.PersistedTypes.All));
        var knowledge = new PostgreSqlKnowledge(await _postgres.OpenAsync(), database);
        knowledge.CatchUp();
        return new Instance(database, knowledge);
    }

    private sealed record Instance(SafetyDatabase Database, PostgreSqlKnowledge Knowledge);

    private sealed class FailsWhenAsked : IImportPermission
    {
        public bool MayImport(Actor actor) => throw new IOException("The disk is full.");

        public bool MayUndo(Actor actor) => throw new IOException("The disk is full.");
    }
}
