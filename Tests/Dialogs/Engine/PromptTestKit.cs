using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SafetyBot.Dialogs.Engine;

namespace SafetyBot.Tests.Dialogs.Engine;

/// <summary>Runs one prompt, started by "start ask", and echoes its answer as "answer: ...".</summary>
public static class PromptTestKit
{
    public const string Question = "Your answer?";

    public static DialogHarness Harness(Dialog prompt, PromptOptions? options = null, string storage = DialogHarness.Memory)
    {
        options ??= new PromptOptions();
        options.Prompt ??= MessageFactory.Text(Question);
        return new DialogHarness(storage, dialogs => dialogs.Add(prompt).Add(DialogHarness.AskOnce("ask", prompt.Id, options)));
    }

    /// <summary>Starts the prompt, answers it once, and returns the reply.</summary>
    public static async Task<string> AnswerAsync(DialogHarness harness, IActivity answer)
    {
        string? reply = null;
        await harness.Flow()
            .Send("start ask").AssertReply(_ => { })
            .Send(answer).AssertReply(activity => reply = activity.AsMessageActivity().Text)
            .StartTestAsync();
        return reply!;
    }

    public static Task<string> AnswerAsync(DialogHarness harness, string text) =>
        AnswerAsync(harness, MessageFactory.Text(text));

    public static TestFlow Start(DialogHarness harness) => harness.Flow().Send("start ask").AssertReply(Question);
}
