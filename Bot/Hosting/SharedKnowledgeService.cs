using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.PostgreSql;

namespace SafetyBot.Bot.Hosting;

/// <summary>
/// On PostgreSQL: shares the knowledge and live data with the other instances (<see cref="PostgreSqlKnowledge"/>).
/// At start, before the seed and before any request, brings the local copy up to the stored version; then listens for
/// the other instances' writes until shutdown.
/// </summary>
internal sealed class SharedKnowledgeService(PostgreSqlKnowledge knowledge, SafetyDatabase database, TimeProvider time) : BackgroundService
{
    /// <summary>How soon the listener connects again after losing its connection.</summary>
    internal static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Fault is not null)
        {
            return Task.CompletedTask;
        }

        knowledge.CatchUp();
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => knowledge.ListenAsync(time, ReconnectDelay, stoppingToken), CancellationToken.None);
}
