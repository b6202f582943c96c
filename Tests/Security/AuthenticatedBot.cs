using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using LiteDB;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Newtonsoft.Json;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;
using SafetyBot.Knowledge.Storage.LiteDb;

namespace SafetyBot.Tests.Security;

/// <summary>
/// The real app with authentication on (MicrosoftAppId set) and the <see cref="LocalOpenIdIssuer"/>
/// whose tokens it checks. By default the app reads the issuer's OpenID metadata directly; behind
/// an outage it reads it through a <see cref="MetadataOutage"/>, which is down until told otherwise.
/// Its log is collected.
/// </summary>
public class AuthenticatedBot : IAsyncLifetime
{
    /// <summary>The bot's app id: the audience of its tokens.</summary>
    public const string AppId = "5f3c9a1e-7d2b-4c8e-9a10-000000000b07";

    private readonly bool _behindAnOutage;
    private readonly TempFolder _folder = new();
    private BotHost? _host;

    /// <summary>An app that reaches its issuer's metadata.</summary>
    public AuthenticatedBot()
        : this(behindAnOutage: false)
    {
    }

    /// <summary>An app that reaches its issuer's metadata only through <see cref="Outage"/> when <paramref name="behindAnOutage"/>.</summary>
    protected AuthenticatedBot(bool behindAnOutage) => _behindAnOutage = behindAnOutage;

    public LocalOpenIdIssuer Issuer { get; private set; } = null!;

    /// <summary>Between the app and its issuer's metadata, when the app is behind an outage.</summary>
    public MetadataOutage? Outage { get; private set; }

    public string ServiceUrl => "https://smba.trafficmanager.net/uk/";

    public RSA ForgedKey { get; } = RSA.Create(2048);

    public IServiceProvider Services => _host!.Services;

    /// <summary>What the app has logged.</summary>
    public FakeLogCollector Log => Services.GetFakeLogCollector();

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    public async Task InitializeAsync()
    {
        Issuer = await LocalOpenIdIssuer.StartAsync();
        var settings = Issuer.AppSettings(AppId);
        if (_behindAnOutage)
        {
            Outage = new MetadataOutage(new Uri(Issuer.BaseUrl).Port);
            var metadataUrl = new UriBuilder(Issuer.MetadataUrl) { Port = Outage.Port }.Uri.ToString();
            settings["ToBotFromChannelOpenIdMetadataUrl"] = metadataUrl;
            settings["ToBotFromEmulatorOpenIdMetadataUrl"] = metadataUrl;
        }

        _host = new BotHost(_folder.File("auth.db"), settings, services => services.AddLogging(logging => logging.AddFakeLogging()));
        _ = _host.Http;
    }

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        if (Outage is not null)
        {
            await Outage.DisposeAsync();
        }

        await Issuer.DisposeAsync();
        ForgedKey.Dispose();
        _folder.Dispose();
    }

    /// <summary>Posts <paramref name="activity"/> (expecting replies) with <paramref name="authorization"/>.</summary>
    public async Task<Posted> PostAsync(Activity activity, AuthenticationHeaderValue? authorization)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = authorization;
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await _host!.Http.SendAsync(request, cancel.Token);
        return new Posted(response.StatusCode, await response.Content.ReadAsStringAsync(cancel.Token), response.Headers.RetryAfter);
    }

    public bool WasProcessed(Activity activity) =>
        Database.GetCollection(SafetyBot.Knowledge.Storage.LiteDb.LiteDbActivityClaims.CollectionName)
            .Exists(Query.EQ("Key", SafetyBot.Knowledge.Storage.ActivityClaim.KeyOf(activity.ChannelId, activity.Conversation.Id, activity.Id)));

    public bool HasState(Activity activity) =>
        Database.GetCollection("bot_state").Find(Query.Contains("Key", activity.Conversation.Id)).Any();

    private ILiteDatabase Database => _host!.Services.GetRequiredService<SafetyDatabase>().Database;

    /// <summary>What <c>/api/messages</c> answered.</summary>
    public sealed record Posted(HttpStatusCode Status, string Body, RetryConditionHeaderValue? RetryAfter);
}
