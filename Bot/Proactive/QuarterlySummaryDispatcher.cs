using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SafetyBot.Knowledge.Schedule;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Bot.Proactive;

/// <summary>
/// Posts a quarter's summary to every active subscription that has not had it, exactly once per
/// quarter and conversation (see <see cref="ISummaryDeliveryLog"/>). Conversations are served in
/// parallel and independently: one failing never stops the others. A 403 makes the
/// subscription inactive. A post is stopped after <see cref="QuarterlySummaryOptions.LongestPost"/>
/// (half the delivery lease) and recorded as failed, so no other instance takes over a post still
/// in progress.
/// </summary>
public sealed class QuarterlySummaryDispatcher
{
    private const int Parallelism = 4;

    private readonly ISubscriptionStore _subscriptions;
    private readonly ISummaryDeliveryLog _deliveries;
    private readonly ProactiveSender _sender;
    private readonly IQuarterlySummaryComposer _composer;
    private readonly IOptionsMonitor<QuarterlySummaryOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<QuarterlySummaryDispatcher> _logger;

    /// <summary>Creates the dispatcher.</summary>
    public QuarterlySummaryDispatcher(
        ISubscriptionStore subscriptions,
        ISummaryDeliveryLog deliveries,
        ProactiveSender sender,
        IQuarterlySummaryComposer composer,
        IOptionsMonitor<QuarterlySummaryOptions> options,
        TimeProvider time,
        ILogger<QuarterlySummaryDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        ArgumentNullException.ThrowIfNull(deliveries);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(composer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _subscriptions = subscriptions;
        _deliveries = deliveries;
        _sender = sender;
        _composer = composer;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Posts the summary of <paramref name="quarter"/> to each active subscription that still
    /// needs it. The summary is composed only when some subscription does.
    /// </summary>
    /// <param name="quarter">The quarter to summarise.</param>
    /// <param name="subscribedBefore">
    /// Only subscriptions (re)started before this moment (a scheduled occurrence); null for all,
    /// as for an admin's "send it now".
    /// </param>
    /// <param name="cancellationToken">Stops the run; deliveries not yet posted stay due.</param>
    public async Task<SummaryDispatchResult> SendAsync(FinancialQuarter quarter, DateTimeOffset? subscribedBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        var options = _options.CurrentValue;
        var maxAttempts = options.MaxAttempts;
        var wanted = new List<Subscription>();
        var due = new List<Subscription>();
        foreach (var s in await _subscriptions.ListActiveAsync(cancellationToken).ConfigureAwait(false))
        {
            if (subscribedBefore is null || s.CreatedAt < subscribedBefore)
            {
                wanted.Add(s);
                if (await _deliveries.IsDueAsync(quarter.Key, s.ConversationKey, maxAttempts, cancellationToken).ConfigureAwait(false))
                {
                    due.Add(s);
                }
            }
        }

        if (due.Count == 0)
        {
            return new SummaryDispatchResult(quarter, 0, 0, 0, 0, await HeldElsewhereUntilAsync(quarter, wanted, options, cancellationToken).ConfigureAwait(false));
        }

        var summary = await _composer.ComposeAsync(quarter, cancellationToken).ConfigureAwait(false);
        int sent = 0, failed = 0, deactivated = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due, parallel, async (subscription, token) =>
        {
            var outcome = await DeliverAsync(quarter, subscription, summary, options, token).ConfigureAwait(false);
            switch (outcome)
            {
                case ProactiveSendOutcome.Sent:
                    Interlocked.Increment(ref sent);
                    break;
                case ProactiveSendOutcome.Forbidden:
                    Interlocked.Increment(ref deactivated);
                    break;
                case ProactiveSendOutcome.Failed:
                    Interlocked.Increment(ref failed);
                    break;
            }
        }).ConfigureAwait(false);

        ProactiveLog.SummaryDispatched(_logger, quarter.Key, sent, failed, deactivated, due.Count);
        return new SummaryDispatchResult(quarter, due.Count, sent, failed, deactivated, await HeldElsewhereUntilAsync(quarter, wanted, options, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// When the first lease of another run's claim on a delivery to <paramref name="wanted"/> runs out, or null when
    /// no such delivery is being posted elsewhere.
    /// </summary>
    private async Task<DateTimeOffset?> HeldElsewhereUntilAsync(
        FinancialQuarter quarter, List<Subscription> wanted, QuarterlySummaryOptions options, CancellationToken cancellationToken)
    {
        var keys = wanted.Select(s => s.ConversationKey).ToHashSet(StringComparer.Ordinal);
        var held = (await _deliveries.ForQuarterAsync(quarter.Key, cancellationToken).ConfigureAwait(false))
            .Where(d => d.State == SummaryDeliveryState.Sending && d.ClaimedBy != _deliveries.RunId && keys.Contains(d.ConversationKey))
            .Select(d => d.ClaimedAt + options.DeliveryLease)
            .ToList();
        return held.Count == 0 ? null : held.Min();
    }

    /// <returns>The outcome, or null when another sender had claimed it or it was no longer due.</returns>
    private async Task<ProactiveSendOutcome?> DeliverAsync(
        FinancialQuarter quarter, Subscription subscription, IActivity summary, QuarterlySummaryOptions options, CancellationToken cancellationToken)
    {
        var key = subscription.ConversationKey;
        try
        {
            if (!await _deliveries.TryClaimAsync(quarter.Key, key, options.MaxAttempts, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            ProactiveSendResult result;
            // Stopped well within the claim's lease, so that no other instance takes over a post still in progress.
            using var longestPost = new CancellationTokenSource(options.LongestPost, _time);
            using var post = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, longestPost.Token);
            try
            {
                result = await _sender.SendAsync(subscription.ReferenceJson, summary, post.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Recorded even though the run is stopping (not with its token, which is cancelled).
                await _deliveries.MarkFailedAsync(quarter.Key, key, "Cancelled while posting (the app was stopping).", giveUp: false, CancellationToken.None).ConfigureAwait(false);
                throw;
            }
            catch (OperationCanceledException) when (longestPost.IsCancellationRequested)
            {
                result = new ProactiveSendResult(
                    ProactiveSendOutcome.Failed,
                    Error: $"The post took longer than {options.LongestPost} (half of QuarterlySummary:DeliveryLease) and was stopped.");
            }

            switch (result.Outcome)
            {
                case ProactiveSendOutcome.Sent:
                    await _deliveries.MarkSentAsync(quarter.Key, key, result.ActivityId, cancellationToken).ConfigureAwait(false);
                    break;
                case ProactiveSendOutcome.Forbidden:
                    var reason = result.Error ?? "Teams refused the post (403).";
                    await _subscriptions.MarkInactiveAsync(key, reason, cancellationToken).ConfigureAwait(false);
                    await _deliveries.MarkFailedAsync(quarter.Key, key, reason, giveUp: true, cancellationToken).ConfigureAwait(false);
                    ProactiveLog.SubscriptionDeactivated(_logger, key, reason);
                    break;
                default:
                    await _deliveries.MarkFailedAsync(quarter.Key, key, result.Error ?? "The post failed.", giveUp: false, cancellationToken).ConfigureAwait(false);
                    break;
            }

            return result.Outcome;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // E.g. the store failed: this conversation is retried later, the others go on.
            ProactiveLog.DeliveryFailed(_logger, exception, quarter.Key, key);
            return ProactiveSendOutcome.Failed;
        }
    }
}
