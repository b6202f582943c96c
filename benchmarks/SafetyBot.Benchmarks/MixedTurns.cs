using System.Diagnostics;

namespace SafetyBot.Benchmarks;

/// <summary>
/// The turns of the mixed scenarios: each conversation asks every question of <see cref="QuestionSet"/> in its own
/// order, over and over; counts the answers that were "can't answer".
/// </summary>
internal sealed class MixedTurns(IReadOnlyList<string> questions, int conversations)
{
    private readonly string[][] _orders = Enumerable.Range(0, conversations).Select(i => QuestionSet.Shuffled(questions, i)).ToArray();
    private readonly int[] _next = new int[conversations];
    private int _unanswered;
    private int _asked;

    /// <summary>Turns counted so far.</summary>
    public int Asked => _asked;

    /// <summary>Of those, turns answered "can't answer".</summary>
    public int Unanswered => _unanswered;

    /// <summary>A turn of conversation <c>i</c> (ids start with <paramref name="prefix"/>); counted when <paramref name="count"/>.</summary>
    public Func<BotUnderTest, int, CancellationToken, Task<List<double>>> Turn(string prefix, bool count) => async (bot, i, cancel) =>
    {
        var text = _orders[i][_next[i]++ % _orders[i].Length];
        var started = Stopwatch.GetTimestamp();
        var said = await bot.SayAsync(text, $"29:{prefix}-{i}", $"00000000-0000-0000-0000-{i:000000000000}", $"{prefix}-{i}", cancel).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (count)
        {
            Interlocked.Increment(ref _asked);
            if (said.Contains("can't answer", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _unanswered);
            }
        }

        return [elapsed];
    };
}
