using System.Globalization;
using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Building;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Priorities;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.Priorities;

/// <summary>
/// "Walk me through the priorities": each 2018/19 priority, then each of its programmes, one card
/// at a time, with Next, Back and Stop (typed or clicked). Asking anything else ends the walk and
/// answers the question.
/// </summary>
public sealed class PriorityWalkthroughDialog(IKnowledgeStore store, PriorityCardBuilder cards, IOutcomeStore outcomes) : Dialog(DialogId)
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "priority.walkthrough";

    private const string PageKey = "page";

    private static readonly HashSet<string> NextWords = new(StringComparer.OrdinalIgnoreCase) { "next", "continue", "more", "go on", "next one", "yes", "ok", "n" };
    private static readonly HashSet<string> DoneWords = new(StringComparer.OrdinalIgnoreCase) { "done", "finish", "finished", "end", "that's enough", "thanks" };

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.ActiveDialog!.State[PageKey] = 0;
        return BeginWithOverviewAsync(dc, cancellationToken);
    }

    /// <summary>All the priorities in one sentence first ("what are the priorities" is answered at once), then priority 1.</summary>
    private async Task<DialogTurnResult> BeginWithOverviewAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.Context.SendActivityAsync(MessageFactory.Text(cards.Overview() + " Here they are one at a time."), cancellationToken).ConfigureAwait(false);
        return await ShowAsync(dc, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var text = PromptInput.From(dc.Context.Activity).Text.Trim().TrimEnd('.', '!');
        var page = dc.ActiveDialog!.State.GetValue<int>(PageKey);
        if (NextWords.Contains(text))
        {
            if (page + 1 >= Pages().Count)
            {
                await dc.Context.SendActivityAsync(MessageFactory.Text("That's all three priorities. Ask me about any of them again, or say \"log an update\" if you lead an action."), cancellationToken).ConfigureAwait(false);
                return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            dc.ActiveDialog.State[PageKey] = page + 1;
            return await ShowAsync(dc, cancellationToken).ConfigureAwait(false);
        }

        await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        if (DoneWords.Contains(text))
        {
            await dc.Context.SendActivityAsync(MessageFactory.Text("OK, we'll stop there."), cancellationToken).ConfigureAwait(false);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        // Anything else is a new question: the walk ends and the router answers it.
        return new DialogTurnResult(DialogTurnStatus.Empty);
    }

    /// <inheritdoc />
    public override bool CanStepBack(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.State.GetValue<int>(PageKey) > 0;
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> StepBackAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var page = dc.ActiveDialog!.State.GetValue<int>(PageKey);
        dc.ActiveDialog.State[PageKey] = Math.Max(0, page - 1);
        return ShowAsync(dc, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        await SendPageAsync(turnContext, instance.State.GetValue<int>(PageKey), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string? GetHelpText(DialogInstance instance) =>
        "We're walking through the partnership's priorities. Say \"next\" or \"back\", or \"stop\" to finish. You can also ask any other question.";

    /// <summary>Priority 1, its programmes, priority 2, its programmes, ...</summary>
    private List<string> Pages() =>
    [
        .. store.Priorities().OrderBy(p => p.Number).SelectMany(p => (IEnumerable<string>)[p.Number.ToString(CultureInfo.InvariantCulture), .. p.ProgrammeCodes]),
    ];

    private async Task<DialogTurnResult> ShowAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await SendPageAsync(dc.Context, dc.ActiveDialog!.State.GetValue<int>(PageKey), cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    private async Task SendPageAsync(ITurnContext turnContext, int page, CancellationToken cancellationToken)
    {
        var pages = Pages();
        var navigation = new List<CardAction>();
        if (page > 0)
        {
            navigation.Add(new SubmitAction("Back", new SubmitData(Verbs.Of(Intent.DialogBack))));
        }

        navigation.Add(new SubmitAction(page + 1 < pages.Count ? $"Next ({page + 2} of {pages.Count})" : "Finish", new SubmitData(Verbs.Of(Intent.DialogAnswer)).With(Verbs.ValueField, "next")) { Style = ActionStyle.Positive });
        navigation.Add(new SubmitAction("Stop", new SubmitData(Verbs.Of(Intent.DialogCancel))));
        var progress = await ActionProgress.ReadAsync(outcomes, cancellationToken).ConfigureAwait(false);
        var reply = cards.Build(pages[page], progress, navigation)
            ?? throw new InvalidOperationException($"Priority page '{pages[page]}' has no card.");
        await turnContext.SendActivityAsync(ReplyFactory.Card(reply), cancellationToken).ConfigureAwait(false);
    }
}
