using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace SafetyBot.Benchmarks;

/// <summary>
/// Question and outcome-update turns on each store, in one run with the echo bot as the SDK comes: LiteDB (the
/// embedded default, one instance), PostgreSQL with one instance, and PostgreSQL with two instances on one database,
/// where the turns of each conversation alternate between the instances (as a load balancer without affinity would
/// send them). Each PostgreSQL run gets a new database, dropped afterwards. Goal (issue 16): question turns at least
/// 0.5x the echo bot's per instance.
/// </summary>
internal static class StorageScenario
{
    private static readonly string[] UpdateTurns = ["log an update", "on track", "Benchmark update text", "skip", "skip", "save"];

    public static async Task<int> RunAsync(string safetyBotDll, string echoBotDll, Dictionary<string, string> safetyEnvironment, string data, string? postgres, int conversations, int warmup, int seconds)
    {
        if (string.IsNullOrWhiteSpace(postgres))
        {
            Console.Error.WriteLine("The storage scenario needs a PostgreSQL server it may create databases on: --postgres <connection string>, or SAFETYBOT_TEST_POSTGRES (eval \"$(scripts/test-postgres.sh start)\").");
            return 2;
        }

        Console.WriteLine($"storage: LiteDB, PostgreSQL ({new NpgsqlConnectionStringBuilder(postgres).Host}) with 1 and 2 instances; load average at the start: {LoadAverage()}");
        LoadResult echoResult;
        using (var echo = BotUnderTest.Start("echo", echoBotDll, new Dictionary<string, string>()))
        {
            await Startup.WaitAnswerAsync(echo).ConfigureAwait(false);
            echoResult = await Load.RunAsync(echo, conversations, warmup, seconds, (bot, i, cancel) => Load.TurnAsync(bot, Startup.Question, i, "echo", cancel)).ConfigureAwait(false);
        }

        var rows = new List<(string Store, int Instances, LoadResult Questions, LoadResult Updates, int Saved)>();
        using (var lite = BotUnderTest.Start("litedb", safetyBotDll, With(safetyEnvironment, ("Storage__DatabasePath", Path.Combine(data, "storage-litedb.db")))))
        {
            var (questions, updates, saved) = await MeasureAsync([lite], conversations, warmup, seconds).ConfigureAwait(false);
            rows.Add(("LiteDB", 1, questions, updates, saved));
        }

        foreach (var instances in new[] { 1, 2 })
        {
            var database = $"safetybot_bench_{instances}_{Guid.NewGuid():N}";
            await ExecuteAsync(postgres, $"CREATE DATABASE \"{database}\"").ConfigureAwait(false);
            var bots = new List<BotUnderTest>();
            try
            {
                var connection = new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString;
                for (var n = 0; n < instances; n++)
                {
                    bots.Add(BotUnderTest.Start($"postgresql-{instances}.{n + 1}", safetyBotDll, With(
                        safetyEnvironment,
                        ("Storage__Provider", "PostgreSql"),
                        ("ConnectionStrings__SafetyBot", connection),
                        ("Storage__DatabasePath", Path.Combine(data, $"storage-pg{instances}-{n + 1}.db")))));
                }

                var (questions, updates, saved) = await MeasureAsync(bots, conversations, warmup, seconds).ConfigureAwait(false);
                rows.Add(("PostgreSQL", instances, questions, updates, saved));
            }
            finally
            {
                bots.ForEach(bot => bot.Dispose());
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(postgres, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)").ConfigureAwait(false);
            }
        }

        Console.WriteLine();
        Console.WriteLine("| store | instances | turns | turns/s | per instance vs echo | p50 ms | p99 ms | turns measured | bot CPU ms/turn |");
        Console.WriteLine("|---|---:|---|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(Row("echo bot (same SDK, CloudAdapter as it comes)", 1, "echo", echoResult, echoResult));
        foreach (var (store, instances, questions, updates, _) in rows)
        {
            Console.WriteLine(Row(store, instances, $"question \"{Startup.Question}\"", questions, echoResult));
            Console.WriteLine(Row(store, instances, "outcome update (6 typed turns each)", updates, echoResult));
        }

        Console.WriteLine();
        foreach (var (store, instances, _, _, saved) in rows)
        {
            Console.WriteLine($"{store}, {instances} instance(s): {saved} outcome updates saved");
        }

        var worst = rows.Where(r => r.Store == "PostgreSQL").Min(r => r.Questions.Throughput / r.Instances / echoResult.Throughput);
        Console.WriteLine($"load average at the end: {LoadAverage()}");
        Console.WriteLine($"target: PostgreSQL question turns >= 0.5x echo per instance: {(worst >= 0.5 ? "met" : "MISSED")} (lowest {worst:0.00}x)");
        return 0;
    }

    /// <summary>Questions, then outcome updates by one lead per conversation; each turn of a conversation on the next instance.</summary>
    private static async Task<(LoadResult Questions, LoadResult Updates, int Saved)> MeasureAsync(IReadOnlyList<BotUnderTest> bots, int conversations, int warmup, int seconds)
    {
        foreach (var bot in bots)
        {
            await Startup.WaitAnswerAsync(bot).ConfigureAwait(false);
        }

        var turnsTaken = new int[conversations];
        BotUnderTest Next(int conversation) => bots[turnsTaken[conversation]++ % bots.Count];
        var questions = await Load.RunAsync(bots, conversations, warmup, seconds, (i, cancel) => Load.TurnAsync(Next(i), Startup.Question, i, "question", cancel)).ConfigureAwait(false);

        for (var i = 0; i < conversations; i++)
        {
            await Load.AssignLeadAsync(bots[0], i).ConfigureAwait(false);
        }

        var saved = 0;
        var updates = await Load.RunAsync(bots, conversations, warmup, seconds, async (i, cancel) =>
        {
            var turns = new List<double>(UpdateTurns.Length);
            foreach (var text in UpdateTurns)
            {
                var started = Stopwatch.GetTimestamp();
                var said = await Next(i).SayAsync(text, $"29:lead-{i}", Load.LeadAad(i), $"lead-{i}", cancel).ConfigureAwait(false);
                turns.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (text == "save" && said.Contains("Update saved", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref saved);
                }
            }

            return turns;
        }).ConfigureAwait(false);
        return (questions, updates, saved);
    }

    private static string Row(string store, int instances, string turns, LoadResult result, LoadResult echo) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {store} | {instances} | {turns} | {result.Throughput:0} | {result.Throughput / instances / echo.Throughput:0.00}x | {result.P50:0.0} | {result.P99:0.0} | {result.Turns} | {result.CpuPerTurn:0.00} |");

    private static Dictionary<string, string> With(Dictionary<string, string> environment, params (string Key, string Value)[] settings)
    {
        var result = new Dictionary<string, string>(environment);
        foreach (var (key, value) in settings)
        {
            result[key] = value;
        }

        return result;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
#pragma warning disable CA2100 // The benchmark's own statement on a database name it made.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
