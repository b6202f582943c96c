using Microsoft.Extensions.Options;
using SafetyBot.Knowledge.Exports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Questions;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Tests.Infrastructure;

/// <summary>
/// A new, empty store of one provider (a LiteDB file, or a PostgreSQL database of its own) and the app's stores on
/// it, so that one store test runs on every provider: a test class takes the provider and has one nested subclass
/// per provider.
/// </summary>
public abstract class ProviderStore : IDisposable
{
    /// <summary>The providers the store tests run on.</summary>
    public static ProviderStore Open(StoreProvider provider) => provider switch
    {
        StoreProvider.LiteDb => new LiteDbProviderStore(),
        StoreProvider.PostgreSql => new PostgreSqlProviderStore(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    public abstract StoreProvider Provider { get; }

    /// <summary>Closes the store and opens it again, as a restart of the app would; stores made afterwards use it.</summary>
    public abstract void Restart();

    /// <summary>Closes the store under the stores made so far, so that their next call fails.</summary>
    public abstract void Break();

    public abstract IOutcomeStore Outcomes(IActionCatalog actions, IOptionsMonitor<RoleOptions> roles, TimeProvider time);

    public abstract ISubscriptionStore Subscriptions(TimeProvider time);

    /// <summary>The delivery log; <paramref name="deliveryLease"/>: <c>QuarterlySummary:DeliveryLease</c> (its default when null).</summary>
    public abstract ISummaryDeliveryLog Deliveries(TimeProvider time, TimeSpan? deliveryLease = null);

    public abstract IUnansweredQuestionLog UnansweredQuestions(TimeProvider time);

    public abstract IActivityClaims Claims(TimeProvider time);

    public abstract IExportLinks ExportLinks(TimeProvider time);

    public abstract void Dispose();
}
