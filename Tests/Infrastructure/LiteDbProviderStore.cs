using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Hosting;
using SafetyBot.Knowledge.Exports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Questions;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.LiteDb;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Tests.Infrastructure;

/// <summary>The stores on a real LiteDB file of their own.</summary>
public sealed class LiteDbProviderStore : ProviderStore
{
    private readonly TempDatabase _db = new(PersistedTypes.All);

    public override StoreProvider Provider => StoreProvider.LiteDb;

    public SafetyDatabase Database => _db.Database;

    public override void Restart() => _db.Reopen();

    public override void Break() => _db.Database.Dispose();

    public override IOutcomeStore Outcomes(IActionCatalog actions, IOptionsMonitor<RoleOptions> roles, TimeProvider time) =>
        new LiteDbOutcomeStore(_db.Database, actions, roles, time);

    public override ISubscriptionStore Subscriptions(TimeProvider time) => new LiteDbSubscriptionStore(_db.Database, time);

    public override ISummaryDeliveryLog Deliveries(TimeProvider time, TimeSpan? deliveryLease = null) => new LiteDbSummaryDeliveryLog(_db.Database, time);

    public override IUnansweredQuestionLog UnansweredQuestions(TimeProvider time) =>
        new LiteDbUnansweredQuestionLog(_db.Database, time, NullLogger<LiteDbUnansweredQuestionLog>.Instance);

    public override IActivityClaims Claims(TimeProvider time)
    {
        LiteDbActivityClaims.EnsureIndexes(_db.Database.Database);
        return new LiteDbActivityClaims(_db.Database, time);
    }

    public override IExportLinks ExportLinks(TimeProvider time) => new LiteDbExportLinks(_db.Database, time);

    public override void Dispose() => _db.Dispose();
}
