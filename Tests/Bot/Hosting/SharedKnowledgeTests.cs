using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.PostgreSql;
using SafetyBot.Tests.Infrastructure;
using SafetyBot.Tests.Knowledge;

namespace SafetyBot.Tests.Bot.Hosting;

/// <summary>
/// Two instances of the real app (each its own host and local LiteDB file) on one PostgreSQL database: the knowledge
/// and live data are shared, an import made on one is answered by the other, and undo works across them.
/// </summary>
public sealed class SharedKnowledgeTests : IAsyncLifetime
{
    private const string Header = "indicator_id,area,period,measure,value,breakdown,rank_of,is_derived,note,source,source_id,footnote,document,section,period_text";
    private const string Q1Row = "violence-without-injury,CambridgeCity,FY2018/19-Q1,Count,512,,,,,Police recorded crime,,,Strategic assessment 2018/19 Q1,Quarterly violence table,Apr-Jun 2018";
    private const string Question = "violence without injury in Q1 2018/19";

    /// <summary>Generous: the listener normally brings a change over in milliseconds.</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private static readonly Actor AdminActor = new(TestUser.Admin.AadObjectId, TestUser.Admin.Name);

    private readonly TempFolder _folder = new();
    private readonly ProviderSettings _provider = new(StoreProvider.PostgreSql);
    private FileServer _server = null!;
    private BotHost _a = null!;
    private BotHost _b = null!;

    public async Task InitializeAsync()
    {
        _server = await FileServer.StartAsync();
        _a = Host("a.db");
        _b = Host("b.db");
    }

    public async Task DisposeAsync()
    {
        _a.Dispose();
        _b.Dispose();
        await _server.DisposeAsync();
        _provider.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task UploadPreviewedOnA_AppliedOnB_IsAnsweredOnA_AndUndoOnB_RestoresWhatASees()
    {
        await Task.WhenAll(_a.SayAsync("hello", TestUser.Member, "warm-a"), _b.SayAsync("hello", TestUser.Member, "warm-b"));
        var before = Export(_a);
        Assert.DoesNotContain("512", Replies.Said(await _b.SayAsync(Question, TestUser.Member, "member-b")), StringComparison.Ordinal);
        _a.Services.GetRequiredService<AnalystRoster>().Make(TestUser.Analyst.AadObjectId, TestUser.Analyst.Name, AdminActor);
        await Until(() => Task.FromResult(_b.Services.GetRequiredService<AnalystRoster>().IsAnalyst(TestUser.Analyst.AadObjectId)));

        var preview = await _a.SendAsync(Upload(File("q1.csv", _server.Serve("/q1.csv", Csv(Q1Row)))));
        Assert.Contains("Check before loading", Replies.Said(preview), StringComparison.Ordinal);
        var applied = Replies.Said(await _b.SendAsync(Activities.Submit(Replies.Button(preview, "Apply"), TestUser.Analyst, "analyst-chat")));

        Assert.Contains("figures: 1 added", applied, StringComparison.Ordinal);
        await Until(async () => Replies.Said(await _a.SayAsync(Question, TestUser.Member, "member-a")).Contains("512", StringComparison.Ordinal));
        Assert.Contains("512", Replies.Said(await _b.SayAsync(Question, TestUser.Member, "member-b")), StringComparison.Ordinal);

        var undone = Replies.Said(await _b.SayAsync("undo the last import", TestUser.Admin, "admin-b"));

        Assert.Contains("Undone: the figures file q1.csv", undone, StringComparison.Ordinal);
        await Until(() => Task.FromResult(Export(_a) == before));
        Assert.DoesNotContain("512", Replies.Said(await _a.SayAsync(Question, TestUser.Member, "member-a")), StringComparison.Ordinal);
        Assert.Contains("no import to undo", Replies.Said(await _a.SayAsync("undo the last import", TestUser.Admin, "admin-a")), StringComparison.Ordinal);
        var audit = (await _a.Services.GetRequiredService<IOutcomeStore>().ReadAuditAsync(AdminActor, 10)).Select(e => e.What).ToList();
        Assert.Contains("data.imported", audit);
        Assert.Contains("data.import-undone", audit);
        Assert.Contains("analyst.made", audit);
    }

    [Fact]
    public async Task TwoInstancesStartingAtOnce_SeedTheSharedStoreOnce()
    {
        await Task.WhenAll(Task.Run(() => _a.Http), Task.Run(() => _b.Http));

        Assert.Equal(1L, _provider.Postgres!.Scalar("SELECT version FROM knowledge_state"));
        Assert.Equal(1L, _provider.Postgres.Scalar("SELECT count(*) FROM knowledge_documents WHERE collection = 'k_seed_state' AND doc IS NOT NULL"));
        Assert.Equal(_provider.Postgres.Scalar("SELECT count(*) FROM k_observations WHERE is_current"), (long)Observations(_b));
        Assert.Equal(Export(_a), Export(_b));
    }

    [Fact]
    public async Task Listener_AfterItsConnectionIsKilled_ReconnectsAndReadsAChangeMadeMeanwhile()
    {
        await Task.WhenAll(Task.Run(() => _a.Http), Task.Run(() => _b.Http));
        var knowledgeB = _b.Services.GetRequiredService<PostgreSqlKnowledge>();
        await Until(() => Task.FromResult(Listeners() == 2L));

        Assert.Equal(2L, _provider.Postgres!.Scalar(
            $"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN {PostgreSqlKnowledge.Channel}'"));
        _a.Services.GetRequiredService<AnalystRoster>().Make(TestUser.Analyst.AadObjectId, TestUser.Analyst.Name, AdminActor);
        var stored = (long)_provider.Postgres.Scalar("SELECT version FROM knowledge_state")!;

        await Until(() => Task.FromResult(knowledgeB.Version == stored));
        Assert.True(_b.Services.GetRequiredService<AnalystRoster>().IsAnalyst(TestUser.Analyst.AadObjectId));
        await Until(() => Task.FromResult(Listeners() == 2L));
    }

    private long Listeners() => (long)_provider.Postgres!.Scalar(
        $"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN {PostgreSqlKnowledge.Channel}'")!;

    private static async Task Until(Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Wait;
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The other instance did not see the change.");
            await Task.Delay(50);
        }
    }

    private static int Observations(BotHost host) =>
        host.Services.GetRequiredService<SafetyDatabase>().Database.GetCollection("k_observations").Count("$.IsCurrent = true");

    private static string Export(BotHost host) => new FiguresExporter(host.Services.GetRequiredService<SafetyDatabase>()).Export(out _);

    private BotHost Host(string file) => new(_folder.File(file), _provider.With(new Dictionary<string, string?>
    {
        ["Roles:Admins:0"] = TestUser.Admin.AadObjectId,
        ["DataUploads:AllowedDownloadHosts:0"] = _server.Origin,
        ["QuarterlySummary:Enabled"] = "false",
    }));

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join('\n', [Header, .. rows]) + "\n");

    private static Attachment File(string name, string url) => new()
    {
        ContentType = "application/vnd.microsoft.teams.file.download.info",
        Name = name,
        Content = new JObject { ["downloadUrl"] = url, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = "csv" },
    };

    private static Activity Upload(Attachment file)
    {
        var activity = Activities.Base(ActivityTypes.Message, TestUser.Analyst, "analyst-chat");
        activity.Attachments = [file];
        return activity;
    }
}
