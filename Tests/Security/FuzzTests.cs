using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SafetyBot.Bot.Adapter;
using SafetyBot.Bot.Security;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SafetyBot.Tests.Security;

/// <summary>
/// 20,000 random and malformed activities (see <see cref="FuzzActivities"/>) over real HTTP into
/// the running app (seeded, so a failure replays): no 5xx (other than an invoke's 501 Not
/// Implemented), no request left hanging, no turn failed by the store, no crash, and the bot
/// still answers "hello" and /healthz afterwards.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private const int Seed = 9_0009;
    private const int Count = 20_000;
    private const int Parallelism = 8;

    /// <summary>The adapter's "turn failed" log event.</summary>
    private const int TurnFailedEvent = 1000;

    /// <summary>A request not answered in this long has hung (the whole run takes well under a minute).</summary>
    private static readonly TimeSpan HangAfter = TimeSpan.FromSeconds(60);

    private readonly ITestOutputHelper _output;
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public FuzzTests(ITestOutputHelper output)
    {
        _output = output;
        _host = new BotHost(_folder.File("fuzz.db"), configureServices: services => services
            .AddLogging(logging => logging.AddFakeLogging())
            .Configure<FakeLogCollectorOptions>(log =>
            {
                log.FilteredCategories.Add(typeof(SafetyBotAdapter).FullName!);
                log.FilteredLevels.Add(LogLevel.Error);
            }));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task TwentyThousandRandomAndMalformedActivities_NoServerErrorNorTurnFailedByTheStore_AndTheBotStillAnswers()
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
            using var hang = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            hang.CancelAfter(HangAfter);
            HttpResponseMessage response;
            try
            {
                response = await _host.Http.PostAsync(new Uri("/api/messages", UriKind.Relative), content, hang.Token);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                failures.Enqueue($"#{body.Index} no answer in {HangAfter.TotalSeconds} s: {Excerpt(body.Json)}");
                return;
            }

            using var answered = response;
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status >= 500 && !(status == 501 && body.IsInvoke))
            {
                failures.Enqueue($"#{body.Index} {status}: {Excerpt(body.Json)}");
            }
        });

        _output.WriteLine($"{Count} activities in {started.Elapsed.TotalSeconds:0.0} s; statuses: {string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}×{p.Value}"))}");
        Assert.True(failures.IsEmpty, $"{failures.Count} server errors, e.g.:\n{string.Join("\n", failures.Take(5))}");

        // A turn may fail on an activity the Bot Framework SDK itself cannot handle (no conversation
        // id, Teams channel data of the wrong shape): the member gets the apology. It must never fail
        // because the store refused what arrived (a key too long in bytes, say).
        var failedTurns = _host.Services.GetFakeLogCollector().GetSnapshot().Where(entry => entry.Id.Id == TurnFailedEvent).ToList();
        var storeFailures = failedTurns.Where(entry => StoreFaults.IsStoreError(entry.Exception)).ToList();
        _output.WriteLine($"{failedTurns.Count} turns failed: {string.Join(", ", failedTurns.GroupBy(entry => entry.Exception?.GetType().Name).Select(g => $"{g.Key}×{g.Count()}"))}");
        Assert.True(storeFailures.Count == 0, $"{storeFailures.Count} turns failed in the store, e.g.:\n{string.Join("\n", storeFailures.Take(5).Select(entry => $"{entry.Message}: {entry.Exception?.Message}\n  {Excerpt(bodies.FirstOrDefault(b => b.Json.Contains(ActivityId(entry), StringComparison.Ordinal))?.Json ?? string.Empty)}"))}");
        Assert.StartsWith("Hello Mo!", Assert.Single(await _host.SayAsync("hello", TestUser.Member, "after-fuzz")).Text, StringComparison.Ordinal);
        using var health = await _host.Http.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    /// <summary>The activity id a "turn failed" entry names, quoted as in the body.</summary>
    private static string ActivityId(FakeLogRecord entry) =>
        "\"id\":\"" + (entry.StructuredState?.FirstOrDefault(pair => pair.Key == "ActivityId").Value ?? "?") + "\"";

    private static string Excerpt(string json) => json[..Math.Min(json.Length, 400)];
}
