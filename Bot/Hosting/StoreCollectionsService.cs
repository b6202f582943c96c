using LiteDB;
using SafetyBot.Bot.Middleware;
using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge.Questions;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Bot.Hosting;

/// <summary>
/// Creates every collection the app writes during turns (and the activity claims' index) before
/// the app takes requests, so no turn ever reads a collection while another is creating it.
/// </summary>
internal sealed class StoreCollectionsService(SafetyDatabase database) : IHostedService
{
    /// <summary>Every collection written while the app runs (the knowledge store's are created by its seed).</summary>
    public static readonly IReadOnlyList<string> Collections =
    [
        LiteDbStorage.CollectionName,
        ActivityDeduplicationMiddleware.CollectionName,
        OutcomeStore.UpdatesCollection,
        OutcomeStore.LeadsCollection,
        OutcomeStore.AuditCollection,
        SubscriptionStore.SubscriptionsCollection,
        SubscriptionStore.ConversationsCollection,
        SummaryDeliveryLog.CollectionName,
        UnansweredQuestionLog.CollectionName,
    ];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        database.EnsureCollections(Collections);
        database.Database.GetCollection<ProcessedActivity>(ActivityDeduplicationMiddleware.CollectionName).EnsureIndex(a => a.SeenAt);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
