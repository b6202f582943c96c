using System.Net;
using System.Net.Http.Headers;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using SafetyBot.Knowledge.Questions;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Security;

/// <summary>
/// With MicrosoftAppId set, the real app (real CloudAdapter, ConfigurationBotFrameworkAuthentication)
/// validates Bot Framework tokens against OpenID metadata served on loopback by
/// <see cref="LocalOpenIdIssuer"/>: only a valid token reaches the bot.
/// </summary>
public sealed class AuthenticationTests : IClassFixture<AuthenticatedBot>
{
    private const string AppId = AuthenticatedBot.AppId;
    private const string UnknownQuestion = "what colour is the town hall roof";
    private readonly AuthenticatedBot _bot;

    public AuthenticationTests(AuthenticatedBot bot) => _bot = bot;

    public static TheoryData<string> RefusedTokens() =>
    [
        "none",
        "not a bearer token",
        "garbage",
        "wrong issuer",
        "wrong audience",
        "expired",
        "wrong channel endorsement",
        "signed by an unknown key",
        "other service url",
    ];

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task InvalidToken_Gets401_AndNeverReachesTheBot(string token)
    {
        var activity = Activities.Message(UnknownQuestion, TestUser.Member, "auth-" + Guid.NewGuid().ToString("N"));
        activity.ServiceUrl = _bot.ServiceUrl;
        var header = token switch
        {
            "none" => null,
            "not a bearer token" => new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz"),
            "garbage" => new AuthenticationHeaderValue("Bearer", "abc.def.ghi"),
            "wrong issuer" => Bearer(_bot.Issuer.CreateToken(AppId, _bot.ServiceUrl, issuer: "https://sts.example.org/")),
            "wrong audience" => Bearer(_bot.Issuer.CreateToken("0d9c2e44-0000-4000-8000-0000000000aa", _bot.ServiceUrl)),
            "expired" => Bearer(_bot.Issuer.CreateToken(AppId, _bot.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-10))),
            "wrong channel endorsement" => Bearer(_bot.Issuer.CreateToken(AppId, _bot.ServiceUrl, keyId: LocalOpenIdIssuer.WebChatOnlyKeyId)),
            "signed by an unknown key" => Bearer(_bot.Issuer.CreateToken(AppId, _bot.ServiceUrl, signWith: _bot.ForgedKey)),
            "other service url" => Bearer(_bot.Issuer.CreateToken(AppId, "https://smba.example.org/")),
            _ => throw new ArgumentOutOfRangeException(nameof(token)),
        };

        var (status, _, _) = await _bot.PostAsync(activity, header);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.False(_bot.WasProcessed(activity), "A refused activity was claimed by the de-duplication middleware.");
        Assert.False(_bot.HasState(activity), "A refused activity left conversation state.");
        Assert.DoesNotContain(await _bot.Services.GetRequiredService<IUnansweredQuestionLog>().RecentAsync(1000), q => q.Text.Contains("town hall roof", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidToken_Gets200_AndTheBotAnswers()
    {
        var activity = Activities.Message("hello", TestUser.Member, "auth-valid");
        activity.ServiceUrl = _bot.ServiceUrl;

        var (status, body, _) = await _bot.PostAsync(activity, Bearer(_bot.Issuer.CreateToken(AppId, _bot.ServiceUrl)));

        Assert.Equal(HttpStatusCode.OK, status);
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(body)!.Activities;
        Assert.StartsWith("Hello Mo!", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.True(_bot.WasProcessed(activity));
    }

    /// <summary>The refused test's three probes, each seen to turn true when the same question is let in.</summary>
    [Fact]
    public async Task ValidToken_ForTheSameUnknownQuestion_IsClaimedKeepsStateAndIsLogged()
    {
        var activity = Activities.Message(UnknownQuestion, TestUser.Member, "auth-valid-" + Guid.NewGuid().ToString("N"));
        activity.ServiceUrl = _bot.ServiceUrl;

        var (status, _, _) = await _bot.PostAsync(activity, Bearer(_bot.Issuer.CreateToken(AppId, _bot.ServiceUrl)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(_bot.WasProcessed(activity), "An answered activity was not claimed.");
        Assert.True(_bot.HasState(activity), "An answered activity left no conversation state.");
        Assert.Contains(await _bot.Services.GetRequiredService<IUnansweredQuestionLog>().RecentAsync(1000), q => q.Text.Contains("town hall roof", StringComparison.Ordinal));
    }

    private static AuthenticationHeaderValue Bearer(string token) => AuthenticatedBot.Bearer(token);
}
