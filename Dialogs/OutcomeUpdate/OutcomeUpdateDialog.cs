using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SafetyBot.Cards.Outcomes;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.OutcomeUpdate;

/// <summary>
/// A lead logs an outcome update: which action (only those they lead; skipped when there is
/// one), status, what happened, an optional measure and date, a summary to check, then Save,
/// Change something or Cancel. The draft lives in conversation state, so it survives a restart;
/// the update is committed before the confirmation is sent, and saved once under the draft's id.
/// </summary>
public sealed class OutcomeUpdateDialog : WaterfallDialog
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "outcome.update";

    private const string ActionPrompt = "outcome.update.action";
    private const string StatusPrompt = "outcome.update.status";
    private const string SummaryPrompt = "outcome.update.summary";
    private const string MeasurePromptId = "outcome.update.measure";
    private const string DatePromptId = "outcome.update.date";
    private const string ConfirmPrompt = "outcome.update.confirm";
    private const string EditPrompt = "outcome.update.edit";
    private const string DraftKey = "draft";

    private const string HelpMessage =
        "I'm helping you log an outcome update for an action you lead. Answer the question, or say \"back\" to change the previous answer, or \"cancel\" to stop: nothing is saved until you choose Save.";

    private readonly IOutcomeStore _outcomes;
    private readonly KnowledgeActionCatalog _actions;

    /// <summary>Creates the dialog.</summary>
    public OutcomeUpdateDialog(IOutcomeStore outcomes, KnowledgeActionCatalog actions)
        : base(DialogId)
    {
        _outcomes = outcomes;
        _actions = actions;
        HelpText = HelpMessage;
        AddStep(ChooseActionAsync);
        AddStep(AskStatusAsync);
        AddStep(AskSummaryAsync);
        AddStep(AskMeasureAsync);
        AddStep(AskDateAsync);
        AddStep(ConfirmAsync);
        AddStep(ActOnConfirmationAsync);
        AddStep(ChangeFieldAsync);
    }

    /// <summary>The prompts this dialog uses, to add to the dialog set with it.</summary>
    public static IEnumerable<Dialog> Prompts(TimeProvider time) =>
    [
        new ChoicePrompt(ActionPrompt),
        new ChoicePrompt(StatusPrompt),
        new TextPrompt(SummaryPrompt, (context, _) => Task.FromResult(context.Recognized.Value is { Length: >= 3 and <= 2000 })),
        new MeasurePrompt(MeasurePromptId),
        new DatePrompt(DatePromptId, time, (context, _) => Task.FromResult(context.Recognized.Value <= DateOnly.FromDateTime(time.GetLocalNow().DateTime))),
        new ChoicePrompt(ConfirmPrompt),
        new ChoicePrompt(EditPrompt),
    ];

    private async Task<DialogTurnResult> ChooseActionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        var actor = ActorOf(step.Context.Activity);
        if (!actor.IsIdentified)
        {
            await SayAsync(step, "I can't tell who you are in this chat, so I can't check that you lead an action. Try again from Microsoft Teams.", cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(new OutcomeUpdateResult(false, null), cancellationToken).ConfigureAwait(false);
        }

        if (draft.ActionId is not null && Keeps(step, draft, OutcomeUpdateFields.Action))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var led = await _outcomes.ActionsLedByAsync(actor.AadObjectId, cancellationToken).ConfigureAwait(false);
        var named = NamedActions(draft.Topic);
        var choices = named is null ? led : led.Where(named.Contains).ToList();
        if (choices.Count == 0)
        {
            await SayAsync(step, await RefusalForAsync(named, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(new OutcomeUpdateResult(false, null), cancellationToken).ConfigureAwait(false);
        }

        if (choices.Count == 1)
        {
            draft.ActionId = choices[0];
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(ActionPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text("Which action is the update for?"),
            RetryPrompt = MessageFactory.Text("Please choose one of your actions, by its button, its number or its code (such as 1.1-a)."),
            Choices = [.. choices.Select(id => new Choice(id, $"{id} {_actions.Find(id)?.Action.Title}", [id]))],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskStatusAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is FoundChoice action)
        {
            draft.ActionId = action.Value;
        }
        else if (step.PromptGaveUp)
        {
            return await GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        if (draft.Status is not null && Keeps(step, draft, OutcomeUpdateFields.Status))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(StatusPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text($"How does {draft.ActionId} stand?"),
            RetryPrompt = MessageFactory.Text("Please choose: on track, at risk, off track or complete."),
            Choices =
            [
                new Choice(nameof(OutcomeStatus.OnTrack), "On track", ["on track", "ontrack", "good", "green", "fine"]),
                new Choice(nameof(OutcomeStatus.AtRisk), "At risk", ["at risk", "risk", "amber", "slipping"]),
                new Choice(nameof(OutcomeStatus.OffTrack), "Off track", ["off track", "red", "behind", "late"]),
                new Choice(nameof(OutcomeStatus.Complete), "Complete", ["complete", "completed", "done", "finished"]),
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskSummaryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is FoundChoice status)
        {
            draft.Status = status.Value;
        }
        else if (step.PromptGaveUp)
        {
            return await GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        if (draft.Summary is not null && Keeps(step, draft, OutcomeUpdateFields.Summary))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(SummaryPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text("What happened? A sentence or two for the partnership board."),
            RetryPrompt = MessageFactory.Text("Please describe what happened in 3 to 2,000 characters."),
            Form = PromptForm.MultilineText,
            FormPlaceholder = "What happened",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskMeasureAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is string summary)
        {
            draft.Summary = summary.Trim();
        }
        else if (step.PromptGaveUp)
        {
            return await GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        if (draft.MeasureAnswered && Keeps(step, draft, OutcomeUpdateFields.Measure))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(MeasurePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text("Is there a measure to record, such as \"12 referrals\"? Type it, or skip."),
            RetryPrompt = MessageFactory.Text("Please give a number and what it counts, such as \"12 referrals\", or say skip."),
            AllowSkip = true,
            Form = PromptForm.Text,
            FormPlaceholder = "12 referrals",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        switch (step.Result)
        {
            case Measure measure:
                (draft.MeasureAnswered, draft.MeasureValue, draft.MeasureUnit) = (true, measure.Value, measure.Unit);
                break;
            case PromptResult { IsSkipped: true }:
                (draft.MeasureAnswered, draft.MeasureValue, draft.MeasureUnit) = (true, null, null);
                break;
            case PromptResult { IsTooManyAttempts: true }:
                return await GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        if (draft.DateAnswered && Keeps(step, draft, OutcomeUpdateFields.Date))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(DatePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text("When did it happen? Type a date such as \"3 March\", or skip."),
            RetryPrompt = MessageFactory.Text("Please give a date on or before today, such as \"3 March\" or \"yesterday\", or say skip."),
            AllowSkip = true,
            Form = PromptForm.Date,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        switch (step.Result)
        {
            case DateOnly date:
                (draft.DateAnswered, draft.OccurredOn) = (true, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case PromptResult { IsSkipped: true }:
                (draft.DateAnswered, draft.OccurredOn) = (true, null);
                break;
            case PromptResult { IsTooManyAttempts: true }:
                return await GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        draft.Edit = null;
        var summary = OutcomeCardBuilder.Summary(ToCardDraft(draft));
        var prompt = (Activity)ReplyFactory.Card(summary);
        return await step.PromptAsync(ConfirmPrompt, new PromptOptions
        {
            Prompt = prompt,
            RetryPrompt = MessageFactory.Text("Please choose Save, Change something, or Cancel."),
            Choices =
            [
                new Choice("save", "Save", ["yes", "save it", "confirm", "ok", "submit", "send"]),
                new Choice("change", "Change something", ["change", "edit", "amend", "fix"]),
                new Choice("cancel", "Cancel", ["no", "discard", "don't save"]),
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ActOnConfirmationAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        var draft = Draft(step);
        switch (step.GetResult<FoundChoice>()?.Value)
        {
            case "save":
                return await SaveAsync(step, draft, cancellationToken).ConfigureAwait(false);
            case "change":
                return await step.PromptAsync(EditPrompt, new PromptOptions
                {
                    Prompt = MessageFactory.Text("What would you like to change?"),
                    RetryPrompt = MessageFactory.Text("Please choose the action, status, what happened, measure or date."),
                    Choices =
                    [
                        new Choice(OutcomeUpdateFields.Action, "Action", ["which action"]),
                        new Choice(OutcomeUpdateFields.Status, "Status"),
                        new Choice(OutcomeUpdateFields.Summary, "What happened", ["summary", "text", "description"]),
                        new Choice(OutcomeUpdateFields.Measure, "Measure", ["number"]),
                        new Choice(OutcomeUpdateFields.Date, "Date", ["when"]),
                    ],
                }, cancellationToken).ConfigureAwait(false);
            default:
                await SayAsync(step, "Cancelled: nothing was saved.", cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(new OutcomeUpdateResult(false, null), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DialogTurnResult> ChangeFieldAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp || step.GetResult<FoundChoice>() is not { } field)
        {
            return await GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        var draft = Draft(step);
        draft.Edit = field.Value;
        return await step.ReplaceDialogAsync(DialogId, draft, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, OutcomeUpdateOptions draft, CancellationToken cancellationToken)
    {
        var actor = ActorOf(step.Context.Activity);
        var update = new Knowledge.Outcomes.OutcomeUpdate
        {
            IdempotencyKey = draft.DraftId!,
            ActionId = draft.ActionId!,
            Status = Enum.Parse<OutcomeStatus>(draft.Status!),
            Summary = draft.Summary!,
            MeasureValue = draft.MeasureValue,
            MeasureUnit = draft.MeasureUnit,
            OccurredOn = draft.OccurredOn is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue) : null,
        };
        try
        {
            // Committed to the store before the confirmation goes out.
            var saved = await _outcomes.LogAsync(update, actor, cancellationToken).ConfigureAwait(false);
            await step.Context.SendActivityAsync(ReplyFactory.Card(OutcomeCardBuilder.Saved(ToCardDraft(draft), saved.Update, saved.WasRepeat)), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(new OutcomeUpdateResult(true, saved.Update.Id), cancellationToken).ConfigureAwait(false);
        }
        catch (WriteRefusedException refused)
        {
            await SayAsync(step, $"{refused.Message} Nothing was saved.", cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(new OutcomeUpdateResult(false, null), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await SayAsync(step, "Let's leave it there for now: nothing was saved. Say \"log an update\" whenever you want to try again.", cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(new OutcomeUpdateResult(false, null), cancellationToken).ConfigureAwait(false);
    }

    private IReadOnlyList<string>? NamedActions(string? topic)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            return null;
        }

        return _actions.All()
            .Where(a => string.Equals(a.Action.Id, topic, StringComparison.OrdinalIgnoreCase) || string.Equals(a.Programme.Id, topic, StringComparison.Ordinal))
            .Select(a => a.Action.Id)
            .ToList();
    }

    private async Task<string> RefusalForAsync(IReadOnlyList<string>? named, CancellationToken cancellationToken)
    {
        if (named is null)
        {
            return "You don't lead any of the partnership's actions yet, so there is nothing for you to log. An admin can make you a lead (\"make someone the lead for 1.1-a\").";
        }

        if (named.Count == 0)
        {
            return "I couldn't find that action. Actions have codes such as 1.1-a; \"walk me through the priorities\" lists them.";
        }

        var leadsOfNamed = new List<ActionLead>();
        foreach (var actionId in named)
        {
            leadsOfNamed.AddRange(await _outcomes.LeadsOfAsync(actionId, cancellationToken).ConfigureAwait(false));
        }

        var leads = leadsOfNamed.Select(l => $"{l.Name} ({l.ActionId})").Distinct().ToList();
        return leads.Count > 0
            ? $"Only an action's lead can log its updates. {string.Join(", ", named)} {(leads.Count == 1 ? "is" : "are")} led by {string.Join(", ", leads)}. Nothing was written."
            : $"Only an action's lead can log its updates, and {string.Join(", ", named)} has no lead yet. An admin can assign one. Nothing was written.";
    }

    private OutcomeDraft ToCardDraft(OutcomeUpdateOptions draft) => new(
        draft.ActionId ?? string.Empty,
        _actions.Find(draft.ActionId)?.Action.Title ?? string.Empty,
        Enum.TryParse<OutcomeStatus>(draft.Status, out var status) ? status : OutcomeStatus.OnTrack,
        draft.Summary ?? string.Empty,
        draft.MeasureValue,
        draft.MeasureUnit,
        draft.OccurredOn is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null);

    /// <summary>
    /// An answer already in the draft is kept (not asked again) unless the lead is changing that
    /// field or has just said "back" to it.
    /// </summary>
    private static bool Keeps(WaterfallStepContext step, OutcomeUpdateOptions draft, string field) =>
        draft.Edit != field && step.Reason != DialogReason.BackCalled;

    /// <summary>The draft, kept in the step's values (and so in conversation state).</summary>
    private static OutcomeUpdateOptions Draft(WaterfallStepContext step)
    {
        if (step.Values.TryRead<OutcomeUpdateOptions>(DraftKey, out var draft))
        {
            return draft;
        }

        draft = step.Options as OutcomeUpdateOptions ?? new OutcomeUpdateOptions();
        draft.DraftId ??= Guid.NewGuid().ToString("N");
        step.Values[DraftKey] = draft;
        return draft;
    }

    /// <summary>Who is speaking, by Teams identity.</summary>
    public static Actor ActorOf(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new Actor(activity.From?.AadObjectId ?? string.Empty, activity.From?.Name ?? string.Empty);
    }

    private static Task SayAsync(WaterfallStepContext step, string text, CancellationToken cancellationToken) =>
        step.Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
}
