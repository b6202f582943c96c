using System.Collections.Concurrent;
using System.Diagnostics;

namespace SafetyBot.Tests.Infrastructure;

/// <summary>
/// Counts the round trips to one PostgreSQL database: each command or batch Npgsql sends is one, seen through Npgsql's
/// own tracing (<c>ActivitySource</c> "Npgsql"), filtered by the database's name so that tests running at once on
/// other databases are not counted.
/// </summary>
public static class RoundTrips
{
    /// <summary>The statements (one per round trip, a batch's joined by " ; ") sent to <paramref name="database"/> while <paramref name="work"/> runs.</summary>
    public static async Task<IReadOnlyList<string>> DuringAsync(string database, Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var statements = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                var on = activity.GetTagItem("db.namespace") ?? activity.GetTagItem("db.name");
                if (Equals(on, database) && (activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) is string text)
                {
                    statements.Enqueue(text.ReplaceLineEndings(" "));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await work();
        return [.. statements];
    }
}
