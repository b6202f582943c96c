using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;
using SafetyBot.Tests.Knowledge;

namespace SafetyBot.Tests.Dialogs.Uploads;

/// <summary>
/// Loading data in Teams through /api/messages of the running bot: files attached as Teams delivers them
/// (<c>file.download.info</c>), served by a loopback test server standing in for SharePoint.
/// </summary>
public abstract class DataUploadTests : IAsyncLifetime
{
    private const string Header = "indicator_id,area,period,measure,value,breakdown,rank_of,is_derived,note,source,source_id,footnote,document,section,period_text";
    private const string Q1Row = "violence-without-injury,CambridgeCity,FY2018/19-Q1,Count,512,,,,,Police recorded crime,,,Strategic assessment 2018/19 Q1,Quarterly violence table,Apr-Jun 2018";
    private const string Chat = "analyst-chat";

    private static readonly Actor AdminActor = new(TestUser.Admin.AadObjectId, TestUser.Admin.Name);

    private readonly TempFolder _folder = new();
    private readonly ProviderSettings _provider;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2018, 7, 10, 9, 0, 0, TimeSpan.Zero));
    private FileServer _server = null!;
    private FileServer _elsewhere = null!;
    private BotHost _host = null!;
    private long _maxBytes = 20L * 1024 * 1024;
    private bool _storeFailsMidApply;

    protected DataUploadTests(StoreProvider provider) => _provider = new ProviderSettings(provider);

    public async Task InitializeAsync()
    {
        _server = await FileServer.StartAsync();
        _elsewhere = await FileServer.StartAsync();
        _host = StartHost();
        _host.Services.GetRequiredService<AnalystRoster>().Make(TestUser.Analyst.AadObjectId, TestUser.Analyst.Name, AdminActor);
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _server.DisposeAsync();
        await _elsewhere.DisposeAsync();
        _provider.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Upload_ByAnalyst_PreviewThenApply_MembersNextQuestionShowsTheNewFigureWithProvenance()
    {
        var before = Export();
        var url = _server.Serve("/sites/analyst/q1.csv", Csv(Q1Row));

        var preview = await UploadAsync(TestUser.Analyst, File("q1-2018-19.csv", url));

        var card = Replies.AllText(Assert.Single(preview));
        Assert.Contains("Check before loading", card, StringComparison.Ordinal);
        Assert.Contains("Figures to add", card, StringComparison.Ordinal);
        Assert.Equal(before, Export());
        Assert.Equal(["/sites/analyst/q1.csv"], _server.Requests);

        var applied = Replies.Said(await ClickAsync(TestUser.Analyst, Replies.Button(preview, "Apply")));

        Assert.Contains("Loaded", applied, StringComparison.Ordinal);
        Assert.Contains("figures: 1 added", applied, StringComparison.Ordinal);
        Assert.Contains("Figures added", applied, StringComparison.Ordinal);
        Assert.DoesNotContain("to add", applied, StringComparison.Ordinal);
        var answer = Replies.Said(await _host.SayAsync("violence without injury in Q1 2018/19", TestUser.Member, "member-chat"));
        Assert.Contains("512", answer, StringComparison.Ordinal);
        Assert.Contains("Strategic assessment 2018/19 Q1", answer, StringComparison.Ordinal);
        var summary = Replies.Said(await _host.SayAsync("quarterly summary for Q1 2018/19", TestUser.Member, "member-chat"));
        Assert.True(summary.Contains("512", StringComparison.Ordinal), summary);
        var audit = await Outcomes.ReadAuditAsync(AdminActor, 5);
        var imported = Assert.Single(audit, a => a.What == DataImporter.ImportedAudit);
        Assert.Equal((TestUser.Analyst.AadObjectId, "q1-2018-19.csv"), (imported.Who, imported.Subject));
        Assert.Contains(ImportBatch.HashOf(Csv(Q1Row)), imported.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WithErrors_ShowsEveryErrorWithLineAndColumn_AndChangesNothing()
    {
        var before = Export();
        var url = _server.Serve("/bad.csv", Csv(Q1Row, "violence-without-injury,Nowhere,FY2018/19-Q2,Count,5,,,,,,,,,,", "no-such-topic,CambridgeCity,FY2018/19-Q3,Count,many,,,,,,,,,,"));

        var replies = await UploadAsync(TestUser.Analyst, File("bad.csv", url));

        var card = Replies.AllText(Assert.Single(replies)).Replace("\\", string.Empty, StringComparison.Ordinal); // markdown escapes
        Assert.Contains("Nothing was changed", card, StringComparison.Ordinal);
        Assert.Contains("bad.csv, line 3, column 'area'", card, StringComparison.Ordinal);
        Assert.Contains("bad.csv, line 4, column 'indicator_id'", card, StringComparison.Ordinal);
        Assert.Contains("bad.csv, line 4, column 'value'", card, StringComparison.Ordinal);
        Assert.Empty(Replies.SubmitData(Replies.Card(replies[0])));
        Assert.Contains("no upload waiting", Replies.Said(await _host.SayAsync("apply", TestUser.Analyst, Chat)), StringComparison.Ordinal);
        Assert.Equal(before, Export());
    }

    [Fact]
    public async Task Upload_ByNonAnalyst_IsRefused_NothingFetchedOrStored()
    {
        var before = Export();
        var url = _server.Serve("/q1.csv", Csv(Q1Row));

        var said = Replies.Said(await UploadAsync(TestUser.Member, File("q1.csv", url), "member-chat"));

        Assert.Contains("Only SafetyBot analysts and admins can load data", said, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
        Assert.Contains("no upload waiting", Replies.Said(await _host.SayAsync("apply", TestUser.Member, "member-chat")), StringComparison.Ordinal);
        Assert.Equal(before, Export());
    }

    [Fact]
    public async Task Upload_FromAHostNotAllowed_IsRefused_NothingFetched()
    {
        var url = _elsewhere.Serve("/q1.csv", Csv(Q1Row));

        var said = Replies.Said(await UploadAsync(TestUser.Analyst, File("q1.csv", url)));

        Assert.Contains("not an allowed origin", said, StringComparison.Ordinal);
        Assert.Empty(_elsewhere.Requests);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Upload_RedirectedToAHostNotAllowed_IsRefused_AndTheRedirectIsNotFollowed()
    {
        var target = _elsewhere.Serve("/q1.csv", Csv(Q1Row));
        var url = _server.Redirect("/q1.csv", target);

        var said = Replies.Said(await UploadAsync(TestUser.Analyst, File("q1.csv", url)));

        Assert.Contains("redirected to", said, StringComparison.Ordinal);
        Assert.Equal(["/q1.csv"], _server.Requests);
        Assert.Empty(_elsewhere.Requests);
    }

    [Fact]
    public async Task Upload_RedirectedWithinAllowedOrigins_IsFollowed()
    {
        _server.Serve("/real/q1.csv", Csv(Q1Row));
        var url = _server.Redirect("/link/q1.csv", "/real/q1.csv");

        var replies = await UploadAsync(TestUser.Analyst, File("q1.csv", url));

        Assert.Contains("Check before loading", Replies.Said(replies), StringComparison.Ordinal);
        Assert.Equal(["/link/q1.csv", "/real/q1.csv"], _server.Requests);
    }

    [Fact]
    public async Task Upload_LargerThanTheCap_IsRefusedWhileStreaming_AndNothingStored()
    {
        await RestartAsync(maxBytes: 4096);
        var rows = Enumerable.Range(1, 200).Select(i => $"violence-without-injury,CambridgeCity,FY2018/19-Q1,Count,{i},breakdown {i},,,,,,,,,");
        var url = _server.Serve("/big.csv", Csv([.. rows]), withLength: false);

        var said = Replies.Said(await UploadAsync(TestUser.Analyst, File("big.csv", url)));

        Assert.Contains("larger than 0 MB", said.Replace("0.0", "0", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("no upload waiting", Replies.Said(await _host.SayAsync("apply", TestUser.Analyst, Chat)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WhoseDownloadIsCutShort_IsExplained_AndNothingStored()
    {
        var url = _server.ServeCutShort("/q1.csv", Csv(Q1Row));

        var said = Replies.Said(await UploadAsync(TestUser.Analyst, File("q1.csv", url)));

        Assert.Contains("I couldn't fetch q1.csv: the download failed", said, StringComparison.Ordinal);
        Assert.Contains("no upload waiting", Replies.Said(await _host.SayAsync("apply", TestUser.Analyst, Chat)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_WhenTheStoredUploadIsMissing_IsExplained_ChangesNothing_AndLeavesNothingWaiting()
    {
        var before = Export();
        var preview = await UploadAsync(TestUser.Analyst, File("q1.csv", _server.Serve("/q1.csv", Csv(Q1Row))));
        var storage = _host.Services.GetRequiredService<SafetyDatabase>().Database.GetStorage<string>(PendingImports.FilesCollection, PendingImports.ChunksCollection);
        foreach (var stored in storage.FindAll().ToList())
        {
            storage.Delete(stored.Id);
        }

        var said = Replies.Said(await ClickAsync(TestUser.Analyst, Replies.Button(preview, "Apply")));

        Assert.Contains("Please attach q1.csv again", said, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", said, StringComparison.Ordinal);
        Assert.Equal(before, Export());
        Assert.Contains("no upload waiting", Replies.Said(await _host.SayAsync("apply", TestUser.Analyst, Chat)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_WhenTheStoreFailsMidApply_ChangesNothing_AndKeepsThePreviewToRetry()
    {
        var before = Export();
        var preview = await UploadAsync(TestUser.Analyst, File("q1.csv", _server.Serve("/q1.csv", Csv(Q1Row))));
        _storeFailsMidApply = true;
        await RestartAsync();

        await Record.ExceptionAsync(() => ClickAsync(TestUser.Analyst, Replies.Button(preview, "Apply"))); // the error boundary answers

        Assert.Equal(before, Export());
        _storeFailsMidApply = false;
        await RestartAsync();
        Assert.Contains("figures: 1 added", Replies.Said(await _host.SayAsync("apply", TestUser.Analyst, Chat)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_ChangesNothing_AndLeavesNothingToApply()
    {
        var before = Export();
        var preview = await UploadAsync(TestUser.Analyst, File("q1.csv", _server.Serve("/q1.csv", Csv(Q1Row))));

        var said = Replies.Said(await ClickAsync(TestUser.Analyst, Replies.Button(preview, "Cancel")));

        Assert.Contains("Cancelled: q1.csv was not loaded", said, StringComparison.Ordinal);
        Assert.Contains("expired, or was already applied or cancelled", Replies.Said(await ClickAsync(TestUser.Analyst, Replies.Button(preview, "Apply"))), StringComparison.Ordinal);
        Assert.Equal(before, Export());
        Assert.DoesNotContain(await Outcomes.ReadAuditAsync(AdminActor, 10), a => a.What == DataImporter.ImportedAudit);
    }

    [Fact]
    public async Task TypedApply_AfterARestart_AppliesThePreviewStillWaiting()
    {
        await UploadAsync(TestUser.Analyst, File("q1.csv", _server.Serve("/q1.csv", Csv(Q1Row))));
        await RestartAsync();
        _time.Advance(TimeSpan.FromMinutes(29));

        var said = Replies.Said(await _host.SayAsync("apply", TestUser.Analyst, Chat));

        Assert.Contains("figures: 1 added", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_LeftAlone_ExpiresAcrossARestart_AndChangesNothing()
    {
        var before = Export();
        var preview = await UploadAsync(TestUser.Analyst, File("q1.csv", _server.Serve("/q1.csv", Csv(Q1Row))));
        await RestartAsync();
        _time.Advance(TimeSpan.FromMinutes(31));

        var said = Replies.Said(await ClickAsync(TestUser.Analyst, Replies.Button(preview, "Apply")));

        Assert.Contains("That preview has expired", said, StringComparison.Ordinal);
        Assert.Equal(before, Export());
    }

    [Fact]
    public async Task UndoTheLastImport_ByAdmin_RestoresTheStoreExactly_AndIsAudited()
    {
        var before = Export();
        var corrected = "cybercrime,CambridgeCity,2017,Count,91,,,,Revised,Police recorded crime,,,SA 2018/19,Scanning table,2017";
        var preview = await UploadAsync(TestUser.Analyst, File("q1.csv", _server.Serve("/q1.csv", Csv(Q1Row, corrected))));
        Assert.Contains("Biggest changes", Replies.Said(preview), StringComparison.Ordinal);
        await ClickAsync(TestUser.Analyst, Replies.Button(preview, "Apply"));
        Assert.NotEqual(before, Export());

        Assert.Contains("Only SafetyBot admins can undo", Replies.Said(await _host.SayAsync("undo the last import", TestUser.Analyst, Chat)), StringComparison.Ordinal);
        var said = Replies.Said(await _host.SayAsync("undo the last import", TestUser.Admin, "admin-chat"));

        Assert.Contains("Undone: the figures file q1.csv", said, StringComparison.Ordinal);
        Assert.Contains("1 figures it added are removed and 1 it superseded are current again", said, StringComparison.Ordinal);
        Assert.Equal(before, Export());
        Assert.Equal(DataImporter.UndoneAudit, (await Outcomes.ReadAuditAsync(AdminActor, 1))[0].What);
        Assert.Contains("no import to undo", Replies.Said(await _host.SayAsync("undo the last import", TestUser.Admin, "admin-chat")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task Upload_OutsideAPersonalChat_IsExplained_NothingFetched(string conversationType)
    {
        var activity = Upload(TestUser.Analyst, "team-chat", File("q1.csv", _server.Serve("/q1.csv", Csv(Q1Row))));
        activity.Conversation.ConversationType = conversationType;

        var said = Replies.Said(await _host.SendAsync(activity));

        Assert.Contains("only in a personal chat", said, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ChannelFilePlaceholder_IsExplained()
    {
        var activity = Upload(TestUser.Analyst, "team-chat", new Attachment { ContentType = "text/html", Content = "<p>figures</p><attachment id=\"3b2f\"></attachment>" });
        activity.Conversation.ConversationType = "channel";

        Assert.Contains("only in a personal chat", Replies.Said(await _host.SendAsync(activity)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalChatMessageWithoutTheFileItself_AsksToAttachItAgain()
    {
        var activity = Upload(TestUser.Analyst, Chat, new Attachment { ContentType = "text/html", Content = "<attachment id=\"3b2f\"></attachment>" });

        Assert.Contains("attach the CSV file again", Replies.Said(await _host.SendAsync(activity)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrdinaryFormattedMessage_IsStillAQuestion()
    {
        var activity = Activities.Message("how has dwelling burglary changed", TestUser.Member, "member-chat");
        activity.Attachments = [new Attachment { ContentType = "text/html", Content = "<p>how has <b>dwelling burglary</b> changed</p>" }];

        Assert.Contains("Dwelling burglary, 2017", Replies.Said(await _host.SendAsync(activity)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_OfAnotherFileType_IsExplained_NothingFetched()
    {
        var url = _server.Serve("/q1.xlsx", [0x50, 0x4B, 3, 4]);

        var said = Replies.Said(await UploadAsync(TestUser.Analyst, File("q1.xlsx", url, "xlsx")));

        Assert.Contains("q1.xlsx is a .xlsx file", said, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", said, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task MakeAndRemoveAnalyst_ByAdmin_AreAudited_AndDecideWhoMayLoadData()
    {
        var roster = _host.Services.GetRequiredService<AnalystRoster>();
        Assert.Contains("Who should be an analyst?", Replies.Said(await _host.SayAsync("make someone an analyst", TestUser.Admin, "admin-chat")), StringComparison.Ordinal);
        var made = Replies.Said(await _host.SayAsync($"Lee Lead, {TestUser.Lead.AadObjectId}", TestUser.Admin, "admin-chat"));

        Assert.Contains("Lee Lead is now an analyst", made, StringComparison.Ordinal);
        Assert.True(roster.MayLoadData(TestUser.Lead.AadObjectId));
        Assert.Equal("analyst.made", (await Outcomes.ReadAuditAsync(AdminActor, 1))[0].What);

        await _host.SayAsync("remove an analyst", TestUser.Admin, "admin-chat");
        var removed = Replies.Said(await _host.SayAsync("Lee Lead", TestUser.Admin, "admin-chat"));

        Assert.Contains("no longer an analyst", removed, StringComparison.Ordinal);
        Assert.False(roster.MayLoadData(TestUser.Lead.AadObjectId));
        Assert.Equal("analyst.removed", (await Outcomes.ReadAuditAsync(AdminActor, 1))[0].What);
    }

    [Fact]
    public async Task Upload_DuringADialog_IsPreviewed_AndTheDialogCarriesOn()
    {
        await _host.SayAsync("make someone an analyst", TestUser.Admin, "admin-chat");

        var preview = await UploadAsync(TestUser.Admin, File("q1.csv", _server.Serve("/q1.csv", Csv(Q1Row))), "admin-chat");
        var made = Replies.Said(await _host.SayAsync($"Lee Lead, {TestUser.Lead.AadObjectId}", TestUser.Admin, "admin-chat"));

        Assert.Contains("Check before loading", Replies.Said(preview), StringComparison.Ordinal);
        Assert.Contains("Lee Lead is now an analyst", made, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MakeAnalyst_ByNonAdmin_IsRefusedAndNothingWritten()
    {
        var said = Replies.Said(await _host.SayAsync("make someone an analyst", TestUser.Analyst, Chat));

        Assert.Contains("Only SafetyBot admins can make analysts", said, StringComparison.Ordinal);
        Assert.DoesNotContain(await Outcomes.ReadAuditAsync(AdminActor, 10), a => a.What == "analyst.made" && a.Who == TestUser.Analyst.AadObjectId);
    }

    private IOutcomeStore Outcomes => _host.Services.GetRequiredService<IOutcomeStore>();

    private BotHost StartHost() => new(_folder.File("uploads.db"), _provider.With(new Dictionary<string, string?>
    {
        ["Roles:Admins:0"] = TestUser.Admin.AadObjectId,
        ["DataUploads:AllowedDownloadHosts:0"] = _server.Origin,
        ["DataUploads:MaxBytes"] = _maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["QuarterlySummary:Enabled"] = "false",
    }), services =>
    {
        services.AddSingleton<TimeProvider>(_time);
        if (_storeFailsMidApply)
        {
            services.AddSingleton(provider => new DataImporter(provider.GetRequiredService<SafetyDatabase>(), _time, new FailingStore()));
        }
    });

    private async Task RestartAsync(long? maxBytes = null)
    {
        _host.Dispose();
        _maxBytes = maxBytes ?? _maxBytes;
        _host = StartHost();
        await _host.SayAsync("hello", TestUser.Member, "warm-up");
    }

    private string Export() => new FiguresExporter(_host.Services.GetRequiredService<SafetyDatabase>()).Export(out _);

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join('\n', [Header, .. rows]) + "\n");

    private static Attachment File(string name, string url, string fileType = "csv") => new()
    {
        ContentType = "application/vnd.microsoft.teams.file.download.info",
        Name = name,
        Content = new JObject { ["downloadUrl"] = url, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = fileType },
    };

    private static Activity Upload(TestUser user, string chat, params Attachment[] attachments)
    {
        var activity = Activities.Base(ActivityTypes.Message, user, chat);
        activity.Attachments = attachments;
        return activity;
    }

    private Task<IReadOnlyList<Activity>> UploadAsync(TestUser user, Attachment file, string chat = Chat) =>
        _host.SendAsync(Upload(user, chat, file));

    private Task<IReadOnlyList<Activity>> ClickAsync(TestUser user, JObject data) =>
        _host.SendAsync(Activities.Submit(data, user, Chat));

    /// <summary>A store that fails inside the writing transaction (asked for permission there), as a full disk would.</summary>
    private sealed class FailingStore : IImportPermission
    {
        public bool MayImport(Actor actor) => throw new IOException("The disk is full.");

        public bool MayUndo(Actor actor) => throw new IOException("The disk is full.");
    }

    /// <summary>On LiteDB.</summary>
    public sealed class OnLiteDb() : DataUploadTests(StoreProvider.LiteDb);

    /// <summary>On PostgreSQL: the previews, analysts, imports and their journal are shared there.</summary>
    public sealed class OnPostgreSql() : DataUploadTests(StoreProvider.PostgreSql);
}
