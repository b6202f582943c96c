using SafetyBot.Knowledge.Storage.PostgreSql;

namespace SafetyBot.Bot.Hosting;

/// <summary>
/// On PostgreSQL: keeps this instance's set of subscribed conversations complete (<see cref="PostgreSqlSubscriptionStore.ListenAsync"/>),
/// so a turn of a conversation with no subscription asks the database nothing.
/// </summary>
internal sealed class SharedSubscriptionsService(PostgreSqlSubscriptionStore subscriptions, TimeProvider time) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => subscriptions.ListenAsync(time, SharedKnowledgeService.ReconnectDelay, stoppingToken), CancellationToken.None);
}
