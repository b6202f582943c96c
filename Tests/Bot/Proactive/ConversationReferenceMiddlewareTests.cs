using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SafetyBot.Bot.Proactive;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Subscriptions;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Proactive;

/// <summary>
/// Activities processed by the real CloudAdapter (anonymous), with the middleware installed as AddBotFramework will, on
/// every provider (one nested class each).
/// </summary>
public abstract class ConversationReferenceMiddlewareTests(StoreProvider provider) : IAsyncLifetime
{
    private const string Channel = "19:board@thread.tacv2";
    private const string OldServiceUrl = "http://127.0.0.1:9/old/";
    private const string NewServiceUrl = "http://127.0.0.1:9/new/";

    private readonly TempDatabase _db = new(ProactiveHarness.PersistedTypes);
    private readonly ProviderSettings _provider = new(provider);
    private ProactiveHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = ProactiveHarness.Create(_db.Database, TimeProvider.System, _provider.With());
        await _harness.OpenStoreAsync();
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _provider.Dispose();
        _db.Dispose();
    }

    [Fact]
    public async Task InstallationUpdate_RecordsTheChannel_WithoutTheThreadAndWithItsTeamName()
    {
        var install = TeamsConversations.InChannel(OldServiceUrl, Channel, ActivityTypes.InstallationUpdate);
        install.Action = "add";

        await ProcessAsync(install);

        var known = (await _harness.Subscriptions.FindConversationAsync(Channel))!;
        Assert.Equal((ConversationKind.Channel, "Partnership board › General", Activities.TenantId), (known.Kind, known.DisplayName, known.TenantId));
        var reference = ConversationReferences.Deserialize(known.ReferenceJson);
        Assert.Equal((Channel, OldServiceUrl, (string?)null), (reference.Conversation.Id, reference.ServiceUrl, reference.ActivityId));
        Assert.Null(await _harness.Subscriptions.FindAsync(Channel));
    }

    [Fact]
    public async Task AMessage_RefreshesTheReferenceOfASubscribedConversation()
    {
        await TeamsConversations.SubscribeAsync(_harness.Subscriptions, OldServiceUrl, Channel);

        await ProcessAsync(TeamsConversations.InChannel(NewServiceUrl, Channel, text: "hello"));

        Assert.Equal(NewServiceUrl, ConversationReferences.Deserialize((await _harness.Subscriptions.FindAsync(Channel))!.ReferenceJson).ServiceUrl);
    }

    [Fact]
    public async Task AMessage_InAnUnsubscribedConversation_RecordsNothing()
    {
        await ProcessAsync(TeamsConversations.InPersonalChat(OldServiceUrl, "a:member-chat", TestUser.Member));

        Assert.Empty(await _harness.Subscriptions.KnownConversationsAsync());
    }

    [Fact]
    public async Task Uninstalling_MakesTheSubscriptionInactive()
    {
        await TeamsConversations.SubscribeAsync(_harness.Subscriptions, OldServiceUrl, Channel);
        var uninstall = TeamsConversations.InChannel(OldServiceUrl, Channel, ActivityTypes.InstallationUpdate);
        uninstall.Action = "remove";

        await ProcessAsync(uninstall);

        Assert.False((await _harness.Subscriptions.FindAsync(Channel))!.IsActive);
    }

    [Fact]
    public async Task TheBotRemovedFromTheTeam_MakesTheSubscriptionInactive()
    {
        await TeamsConversations.SubscribeAsync(_harness.Subscriptions, OldServiceUrl, Channel);
        var removed = TeamsConversations.InChannel(OldServiceUrl, Channel, ActivityTypes.ConversationUpdate);
        removed.MembersRemoved = [new ChannelAccount("28:safetybot", "SafetyBot")];

        await ProcessAsync(removed);

        Assert.False((await _harness.Subscriptions.FindAsync(Channel))!.IsActive);
    }

    [Fact]
    public async Task Subscribe_FromATurn_IsForAdminsOnly()
    {
        var subscriptions = _harness.Services.GetService(typeof(ConversationSubscriptions)) as ConversationSubscriptions;
        Assert.NotNull(subscriptions);
        using var member = new TurnContext(_harness.Adapter, TeamsConversations.InChannel(OldServiceUrl, Channel, from: TestUser.Member));
        using var admin = new TurnContext(_harness.Adapter, TeamsConversations.InChannel(OldServiceUrl, Channel, from: TestUser.Admin));

        await Assert.ThrowsAsync<WriteRefusedException>(() => subscriptions.SubscribeAsync(member));
        var result = await subscriptions.SubscribeAsync(admin);

        Assert.Equal((Channel, TestUser.Admin.AadObjectId, true), (result.Subscription.ConversationKey, result.Subscription.CreatedBy, result.Subscription.IsActive));
        Assert.Single(await subscriptions.ListAsync(admin));
        Assert.True(await subscriptions.UnsubscribeAsync(admin));
        Assert.False((await _harness.Subscriptions.FindAsync(Channel))!.IsActive);
    }

    /// <summary>Posts the activity to the adapter as /api/messages would, with no Authorization header (anonymous).</summary>
    private async Task ProcessAsync(Activity activity)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(activity)));
        context.Response.Body = new MemoryStream();

        await _harness.Adapter.ProcessAsync(context.Request, context.Response, new ActivityHandler(), CancellationToken.None);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    public sealed class OnLiteDb() : ConversationReferenceMiddlewareTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : ConversationReferenceMiddlewareTests(StoreProvider.PostgreSql);
}
