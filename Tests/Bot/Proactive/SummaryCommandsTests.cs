using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Subscriptions;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Proactive;

/// <summary>
/// The quarterly summary commands through /api/messages of the running bot, posting to a fake Bot Connector on loopback,
/// on every provider (one nested class each).
/// </summary>
public abstract class SummaryCommandsTests(StoreProvider provider) : IAsyncLifetime
{
    private const string Channel = "19:board@thread.tacv2";
    private readonly TempFolder _folder = new();
    private readonly ProviderSettings _provider = new(provider);
    private FakeBotConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _host = new BotHost(_folder.File("summary.db"), _provider.With(new Dictionary<string, string?>
        {
            ["Roles:Admins:0"] = TestUser.Admin.AadObjectId,
            ["BotConnector:RetryBaseDelay"] = "00:00:00.010",
        }));
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _connector.DisposeAsync();
        _provider.Dispose();
        _folder.Dispose();
    }

    private ISubscriptionStore Subscriptions => _host.Services.GetRequiredService<ISubscriptionStore>();

    [Fact]
    public async Task Subscribe_ByAnAdminInAChannel_StoresTheChannel()
    {
        var replies = await InChannel("subscribe this channel to the quarterly summary", TestUser.Admin);

        Assert.Contains("Subscribed", Replies.Said(replies), StringComparison.Ordinal);
        var subscription = Assert.Single(await Subscriptions.ListActiveAsync());
        Assert.Equal(ConversationKind.Channel, subscription.Kind);
    }

    [Fact]
    public async Task Subscribe_ByAMember_IsRefusedAndNothingStored()
    {
        var replies = await InChannel("subscribe this channel to the quarterly summary", TestUser.Member);

        Assert.Contains("Only SafetyBot admins", Replies.Said(replies), StringComparison.Ordinal);
        Assert.Empty(await Subscriptions.ListAsync());
    }

    [Fact]
    public async Task Unsubscribe_AndList_AreAnswered()
    {
        await InChannel("subscribe this channel to the quarterly summary", TestUser.Admin);
        Assert.Contains("Partnership board", Replies.Said(await InChannel("list subscriptions", TestUser.Admin)), StringComparison.Ordinal);

        Assert.Contains("Unsubscribed", Replies.Said(await InChannel("unsubscribe", TestUser.Admin)), StringComparison.Ordinal);
        Assert.Empty(await Subscriptions.ListActiveAsync());
    }

    [Fact]
    public async Task SendNow_PostsTheSummaryCardToTheSubscribedChannel_Once()
    {
        await InChannel("subscribe this channel to the quarterly summary", TestUser.Admin);

        var first = await InChannel("send the quarterly summary now", TestUser.Admin);
        var second = await InChannel("send the quarterly summary now", TestUser.Admin);

        Assert.Contains("sent to 1 of 1", Replies.Said(first), StringComparison.Ordinal);
        Assert.Contains("Nothing to send", Replies.Said(second), StringComparison.Ordinal);
        var post = Assert.Single(_connector.Delivered);
        Assert.StartsWith(Channel, post.ConversationId, StringComparison.Ordinal);
        Assert.Contains("Quarterly summary", Replies.Said([post.Activity]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelWithAVeryLongId_IsRememberedSubscribedAndSentTo()
    {
        // LiteDB refuses index keys of 1023 bytes or more; a conversation id is the channel's to choose.
        var channel = "19:" + string.Concat(Enumerable.Repeat("a1b2c3d4-", 130)) + "@thread.tacv2";
        var installed = TeamsConversations.InChannel(_connector.ServiceUrl, channel, Microsoft.Bot.Schema.ActivityTypes.ConversationUpdate);
        installed.MembersAdded = [new Microsoft.Bot.Schema.ChannelAccount("28:safetybot", "SafetyBot")];
        await _host.SendAsync(installed);

        var subscribed = await _host.SendAsync(TeamsConversations.InChannel(_connector.ServiceUrl, channel, from: TestUser.Admin, text: "subscribe this channel to the quarterly summary"));
        var sent = await _host.SendAsync(TeamsConversations.InChannel(_connector.ServiceUrl, channel, from: TestUser.Admin, text: "send the quarterly summary now"));

        Assert.Contains("Subscribed", Replies.Said(subscribed), StringComparison.Ordinal);
        Assert.Contains("sent to 1 of 1", Replies.Said(sent), StringComparison.Ordinal);
        Assert.Single(await Subscriptions.ListActiveAsync());
        Assert.Equal(channel, Assert.Single(_connector.Delivered).ConversationId);
    }

    [Fact]
    public async Task SendNow_ByAMember_IsRefused()
    {
        Assert.Contains("Only SafetyBot admins", Replies.Said(await InChannel("send the quarterly summary now", TestUser.Member)), StringComparison.Ordinal);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Summary_ForANamedQuarter_ShowsThatQuartersFiguresAgainstTheYearBefore()
    {
        var reply = Assert.Single(await _host.SayAsync("summary for Q2 2017/18"));

        Assert.StartsWith("Quarterly summary for 2017/18 Q2 (July to September 2017)", reply.Text, StringComparison.Ordinal);
        var said = Replies.Said([reply]);
        Assert.Contains("560 crimes (461 a year before)", said, StringComparison.Ordinal);
        Assert.Contains("194 crimes (188 a year before)", said, StringComparison.Ordinal);
        Assert.Contains("outcome updates logged 1 July 2017 to 30 September 2017 (Europe/London time)", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_CountsTheOutcomeUpdatesLoggedInTheQuarter()
    {
        var outcomes = _host.Services.GetRequiredService<IOutcomeStore>();
        var admin = new Actor(TestUser.Admin.AadObjectId, TestUser.Admin.Name);
        await outcomes.AssignLeadAsync("2.1-a", TestUser.Lead.AadObjectId, TestUser.Lead.Name, admin);
        await outcomes.LogAsync(new OutcomeUpdate { ActionId = "2.1-a", IdempotencyKey = "k", Status = OutcomeStatus.AtRisk, Summary = "Night-time economy mapping started late" }, new Actor(TestUser.Lead.AadObjectId, TestUser.Lead.Name));
        var now = DateTimeOffset.UtcNow;
        var start = now.Month >= 4 ? now.Year : now.Year - 1;
        var quarter = ((now.Month + 8) % 12 / 3) + 1;

        var reply = Assert.Single(await _host.SayAsync($"summary for Q{quarter} {start}/{(start + 1) % 100:00}"));

        Assert.Contains("1 outcome update (1 at risk)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("economy mapping started late", Replies.Said([reply]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_InAChannel_IsKeptForThePersonalChat()
    {
        Assert.Contains("personal chat", Replies.Said(await InChannel("preview the quarterly summary", TestUser.Admin)), StringComparison.Ordinal);
        Assert.Contains("Preview of what subscribed conversations will receive", Replies.Said(await _host.SayAsync("preview the quarterly summary", TestUser.Admin, "admin-chat")), StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<Microsoft.Bot.Schema.Activity>> InChannel(string text, TestUser user) =>
        _host.SendAsync(TeamsConversations.InChannel(_connector.ServiceUrl, Channel, from: user, text: text));

    public sealed class OnLiteDb() : SummaryCommandsTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : SummaryCommandsTests(StoreProvider.PostgreSql);
}
