using Microsoft.Bot.Builder;
using SafetyBot.Dialogs.Engine;

namespace SafetyBot.Tests.Dialogs.Engine;

/// <summary>A small outcome-update-like waterfall the conversation tests run.</summary>
public static class UpdateDialog
{
    public const string Id = "update";
    public const string WhatQuestion = "What happened?";
    public const string StatusQuestion = "How is it going?";
    public const string CountQuestion = "How many referrals?";
    public const string ConfirmQuestion = "Save it?";
    public const string Help = "I'm noting an update on an action. Answer each question, say back to change an answer, or cancel to stop.";
    public const string StatusHelp = "Pick on track, at risk, off track or complete.";
    public const string GaveUp = "Sorry, I couldn't follow that. Let's leave it there; nothing was saved.";

    public static readonly string[] Statuses = ["on track", "at risk", "off track", "complete"];

    public static void AddTo(DialogSet dialogs)
    {
        dialogs
            .Add(new WaterfallDialog(Id, [AskWhat, AskStatus, AskCount, AskConfirm, Finish]) { HelpText = Help })
            .Add(new TextPrompt("update.text"))
            .Add(new ChoicePrompt("update.choice"))
            .Add(new NumberPrompt("update.number", (prompt, _) => Task.FromResult(prompt.Recognized.Value >= 0)))
            .Add(new ConfirmPrompt("update.confirm"));
    }

    private static Task<DialogTurnResult> AskWhat(WaterfallStepContext step, CancellationToken ct) =>
        step.PromptAsync("update.text", new PromptOptions { Prompt = MessageFactory.Text(WhatQuestion) }, ct);

    private static async Task<DialogTurnResult> AskStatus(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.PromptGaveUp)
        {
            return await GiveUpAsync(step, ct);
        }

        step.Values["what"] = step.GetResult<string>()!;
        return await step.PromptAsync("update.choice", new PromptOptions
        {
            Prompt = MessageFactory.Text(StatusQuestion),
            RetryPrompt = MessageFactory.Text("Please pick one of: on track, at risk, off track, complete."),
            Choices = Statuses.Select(status => new Choice(status.Replace(' ', '-'), char.ToUpperInvariant(status[0]) + status[1..])).ToList(),
            HelpText = StatusHelp,
        }, ct);
    }

    private static async Task<DialogTurnResult> AskCount(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.PromptGaveUp)
        {
            return await GiveUpAsync(step, ct);
        }

        step.Values["status"] = step.GetResult<FoundChoice>()!.Value;
        return await step.PromptAsync("update.number", new PromptOptions
        {
            Prompt = MessageFactory.Text(CountQuestion),
            RetryPrompt = MessageFactory.Text("Please give a number, like 12."),
        }, ct);
    }

    private static async Task<DialogTurnResult> AskConfirm(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.PromptGaveUp)
        {
            return await GiveUpAsync(step, ct);
        }

        step.Values["count"] = step.GetResult<decimal>();
        return await step.PromptAsync("update.confirm", new PromptOptions { Prompt = MessageFactory.Text(ConfirmQuestion) }, ct);
    }

    private static async Task<DialogTurnResult> Finish(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.PromptGaveUp)
        {
            return await GiveUpAsync(step, ct);
        }

        var summary = $"{step.Values.GetValue<string>("what")} / {step.Values.GetValue<string>("status")} / {step.Values.GetValue<decimal>("count")}";
        var saved = step.GetResult<bool>();
        await step.Context.SendActivityAsync(saved ? "Saved: " + summary : "Not saved.", cancellationToken: ct);
        return await step.EndDialogAsync(saved ? summary : null, ct);
    }

    private static async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken ct)
    {
        await step.Context.SendActivityAsync(GaveUp, cancellationToken: ct);
        return await step.EndDialogAsync(null, ct);
    }
}
