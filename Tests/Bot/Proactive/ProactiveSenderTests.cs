using System.Net;
using Microsoft.Bot.Builder;
using SafetyBot.Bot.Proactive;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Proactive;

/// <summary>
/// Posts through the real CloudAdapter and the Bot Connector HttpClient (retries, rate limits) to a fake connector, the
/// conversation reference read from the store of every provider (one nested class each).
/// </summary>
public abstract class ProactiveSenderTests(StoreProvider provider) : IAsyncLifetime
{
    private const string Channel = "19:board@thread.tacv2";

    private readonly TempDatabase _db = new(ProactiveHarness.PersistedTypes);
    private readonly ProviderSettings _provider = new(provider);
    private FakeBotConnector _connector = null!;
    private ProactiveHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _harness = ProactiveHarness.Create(_db.Database, TimeProvider.System, _provider.With());
        await _harness.OpenStoreAsync();
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _connector.DisposeAsync();
        _provider.Dispose();
        _db.Dispose();
    }

    [Fact]
    public async Task Send_PostsANewMessageToTheChannel_NotAReplyInTheThread()
    {
        var result = await SendAsync("Hello board");

        Assert.Equal(ProactiveSendOutcome.Sent, result.Outcome);
        Assert.Equal("activity-1", result.ActivityId);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal((Channel, "Hello board"), (request.ConversationId, request.Activity.Text));
        Assert.Null(request.ReplyToId);
        Assert.Null(request.Activity.ReplyToId);
    }

    [Fact]
    public async Task Throttled_IsRetriedAfterRetryAfter_AndSentOnce()
    {
        _connector.Script(Channel, new ConnectorAnswer(HttpStatusCode.TooManyRequests, RetryAfterSeconds: 1));

        var result = await SendAsync("Hello board");

        Assert.Equal(ProactiveSendOutcome.Sent, result.Outcome);
        var requests = _connector.RequestsTo(Channel);
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.Created], requests.Select(r => r.Status));
        Assert.Single(_connector.Delivered);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(900), $"Retried after {(requests[1].At - requests[0].At).TotalMilliseconds} ms, not after Retry-After.");
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task BriefFailures_AreRetriedWithBackoff(HttpStatusCode status)
    {
        _connector.Script(Channel, new ConnectorAnswer(status), new ConnectorAnswer(status));

        var result = await SendAsync("Hello board");

        Assert.Equal(ProactiveSendOutcome.Sent, result.Outcome);
        Assert.Equal([status, status, HttpStatusCode.Created], _connector.RequestsTo(Channel).Select(r => r.Status));
    }

    [Fact]
    public async Task Forbidden_IsNotRetried()
    {
        _connector.Script(Channel, new ConnectorAnswer(HttpStatusCode.Forbidden));

        var result = await SendAsync("Hello board");

        Assert.Equal(ProactiveSendOutcome.Forbidden, result.Outcome);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task OtherErrors_FailWithoutRetry()
    {
        _connector.Script(Channel, new ConnectorAnswer(HttpStatusCode.InternalServerError));

        var result = await SendAsync("Hello board");

        Assert.Equal(ProactiveSendOutcome.Failed, result.Outcome);
        Assert.Contains("500", result.Error, StringComparison.Ordinal);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task AnUnreadableReference_Fails()
    {
        var result = await _harness.Sender.SendAsync("{\"not\":\"a reference\"}", MessageFactory.Text("Hello"), CancellationToken.None);

        Assert.Equal(ProactiveSendOutcome.Failed, result.Outcome);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task SendsToOneConversation_AreHeldToSevenPerSecond()
    {
        var sends = Enumerable.Range(1, 10).Select(i => SendAsync($"Message {i}")).ToList();
        await Task.WhenAll(sends);

        var times = _connector.RequestsTo(Channel).Select(r => r.At).Order().ToList();
        Assert.Equal(10, times.Count);
        for (var i = 0; i + 7 < times.Count; i++)
        {
            Assert.True(times[i + 7] - times[i] >= TimeSpan.FromMilliseconds(850), $"8 sends within {(times[i + 7] - times[i]).TotalMilliseconds} ms");
        }
    }

    private async Task<ProactiveSendResult> SendAsync(string text)
    {
        var reference = (await TeamsConversations.SubscribeAsync(_harness.Subscriptions, _connector.ServiceUrl, Channel)).Subscription.ReferenceJson;
        return await _harness.Sender.SendAsync(reference, MessageFactory.Text(text), CancellationToken.None);
    }

    public sealed class OnLiteDb() : ProactiveSenderTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : ProactiveSenderTests(StoreProvider.PostgreSql);
}
