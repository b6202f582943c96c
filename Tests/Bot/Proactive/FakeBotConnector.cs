using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace SafetyBot.Tests.Bot.Proactive;

/// <summary>
/// A Bot Connector on a loopback port: records every POST to
/// <c>/v3/conversations/{id}/activities</c> and answers 201, or what a test scripted for that
/// conversation (e.g. 429 with Retry-After, then 201; or 403). It can also hold posts unanswered
/// (<see cref="HoldAfter"/>), so that a sender is caught mid-post; a held post is processed when
/// released, whether or not its sender is still there to read the answer, as Teams would.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ConnectorAnswer>> _scripts = new(StringComparer.Ordinal);
    private int _nextId;
    private int _toAnswerBeforeHolding = int.MaxValue;
    private int _held;
    private TaskCompletionSource _released = CompletedRelease();

    private FakeBotConnector(WebApplication app) => _app = app;

    /// <summary>The service URL to put in conversation references.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<ConnectorRequest> Requests => [.. _requests];

    /// <summary>The requests answered 201: what a conversation actually received.</summary>
    public IReadOnlyList<ConnectorRequest> Delivered => [.. _requests.Where(r => r.Status == HttpStatusCode.Created)];

    public static async Task<FakeBotConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeBotConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", connector.ReceiveAsync);
        await app.StartAsync();
        connector.ServiceUrl = app.Urls.Single().TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>Posts received and not answered yet (see <see cref="HoldAfter"/>).</summary>
    public int HeldCount => Volatile.Read(ref _held);

    /// <summary>Answers the next <paramref name="answered"/> posts as usual, then holds every later one until <see cref="Release"/>.</summary>
    public void HoldAfter(int answered)
    {
        _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _toAnswerBeforeHolding, answered);
    }

    /// <summary>Processes and answers the held posts, and answers the ones that follow at once again.</summary>
    public void Release()
    {
        Volatile.Write(ref _toAnswerBeforeHolding, int.MaxValue);
        _released.TrySetResult();
    }

    /// <summary>Answers the next requests to <paramref name="conversationId"/> with these, then 201 again.</summary>
    public void Script(string conversationId, params ConnectorAnswer[] answers) =>
        _scripts[conversationId] = new ConcurrentQueue<ConnectorAnswer>(answers);

    public IReadOnlyList<ConnectorRequest> RequestsTo(string conversationId) =>
        [.. _requests.Where(r => r.ConversationId == conversationId)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context, string conversationId, string? replyToId)
    {
        using var reader = new StreamReader(context.Request.Body);
        var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync(context.RequestAborted))!;
        if (Interlocked.Decrement(ref _toAnswerBeforeHolding) < 0)
        {
            Interlocked.Increment(ref _held);
            await _released.Task;
            Interlocked.Decrement(ref _held);
        }

        var answer = _scripts.TryGetValue(conversationId, out var script) && script.TryDequeue(out var scripted)
            ? scripted
            : new ConnectorAnswer(HttpStatusCode.Created);
        _requests.Enqueue(new ConnectorRequest(conversationId, replyToId, activity, answer.Status, DateTimeOffset.UtcNow));

        context.Response.StatusCode = (int)answer.Status;
        if (answer.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        context.Response.ContentType = "application/json";
        var body = answer.Status == HttpStatusCode.Created
            ? JsonConvert.SerializeObject(new { id = $"activity-{Interlocked.Increment(ref _nextId)}" })
            : JsonConvert.SerializeObject(new { error = new { code = answer.Status.ToString(), message = "Scripted by the test." } });
        try
        {
            await context.Response.WriteAsync(body, context.RequestAborted);
        }
        catch (Exception exception) when (context.RequestAborted.IsCancellationRequested && exception is OperationCanceledException or IOException)
        {
            // The sender is gone (killed while its post was held): the post was processed all the same.
        }
    }

    private static TaskCompletionSource CompletedRelease()
    {
        var released = new TaskCompletionSource();
        released.SetResult();
        return released;
    }
}

/// <summary>What the fake connector answers.</summary>
public sealed record ConnectorAnswer(HttpStatusCode Status, int? RetryAfterSeconds = null);

/// <summary>One request the fake connector received.</summary>
public sealed record ConnectorRequest(string ConversationId, string? ReplyToId, Activity Activity, HttpStatusCode Status, DateTimeOffset At);
