using Npgsql;
using SafetyBot.Knowledge.Storage.PostgreSql;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Knowledge.Storage.PostgreSql;

/// <summary>
/// <see cref="PostgreSqlListener"/> on a real PostgreSQL database: its listening connection never goes back to the
/// pool (pooled connections are not reset), so no connection the stores take from the pool is listening.
/// </summary>
public sealed class PostgreSqlListenerTests
{
    private const string Channel = "safetybot_listener_test";

    [Fact]
    public async Task AfterAListenerFailure_AConnectionFromThePool_IsNotListening_AndHearsNoNotification()
    {
        using var temp = new TempPostgresDatabase();
        // One pooled connection at the most: were the listener's connection pooled, it would be the one taken below.
        await using var database = new PostgreSqlDatabase(new NpgsqlConnectionStringBuilder(temp.ConnectionString) { MaxPoolSize = 1 }.ConnectionString);
        using var stop = new CancellationTokenSource();
        var listened = false;
        Exception? cause = null;

        await PostgreSqlListener.ListenAsync(
            database,
            Channel,
            notified: _ => { },
            caughtUp: (_, afterListen, _) =>
            {
                listened |= afterListen;
                throw new InvalidOperationException("Deliberate failure of a catch-up, on a healthy connection.");
            },
            lost: exception =>
            {
                cause = exception;
                stop.Cancel();
            },
            TimeProvider.System,
            TimeSpan.FromSeconds(1),
            stop.Token);

        Assert.True(listened);
        Assert.IsType<InvalidOperationException>(cause);
        await using var pooled = await database.ConnectAsync();
        var heard = new List<string>();
        pooled.Notification += (_, e) => heard.Add(e.Payload);
        await using (var listening = new NpgsqlCommand("SELECT count(*) FROM pg_listening_channels()", pooled))
        {
            Assert.Equal(0L, await listening.ExecuteScalarAsync());
        }

        // A session hears its own NOTIFY when its transaction commits, before the command completes: nothing is heard.
        await using (var notify = new NpgsqlCommand($"NOTIFY {Channel}, 'to nobody'", pooled))
        {
            await notify.ExecuteNonQueryAsync();
        }

        Assert.Empty(heard);
    }
}
