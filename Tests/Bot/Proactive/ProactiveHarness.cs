using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SafetyBot.Bot.Adapter;
using SafetyBot.Bot.Hosting;
using SafetyBot.Bot.Proactive;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Subscriptions;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Proactive;

/// <summary>
/// One run of the app's proactive side: the real SafetyBotAdapter (a CloudAdapter, anonymous:
/// empty MicrosoftAppId) wired as AddSafetyBot wires it, plus AddSafetyBotProactive, on a given
/// LiteDB file and clock. Dispose it and create another on the same file to restart.
/// </summary>
public sealed class ProactiveHarness : IAsyncDisposable
{
    public static readonly IReadOnlyList<Type> PersistedTypes =
        [.. SubscriptionPersistedTypes.All, typeof(OutcomeUpdate), typeof(ActionLead), typeof(AuditEntry)];

    private ProactiveHarness(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public ISubscriptionStore Subscriptions => Services.GetRequiredService<ISubscriptionStore>();

    public ISummaryDeliveryLog Deliveries => Services.GetRequiredService<ISummaryDeliveryLog>();

    public QuarterlySummaryDispatcher Dispatcher => Services.GetRequiredService<QuarterlySummaryDispatcher>();

    public QuarterlySummaryScheduler Scheduler => Services.GetRequiredService<QuarterlySummaryScheduler>();

    public ProactiveSender Sender => Services.GetRequiredService<ProactiveSender>();

    public SafetyBotAdapter Adapter => Services.GetRequiredService<SafetyBotAdapter>();

    public static ProactiveHarness Create(SafetyDatabase database, TimeProvider time, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
            ["Roles:Admins:0"] = TestUser.Admin.AadObjectId,
            ["BotConnector:RetryBaseDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(time);
        services.AddSingleton(database);
        services.AddOptions<RoleOptions>().Bind(configuration.GetSection(RoleOptions.SectionName));
        services.AddSingleton<IActionCatalog>(new AnyAction());
        services.AddSafetyBotStores(configuration);

        // What AddBotFramework registers once proactive messaging is wired in.
        services.AddSingleton<BotFrameworkAuthentication>(provider => new ConfigurationBotFrameworkAuthentication(
            configuration, httpClientFactory: provider.GetRequiredService<BotConnectorHttpClientFactory>()));
        services.AddSingleton(provider =>
        {
            var adapter = new SafetyBotAdapter(
                provider.GetRequiredService<BotFrameworkAuthentication>(),
                provider.GetRequiredService<IStorage>(),
                provider.GetRequiredService<ILogger<SafetyBotAdapter>>());
            adapter.Use(provider.GetRequiredService<ConversationReferenceMiddleware>());
            return adapter;
        });

        services.AddSafetyBotProactive(configuration);
        return new ProactiveHarness(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    /// <summary>With PostgreSQL: connects and migrates, as the app's start does (the harness runs no hosted service).</summary>
    public async Task OpenStoreAsync()
    {
        if (Services.GetService<SafetyBot.Knowledge.Storage.PostgreSql.PostgreSqlDatabase>() is { } postgres)
        {
            await postgres.OpenAsync();
        }
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();

    /// <summary>Polls until <paramref name="condition"/> holds, failing after <paramref name="seconds"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what, double seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for: {what}");
            }

            await Task.Delay(20);
        }
    }

    private sealed class AnyAction : IActionCatalog
    {
        public bool ActionExists(string actionId) => true;
    }
}
