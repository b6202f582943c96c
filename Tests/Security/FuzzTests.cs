using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SafetyBot.Bot.Adapter;
using SafetyBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SafetyBot.Tests.Security;

/// <summary>
/// 20,000 random and malformed activities (see <see cref="FuzzActivities"/>) over real HTTP into
/// the running app (seeded, so a failure replays): no 5xx (other than an invoke's 501 Not
/// Implemented), no turn that fails (the member would get the apology), no crash, and the bot
/// still answers "hello" and /healthz afterwards.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 9_0009;
    private const int Count = 20_000;
    private const int Parallelism = 8;

    private readonly TempFolder _folder = new();
    private readonly BotHost _host = new(new TempFolder().File("fuzz.db"));

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task TwentyThousandRandomAndMalformedActivities_NoServerErrorNorFailedTurn_AndTheBotStillAnswers()
    {
        _ = _host.Http;
        var random = new Random(Seed);
        var bodies = Enumerable.Range(0, Count).Select(i => FuzzActivities.Generate(new Random(random.Next()), i)).ToList();
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var started = System.Diagnostics.Stopwatch.StartNew();

        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = deadline.Token }, async (body, cancel) =>
        {
            using var content = new StringContent(body.Json, Encoding.UTF8, "application/json");
            using var response = await _host.Http.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancel);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status >= 500 && !(status == 501 && body.IsInvoke))
            {
                failures.Enqueue($"#{body.Index} {status}: {Excerpt(body.Json)}");
            }
            else if (status == 200 && Apologised(await response.Content.ReadAsStringAsync(cancel)))
            {
                failures.Enqueue($"#{body.Index} the turn failed: {Excerpt(body.Json)}");
            }
        });

        output.WriteLine($"{Count} activities in {started.Elapsed.TotalSeconds:0.0} s; statuses: {string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}×{p.Value}"))}");
        Assert.True(failures.IsEmpty, $"{failures.Count} server errors or failed turns, e.g.:\n{string.Join("\n", failures.Take(5))}");
        Assert.StartsWith("Hello Mo!", Assert.Single(await _host.SayAsync("hello", TestUser.Member, "after-fuzz")).Text, StringComparison.Ordinal);
        using var health = await _host.Http.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    /// <summary>True when the replies include the error boundary's apology.</summary>
    private static bool Apologised(string body)
    {
        if (!body.Contains(SafetyBotAdapter.ApologyText, StringComparison.Ordinal))
        {
            return false;
        }

        return JsonConvert.DeserializeObject<ExpectedReplies>(body)?.Activities?.Any(reply => reply.Text == SafetyBotAdapter.ApologyText) == true;
    }

    private static string Excerpt(string json) => json[..Math.Min(json.Length, 400)];
}
