using System.Globalization;

namespace SafetyBot.Benchmarks;

/// <summary>
/// The mixed questions against SafetyBot run with different runtime settings, side by side: one SafetyBot process per
/// variant (each on its own store), all started at once; with <c>--repeat N</c> the variants take turns N times (each
/// round in a different order), so that a shared machine's drifting load weighs on each alike. A variant is
/// <c>name:VARIABLE=value,VARIABLE=value</c> (environment variables such as <c>DOTNET_gcServer=0</c>, which override the
/// runtimeconfig; <c>name:</c> alone runs the build as it is), or <c>name@path/SafetyBot.Bot.dll:...</c> to run another
/// build of the bot (a ReadyToRun publish, say). Reports per variant the median throughput, p99 and CPU
/// time per turn, and the working set after the last round and its peak: how GC and JIT settings were chosen.
/// </summary>
internal static class SettingsScenario
{
    public static async Task<int> RunAsync(string root, string safetyBotDll, Dictionary<string, string> safetyEnvironment, string data, string variants, int conversations, int warmup, int seconds, int repeat)
    {
        var parsed = variants.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).ToList();
        if (parsed.Count == 0)
        {
            Console.Error.WriteLine("--variants: at least one, e.g. \"server:;workstation:DOTNET_gcServer=0\".");
            return 2;
        }

        var questions = QuestionSet.Load(root);
        Console.WriteLine($"settings: {parsed.Count} variant(s) of SafetyBot, {questions.Count} distinct questions mixed, {repeat} round(s)");
        var bots = new List<BotUnderTest>();
        try
        {
            foreach (var (name, dll, environment) in parsed)
            {
                var variantEnvironment = new Dictionary<string, string>(safetyEnvironment)
                {
                    ["Storage__DatabasePath"] = Path.Combine(data, name + ".db"),
                };
                foreach (var (key, value) in environment)
                {
                    variantEnvironment[key] = value;
                }

                bots.Add(BotUnderTest.Start(name, dll ?? safetyBotDll, variantEnvironment));
            }

            foreach (var bot in bots)
            {
                await Startup.WaitAnswerAsync(bot).ConfigureAwait(false);
            }

            var turns = bots.Select(_ => new MixedTurns(questions, conversations)).ToList();
            var results = bots.Select(_ => new List<LoadResult>()).ToList();
            for (var round = 0; round < repeat; round++)
            {
                for (var k = 0; k < bots.Count; k++)
                {
                    var v = (round + k) % bots.Count;
                    var result = await Load.RunAsync(bots[v], conversations, warmup, seconds, turns[v].Turn("mixed", count: false)).ConfigureAwait(false);
                    results[v].Add(result);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"round {round + 1}, {bots[v].Name}: {result.Throughput:0} turns/s, p50 {result.P50:0.0} ms, p99 {result.P99:0.0} ms, {result.CpuPerTurn:0.000} CPU ms/turn"));
                }
            }

            Console.WriteLine();
            Console.WriteLine("| variant | turns/s (median) | p99 ms (median) | CPU ms/turn (median) | CPU ms/turn per round | working set after / peak MB |");
            Console.WriteLine("|---|---:|---:|---:|---|---:|");
            for (var v = 0; v < bots.Count; v++)
            {
                var memory = bots[v].Memory();
                var rows = results[v];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {bots[v].Name} | {MixedScenario.Median(rows.Select(r => r.Throughput)):0} | {MixedScenario.Median(rows.Select(r => r.P99)):0.0} | {MixedScenario.Median(rows.Select(r => r.CpuPerTurn)):0.000} | {string.Join(" / ", rows.Select(r => r.CpuPerTurn.ToString("0.00", CultureInfo.InvariantCulture)))} | {memory.WorkingSet:0} / {memory.Peak:0} |"));
            }

            return 0;
        }
        finally
        {
            bots.ForEach(b => b.Dispose());
        }
    }

    private static (string Name, string? Dll, Dictionary<string, string> Environment) Parse(string variant)
    {
        var colon = variant.IndexOf(':', StringComparison.Ordinal);
        var head = colon < 0 ? variant : variant[..colon];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        var (name, dll) = at < 0 ? (head, (string?)null) : (head[..at], Path.GetFullPath(head[(at + 1)..]));
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (colon >= 0)
        {
            foreach (var pair in variant[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    environment[pair[..equals]] = pair[(equals + 1)..];
                }
            }
        }

        return (name, dll, environment);
    }
}
