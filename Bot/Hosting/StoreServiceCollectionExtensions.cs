using Microsoft.Bot.Builder;
using SafetyBot.Bot.Middleware;
using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge.Exports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Questions;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.LiteDb;
using SafetyBot.Knowledge.Storage.PostgreSql;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Bot.Hosting;

/// <summary>
/// Every store of the app, registered in one place for the provider chosen by <c>Storage:Provider</c>: bot state
/// (<see cref="IStorage"/>), activity claims, outcomes with leads and audit, subscriptions, summary deliveries and
/// unanswered questions, export links. On PostgreSQL the knowledge (indicators, figures, narratives, priorities,
/// imports) is shared through the database too, each instance answering from a local LiteDB copy that follows it.
/// </summary>
public static class StoreServiceCollectionExtensions
{
    /// <summary>The setting naming the user-assigned managed identity (its client id), as Azure.Identity reads it.</summary>
    public const string ManagedIdentityClientIdSetting = "AZURE_CLIENT_ID";

    /// <summary>Registers the stores of the configured provider.</summary>
    public static IServiceCollection AddSafetyBotStores(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // The provider decides which classes are registered, so it is read here; a value that is not a provider stops
        // the start with a message naming Storage:Provider.
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.Provider == StoreProvider.PostgreSql)
        {
            // Its start service goes before every other hosted service: the schema is up to date before anything reads.
            services.AddSingleton(_ => CreatePostgreSql(configuration, storage));
            services.AddHostedService<PostgreSqlStartService>();
            // The knowledge and live data too, each instance reading a local copy that follows the others' writes.
            services.AddSingleton(provider => new PostgreSqlKnowledge(
                provider.GetRequiredService<PostgreSqlDatabase>(),
                provider.GetRequiredService<SafetyDatabase>(),
                provider.GetRequiredService<ILogger<PostgreSqlKnowledge>>()));
            services.AddHostedService<SharedKnowledgeService>();
            services.AddHealthChecks().AddCheck<PostgreSqlHealthCheck>("postgresql");
            services.AddSingleton<IStorage, PostgreSqlStorage>();
            // Turns of one conversation run one at a time across instances, so no state write is lost.
            services.AddSingleton<ConversationTurnLockMiddleware>();
            services.AddSingleton<PostgreSqlActivityClaims>();
            services.AddSingleton<IActivityClaims>(provider => provider.GetRequiredService<PostgreSqlActivityClaims>());
            services.AddSingleton<IOutcomeStore, PostgreSqlOutcomeStore>();
            // "Is this conversation subscribed?" is answered from memory, kept complete by NOTIFY.
            services.AddSingleton<PostgreSqlSubscriptionStore>();
            services.AddSingleton<ISubscriptionStore>(provider => provider.GetRequiredService<PostgreSqlSubscriptionStore>());
            services.AddHostedService<SharedSubscriptionsService>();
            services.AddSingleton<ISummaryDeliveryLog, PostgreSqlSummaryDeliveryLog>();
            services.AddSingleton<IUnansweredQuestionLog, PostgreSqlUnansweredQuestionLog>();
            services.AddSingleton<IExportLinks, PostgreSqlExportLinks>();
        }
        else
        {
            services.AddSingleton<IStorage, LiteDbStorage>();
            services.AddSingleton<IActivityClaims, LiteDbActivityClaims>();
            services.AddSingleton<IOutcomeStore, LiteDbOutcomeStore>();
            services.AddSingleton<ISubscriptionStore, LiteDbSubscriptionStore>();
            services.AddSingleton<ISummaryDeliveryLog, LiteDbSummaryDeliveryLog>();
            services.AddSingleton<IUnansweredQuestionLog, LiteDbUnansweredQuestionLog>();
            services.AddSingleton<IExportLinks, LiteDbExportLinks>();
        }

        return services;
    }

    /// <summary>The PostgreSQL database that <paramref name="configuration"/> names (not connected yet).</summary>
    /// <exception cref="StoreUnavailableException">The connection string cannot be used.</exception>
    internal static PostgreSqlDatabase CreatePostgreSql(IConfiguration configuration, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(storage);
        // ManagedIdentity: the password is an Entra ID token of the identity AZURE_CLIENT_ID names (system-assigned when unset).
        var accessTokens = storage.PostgreSqlAuthentication == PostgreSqlAuthentication.ManagedIdentity
            ? new ManagedIdentityAccessTokenSource(configuration[ManagedIdentityClientIdSetting])
            : null;
        return new PostgreSqlDatabase(configuration.GetConnectionString(PostgreSqlDatabase.ConnectionStringName), accessTokens);
    }
}
