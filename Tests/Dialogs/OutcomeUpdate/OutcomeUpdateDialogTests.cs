using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.OutcomeUpdate;

/// <summary>
/// Logging outcome updates through /api/messages of the running bot: every path of the dialog, on every provider
/// (one nested class each).
/// </summary>
public abstract class OutcomeUpdateDialogTests : IDisposable
{
    private static readonly Actor AdminActor = new(TestUser.Admin.AadObjectId, TestUser.Admin.Name);
    private readonly TempFolder _folder = new();
    private readonly ProviderSettings _provider;
    private BotHost _host;

    protected OutcomeUpdateDialogTests(StoreProvider provider)
    {
        _provider = new ProviderSettings(provider);
        _host = StartHost();
    }

    public void Dispose()
    {
        _host.Dispose();
        _provider.Dispose();
        _folder.Dispose();
    }

    private IOutcomeStore Outcomes => _host.Services.GetRequiredService<IOutcomeStore>();

    [Fact]
    public async Task Update_ByLead_TypingOnly_IsSavedReadBackAndAudited()
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");

        Assert.Contains("How does 1.1-a stand?", Said(await Lead("log an update")), StringComparison.Ordinal);
        Assert.Contains("What happened?", Said(await Lead("at risk")), StringComparison.Ordinal);
        Assert.Contains("measure", Said(await Lead("Two schools referred pupils to the exploitation hub")), StringComparison.Ordinal);
        Assert.Contains("When did it happen?", Said(await Lead("twelve referrals")), StringComparison.Ordinal);
        var summary = Said(await Lead("3 March"));
        Assert.Contains("Check your update", summary, StringComparison.Ordinal);
        Assert.Contains("12 referrals", summary, StringComparison.Ordinal);
        var saved = Said(await Lead("save"));

        Assert.Contains("Update saved", saved, StringComparison.Ordinal);
        var update = Assert.Single(await Outcomes.AllUpdatesAsync());
        Assert.Equal(("1.1-a", OutcomeStatus.AtRisk, 12m, "referrals"), (update.ActionId, update.Status, update.MeasureValue, update.MeasureUnit));
        Assert.Equal(3, update.OccurredOn!.Value.Day);
        Assert.Equal(TestUser.Lead.AadObjectId, update.LoggedBy);

        var history = Said(await _host.SayAsync("show updates for 1.1-a", TestUser.Member, "member-chat"));
        Assert.Contains("Two schools referred pupils to the exploitation hub", history, StringComparison.Ordinal);
        Assert.Contains("At risk", history, StringComparison.Ordinal);
        Assert.Contains("outcome.logged", Said(await _host.SayAsync("show the audit log", TestUser.Admin, "admin-chat")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ByLead_ClickingOnly_IsSaved()
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");
        await MakeLeadAsync(TestUser.Lead, "1.2-a");

        var replies = await Click(new JObject { ["verb"] = "outcome.log" });
        replies = await Click(Replies.Button(replies, "1.2-a Toolkit and pathway for victims of adult exploitation"));
        replies = await Click(Replies.Button(replies, "On track"));
        var next = Replies.Button(replies, "Next");
        next["value"] = "Toolkit drafted and shared with partners";
        replies = await Click(next);
        replies = await Click(Replies.Button(replies, "Skip"));
        var date = Replies.Button(replies, "Next");
        date["value"] = "2018-04-20";
        replies = await Click(date);
        replies = await Click(Replies.Button(replies, "Save"));

        Assert.Contains("Update saved", Said(replies), StringComparison.Ordinal);
        var update = Assert.Single(await Outcomes.AllUpdatesAsync());
        Assert.Equal(("1.2-a", OutcomeStatus.OnTrack, (decimal?)null), (update.ActionId, update.Status, update.MeasureValue));
        Assert.Equal(new DateTime(2018, 4, 20), update.OccurredOn);
    }

    [Fact]
    public async Task Update_ByNonLead_IsToldWhoLeads_AndNothingIsWritten()
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");

        var replies = await _host.SayAsync("update on county lines", TestUser.Member, "member-chat");

        var said = Said(replies);
        Assert.Contains("Only an action's lead can log its updates", said, StringComparison.Ordinal);
        Assert.Contains("Lee Lead (1.1-a)", said, StringComparison.Ordinal);
        Assert.Empty(await Outcomes.AllUpdatesAsync());
        Assert.False(await NextTurnIsInADialog(TestUser.Member, "member-chat"));
    }

    [Fact]
    public async Task Update_WhenTheLeadIsRemovedBeforeSaving_IsRefusedAndNothingWritten()
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");
        await GetToSummary();
        await Outcomes.RemoveLeadAsync("1.1-a", TestUser.Lead.AadObjectId, AdminActor);

        Assert.Contains("Nothing was saved", Said(await Lead("save")), StringComparison.Ordinal);
        Assert.Empty(await Outcomes.AllUpdatesAsync());
    }

    [Fact]
    public async Task Update_InvalidStatusThreeTimes_EndsGracefully_AndNothingIsSaved()
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");
        await Lead("log an update");

        Assert.Contains("Please choose", Said(await Lead("banana")), StringComparison.Ordinal);
        Assert.Contains("Please choose", Said(await Lead("purple")), StringComparison.Ordinal);
        Assert.Contains("nothing was saved", Said(await Lead("seven")), StringComparison.Ordinal);

        Assert.Empty(await Outcomes.AllUpdatesAsync());
        Assert.Contains("Dwelling burglary, 2017", Said(await Lead("how has dwelling burglary changed")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_Cancelled_SavesNothing()
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");
        await Lead("log an update");
        await Lead("on track");

        await Lead("cancel");

        Assert.Empty(await Outcomes.AllUpdatesAsync());
    }

    [Fact]
    public async Task Update_BackAndHelp_KeepTheDraft()
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");
        await Lead("log an update");
        await Lead("on track");
        Assert.Contains("How does 1.1-a stand?", Said(await Lead("back")), StringComparison.Ordinal);
        await Lead("off track");
        Assert.Contains("outcome update", Said(await Lead("help")), StringComparison.Ordinal);
        await Lead("Meeting postponed twice");
        await Lead("skip");
        await Lead("skip");
        await Lead("save");

        Assert.Equal(OutcomeStatus.OffTrack, Assert.Single(await Outcomes.AllUpdatesAsync()).Status);
    }

    [Fact]
    public async Task Update_ChangeSomethingAtTheSummary_AsksThatFieldAgain()
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");
        await GetToSummary();

        Assert.Contains("What would you like to change?", Said(await Lead("change something")), StringComparison.Ordinal);
        Assert.Contains("What happened?", Said(await Lead("what happened")), StringComparison.Ordinal);
        Assert.Contains("Corrected account", Said(await Lead("Corrected account of the week")), StringComparison.Ordinal);
        await Lead("save");

        Assert.Equal("Corrected account of the week", Assert.Single(await Outcomes.AllUpdatesAsync()).Summary);
    }

    [Fact]
    public async Task Update_DraftSurvivesARestartMidDialog()
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");
        await Lead("log an update");
        await Lead("complete");

        _host.Dispose();
        _host = StartHost();

        Assert.Contains("measure", Said(await Lead("All actions in the plan are done")), StringComparison.Ordinal);
        await Lead("skip");
        await Lead("skip");
        await Lead("save");
        var update = Assert.Single(await Outcomes.AllUpdatesAsync());
        Assert.Equal((OutcomeStatus.Complete, "All actions in the plan are done"), (update.Status, update.Summary));
    }

    [Fact]
    public async Task Update_RepeatedActivityId_IsSavedOnce()
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");
        await GetToSummary();
        var save = Activities.Message("save", TestUser.Lead, "lead-chat");

        var first = await _host.SendAsync(save);
        var repeat = await _host.SendAsync(save);

        Assert.Contains("Update saved", Said(first), StringComparison.Ordinal);
        Assert.Empty(repeat);
        Assert.Single(await Outcomes.AllUpdatesAsync());
    }

    [Fact]
    public async Task Update_DoubleClickedSave_IsSavedOnce()
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");
        var summary = await GetToSummary();
        var save = Replies.Button(summary, "Save");

        var first = await Click(save);
        var second = await Click(save);

        Assert.Contains("Update saved", Said(first), StringComparison.Ordinal);
        Assert.Contains("nothing was changed", Said(second), StringComparison.Ordinal);
        Assert.Single(await Outcomes.AllUpdatesAsync());
    }

    [Fact]
    public async Task Update_TwoLeadsSavingAtTheSameMoment_AreBothSaved()
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");
        var other = new TestUser("29:lead2", "Lou Lead", "00000000-0000-0000-0000-00000000a004");
        await MakeLeadAsync(other, "1.1-a");
        foreach (var (user, chat) in new[] { (TestUser.Lead, "lead-chat"), (other, "lead2-chat") })
        {
            await _host.SayAsync("log an update", user, chat);
            await _host.SayAsync("on track", user, chat);
            await _host.SayAsync($"Update from {user.Name}", user, chat);
            await _host.SayAsync("skip", user, chat);
            await _host.SayAsync("skip", user, chat);
        }

        await Task.WhenAll(_host.SayAsync("save", TestUser.Lead, "lead-chat"), _host.SayAsync("save", other, "lead2-chat"));

        Assert.Equal(2, (await Outcomes.UpdatesForAsync("1.1-a")).Count);
    }

    [Fact]
    public async Task AssignLead_ByAdminWithATypedId_MakesThemLeadAndIsAudited()
    {
        var replies = await _host.SayAsync("make someone the lead for 1.1-a", TestUser.Admin, "admin-chat");
        Assert.Contains("Who should lead it?", Said(replies), StringComparison.Ordinal);

        var done = await _host.SayAsync($"Lee Lead, {TestUser.Lead.AadObjectId}", TestUser.Admin, "admin-chat");

        Assert.Contains("Lee Lead now leads 1.1-a", Said(done), StringComparison.Ordinal);
        Assert.True(await Outcomes.IsLeadAsync(TestUser.Lead.AadObjectId, "1.1-a"));
        Assert.Equal("lead.assigned", (await Outcomes.ReadAuditAsync(AdminActor, 1))[0].What);
    }

    [Fact]
    public async Task AssignLead_ByNonAdmin_IsRefusedAndNothingWritten()
    {
        var replies = await _host.SayAsync("make someone the lead for 1.1-a", TestUser.Member, "member-chat");

        Assert.Contains("Only SafetyBot admins", Said(replies), StringComparison.Ordinal);
        Assert.Empty(await Outcomes.AllLeadsAsync());
        Assert.Empty(await Outcomes.ReadAuditAsync(AdminActor, 10));
    }

    [Fact]
    public async Task RemoveLead_ByAdmin_RemovesThem()
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");

        await _host.SayAsync("remove the lead for 1.1-a", TestUser.Admin, "admin-chat");
        var done = await _host.SayAsync("Lee Lead", TestUser.Admin, "admin-chat");

        Assert.Contains("no longer lead 1.1-a", Said(done), StringComparison.Ordinal);
        Assert.False(await Outcomes.IsLeadAsync(TestUser.Lead.AadObjectId, "1.1-a"));
    }

    [Fact]
    public async Task AuditLog_ForNonAdmin_IsRefused()
    {
        Assert.Contains("Only SafetyBot admins", Said(await _host.SayAsync("show the audit log", TestUser.Member, "member-chat")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportUpdates_GivesALinkToTheCsv()
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");
        await GetToSummary();
        await Lead("save");

        var reply = Assert.Single(await _host.SayAsync("export updates", TestUser.Member, "member-chat"));
        var url = (string)Replies.Card(reply).Descendants().OfType<JObject>().First(o => (string?)o["type"] == "Action.OpenUrl")["url"]!;
        var path = new Uri(url).PathAndQuery;
        var csv = await _host.Http.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.StartsWith("id,action_id,status,summary", csv, StringComparison.Ordinal);
        Assert.Contains("1.1-a,On track,Weekly meeting held", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportLink_MadeBeforeARestart_StillServesTheCsv_AndAnotherInstanceServesItToo()
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");
        await GetToSummary();
        await Lead("save");
        var reply = Assert.Single(await _host.SayAsync("export updates", TestUser.Member, "member-chat"));
        var path = new Uri((string)Replies.Card(reply).Descendants().OfType<JObject>().First(o => (string?)o["type"] == "Action.OpenUrl")["url"]!).PathAndQuery;

        _host.Dispose();
        _host = StartHost();
        var afterRestart = await _host.Http.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.Contains("1.1-a,On track,Weekly meeting held", afterRestart, StringComparison.Ordinal);
        if (_provider.Provider == SafetyBot.Knowledge.Storage.StoreProvider.PostgreSql)
        {
            // A second instance on the same database, as behind a load balancer.
            using var other = StartHost("other-instance.db");
            Assert.Equal(afterRestart, await other.Http.GetStringAsync(new Uri(path, UriKind.Relative)));
        }

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _host.Http.GetAsync(new Uri(path.Replace(".csv", "0.csv", StringComparison.Ordinal), UriKind.Relative))).StatusCode);
    }

    private BotHost StartHost(string file = "outcomes.db") => new(_folder.File(file), _provider.With(new Dictionary<string, string?>
    {
        ["Roles:Admins:0"] = TestUser.Admin.AadObjectId,
    }));

    private async Task MakeLeadAsync(TestUser user, string actionId) => await Outcomes.AssignLeadAsync(actionId, user.AadObjectId, user.Name, AdminActor);

    private Task<IReadOnlyList<Microsoft.Bot.Schema.Activity>> Lead(string text) => _host.SayAsync(text, TestUser.Lead, "lead-chat");

    private Task<IReadOnlyList<Microsoft.Bot.Schema.Activity>> Click(JObject data) =>
        _host.SendAsync(Activities.Submit(data, TestUser.Lead, "lead-chat"));

    private async Task<IReadOnlyList<Microsoft.Bot.Schema.Activity>> GetToSummary()
    {
        await Lead("log an update");
        await Lead("on track");
        await Lead("Weekly meeting held");
        await Lead("skip");
        return await Lead("skip");
    }

    private async Task<bool> NextTurnIsInADialog(TestUser user, string chat) =>
        !Said(await _host.SayAsync("how has dwelling burglary changed", user, chat)).Contains("Dwelling burglary, 2017", StringComparison.Ordinal);

    private static string Said(IEnumerable<Microsoft.Bot.Schema.Activity> replies) => Replies.Said(replies);

    public sealed class OnLiteDb() : OutcomeUpdateDialogTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : OutcomeUpdateDialogTests(StoreProvider.PostgreSql);
}
