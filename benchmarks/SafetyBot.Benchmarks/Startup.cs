using System.Diagnostics;

namespace SafetyBot.Benchmarks;

/// <summary>Waiting for a bot process to answer, and timing its start.</summary>
internal static class Startup
{
    /// <summary>The question asked to see that a bot answers (and the single-question scenario's question).</summary>
    public const string Question = "how has dwelling burglary changed";

    /// <summary>Milliseconds from starting the process to its first answer.</summary>
    public static async Task<double> ColdStartAsync(string dll, Dictionary<string, string> environment)
    {
        using var bot = BotUnderTest.Start("cold", dll, environment);
        await WaitAnswerAsync(bot).ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(bot.StartedAt).TotalMilliseconds;
    }

    /// <summary>Asks <see cref="Question"/> until the bot answers (at most a minute).</summary>
    public static async Task WaitAnswerAsync(BotUnderTest bot)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await bot.SayAsync(Question, "29:cold", "00000000-0000-0000-0000-0000000c0001", "cold-" + Guid.NewGuid().ToString("N")).ConfigureAwait(false);
                return;
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(5).ConfigureAwait(false);
            }
        }
    }
}
