using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SafetyBot.Bot.Adapter;
using SafetyBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SafetyBot.Tests.Security;

/// <summary>
/// 10,000 random and malformed activities over real HTTP into the running app (seeded, so a
/// failure replays): no 5xx (other than an invoke's 501 Not Implemented), no crash, and the bot
/// still answers "hello" and /healthz afterwards.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 9_0009;
    private const int Count = 10_000;
    private const int Parallelism = 8;

    private static readonly string[] Words =
    [
        "hello", "help", "how", "has", "dwelling", "burglary", "changed", "log", "an", "update", "on", "track", "skip", "save",
        "cancel", "back", "show", "updates", "for", "1.1-a", "who", "leads", "priority", "county", "lines", "violence", "2017",
        "2016/17", "quarter", "Q3", "subscribe", "unsubscribe", "export", "audit", "%", "per", "1,000", "?", "!", "<at>SafetyBot</at>",
    ];

    private static readonly string[] Types =
    [
        "message", "message", "message", "message", "invoke", "conversationUpdate", "installationUpdate", "event", "typing",
        "messageReaction", "endOfConversation", "", "x", "Message", "delay", "trace",
    ];

    private static readonly string[] InvokeNames =
    [
        "adaptiveCard/action", "composeExtension/query", "task/fetch", "task/submit", "signin/verifyState", "fileConsent/invoke",
        "config/fetch", "tab/fetch", "no/such", "", "healthCheck",
    ];

    private static readonly string[] Fields =
    [
        "type", "id", "text", "value", "from", "recipient", "conversation", "channelData", "serviceUrl", "channelId",
        "attachments", "entities", "timestamp", "locale", "name", "membersAdded", "replyToId", "textFormat", "deliveryMode",
    ];

    private readonly TempFolder _folder = new();
    private readonly BotHost _host = new(new TempFolder().File("fuzz.db"));

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task TenThousandRandomAndMalformedActivities_NoServerError_AndTheBotStillAnswers()
    {
        _ = _host.Http;
        var random = new Random(Seed);
        var bodies = Enumerable.Range(0, Count).Select(i => Generate(new Random(random.Next()), i)).ToList();
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var started = System.Diagnostics.Stopwatch.StartNew();

        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = deadline.Token }, async (body, cancel) =>
        {
            using var content = new StringContent(body.Json, Encoding.UTF8, "application/json");
            using var response = await _host.Http.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancel);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status >= 500 && !(status == 501 && body.IsInvoke))
            {
                failures.Enqueue($"#{body.Index} {status}: {body.Json[..Math.Min(body.Json.Length, 400)]}");
            }
            else if ((await response.Content.ReadAsStringAsync(cancel)).Contains(SafetyBotAdapter.ApologyText, StringComparison.Ordinal))
            {
                // A 200 carrying the error boundary's apology is a turn that threw.
                failures.Enqueue($"#{body.Index} {status} with the apology: {body.Json[..Math.Min(body.Json.Length, 400)]}");
            }
        });

        output.WriteLine($"{Count} activities in {started.Elapsed.TotalSeconds:0.0} s; statuses: {string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}×{p.Value}"))}");
        Assert.True(failures.IsEmpty, $"{failures.Count} server errors or failed turns, e.g.:\n{string.Join("\n", failures.Take(5))}");
        Assert.StartsWith("Hello Mo!", Assert.Single(await _host.SayAsync("hello", TestUser.Member, "after-fuzz")).Text, StringComparison.Ordinal);
        using var health = await _host.Http.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static FuzzBody Generate(Random random, int index)
    {
        var kind = random.Next(100);
        if (kind < 8)
        {
            return new FuzzBody(index, Garbage(random), false);
        }

        var type = Pick(random, Types);
        var user = new TestUser($"29:fuzz-{random.Next(20)}", RandomText(random, 2), $"00000000-0000-0000-0000-{random.Next(20):000000000000}");
        var activity = Activities.Base(type, user, $"fuzz-{random.Next(40)}", text: RandomText(random, random.Next(0, 12)));
        activity.DeliveryMode = type == ActivityTypes.Invoke ? null : DeliveryModes.ExpectReplies;
        if (type == ActivityTypes.Invoke)
        {
            activity.Name = Pick(random, InvokeNames);
            activity.Value = RandomToken(random, 3);
        }
        else if (random.Next(5) == 0)
        {
            activity.Value = new JObject { ["verb"] = random.Next(3) == 0 ? RandomText(random, 1) : Pick(random, ["outcome.log", "help", "indicator", "priority", "save", "back", "leads.assign"]), ["x"] = RandomToken(random, 3) };
        }

        if (type == ActivityTypes.ConversationUpdate)
        {
            activity.MembersAdded = [new ChannelAccount("28:safetybot", "SafetyBot")];
        }

        var json = JObject.FromObject(activity, JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }));
        for (var mutations = kind < 50 ? 0 : random.Next(1, 4); mutations > 0; mutations--)
        {
            var field = Pick(random, Fields);
            if (random.Next(4) == 0)
            {
                json.Remove(field);
            }
            else
            {
                json[field] = RandomToken(random, 4);
            }
        }

        var text = json.ToString(Formatting.None);
        if (kind is >= 92 and < 96)
        {
            text = text[..random.Next(text.Length)];
        }

        return new FuzzBody(index, text, (string?)(json["type"] as JValue)?.Value?.ToString() == ActivityTypes.Invoke);
    }

    private static JToken RandomToken(Random random, int depth) => random.Next(depth <= 0 ? 6 : 9) switch
    {
        0 => JValue.CreateNull(),
        1 => new JValue(random.Next(2) == 0),
        2 => new JValue(random.NextInt64(long.MinValue, long.MaxValue)),
        3 => new JValue(random.NextDouble() * 1e300),
        4 => new JValue(RandomText(random, random.Next(0, 6))),
        5 => new JValue(string.Empty),
        6 => new JArray(Enumerable.Range(0, random.Next(4)).Select(_ => RandomToken(random, depth - 1))),
        7 => new JObject(Enumerable.Range(0, random.Next(4)).Select(i => new JProperty(Pick(random, Fields) + i, RandomToken(random, depth - 1)))),
        _ => new JArray(new JArray(new JArray(RandomToken(random, depth - 1)))),
    };

    private static string RandomText(Random random, int words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            builder.Append(random.Next(6) switch
            {
                0 => new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => (char)random.Next(0, 0x3000)).ToArray()),
                1 => "\"}]{\\*_`<>&#\u0000\u001b",
                _ => Pick(random, Words),
            });
            builder.Append(' ');
        }

        return builder.ToString();
    }

    private static string Garbage(Random random) => random.Next(6) switch
    {
        0 => new string(Enumerable.Range(0, random.Next(0, 200)).Select(_ => (char)random.Next(0, 0x80)).ToArray()),
        1 => new string('[', random.Next(60, 3000)),
        2 => "{\"type\":\"message\",\"text\":" + new string('{', random.Next(65, 500)),
        3 => "null",
        4 => "{\"type\":\"message\"" + new string(',', random.Next(1, 10)) + "}",
        _ => Convert.ToBase64String(Enumerable.Range(0, 64).Select(_ => (byte)random.Next(256)).ToArray()),
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private sealed record FuzzBody(int Index, string Json, bool IsInvoke);
}
