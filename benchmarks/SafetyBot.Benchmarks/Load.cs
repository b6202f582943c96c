using System.Diagnostics;

namespace SafetyBot.Benchmarks;

/// <summary>Keeps a number of conversations busy against a bot for a while, and measures their turns.</summary>
internal static class Load
{
    /// <summary>
    /// Runs <paramref name="turn"/> in each of <paramref name="conversations"/> conversations, over and over: first
    /// for <paramref name="warmupSeconds"/> unmeasured, then for <paramref name="seconds"/> measured.
    /// <paramref name="turn"/> returns the latencies (ms) of the turns it took.
    /// </summary>
    public static Task<LoadResult> RunAsync(BotUnderTest bot, int conversations, int warmupSeconds, int seconds, Func<BotUnderTest, int, CancellationToken, Task<List<double>>> turn) =>
        RunAsync([bot], conversations, warmupSeconds, seconds, (i, cancel) => turn(bot, i, cancel));

    /// <summary>
    /// The same over several instances of one bot (<paramref name="bots"/>, on one store): <paramref name="turn"/> picks
    /// the instance of each turn; the CPU time per turn is that of all instances together.
    /// </summary>
    public static async Task<LoadResult> RunAsync(IReadOnlyList<BotUnderTest> bots, int conversations, int warmupSeconds, int seconds, Func<int, CancellationToken, Task<List<double>>> turn)
    {
        using (var warm = new CancellationTokenSource(TimeSpan.FromSeconds(warmupSeconds)))
        {
            await DriveAsync(bots, conversations, turn, warm.Token, null).ConfigureAwait(false);
        }

        var latencies = new List<double>[conversations];
        using var measured = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var cpu = CpuTime(bots);
        var clock = Stopwatch.StartNew();
        await DriveAsync(bots, conversations, turn, measured.Token, latencies).ConfigureAwait(false);
        var elapsed = clock.Elapsed.TotalSeconds;
        cpu = CpuTime(bots) - cpu;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all.Length / elapsed, Percentile(all, 0.50), Percentile(all, 0.99), all.Length, cpu.TotalMilliseconds / Math.Max(1, all.Length));
    }

    /// <summary>One typed turn, timed.</summary>
    public static async Task<List<double>> TurnAsync(BotUnderTest bot, string text, int conversation, string prefix, CancellationToken cancel)
    {
        var started = Stopwatch.GetTimestamp();
        await bot.SayAsync(text, $"29:{prefix}-{conversation}", $"00000000-0000-0000-0000-{conversation:000000000000}", $"{prefix}-{conversation}", cancel).ConfigureAwait(false);
        return [Stopwatch.GetElapsedTime(started).TotalMilliseconds];
    }

    /// <summary>The Entra object id of the benchmark's lead of conversation <paramref name="i"/>.</summary>
    public static string LeadAad(int i) => $"00000000-0000-0000-0000-0000001e{i:0000}";

    /// <summary>Makes conversation <paramref name="i"/>'s lead the lead of action 1.1-a, through the admin's dialog.</summary>
    public static async Task AssignLeadAsync(BotUnderTest bot, int i)
    {
        await bot.SayAsync("make someone the lead for 1.1-a", "29:admin", AdminAad, "admin-chat").ConfigureAwait(false);
        var said = await bot.SayAsync($"Bench Lead{i}, {LeadAad(i)}", "29:admin", AdminAad, "admin-chat").ConfigureAwait(false);
        if (!said.Contains("now leads", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Assigning a lead failed: " + said);
        }
    }

    /// <summary>The Entra object id of the benchmark's admin (Roles:Admins of every SafetyBot it starts).</summary>
    public const string AdminAad = "00000000-0000-0000-0000-0000000ad001";

    /// <summary>The <paramref name="p"/> quantile (0 to 1) of <paramref name="sorted"/>, nearest rank.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static TimeSpan CpuTime(IReadOnlyList<BotUnderTest> bots) => bots.Aggregate(TimeSpan.Zero, (sum, bot) => sum + bot.CpuTime());

    private static Task DriveAsync(IReadOnlyList<BotUnderTest> bots, int conversations, Func<int, CancellationToken, Task<List<double>>> turn, CancellationToken stop, List<double>[]? latencies) =>
        Task.WhenAll(Enumerable.Range(0, conversations).Select(i => Task.Run(async () =>
        {
            var mine = new List<double>();
            if (latencies is not null)
            {
                latencies[i] = mine;
            }

            while (!stop.IsCancellationRequested)
            {
                try
                {
                    mine.AddRange(await turn(i, CancellationToken.None).ConfigureAwait(false));
                }
                catch (HttpRequestException exception)
                {
                    Console.Error.WriteLine($"{string.Join(", ", bots.Select(b => b.Name))}: {exception.Message}");
                    throw;
                }
            }
        })));
}
