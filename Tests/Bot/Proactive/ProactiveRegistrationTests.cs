using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Proactive;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Proactive;

/// <summary>The proactive side as the app registers it, on every provider (one nested class each).</summary>
public abstract class ProactiveRegistrationTests(StoreProvider provider) : IDisposable
{
    private const string Channel = "19:board@thread.tacv2";
    private readonly TempDatabase _db = new(ProactiveHarness.PersistedTypes);
    private readonly TempFolder _folder = new();
    private readonly ProviderSettings _provider = new(provider);

    public void Dispose()
    {
        _provider.Dispose();
        _db.Dispose();
        _folder.Dispose();
    }

    /// <summary>
    /// The real app (AddSafetyBot): the scheduler runs as a hosted service, and its adapter's Bot
    /// Connector clients are the retrying BotConnector client: a send answered 502 is retried and
    /// delivered (CloudAdapter's own client would give up at once).
    /// </summary>
    [Fact]
    public async Task TheApp_RunsTheScheduler_AndItsAdapterSendsThroughTheRetryingBotConnectorClient()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        using var host = new BotHost(_folder.File("registration.db"), _provider.With(new Dictionary<string, string?>
        {
            ["Roles:Admins:0"] = TestUser.Admin.AadObjectId,
            ["BotConnector:RetryBaseDelay"] = "00:00:00.010",
        }));
        Assert.Contains("Subscribed", Replies.Said(await host.SendAsync(TeamsConversations.InChannel(connector.ServiceUrl, Channel, from: TestUser.Admin, text: "subscribe this channel to the quarterly summary"))), StringComparison.Ordinal);
        connector.Script(Channel, new ConnectorAnswer(HttpStatusCode.BadGateway));

        var sent = await host.SendAsync(TeamsConversations.InChannel(connector.ServiceUrl, Channel, from: TestUser.Admin, text: "send the quarterly summary now"));

        Assert.Contains(host.Services.GetServices<IHostedService>(), service => service is QuarterlySummaryScheduler);
        Assert.Contains("sent to 1 of 1", Replies.Said(sent), StringComparison.Ordinal);
        Assert.Equal([HttpStatusCode.BadGateway, HttpStatusCode.Created], connector.Requests.Select(r => r.Status));
    }

    [Theory]
    [InlineData("QuarterlySummary:Schedule", "0 9 1W 13 *", "QuarterlySummary:Schedule '0 9 1W 13 *'")]
    [InlineData("QuarterlySummary:TimeZone", "Mars/Olympus", "QuarterlySummary:TimeZone 'Mars/Olympus'")]
    [InlineData("BotConnector:MaxSendsPerSecondPerConversation", "0", "MaxSendsPerSecondPerConversation")]
    [InlineData("QuarterlySummary:DeliveryLease", "00:00:01", "QuarterlySummary:DeliveryLease")]
    public async Task BadSettings_StopTheStart_NamingTheKey(string key, string value, string expected)
    {
        await using var harness = ProactiveHarness.Create(_db.Database, TimeProvider.System, _provider.With(new Dictionary<string, string?> { [key] = value }));

        var failure = Assert.Throws<OptionsValidationException>(() => harness.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    public sealed class OnLiteDb() : ProactiveRegistrationTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : ProactiveRegistrationTests(StoreProvider.PostgreSql);
}
