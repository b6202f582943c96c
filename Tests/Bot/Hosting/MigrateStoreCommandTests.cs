using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SafetyBot.Bot.Hosting;
using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.PostgreSql;
using SafetyBot.Knowledge.Subscriptions;
using SafetyBot.Tests.Bot.Storage;
using SafetyBot.Tests.Infrastructure;
using SafetyBot.Tests.Knowledge;

namespace SafetyBot.Tests.Bot.Hosting;

/// <summary>
/// <c>migrate-store --from file --to connection</c>: every collection PostgreSQL keeps is copied and its count verified,
/// and the copy reads back through the PostgreSQL stores as it was written through the LiteDB ones.
/// </summary>
public sealed class MigrateStoreCommandTests : IDisposable
{
    private static readonly Actor Admin = new("admin-1", "Ada Admin");
    private static readonly Actor Lead = new("lead-1", "Lee Lead");
    private readonly LiteDbProviderStore _file = new();
    private readonly TempPostgresDatabase _postgres = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2018, 7, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly RoleOptions _roles = new();

    public MigrateStoreCommandTests() => _roles.Admins.Add(Admin.AadObjectId);

    public void Dispose()
    {
        _file.Dispose();
        _postgres.Dispose();
    }

    [Fact]
    public async Task MigrateStore_CopiesEveryCollection_VerifiesCounts_AndReadsBackTheSame()
    {
        var outcomes = _file.Outcomes(new AnyAction(), new StaticRoles(_roles), _time);
        await outcomes.AssignLeadAsync("1.1-a", Lead.AadObjectId, Lead.Name, Admin);
        await outcomes.LogAsync(new OutcomeUpdate { ActionId = "1.1-a", IdempotencyKey = "turn-1", Status = OutcomeStatus.AtRisk, Summary = "Two referrals", MeasureValue = 2.5m, OccurredOn = new DateTime(2018, 6, 30) }, Lead);
        var subscriptions = _file.Subscriptions(_time);
        await subscriptions.SubscribeAsync(new KnownConversation { ConversationKey = "19:board", ReferenceJson = "{\"v\":1}", Kind = ConversationKind.Channel, DisplayName = "Board" }, Admin.AadObjectId);
        var deliveries = _file.Deliveries(_time);
        await deliveries.TryClaimAsync("FY2018/19-Q1", "19:board", 3);
        await deliveries.MarkSentAsync("FY2018/19-Q1", "19:board", "activity-1");
        await _file.UnansweredQuestions(_time).RecordAsync("how many foxes in Cambridge?");
        await _file.Claims(_time).TryClaimAsync(ActivityClaim.KeyOf("msteams", "a:chat", "activity-1"), CancellationToken.None);
        await new LiteDbStorage(_file.Database).WriteAsync(new Dictionary<string, object> { ["conversation/1"] = new PocoStoreItem { Count = 7 } });
        var path = _file.Database.Path;
        _file.Break();

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await MigrateStoreCommand.RunAsync([MigrateStoreCommand.Verb, "--from", path, "--to", _postgres.ConnectionString], output, error);

        Assert.True(exit == 0, error.ToString());
        Assert.Contains("every count matches", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("outcome_updates: 1 read, 1 in PostgreSQL", output.ToString(), StringComparison.Ordinal);
        var store = await _postgres.OpenAsync();
        var copied = new PostgreSqlOutcomeStoreReader(store, _roles, _time);
        var update = Assert.Single(await copied.Outcomes.AllUpdatesAsync());
        Assert.Equal(("turn-1", OutcomeStatus.AtRisk, 2.5m, new DateTime(2018, 6, 30), _time.GetUtcNow()), (update.IdempotencyKey, update.Status, update.MeasureValue, update.OccurredOn, update.LoggedAt));
        Assert.True(await copied.Outcomes.IsLeadAsync(Lead.AadObjectId, "1.1-a"));
        Assert.Equal(["outcome.logged", "lead.assigned"], (await copied.Outcomes.ReadAuditAsync(Admin, 10)).Select(a => a.What));
        Assert.Equal("{\"v\":1}", Assert.Single(await copied.Subscriptions.ListActiveAsync()).ReferenceJson);
        Assert.Equal(SummaryDeliveryState.Sent, (await copied.Deliveries.FindAsync("FY2018/19-Q1", "19:board"))!.State);
        Assert.Equal(1, await copied.Unanswered.CountAsync());
        Assert.False(await copied.Claims.TryClaimAsync(ActivityClaim.KeyOf("msteams", "a:chat", "activity-1"), CancellationToken.None));
        Assert.Equal(7, Assert.IsType<PocoStoreItem>((await new PostgreSqlStorage(store).ReadAsync(["conversation/1"]))["conversation/1"]).Count);

        // The audit log goes on numbering after the copied entries.
        await copied.Outcomes.RecordAuditAsync(Admin, "figures.imported", "test", null, null);
        Assert.Equal("figures.imported", (await copied.Outcomes.ReadAuditAsync(Admin, 1))[0].What);
    }

    [Fact]
    public async Task MigrateStore_CopiesTheKnowledgeAndLiveData_AndAnInstanceOnTheCopyReadsTheSameFigures_AndCanUndoTheImport()
    {
        using var source = TestStore.Create();
        var csv = "indicator_id,area,period,measure,value,breakdown,rank_of,is_derived,note,source,source_id,footnote,document,section,period_text\n"
            + "asb,CambridgeCity,FY2018/19-Q1,Count,1100,,,,,Police,,,SA 2018/19 Q1,ASB table,Apr-Jun\n";
        var seeded = new FiguresExporter(source.Database).Export(out _);
        Assert.True(new DataImporter(source.Database, source.Time, ShellImportPermission.Instance).Apply(ImportBatch.FromBytes("q1.csv", System.Text.Encoding.UTF8.GetBytes(csv)), Lead).Applied);
        var imported = new FiguresExporter(source.Database).Export(out _);
        var observations = source.Database.Database.GetCollection("k_observations").Count();
        source.Database.Dispose();

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await MigrateStoreCommand.RunAsync([MigrateStoreCommand.Verb, "--from", source.DatabasePath, "--to", _postgres.ConnectionString], output, error);

        Assert.True(exit == 0, error.ToString());
        Assert.Contains($"k_observations: {observations} read, {observations} in PostgreSQL", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("k_import_changes: 1 read, 1 in PostgreSQL", output.ToString(), StringComparison.Ordinal);
        using var folder = new TempFolder();
        using var local = new SafetyDatabase(folder.File("copy.db"), SafetyBsonMapper.Create(SafetyBot.Bot.Hosting.PersistedTypes.All));
        var knowledge = new PostgreSqlKnowledge(await _postgres.OpenAsync(), local);
        Assert.True(knowledge.CatchUp());
        Assert.Equal(imported, new FiguresExporter(local).Export(out _));
        var undo = new DataImporter(local, _time, ShellImportPermission.Instance).UndoLast(Admin);
        Assert.Equal("q1.csv", undo.Undone!.File);
        Assert.Equal(seeded, new FiguresExporter(local).Export(out _));
        Assert.Equal(1L, _postgres.Scalar("SELECT count(*) FROM audit_log WHERE what = 'data.import-undone'"));
    }

    [Fact]
    public async Task MigrateStore_IntoADatabaseThatHoldsRowsAlready_IsRefusedAndCopiesNothing()
    {
        await _file.UnansweredQuestions(_time).RecordAsync("first");
        var path = _file.Database.Path;
        _file.Break();
        Assert.Equal(0, await MigrateStoreCommand.RunAsync([MigrateStoreCommand.Verb, "--from", path, "--to", _postgres.ConnectionString], TextWriter.Null, TextWriter.Null));

        using var error = new StringWriter();
        var again = await MigrateStoreCommand.RunAsync([MigrateStoreCommand.Verb, "--from", path, "--to", _postgres.ConnectionString], TextWriter.Null, error);

        Assert.Equal(1, again);
        Assert.Contains("already holds", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1L, _postgres.Scalar("SELECT count(*) FROM unanswered_questions"));
    }

    [Theory]
    [InlineData]
    [InlineData("--from", "x.db")]
    [InlineData("--to", "Host=x", "--from", "x.db")]
    public async Task MigrateStore_WithoutFromAndTo_PrintsUsage(params string[] rest)
    {
        using var error = new StringWriter();

        Assert.Equal(2, await MigrateStoreCommand.RunAsync([MigrateStoreCommand.Verb, .. rest], TextWriter.Null, error));
        Assert.Contains("usage:", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class PostgreSqlOutcomeStoreReader(SafetyBot.Knowledge.Storage.PostgreSql.PostgreSqlDatabase db, RoleOptions roles, TimeProvider time)
    {
        public IOutcomeStore Outcomes { get; } = new SafetyBot.Knowledge.Storage.PostgreSql.PostgreSqlOutcomeStore(db, new AnyAction(), new StaticRoles(roles), time);

        public ISubscriptionStore Subscriptions { get; } = new SafetyBot.Knowledge.Storage.PostgreSql.PostgreSqlSubscriptionStore(db, time);

        public ISummaryDeliveryLog Deliveries { get; } = new SafetyBot.Knowledge.Storage.PostgreSql.PostgreSqlSummaryDeliveryLog(db, time, Microsoft.Extensions.Options.Options.Create(new SafetyBot.Knowledge.Schedule.QuarterlySummaryOptions()));

        public SafetyBot.Knowledge.Questions.IUnansweredQuestionLog Unanswered { get; } =
            new SafetyBot.Knowledge.Storage.PostgreSql.PostgreSqlUnansweredQuestionLog(db, time, Microsoft.Extensions.Logging.Abstractions.NullLogger<SafetyBot.Knowledge.Storage.PostgreSql.PostgreSqlUnansweredQuestionLog>.Instance);

        public IActivityClaims Claims { get; } = new SafetyBot.Knowledge.Storage.PostgreSql.PostgreSqlActivityClaims(db, time);
    }

    private sealed class AnyAction : IActionCatalog
    {
        public bool ActionExists(string actionId) => true;
    }

    private sealed class StaticRoles(RoleOptions value) : IOptionsMonitor<RoleOptions>
    {
        public RoleOptions CurrentValue => value;

        public RoleOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<RoleOptions, string?> listener) => null;
    }
}
