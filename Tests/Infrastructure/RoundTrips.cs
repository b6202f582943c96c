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
    /// <summary>
    /// The statements (one per round trip, a batch's joined by "; ") sent to <paramref name="database"/> while
    /// <paramref name="work"/> runs; with <paramref name="inRequests"/>, only those sent while serving an HTTP request of
    /// the app (so that its background services, the schedule and the listeners, are not counted).
    /// </summary>
    public static async Task<IReadOnlyList<string>> DuringAsync(string database, Func<Task> work, bool inRequests = false)
    {
        ArgumentNullException.ThrowIfNull(work);
        var statements = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            // ASP.NET Core's request activity is listened to as well, so that a statement's parent tells whether a request sent it.
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                var on = activity.GetTagItem("db.namespace") ?? activity.GetTagItem("db.name");
                if (activity.Source.Name == "Npgsql" && Equals(on, database) && (!inRequests || InRequest(activity)) && (activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) is string text)
                {
                    statements.Enqueue(text.ReplaceLineEndings(" "));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await work();
        return [.. statements];
    }

    private static bool InRequest(Activity activity)
    {
        for (var parent = activity.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent.Source.Name == "Microsoft.AspNetCore")
            {
                return true;
            }
        }

        return false;
    }
}
