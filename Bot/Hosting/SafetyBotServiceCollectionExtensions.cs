using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Adapter;
using SafetyBot.Bot.Middleware;
using SafetyBot.Bot.Proactive;
using SafetyBot.Bot.Security;
using SafetyBot.Bot.Storage;
using SafetyBot.Bot.Telemetry;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.PoliceUk;
using SafetyBot.Knowledge.Questions;
using SafetyBot.Knowledge.Retrieval;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Hosting;

/// <summary>Registers everything SafetyBot needs in the host's container.</summary>
public static class SafetyBotServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Bot Framework adapter and bot, the embedded store, state, options (validated
    /// at start) and health checks.
    /// </summary>
    public static IServiceCollection AddSafetyBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MessagingOptions>().Bind(configuration.GetSection(MessagingOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RoleOptions>().Bind(configuration.GetSection(RoleOptions.SectionName))
            .Validate(o => o.Admins.All(id => !string.IsNullOrWhiteSpace(id)), "Roles:Admins must not contain empty ids.")
            .ValidateOnStart();
        services.AddOptions<PoliceUkOptions>().Bind(configuration.GetSection(PoliceUkOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PoliceUkOptions>, PoliceUkOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        AddStore(services, configuration);
        AddKnowledge(services);
        AddBotFramework(services, configuration);
        services.AddConversations(configuration);
        services.AddSafetyBotProactive(configuration);
        services.AddSafetyBotTelemetry(configuration);
        services.AddSafetyBotSecurity(configuration);

        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return services;
    }

    private static void AddStore(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSafetyBotStores(configuration);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            var environment = provider.GetRequiredService<IHostEnvironment>();
            var mapper = SafetyBsonMapper.Create(PersistedTypes.All);
            return new SafetyDatabase(DatabasePath.Resolve(options, environment.ContentRootPath), mapper);
        });
        services.AddSingleton<StoreFaultReporter>();
        services.AddHostedService<StoreCollectionsService>();
        services.AddHostedService<DatabaseCheckpointService>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
    }

    private static void AddKnowledge(IServiceCollection services)
    {
        services.AddHostedService<KnowledgeSeedService>();
        services.AddSingleton<KnowledgeStore>();
        services.AddSingleton<IKnowledgeStore>(provider => provider.GetRequiredService<KnowledgeStore>());
        services.AddSingleton<IPassageSearch, PassageSearch>();
        services.AddSingleton<KnowledgeActionCatalog>();
        services.AddSingleton<IActionCatalog>(provider => provider.GetRequiredService<KnowledgeActionCatalog>());
        // Loading data: analysts and admins import (admins undo), every import through one pipeline.
        services.AddSingleton<AnalystRoster>();
        services.AddSingleton<PendingImports>();
        services.AddSingleton(provider => new DataImporter(
            provider.GetRequiredService<SafetyDatabase>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<AnalystRoster>(),
            provider.GetRequiredService<ILogger<DataImporter>>(),
            provider.GetRequiredService<IOptions<PoliceUkOptions>>().Value));
    }

    private static void AddBotFramework(IServiceCollection services, IConfiguration configuration)
    {
        // MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId are read
        // from the configuration root, as every Bot Framework sample does. No MicrosoftAppId:
        // unauthenticated, for local use with the Agents Playground.
        // The Bot Connector client retries 429/412/502/504 with backoff and keeps to Teams' rate
        // limits (see Bot/Proactive): CloudAdapter does not retry by itself.
        // Incoming tokens: refused without keys when they can be, 503 when the keys cannot be fetched.
        services.AddSingleton<BotFrameworkAuthentication>(provider => new ReusedClientsAuthentication(
            new GuardedAuthentication(
                new ConfigurationBotFrameworkAuthentication(configuration, httpClientFactory: provider.GetRequiredService<BotConnectorHttpClientFactory>()),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<GuardedAuthentication>>()),
            provider.GetRequiredService<TimeProvider>()));

        // CloudAdapter's constructors are ambiguous to the container: build it explicitly.
        services.AddSingleton<ActivityDeduplicationMiddleware>();
        services.AddSingleton(provider =>
        {
            var adapter = new SafetyBotAdapter(
                provider.GetRequiredService<BotFrameworkAuthentication>(),
                provider.GetRequiredService<IStorage>(),
                provider.GetRequiredService<ILogger<SafetyBotAdapter>>());
            adapter.UseSafetyBotSecurity(provider);
            // On PostgreSQL the turn lock goes first: it takes the activity's claim in the same round trip as the lock.
            if (provider.GetService<ConversationTurnLockMiddleware>() is { } turnLock)
            {
                adapter.Use(turnLock);
            }

            adapter.Use(provider.GetRequiredService<ActivityDeduplicationMiddleware>());

            adapter.Use(provider.GetRequiredService<ConversationReferenceMiddleware>());
            return adapter;
        });
        services.AddSingleton<IBotFrameworkHttpAdapter>(provider => provider.GetRequiredService<SafetyBotAdapter>());
        services.AddSingleton<WelcomeGate>();
        services.AddTransient<IBot, SafetyBotActivityHandler>();
    }

}
