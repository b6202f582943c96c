using System.Text;
using LiteDB;
using SafetyBot.Knowledge.Storage.LiteDb;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Tests.Knowledge.Imports;

public abstract class DataImporterTests : IAsyncLifetime
{
    private const string Header = "indicator_id,area,period,measure,value,breakdown,rank_of,is_derived,note,source,source_id,footnote,document,section,period_text";
    private const string NewQuarter = "asb,CambridgeCity,FY2018/19-Q1,Count,1100,,,,,Police,,,SA 2018/19 Q1,ASB table,Apr-Jun";
    private const string Correction = "cybercrime,CambridgeCity,2017,Count,91,,,,Revised,Police recorded crime,,,SA 2018/19,Scanning table,2017";

    private static readonly Actor Analyst = new("11111111-1111-1111-1111-111111111111", "Jo Analyst");

    private readonly StoreProvider _provider;
    private TestStore _store = null!;

    protected DataImporterTests(StoreProvider provider) => _provider = provider;

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync(_provider);

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    private DataImporter Importer => new(_store.Database, _store.Time, ShellImportPermission.Instance);

    [Fact]
    public void Preview_CountsAddedSupersededAndUnchanged_AndWritesNothing()
    {
        var before = Snapshot();
        var version = _store.Database.KnowledgeVersion;

        var preview = Importer.Preview(Batch(NewQuarter, Correction));

        Assert.True(preview.CanApply);
        Assert.Equal(("figures", "figures"), (preview.Kind, preview.KindTitle));
        Assert.Equal(new ImportTally("figures", 1, 1, 0), Assert.Single(preview.Tallies));
        var change = Assert.Single(preview.BiggestChanges);
        Assert.Equal(91m, change.After.Value);
        Assert.NotEqual(change.Before.Value, change.After.Value);
        Assert.Equal(before, Snapshot());
        Assert.Equal(version, _store.Database.KnowledgeVersion);
    }

    [Fact]
    public void Preview_OfTheSameFigureInTwoFilesOfOneUpload_IsAnError_AndApplyChangesNothing()
    {
        var before = Snapshot();
        var other = NewQuarter.Replace(",1100,", ",1200,", StringComparison.Ordinal);
        var batch = new ImportBatch("months.zip", "hash", [
            ImportFile.FromBytes("a.csv", Encoding.UTF8.GetBytes(Header + "\n" + NewQuarter + "\n")),
            ImportFile.FromBytes("b.csv", Encoding.UTF8.GetBytes(Header + "\n" + other + "\n"))]);

        var preview = Importer.Preview(batch);
        var applied = Importer.Apply(batch, Analyst);

        var error = Assert.Single(preview.Errors);
        Assert.Equal(("b.csv", 2), (error.File, error.Line));
        Assert.Contains("a.csv line 2", error.Message, StringComparison.Ordinal);
        Assert.False(applied.Applied);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Apply_ThenUndo_RestoresEveryRecordExactly_AndIsAudited()
    {
        var before = Snapshot();
        var applied = Importer.Apply(Batch(NewQuarter, Correction), Analyst);
        Assert.True(applied.Applied);
        Assert.Equal(1100m, _store.Store.Latest("asb", Measure.Count)!.Value);
        Assert.NotEqual(before, Snapshot());

        var undo = Importer.UndoLast(Analyst);

        Assert.Equal(applied.ImportId, undo.Undone!.Id);
        Assert.Equal(3, undo.RecordsRestored);
        Assert.Equal(before, Snapshot());
        Assert.Null(Importer.LastImport());
        var audit = Audit();
        Assert.Equal([DataImporter.ImportedAudit, DataImporter.UndoneAudit], audit.Select(a => a.What));
        Assert.All(audit, a => Assert.Equal((Analyst.AadObjectId, "upload.csv"), (a.Who, a.Subject)));
        Assert.Contains(applied.Preview.Sha256, audit[0].After, StringComparison.Ordinal);
    }

    [Fact]
    public void UndoLast_TwiceAfterTwoImports_UndoesNewestFirst()
    {
        var before = Snapshot();
        Importer.Apply(Batch(NewQuarter), Analyst);
        var afterFirst = Snapshot();
        Importer.Apply(Batch("asb,CambridgeCity,FY2018/19-Q1,Count,1200,,,,,Police,,,SA 2018/19 Q1,ASB table,Apr-Jun"), Analyst);

        Importer.UndoLast(Analyst);
        Assert.Equal(afterFirst, Snapshot());
        Importer.UndoLast(Analyst);
        Assert.Equal(before, Snapshot());
        Assert.Null(Importer.UndoLast(Analyst).Undone);
    }

    [Fact]
    public void Apply_ByActorWithoutPermission_IsRefusedAndNothingSaved()
    {
        var before = Snapshot();
        var importer = new DataImporter(_store.Database, _store.Time, new Nobody());

        Assert.Throws<WriteRefusedException>(() => importer.Apply(Batch(NewQuarter), Analyst));

        Assert.Equal(before, Snapshot());
        Assert.Null(importer.LastImport());
    }

    [Fact]
    public void Preview_OfAFileNoKindRecognises_SaysWhatLayoutsAreLoaded()
    {
        var preview = Importer.Preview(ImportBatch.FromBytes("notes.csv", Encoding.UTF8.GetBytes("name,colour\nx,y\n")));

        Assert.False(preview.CanApply);
        var error = Assert.Single(preview.Errors);
        Assert.Contains("doesn't recognise", error.Message, StringComparison.Ordinal);
        Assert.Contains("indicator_id,area,period,measure,value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_WithErrors_ListsEveryErrorWithLineAndColumn()
    {
        var preview = Importer.Preview(Batch(NewQuarter, "asb,Nowhere,FY2018/19-Q2,Count,5,,,,,,,,,,", "asb,CambridgeCity,FY2018/19-Q3,Count,many,,,,,,,,,,"));

        Assert.False(preview.CanApply);
        Assert.Equal([(3, "area"), (4, "value")], preview.Errors.Select(e => (e.Line, e.Column!)));
        Assert.Empty(preview.Tallies);
    }

    private static ImportBatch Batch(params string[] rows) =>
        ImportBatch.FromBytes("upload.csv", Encoding.UTF8.GetBytes(string.Join('\n', [Header, .. rows]) + "\n"));

    /// <summary>Every knowledge record, history included, as stored (on PostgreSQL, in the local copy and in PostgreSQL).</summary>
    private string Snapshot()
    {
        var db = _store.Database.Database;
        var local = string.Join('\n', new[] { "k_observations", "k_indicators", "k_narratives", "k_indicator_imports" }
            .SelectMany(name => db.GetCollection(name).FindAll().OrderBy(d => d["_id"]).Select(d => name + " " + JsonSerializer.Serialize(d))));
        return _store.Postgres is not { } postgres ? local : local + "\n" + postgres.Scalar("""
            SELECT string_agg(row, E'\n' ORDER BY row) FROM (
                SELECT 'k_observations ' || id || ' ' || doc::text AS row FROM k_observations WHERE doc IS NOT NULL
                UNION ALL SELECT collection || ' ' || id || ' ' || doc::text FROM knowledge_documents
                    WHERE doc IS NOT NULL AND collection IN ('k_indicators', 'k_narratives', 'k_indicator_imports')) AS rows
            """);
    }

    /// <summary>The audit entries, oldest first (on PostgreSQL, in <c>audit_log</c>).</summary>
    private List<(string What, string Who, string Subject, string? After)> Audit()
    {
        if (_store.Postgres is not { } postgres)
        {
            return [.. _store.Database.Database.GetCollection<AuditEntry>(LiteDbOutcomeStore.AuditCollection).FindAll().Select(a => (a.What, a.Who, a.Subject, a.After))];
        }

        using var connection = new Npgsql.NpgsqlConnection(postgres.ConnectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand("SELECT what, who, subject, after::text FROM audit_log ORDER BY id", connection);
        using var reader = command.ExecuteReader();
        var entries = new List<(string, string, string, string?)>();
        while (reader.Read())
        {
            entries.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return entries;
    }

    /// <summary>On LiteDB.</summary>
    public sealed class OnLiteDb() : DataImporterTests(StoreProvider.LiteDb);

    /// <summary>On PostgreSQL: the records, the journal and the audit are shared there.</summary>
    public sealed class OnPostgreSql() : DataImporterTests(StoreProvider.PostgreSql);

    private sealed class Nobody : IImportPermission
    {
        public bool MayImport(Actor actor) => false;

        public bool MayUndo(Actor actor) => false;
    }
}
