using System.Net;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.Adapter;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Questions;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Hosting;

/// <summary>The running app over real HTTP: /api/messages through the real CloudAdapter, and /healthz.</summary>
public sealed class MessagesEndpointTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public MessagesEndpointTests()
    {
        // The throwing handler stands in for the caveats handler (an intent has exactly one handler).
        _host = new BotHost(_folder.File("bot.db"), configureServices: services =>
        {
            services.Remove(services.Single(d => d.ImplementationType == typeof(CaveatsHandler)));
            services.AddSingleton<IIntentHandler, ThrowingHandler>();
        });
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Hello_ThroughTheRealAdapter_GreetsTheMemberByFirstName()
    {
        var replies = await _host.SayAsync("hello");

        var reply = Assert.Single(replies);
        Assert.StartsWith("Hello Mo!", reply.Text, StringComparison.Ordinal);
        var card = Assert.Single(reply.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        Assert.Contains("How has dwelling burglary changed?", card.Content.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hello_WithTheBotsTeamsMention_IsStillAGreeting()
    {
        var replies = await _host.SayAsync("<at>SafetyBot</at> hello!");

        Assert.StartsWith("Hello Mo!", Assert.Single(replies).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\":\"mess")]
    [InlineData("[1,2,3]")]
    [InlineData("not json at all")]
    [InlineData("{}")]
    [InlineData("")]
    public async Task MalformedRequest_Gets400(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _host.Http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BodyOverTheCap_Gets413()
    {
        var huge = "{\"type\":\"message\",\"text\":\"" + new string('a', 200 * 1024) + "\"}";
        using var content = new StringContent(huge, Encoding.UTF8, "application/json");
        using var response = await _host.Http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ChunkedBodyOverTheCap_Gets413()
    {
        var huge = "{\"type\":\"message\",\"text\":\"" + new string('a', 200 * 1024) + "\"}";
        using var content = new ChunkedContent(Encoding.UTF8.GetBytes(huge));
        using var response = await _host.Http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_WhileTheStoreIsOpen_Is200()
    {
        using var response = await _host.Http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_WhenTheStoreIsClosed_Is503()
    {
        _ = _host.Http;
        _host.Services.GetRequiredService<SafetyDatabase>().Dispose();

        using var response = await _host.Http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task TurnThatFailsOnTheStore_GetsAnApology_AndTheConversationsDialogIsKept()
    {
        var storage = (_ = _host.Http, _host.Services.GetRequiredService<IStorage>()).Item2;
        var conversationKey = "msteams/conversations/conversation-1";
        await storage.WriteAsync(new Dictionary<string, object> { [conversationKey] = new Dictionary<string, object> { ["draft"] = "in progress" } });

        var replies = await _host.SendAsync(Activities.Submit(new { verb = ThrowingHandler.Verb, store = true }, TestUser.Member));

        Assert.Equal(SafetyBotAdapter.ApologyText, Assert.Single(replies).Text);
        Assert.NotEmpty(await storage.ReadAsync([conversationKey]));
    }

    [Fact]
    public async Task UnknownText_GetsAnHonestAnswerWithSuggestions()
    {
        var reply = Assert.Single(await _host.SayAsync("what is the airspeed velocity of an unladen swallow"));

        Assert.StartsWith("Sorry, I can't answer that", reply.Text, StringComparison.Ordinal);
    }

    private sealed class ThrowingHandler : IIntentHandler
    {
        public static readonly string Verb = Verbs.Of(Intent.Caveats);

        public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Caveats];

        /// <summary>Throws; a store error (as a lost connection would) when the button's data says <c>store</c>.</summary>
        public Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken) =>
            turnContext.Activity.Value?.ToString()?.Contains("\"store\"", StringComparison.Ordinal) == true
                ? throw new LiteDB.LiteException(LiteDB.LiteException.INDEX_DUPLICATE_KEY, "Deliberate store error for the error boundary test.")
                : throw new InvalidOperationException("Deliberate failure for the error boundary test.");
    }

    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
