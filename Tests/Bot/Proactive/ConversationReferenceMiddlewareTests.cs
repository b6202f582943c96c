using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SafetyBot.Bot.Proactive;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Subscriptions;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Proactive;

/// <summary>Activities processed by the real CloudAdapter (anonymous), with the middleware installed as AddBotFramework will.</summary>
public sealed class ConversationReferenceMiddlewareTests : IAsyncLifetime
{
    private const string Channel = "19:board@thread.tacv2";
    private const string OldServiceUrl = "http://127.0.0.1:9/old/";
    private const string NewServiceUrl = "http://127.0.0.1:9/new/";

    private readonly TempDatabase _db = new(ProactiveHarness.PersistedTypes);
    private ProactiveHarness _harness = null!;

    public Task InitializeAsync()
    {
        _harness = ProactiveHarness.Create(_db.Database, TimeProvider.System);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _db.Dispose();
    }

    [Fact]
    public async Task InstallationUpdate_RecordsTheChannel_WithoutTheThreadAndWithItsTeamName()
    {
        var install = TeamsConversations.InChannel(OldServiceUrl, Channel, ActivityTypes.InstallationUpdate);
        install.Action = "add";

        await ProcessAsync(install);

        var known = _harness.Subscriptions.FindConversation(Channel)!;
        Assert.Equal((ConversationKind.Channel, "Partnership board › General", Activities.TenantId), (known.Kind, known.DisplayName, known.TenantId));
        var reference = ConversationReferences.Deserialize(known.ReferenceJson);
        Assert.Equal((Channel, OldServiceUrl, (string?)null), (reference.Conversation.Id, reference.ServiceUrl, reference.ActivityId));
        Assert.Null(_harness.Subscriptions.Find(Channel));
    }

    [Fact]
    public async Task AMessage_RefreshesTheReferenceOfASubscribedConversation()
    {
        TeamsConversations.Subscribe(_harness.Subscriptions, OldServiceUrl, Channel);

        await ProcessAsync(TeamsConversations.InChannel(NewServiceUrl, Channel, text: "hello"));

        Assert.Equal(NewServiceUrl, ConversationReferences.Deserialize(_harness.Subscriptions.Find(Channel)!.ReferenceJson).ServiceUrl);
    }

    [Fact]
    public async Task AMessage_InAnUnsubscribedConversation_RecordsNothing()
    {
        await ProcessAsync(TeamsConversations.InPersonalChat(OldServiceUrl, "a:member-chat", TestUser.Member));

        Assert.Empty(_harness.Subscriptions.KnownConversations());
    }

    [Fact]
    public async Task Uninstalling_MakesTheSubscriptionInactive()
    {
        TeamsConversations.Subscribe(_harness.Subscriptions, OldServiceUrl, Channel);
        var uninstall = TeamsConversations.InChannel(OldServiceUrl, Channel, ActivityTypes.InstallationUpdate);
        uninstall.Action = "remove";

        await ProcessAsync(uninstall);

        Assert.False(_harness.Subscriptions.Find(Channel)!.IsActive);
    }

    [Fact]
    public async Task TheBotRemovedFromTheTeam_MakesTheSubscriptionInactive()
    {
        TeamsConversations.Subscribe(_harness.Subscriptions, OldServiceUrl, Channel);
        var removed = TeamsConversations.InChannel(OldServiceUrl, Channel, ActivityTypes.ConversationUpdate);
        removed.MembersRemoved = [new ChannelAccount("28:safetybot", "SafetyBot")];

        await ProcessAsync(removed);

        Assert.False(_harness.Subscriptions.Find(Channel)!.IsActive);
    }

    [Fact]
    public void Subscribe_FromATurn_IsForAdminsOnly()
    {
        var subscriptions = _harness.Services.GetService(typeof(ConversationSubscriptions)) as ConversationSubscriptions;
        Assert.NotNull(subscriptions);
        using var member = new TurnContext(_harness.Adapter, TeamsConversations.InChannel(OldServiceUrl, Channel, from: TestUser.Member));
        using var admin = new TurnContext(_harness.Adapter, TeamsConversations.InChannel(OldServiceUrl, Channel, from: TestUser.Admin));

        Assert.Throws<WriteRefusedException>(() => subscriptions.Subscribe(member));
        var result = subscriptions.Subscribe(admin);

        Assert.Equal((Channel, TestUser.Admin.AadObjectId, true), (result.Subscription.ConversationKey, result.Subscription.CreatedBy, result.Subscription.IsActive));
        Assert.Single(subscriptions.List(admin));
        Assert.True(subscriptions.Unsubscribe(admin));
        Assert.False(_harness.Subscriptions.Find(Channel)!.IsActive);
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
}
