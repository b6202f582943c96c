using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.LiteDb;

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
        LiteDbActivityClaims.CollectionName,
        LiteDbOutcomeStore.UpdatesCollection,
        LiteDbOutcomeStore.LeadsCollection,
        LiteDbOutcomeStore.AuditCollection,
        LiteDbSubscriptionStore.SubscriptionsCollection,
        LiteDbSubscriptionStore.ConversationsCollection,
        LiteDbSummaryDeliveryLog.CollectionName,
        LiteDbUnansweredQuestionLog.CollectionName,
        LiteDbExportLinks.CollectionName,
        AnalystRoster.CollectionName,
        PendingImports.CollectionName,
        PendingImports.FilesCollection,
        PendingImports.ChunksCollection,
        DataImporter.ImportsCollection,
        DataImporter.ChangesCollection,
    ];

    /// <summary>Where activity claims were kept before <see cref="LiteDbActivityClaims.CollectionName"/>.</summary>
    private const string RetiredClaimsCollection = "processed_activities";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            database.EnsureCollections(Collections);
            LiteDbActivityClaims.EnsureIndexes(database.Database);
            DataImporter.EnsureIndexes(database);

            // Claims before this version, keyed by the conversation id itself (nothing reads them now).
            database.Database.DropCollection(RetiredClaimsCollection);
        }
        catch (Exception exception) when (StoreFaults.IsFault(exception))
        {
            // A full disk, say: recorded as the store's fault, which stops the start with one line (StoreStart.Started).
            database.ReportFault(exception);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
