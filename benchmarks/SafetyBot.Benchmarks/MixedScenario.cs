using System.Diagnostics;
using System.Globalization;

namespace SafetyBot.Benchmarks;

/// <summary>
/// Hundreds of distinct questions (<see cref="QuestionSet"/>): every conversation asks all of them, each in its own
/// order, over and over; the echo bot (as the SDK comes, and reusing clients) gets the same texts in the same run.
/// Target (issue 13): SafetyBot's throughput at least 0.9x the echo bot's, its p99 at most 1.5x echo's.
/// </summary>
internal static class MixedScenario
{
    public static async Task<int> RunAsync(string root, string safetyBotDll, string echoBotDll, Dictionary<string, string> safetyEnvironment, int conversations, int warmup, int seconds)
    {
        var questions = QuestionSet.Load(root);
        var orders = Enumerable.Range(0, conversations).Select(i => QuestionSet.Shuffled(questions, i)).ToArray();
        var next = new int[conversations];
        var unanswered = 0;
        var asked = 0;
        Func<BotUnderTest, int, CancellationToken, Task<List<double>>> Turn(string prefix, bool count) => async (bot, i, cancel) =>
        {
            var text = orders[i][next[i]++ % orders[i].Length];
            var started = Stopwatch.GetTimestamp();
            var said = await bot.SayAsync(text, $"29:{prefix}-{i}", $"00000000-0000-0000-0000-{i:000000000000}", $"{prefix}-{i}", cancel).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (count)
            {
                Interlocked.Increment(ref asked);
                if (said.Contains("can't answer", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref unanswered);
                }
            }

            return [elapsed];
        };

        Console.WriteLine($"mixed questions: {questions.Count} distinct (questions.tsv questions, tuning.tsv, {QuestionSet.Extra.Length} unanswerable and prose), each conversation in its own order");
        LoadResult echoResult;
        using (var echo = BotUnderTest.Start("echo", echoBotDll, new Dictionary<string, string>()))
        {
            await Startup.WaitAnswerAsync(echo).ConfigureAwait(false);
            echoResult = await Load.RunAsync(echo, conversations, warmup, seconds, Turn("echo", count: false)).ConfigureAwait(false);
        }

        LoadResult reusingEchoResult;
        using (var reusingEcho = BotUnderTest.Start("echo-reusing", echoBotDll, new Dictionary<string, string> { ["EchoBot__ReuseClients"] = "true" }))
        {
            await Startup.WaitAnswerAsync(reusingEcho).ConfigureAwait(false);
            reusingEchoResult = await Load.RunAsync(reusingEcho, conversations, warmup, seconds, Turn("echo", count: false)).ConfigureAwait(false);
        }

        LoadResult mixed;
        (double WorkingSet, double PrivateResident, double Peak) memory;
        using (var safetyBot = BotUnderTest.Start("safetybot", safetyBotDll, safetyEnvironment))
        {
            await Startup.WaitAnswerAsync(safetyBot).ConfigureAwait(false);
            mixed = await Load.RunAsync(safetyBot, conversations, warmup, seconds, Turn("mixed", count: true)).ConfigureAwait(false);
            memory = safetyBot.Memory();
        }

        Console.WriteLine();
        Report.Header();
        Report.Row("echo bot (same SDK, CloudAdapter as it comes)", echoResult, echoResult, reusingEchoResult);
        Report.Row("echo bot reusing Bot Connector clients (as SafetyBot does)", reusingEchoResult, echoResult, reusingEchoResult);
        Report.Row($"SafetyBot, {questions.Count} distinct questions mixed", mixed, echoResult, reusingEchoResult);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"answered \"can't answer\": {unanswered} of {asked} turns ({(double)unanswered / Math.Max(1, asked):P0}, warm-up included); SafetyBot working set after the run {memory.WorkingSet:0} MB (peak {memory.Peak:0} MB)"));
        var ratio = mixed.Throughput / echoResult.Throughput;
        var p99Ratio = mixed.P99 / echoResult.P99;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"targets: mixed turns >= 0.9x echo: {(ratio >= 0.9 ? "met" : "MISSED")} ({ratio:0.00}x); p99 <= 1.5x echo's: {(p99Ratio <= 1.5 ? "met" : "MISSED")} ({mixed.P99:0.0} ms against {echoResult.P99:0.0} ms, {p99Ratio:0.00}x)"));
        return 0;
    }
}
