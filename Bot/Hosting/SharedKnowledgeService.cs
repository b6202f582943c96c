using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.PostgreSql;

namespace SafetyBot.Bot.Hosting;

/// <summary>
/// On PostgreSQL: shares the knowledge and live data with the other instances (<see cref="PostgreSqlKnowledge"/>).
/// At start, before the seed and before any request, brings the local copy up to the stored version; then listens for
/// the other instances' writes until shutdown.
/// </summary>
internal sealed class SharedKnowledgeService(PostgreSqlKnowledge knowledge, SafetyDatabase database, TimeProvider time) : IHostedService, IDisposable
{
    /// <summary>How soon the listener connects again after losing its connection.</summary>
    internal static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stopping = new();
    private Task? _listening;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Fault is not null)
        {
            return Task.CompletedTask;
        }

        knowledge.CatchUp();
        _listening = Task.Run(() => knowledge.ListenAsync(time, ReconnectDelay, _stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_listening is { } listening)
        {
            await listening.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _stopping.Dispose();
}
