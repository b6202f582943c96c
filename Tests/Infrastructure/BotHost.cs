using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;

namespace SafetyBot.Tests.Infrastructure;

/// <summary>
/// The real SafetyBot app (Program, AddSafetyBot, CloudAdapter) on Kestrel on a loopback port,
/// with its own LiteDB file. Activities are posted over real HTTP with
/// <c>deliveryMode: "expectReplies"</c>, so the replies come back in the response body.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly Lock _start = new();
    private HttpClient? _client;

    public BotHost(string databasePath, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        DatabasePath = databasePath;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Storage:DatabasePath"] = databasePath,
            ["Telemetry:Exporter"] = "None",
        };
        _configureServices = configureServices;

        // UseKestrel(port) rewrites the server's addresses after the app has built, racing the
        // minimal-API app's own start of Kestrel ("Addresses cannot be modified after the server
        // has started", dotnet/aspnetcore#67714). The address is set as a setting instead, before
        // the app builds, and Kestrel picks the free port.
        UseKestrel();
    }

    public string DatabasePath { get; }

    /// <summary>A client for the real HTTP server, which starts on first use (once, whichever thread asks).</summary>
    public HttpClient Http
    {
        get
        {
            lock (_start)
            {
                if (_client is null)
                {
                    StartServer();
                    _client = CreateClient();
                }

                return _client;
            }
        }
    }

    /// <summary>Posts <paramref name="activity"/> to /api/messages and returns the replies.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var content = new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"/api/messages answered {(int)response.StatusCode}: {body}");
        }

        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(body);
        return replies?.Activities?.ToList() ?? [];
    }

    /// <summary>Sends typed text and returns the replies.</summary>
    public Task<IReadOnlyList<Activity>> SayAsync(string text, TestUser? user = null, string conversationId = "conversation-1") =>
        SendAsync(Activities.Message(text, user ?? TestUser.Member, conversationId));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseUrls("http://127.0.0.1:0");
        builder.UseEnvironment("Testing");
        if (_configureServices is not null)
        {
            builder.ConfigureTestServices(_configureServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        _client?.Dispose();
        base.Dispose(disposing);
    }
}
