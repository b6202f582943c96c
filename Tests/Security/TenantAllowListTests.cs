using System.Net;
using LiteDB;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SafetyBot.Bot.Security;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Security;

/// <summary><c>Security:AllowedTenants</c> through /api/messages of the running app.</summary>
public sealed class TenantAllowListTests : IDisposable
{
    private const string OtherTenant = "0d9c2e44-0000-4000-8000-00000000e111";
    private static readonly Actor AdminActor = new(TestUser.Admin.AadObjectId, TestUser.Admin.Name);
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public TenantAllowListTests()
    {
        _host = new BotHost(_folder.File("tenants.db"), new Dictionary<string, string?>
        {
            ["Security:AllowedTenants:0"] = Activities.TenantId.ToUpperInvariant(),
            ["Roles:Admins:0"] = TestUser.Admin.AadObjectId,
        });
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    private ILiteDatabase Database => _host.Services.GetRequiredService<SafetyDatabase>().Database;

    [Fact]
    public async Task AllowedTenant_IsAnswered()
    {
        Assert.StartsWith("Hello Mo!", Assert.Single(await _host.SayAsync("hello")).Text, StringComparison.Ordinal);
    }

    public static TheoryData<string> RefusedMessages() => ["other tenant", "no tenant", "conversation tenant differs", "channelData tenant differs", "channelData not an object"];

    [Theory]
    [MemberData(nameof(RefusedMessages))]
    public async Task MessageFromAnotherTenant_GetsAPoliteRefusal_AndNothingIsStored(string how)
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");
        var before = Snapshot();
        var activity = Activities.Message("what is the meaning of life", TestUser.Member, "foreign-chat");
        Retenant(activity, how);

        var replies = await _host.SendAsync(activity);

        Assert.Equal(TenantAllowListMiddleware.RefusalText, Assert.Single(replies).Text);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task LeadOfAnotherTenant_CannotLogAnUpdate_AndNothingIsStored()
    {
        await MakeLeadAsync(TestUser.Lead, "1.1-a");
        var before = Snapshot();
        foreach (var text in new[] { "log an update", "on track", "Written from elsewhere", "skip", "skip", "save" })
        {
            var activity = Activities.Message(text, TestUser.Lead, "lead-chat");
            Retenant(activity, "other tenant");
            Assert.Equal(TenantAllowListMiddleware.RefusalText, Assert.Single(await _host.SendAsync(activity)).Text);
        }

        Assert.Equal(before, Snapshot());
        Assert.Empty(await _host.Services.GetRequiredService<IOutcomeStore>().AllUpdatesAsync());
    }

    [Fact]
    public async Task InvokeFromAnotherTenant_Gets403()
    {
        var before = Snapshot();
        var activity = Activities.Base(ActivityTypes.Invoke, TestUser.Member, "foreign-chat", value: new JObject { ["action"] = new JObject { ["verb"] = "help" } });
        activity.Name = "adaptiveCard/action";
        Retenant(activity, "other tenant");

        var (status, _) = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task InstallationInAnotherTenant_IsNotWelcomedOrRecorded()
    {
        var before = Snapshot();
        var activity = Activities.Base(ActivityTypes.ConversationUpdate, TestUser.Member, "foreign-team");
        activity.MembersAdded = [new ChannelAccount("28:safetybot", "SafetyBot")];
        Retenant(activity, "other tenant");

        var (status, body) = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(JsonConvert.DeserializeObject<ExpectedReplies>(body)?.Activities ?? []);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task EmptyAllowList_AllowsEveryTenant()
    {
        using var folder = new TempFolder();
        using var open = new BotHost(folder.File("open.db"));
        var activity = Activities.Message("hello", TestUser.Member);
        Retenant(activity, "other tenant");

        Assert.StartsWith("Hello Mo!", Assert.Single(await open.SendAsync(activity)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BlankTenantId_StopsTheAppAtStart()
    {
        using var folder = new TempFolder();
        using var broken = new BotHost(folder.File("broken.db"), new Dictionary<string, string?> { ["Security:AllowedTenants:0"] = " " });

        var failure = Assert.ThrowsAny<Exception>(() => broken.Http);

        Assert.Contains("Security:AllowedTenants", failure.ToString(), StringComparison.Ordinal);
    }

    private static void Retenant(Activity activity, string how)
    {
        switch (how)
        {
            case "other tenant":
                activity.ChannelData = JObject.FromObject(new { tenant = new { id = OtherTenant } });
                activity.Conversation.TenantId = OtherTenant;
                break;
            case "no tenant":
                activity.ChannelData = null;
                activity.Conversation.TenantId = null;
                break;
            case "conversation tenant differs":
                activity.Conversation.TenantId = OtherTenant;
                break;
            case "channelData tenant differs":
                activity.ChannelData = JObject.FromObject(new { tenant = new { id = OtherTenant } });
                break;
            case "channelData not an object":
                activity.ChannelData = new JArray(Activities.TenantId);
                activity.Conversation.TenantId = null;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(how));
        }
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(Activity activity)
    {
        // Teams posts invokes without expectReplies: the invoke response is the HTTP response.
        activity.DeliveryMode = activity.Type == ActivityTypes.Invoke ? null : DeliveryModes.ExpectReplies;
        using var content = new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json");
        using var response = await _host.Http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task MakeLeadAsync(TestUser user, string actionId) =>
        await _host.Services.GetRequiredService<IOutcomeStore>().AssignLeadAsync(actionId, user.AadObjectId, user.Name, AdminActor);

    /// <summary>Every collection's name and document count.</summary>
    private string Snapshot()
    {
        _ = _host.Http;
        return string.Join(", ", Database.GetCollectionNames().Order(StringComparer.Ordinal).Select(name => $"{name}={Database.GetCollection(name).Count()}"));
    }
}
