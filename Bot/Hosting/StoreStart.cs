using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.PostgreSql;

namespace SafetyBot.Bot.Hosting;

/// <summary>
/// Opens (and so checks) the store before the host starts: a file that cannot be used stops SafetyBot with one
/// line naming the file and the cause, rather than a host failure and its stack trace.
/// </summary>
public static class StoreStart
{
    /// <summary>Exit code of a start stopped because the store cannot be used.</summary>
    public const int StoreUnavailableExitCode = 2;

    /// <summary>
    /// True when the store is open (with PostgreSQL: reachable, and its schema up to date); else writes why to
    /// <paramref name="error"/> (naming the file, or the setting of the connection string but never its password)
    /// and returns false.
    /// </summary>
    public static async Task<bool> OpenAsync(IServiceProvider services, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            if (services.GetService<PostgreSqlDatabase>() is { } postgres)
            {
                await postgres.OpenAsync(cancellationToken).ConfigureAwait(false);
            }

            services.GetRequiredService<SafetyDatabase>();
            return true;
        }
        catch (StoreUnavailableException exception)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return false;
        }
    }

    /// <summary>
    /// After the host has started: true when preparing the store (its collections, the seed) met no store fault
    /// (a full disk, say); else writes the fault to <paramref name="error"/> and returns false, and the caller stops.
    /// </summary>
    public static bool Started(IServiceProvider services, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(error);
        var database = services.GetRequiredService<SafetyDatabase>();
        if (database.Fault is not { } fault)
        {
            return true;
        }

        error.WriteLine(new StoreUnavailableException(database.Path, fault).Message);
        return false;
    }
}
