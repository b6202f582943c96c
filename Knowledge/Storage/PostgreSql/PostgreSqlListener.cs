using Npgsql;

namespace SafetyBot.Knowledge.Storage.PostgreSql;

/// <summary>
/// Listens on one <c>NOTIFY</c> channel of the app's database until cancelled, connecting again after a lost connection.
/// What a listener must not miss is read by <c>caughtUp</c>, which runs right after <c>LISTEN</c> takes effect (so a
/// write committed before it is read then, and one committed after it is announced), after every notification, and
/// after every quiet interval (when a query on the connection also finds one that died without a word). It listens on a
/// connection of its own, outside the pool (<see cref="PostgreSqlDatabase.ConnectToListenAsync"/>), so no pooled
/// connection is ever left listening, whatever ends the listening.
/// </summary>
internal static class PostgreSqlListener
{
    /// <summary>How long the listener waits for a notification before it checks its connection and catches up anyway.</summary>
    public static readonly TimeSpan QuietCheckInterval = TimeSpan.FromSeconds(30);

    /// <summary>Listens on <paramref name="channel"/>; see the class.</summary>
    /// <param name="database">The app's database.</param>
    /// <param name="channel">The channel (a constant of the app: it is not quoted).</param>
    /// <param name="notified">Called with each notification's payload, before <paramref name="caughtUp"/>.</param>
    /// <param name="caughtUp">Reads what was written meanwhile; <c>true</c> right after <c>LISTEN</c>.</param>
    /// <param name="lost">Called with the cause when the connection is lost or a catch-up fails (nothing is announced until it connects again).</param>
    /// <param name="time">The app's clock, for the wait before connecting again.</param>
    /// <param name="retry">How soon it connects again.</param>
    /// <param name="cancellationToken">Stops listening.</param>
    public static async Task ListenAsync(
        PostgreSqlDatabase database,
        string channel,
        Action<string> notified,
        Func<NpgsqlConnection, bool, CancellationToken, Task> caughtUp,
        Action<Exception> lost,
        TimeProvider time,
        TimeSpan retry,
        CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                // Outside the pool: when this ends, however it ends, the connection closes and its LISTEN with it.
                await using var connection = await database.ConnectToListenAsync(cancellationToken).ConfigureAwait(false);
                connection.Notification += (_, e) => notified(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await caughtUp(connection, true, cancellationToken).ConfigureAwait(false);
                while (true)
                {
                    if (!await connection.WaitAsync(QuietCheckInterval, cancellationToken).ConfigureAwait(false))
                    {
                        await using var check = new NpgsqlCommand("SELECT 1", connection);
                        await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                    }

                    await caughtUp(connection, false, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                lost(exception);
            }

            try
            {
                await Task.Delay(retry, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
