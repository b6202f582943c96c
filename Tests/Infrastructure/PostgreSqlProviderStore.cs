using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SafetyBot.Knowledge.Exports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Questions;
using SafetyBot.Knowledge.Schedule;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.PostgreSql;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Tests.Infrastructure;

/// <summary>The stores on a real PostgreSQL database of their own (see <see cref="TempPostgresDatabase"/>).</summary>
public sealed class PostgreSqlProviderStore : ProviderStore
{
    private readonly TempPostgresDatabase _db = new();

    public PostgreSqlProviderStore() => Database = Open();

    public override StoreProvider Provider => StoreProvider.PostgreSql;

    public PostgreSqlDatabase Database { get; private set; }

    public TempPostgresDatabase Server => _db;

    /// <summary>Another process's view of the same database: its own data source, as a second instance has.</summary>
    public PostgreSqlDatabase Open() => Task.Run(_db.OpenAsync).GetAwaiter().GetResult();

    public override void Restart() => Database = Open();

    public override void Break() => Database.Dispose();

    public override IOutcomeStore Outcomes(IActionCatalog actions, IOptionsMonitor<RoleOptions> roles, TimeProvider time) =>
        new PostgreSqlOutcomeStore(Database, actions, roles, time);

    public override ISubscriptionStore Subscriptions(TimeProvider time) => new PostgreSqlSubscriptionStore(Database, time);

    public override ISummaryDeliveryLog Deliveries(TimeProvider time, TimeSpan? deliveryLease = null) => new PostgreSqlSummaryDeliveryLog(
        Database, time, Options.Create(new QuarterlySummaryOptions { DeliveryLease = deliveryLease ?? QuarterlySummaryOptions.DefaultDeliveryLease }));

    public override IUnansweredQuestionLog UnansweredQuestions(TimeProvider time) =>
        new PostgreSqlUnansweredQuestionLog(Database, time, NullLogger<PostgreSqlUnansweredQuestionLog>.Instance);

    public override IActivityClaims Claims(TimeProvider time) => new PostgreSqlActivityClaims(Database, time);

    public override IExportLinks ExportLinks(TimeProvider time) => new PostgreSqlExportLinks(Database, time);

    public override void Dispose() => _db.Dispose();
}
