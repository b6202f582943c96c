using System.Net;
using System.Net.Http.Headers;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using SafetyBot.Knowledge.Questions;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Security;

/// <summary>
/// With MicrosoftAppId set and the Bot Framework's OpenID metadata unreachable (connections reset,
/// as behind a dead proxy), no request is processed: one whose signature needs the keys gets 503
/// with Retry-After (the channel retries), one that can be refused without keys gets 401 and
/// nothing is fetched for it. The outage is logged once, and its end once.
/// </summary>
public sealed class SigningKeyOutageTests : IClassFixture<SigningKeyOutageTests.BotBehindAnOutage>
{
    /// <summary>The app's log event when the signing keys cannot be fetched.</summary>
    private const int KeysUnavailableEvent = 1203;

    /// <summary>The app's log event when they can be fetched again.</summary>
    private const int KeysAvailableEvent = 1204;

    private const string AppId = AuthenticatedBot.AppId;
    private readonly BotBehindAnOutage _bot;

    public SigningKeyOutageTests(BotBehindAnOutage bot) => _bot = bot;

    public static TheoryData<string> TokensThatNeedTheKeys() =>
    [
        "signed by the channel's key",
        "self-signed RS256 with the channel's issuer",
    ];

    public static TheoryData<string> TokensRefusedWithoutKeys() =>
    [
        "none",
        "garbage",
        "alg none",
        "HS256",
        "expired",
        "not yet valid",
        "wrong issuer",
    ];

    [Theory]
    [MemberData(nameof(TokensThatNeedTheKeys))]
    public async Task TokenThatNeedsTheKeys_Gets503WithRetryAfter_AndIsNeverProcessed(string token)
    {
        var activity = Question("needs-keys");

        var posted = await _bot.PostAsync(activity, Header(_bot, token));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, posted.Status);
        Assert.True(posted.RetryAfter?.Delta > TimeSpan.Zero, "A 503 without Retry-After.");
        await AssertNotProcessedAsync(_bot, activity);
    }

    [Theory]
    [MemberData(nameof(TokensRefusedWithoutKeys))]
    public async Task TokenRefusedWithoutKeys_Gets401_AndNothingIsFetched(string token)
    {
        var activity = Question("no-keys");
        var connections = _bot.Outage!.Connections;

        var posted = await _bot.PostAsync(activity, Header(_bot, token));

        Assert.Equal(HttpStatusCode.Unauthorized, posted.Status);
        Assert.Equal(connections, _bot.Outage.Connections);
        await AssertNotProcessedAsync(_bot, activity);
    }

    [Fact]
    public async Task Outage_IsLoggedOnce_AndWhenTheKeysComeBackTheRefusedActivityIsAnsweredAndTheEndIsLogged()
    {
        await using var bot = new BotBehindAnOutage();
        await bot.InitializeAsync();
        var token = Header(bot, "signed by the channel's key");
        var hello = Activities.Message("hello", TestUser.Member, "outage-hello");
        hello.ServiceUrl = bot.ServiceUrl;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bot.PostAsync(hello, token)).Status);
        for (var i = 0; i < 4; i++)
        {
            var refused = Question("outage-" + i);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bot.PostAsync(refused, token)).Status);
            await AssertNotProcessedAsync(bot, refused);
        }

        Assert.True(bot.Outage!.Connections >= 5, "The keys were not asked for again on each request.");
        var outage = Assert.Single(bot.Log.GetSnapshot(), entry => entry.Id.Id == KeysUnavailableEvent);
        Assert.Equal(LogLevel.Error, outage.Level);
        Assert.False(bot.WasProcessed(hello));

        // The channel sends the refused activity again until it is answered. (The first attempt
        // after the outage may still meet a connection to the metadata begun during it.)
        bot.Outage.End();
        AuthenticatedBot.Posted posted;
        var attempts = 0;
        do
        {
            posted = await bot.PostAsync(hello, token);
        }
        while (posted.Status == HttpStatusCode.ServiceUnavailable && ++attempts < 5);

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.StartsWith("Hello Mo!", Assert.Single(JsonConvert.DeserializeObject<ExpectedReplies>(posted.Body)!.Activities).Text, StringComparison.Ordinal);
        Assert.Single(bot.Log.GetSnapshot(), entry => entry.Id.Id == KeysAvailableEvent);
        Assert.Single(bot.Log.GetSnapshot(), entry => entry.Id.Id == KeysUnavailableEvent);
    }

    private static Activity Question(string conversation)
    {
        var activity = Activities.Message("what colour is the town hall roof", TestUser.Member, conversation + "-" + Guid.NewGuid().ToString("N"));
        activity.ServiceUrl = "https://smba.trafficmanager.net/uk/";
        return activity;
    }

    private static AuthenticationHeaderValue? Header(AuthenticatedBot bot, string token)
    {
        var now = DateTime.UtcNow;
        return token switch
        {
            "none" => null,
            "garbage" => AuthenticatedBot.Bearer("abc.def.ghi"),
            "signed by the channel's key" => AuthenticatedBot.Bearer(bot.Issuer.CreateToken(AppId, bot.ServiceUrl)),
            "self-signed RS256 with the channel's issuer" => AuthenticatedBot.Bearer(bot.Issuer.CreateToken(AppId, bot.ServiceUrl, signWith: bot.ForgedKey)),
            "alg none" => AuthenticatedBot.Bearer(LocalOpenIdIssuer.CreateForgedToken(AppId, bot.ServiceUrl, "none")),
            "HS256" => AuthenticatedBot.Bearer(LocalOpenIdIssuer.CreateForgedToken(AppId, bot.ServiceUrl, "HS256")),
            "expired" => AuthenticatedBot.Bearer(bot.Issuer.CreateToken(AppId, bot.ServiceUrl, expires: now.AddMinutes(-10))),
            "not yet valid" => AuthenticatedBot.Bearer(bot.Issuer.CreateToken(AppId, bot.ServiceUrl, notBefore: now.AddMinutes(10))),
            "wrong issuer" => AuthenticatedBot.Bearer(bot.Issuer.CreateToken(AppId, bot.ServiceUrl, issuer: "https://sts.example.org/")),
            _ => throw new ArgumentOutOfRangeException(nameof(token)),
        };
    }

    private static async Task AssertNotProcessedAsync(AuthenticatedBot bot, Activity activity)
    {
        Assert.False(bot.WasProcessed(activity), "A refused activity was claimed by the de-duplication middleware.");
        Assert.False(bot.HasState(activity), "A refused activity left conversation state.");
        Assert.DoesNotContain(await bot.Services.GetRequiredService<IUnansweredQuestionLog>().RecentAsync(1000), q => q.Text.Contains("town hall roof", StringComparison.Ordinal));
    }

    /// <summary>The app with authentication on, its OpenID metadata behind an outage that lasts until ended.</summary>
    public sealed class BotBehindAnOutage() : AuthenticatedBot(behindAnOutage: true), IAsyncDisposable
    {
        async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
    }
}
