using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using SafetyBot.Cards;
using SafetyBot.Cards.Summaries;
using SafetyBot.Dialogs.Admin;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Schedule;

namespace SafetyBot.Bot.Proactive;

/// <summary>
/// The quarterly summary on demand ("show the quarterly summary", "summary for Q2 2017/18") for
/// anyone, and for admins: subscribe / unsubscribe / list subscriptions, "send the quarterly
/// summary now", and a private preview.
/// </summary>
public sealed class SummaryCommandsHandler(
    QuarterlySummaryCardBuilder cards,
    ConversationSubscriptions subscriptions,
    QuarterlySummaryDispatcher dispatcher,
    IOutcomeStore outcomes,
    IOptions<QuarterlySummaryOptions> options,
    TimeProvider time,
    RenderedCards rendered) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } =
    [
        Intent.ShowSummary, Intent.PreviewSummary, Intent.SendSummary,
        Intent.Subscribe, Intent.Unsubscribe, Intent.ListSubscriptions,
    ];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        var quarter = QuarterOf(understanding);
        switch (understanding.Intent)
        {
            case Intent.ShowSummary:
                await SendSummaryCardAsync(turnContext, quarter, cancellationToken).ConfigureAwait(false);
                break;
            case Intent.PreviewSummary:
                if (!await AdminOnly.CheckAsync(turnContext, outcomes, "preview the quarterly summary", cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                if (turnContext.Activity.Conversation?.ConversationType is "channel" or "groupChat")
                {
                    await SayAsync(turnContext, "A preview is only for you, so ask for it in your personal chat with SafetyBot; here everyone would see it.", cancellationToken).ConfigureAwait(false);
                    return;
                }

                await SayAsync(turnContext, $"Preview of what subscribed conversations will receive for {quarter.Label}:", cancellationToken).ConfigureAwait(false);
                await SendSummaryCardAsync(turnContext, quarter, cancellationToken).ConfigureAwait(false);
                break;
            case Intent.SendSummary:
                if (await AdminOnly.CheckAsync(turnContext, outcomes, "send the quarterly summary", cancellationToken).ConfigureAwait(false))
                {
                    var result = await dispatcher.SendAsync(quarter, null, cancellationToken).ConfigureAwait(false);
                    await SayAsync(turnContext, Describe(result), cancellationToken).ConfigureAwait(false);
                }

                break;
            default:
                await SubscriptionsAsync(turnContext, understanding.Intent, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task SubscriptionsAsync(ITurnContext turnContext, Intent intent, CancellationToken cancellationToken)
    {
        try
        {
            var text = intent switch
            {
                Intent.Subscribe => await subscriptions.SubscribeAsync(turnContext, cancellationToken).ConfigureAwait(false) is { WasAlreadyActive: true }
                    ? "This conversation is already subscribed to the quarterly summary."
                    : "Subscribed: this conversation will receive the quarterly summary after each financial quarter ends. Say \"unsubscribe\" to stop.",
                Intent.Unsubscribe => await subscriptions.UnsubscribeAsync(turnContext, cancellationToken).ConfigureAwait(false)
                    ? "Unsubscribed: this conversation will no longer receive the quarterly summary."
                    : "This conversation was not subscribed, so nothing changed.",
                _ => ListText(await subscriptions.ListAsync(turnContext, cancellationToken).ConfigureAwait(false)),
            };
            await SayAsync(turnContext, text, cancellationToken).ConfigureAwait(false);
        }
        catch (WriteRefusedException)
        {
            await AdminOnly.CheckAsync(turnContext, outcomes, "manage quarterly summary subscriptions", cancellationToken).ConfigureAwait(false);
        }
    }

    private static string ListText(IReadOnlyList<Knowledge.Subscriptions.Subscription> list) => list.Count == 0
        ? "No conversation is subscribed to the quarterly summary yet."
        : "Subscriptions to the quarterly summary:\n\n" + string.Join("\n\n", list.Select(s =>
            $"- {s.DisplayName ?? s.ConversationKey} ({s.Kind}){(s.IsActive ? string.Empty : $", inactive: {s.DeactivatedReason}")}"));

    private static string Describe(SummaryDispatchResult result) => result.Due == 0
        ? $"Nothing to send: every active subscription already has the summary for {result.Quarter.Label}."
        : $"Quarterly summary for {result.Quarter.Label}: sent to {result.Sent} of {result.Due} conversations" +
          (result.Failed > 0 ? $"; {result.Failed} failed and will be retried" : string.Empty) +
          (result.Deactivated > 0 ? $"; {result.Deactivated} no longer have SafetyBot and were marked inactive" : string.Empty) + ".";

    private async Task SendSummaryCardAsync(ITurnContext turnContext, FinancialQuarter quarter, CancellationToken cancellationToken)
    {
        // Kept per outcome records' version, read before the updates (so a card is never older than its key).
        var reply = await rendered.GetAsync(
            new SummaryCard(quarter, options.Value.TimeZone, outcomes.Version),
            async (key, cancel) =>
            {
                var zone = TimeZoneInfo.FindSystemTimeZoneById(key.TimeZone);
                var updates = await outcomes.UpdatesLoggedAsync(key.Quarter.StartsAt(zone), key.Quarter.EndsAt(zone), cancel).ConfigureAwait(false);
                return cards.Build(key.Quarter, zone, updates);
            },
            cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(ReplyFactory.Card(reply!), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The cache key of a quarterly summary card.</summary>
    private sealed record SummaryCard(FinancialQuarter Quarter, string TimeZone, long OutcomesVersion);

    /// <summary>The quarter named ("Q2 2017/18"), or else the last one that has ended.</summary>
    private FinancialQuarter QuarterOf(Understanding understanding)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var lastEnded = FinancialQuarter.Containing(today).Previous;
        var number = understanding.Period.Quarter;
        var year = understanding.Period.FinancialYearStart;
        return number is null && year is null ? lastEnded : new FinancialQuarter(year ?? lastEnded.StartYear, number ?? 4);
    }

    private static Task SayAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(ReplyFactory.Text(text), cancellationToken);
}
