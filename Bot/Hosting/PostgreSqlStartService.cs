using SafetyBot.Knowledge.Storage.PostgreSql;

namespace SafetyBot.Bot.Hosting;

/// <summary>
/// With <c>Storage:Provider</c> = <c>PostgreSql</c>: connects and brings the schema up to date before anything else
/// starts (registered first). <see cref="StoreStart.OpenAsync"/> has usually done it already; then this is a no-op.
/// </summary>
internal sealed class PostgreSqlStartService(PostgreSqlDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.OpenAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
