using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;
using SafetyBot.Bot.Adapter;
using SafetyBot.Knowledge.Schedule;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Bot.Proactive;

/// <summary>Registers proactive messaging: subscriptions, the quarterly summary schedule and the Bot Connector's HTTP pipeline.</summary>
public static class ProactiveServiceCollectionExtensions
{
    /// <summary>The configuration key of the bot's app id, as the Bot Framework reads it.</summary>
    public const string MicrosoftAppIdKey = "MicrosoftAppId";

    /// <summary>
    /// Adds subscriptions, the delivery log, the conversation reference middleware, the
    /// proactive sender, the quarterly summary dispatcher and scheduler, and the
    /// <see cref="BotConnectorHttpClientFactory.ClientName"/> HttpClient (retries, rate limits).
    /// Options are validated at start. The adapter must be given
    /// <see cref="BotConnectorHttpClientFactory"/> and <see cref="ConversationReferenceMiddleware"/>
    /// where it is built.
    /// </summary>
    public static IServiceCollection AddSafetyBotProactive(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<QuarterlySummaryOptions>().Bind(configuration.GetSection(QuarterlySummaryOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<QuarterlySummaryOptions>, QuarterlySummaryOptionsValidator>();
        services.AddOptions<BotConnectorOptions>().Bind(configuration.GetSection(BotConnectorOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<ConversationReferenceMiddleware>();
        services.AddSingleton<ConversationSubscriptions>();

        AddBotConnectorHttpClient(services);

        services.AddSingleton(provider => new ProactiveSender(
            provider.GetRequiredService<SafetyBotAdapter>(),
            configuration[MicrosoftAppIdKey] ?? string.Empty,
            provider.GetRequiredService<ILogger<ProactiveSender>>()));
        services.TryAddSingleton<IQuarterlySummaryComposer, TextQuarterlySummaryComposer>();
        services.AddSingleton<QuarterlySummaryDispatcher>();
        services.AddSingleton<QuarterlySummaryScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<QuarterlySummaryScheduler>());
        return services;
    }

    private static void AddBotConnectorHttpClient(IServiceCollection services)
    {
        services.AddSingleton<ConnectorRateLimiter>();
        services.AddTransient<ConnectorRateLimitingHandler>();

        // Outermost first: the retry handler, then the rate limiter, so each attempt waits its turn.
        var client = services.AddHttpClient(BotConnectorHttpClientFactory.ClientName);
        client.AddResilienceHandler("bot-connector", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<BotConnectorOptions>>().Value;
            pipeline.AddRetry(BotConnectorRetry.CreateOptions(options));
        });
        client.AddHttpMessageHandler<ConnectorRateLimitingHandler>();
        services.AddSingleton<BotConnectorHttpClientFactory>();
    }
}
