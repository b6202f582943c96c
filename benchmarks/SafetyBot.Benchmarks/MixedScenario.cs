using System.Globalization;

namespace SafetyBot.Benchmarks;

/// <summary>
/// Hundreds of distinct questions (<see cref="QuestionSet"/>): every conversation asks all of them, each in its own
/// order, over and over. In the same run, with the same texts: the echo bot as the SDK comes (the baseline), the
/// echo bot reusing clients, and SafetyBot asked one repeated question. All bots start once; with
/// <c>--repeat N</c> the four loads take turns N times, so that a machine whose load drifts (2 shared cores)
/// weighs on each alike. Target (issue 13): mixed throughput at least 0.9x the echo bot's, p99 at most 1.5x echo's.
/// </summary>
internal static class MixedScenario
{
    public static async Task<int> RunAsync(string root, string safetyBotDll, string echoBotDll, Dictionary<string, string> safetyEnvironment, int conversations, int warmup, int seconds, int repeat, int holdSeconds = 0)
    {
        var questions = QuestionSet.Load(root);
        var turns = new MixedTurns(questions, conversations);
        Func<BotUnderTest, int, CancellationToken, Task<List<double>>> Mixed(string prefix, bool count) => turns.Turn(prefix, count);

        Console.WriteLine($"mixed questions: {questions.Count} distinct (questions.tsv questions, tuning.tsv, {QuestionSet.Extra.Length} unanswerable and prose), each conversation in its own order; {repeat} round(s)");
        using var echo = BotUnderTest.Start("echo", echoBotDll, new Dictionary<string, string>());
        using var reusingEcho = BotUnderTest.Start("echo-reusing", echoBotDll, new Dictionary<string, string> { ["EchoBot__ReuseClients"] = "true" });
        using var safetyBot = BotUnderTest.Start("safetybot", safetyBotDll, safetyEnvironment);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SafetyBot process id {safetyBot.ProcessId}"));
        foreach (var bot in new[] { echo, reusingEcho, safetyBot })
        {
            await Startup.WaitAnswerAsync(bot).ConfigureAwait(false);
        }

        var ratios = new List<(double Throughput, double P99, double Cpu)>();
        for (var round = 1; round <= repeat; round++)
        {
            var echoResult = await Load.RunAsync(echo, conversations, warmup, seconds, Mixed("echo", count: false)).ConfigureAwait(false);
            var reusingEchoResult = await Load.RunAsync(reusingEcho, conversations, warmup, seconds, Mixed("echo", count: false)).ConfigureAwait(false);
            var single = await Load.RunAsync(safetyBot, conversations, warmup, seconds, (bot, i, cancel) => Load.TurnAsync(bot, Startup.Question, i, "single", cancel)).ConfigureAwait(false);
            var mixed = await Load.RunAsync(safetyBot, conversations, warmup, seconds, Mixed("mixed", count: true)).ConfigureAwait(false);
            ratios.Add((mixed.Throughput / echoResult.Throughput, mixed.P99 / echoResult.P99, mixed.CpuPerTurn / echoResult.CpuPerTurn));

            Console.WriteLine();
            Console.WriteLine($"round {round} of {repeat}:");
            Report.Header();
            Report.Row("echo bot (same SDK, CloudAdapter as it comes), the mixed texts", echoResult, echoResult, reusingEchoResult);
            Report.Row("echo bot reusing Bot Connector clients (as SafetyBot does), the mixed texts", reusingEchoResult, echoResult, reusingEchoResult);
            Report.Row($"SafetyBot, one repeated question \"{Startup.Question}\"", single, echoResult, reusingEchoResult);
            Report.Row($"SafetyBot, {questions.Count} distinct questions mixed", mixed, echoResult, reusingEchoResult);
        }

        var memory = safetyBot.Memory();
        var ratio = Median(ratios.Select(r => r.Throughput));
        var p99Ratio = Median(ratios.Select(r => r.P99));
        var cpuRatio = Median(ratios.Select(r => r.Cpu));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"answered \"can't answer\": {turns.Unanswered} of {turns.Asked} mixed turns ({(double)turns.Unanswered / Math.Max(1, turns.Asked):P0}, warm-up included); SafetyBot working set after the run {memory.WorkingSet:0} MB (peak {memory.Peak:0} MB)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"targets{(repeat > 1 ? " (median of the rounds)" : string.Empty)}: mixed turns >= 0.9x echo: {(ratio >= 0.9 ? "met" : "MISSED")} ({ratio:0.00}x); p99 <= 1.5x echo's: {(p99Ratio <= 1.5 ? "met" : "MISSED")} ({p99Ratio:0.00}x)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU per turn{(repeat > 1 ? " (median of the rounds)" : string.Empty)}: SafetyBot's mixed turn costs {cpuRatio:0.00}x the echo bot's (a shared machine moves throughput much more than CPU per turn)"));
        if (holdSeconds > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"holding SafetyBot (process {safetyBot.ProcessId}) {holdSeconds} s"));
            await Task.Delay(TimeSpan.FromSeconds(holdSeconds)).ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>The median of <paramref name="values"/>.</summary>
    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
