using SafetyBot.Dialogs.Engine;

namespace SafetyBot.Tests.Dialogs.Engine;

public sealed class InterruptionTests
{
    private static readonly string Cancelled = DialogInterruptions.Default.CancelledMessage;

    [Theory]
    [InlineData("cancel")]
    [InlineData("Stop")]
    [InlineData("quit")]
    [InlineData("never mind")]
    [InlineData("Nevermind!")]
    public async Task Cancel_AtAnyStep_EndsEveryDialogKindly(string typed)
    {
        using var harness = new DialogHarness(DialogHarness.Memory, UpdateDialog.AddTo);

        await harness.Flow()
            .Send("start update").AssertReply(UpdateDialog.WhatQuestion)
            .Send("Workshops").AssertReply(UpdateDialog.StatusQuestion)
            .Send(typed).AssertReply(Cancelled)
            .Send("hello").AssertReply("routed: hello")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, harness.Turns[^2].Status);
    }

    [Theory]
    [MemberData(nameof(DialogHarness.Storages), MemberType = typeof(DialogHarness))]
    public async Task Cancel_ByCardButton_EndsEveryDialog(string storage)
    {
        using var harness = new DialogHarness(storage, UpdateDialog.AddTo);

        await harness.Flow()
            .Send("start update").AssertReply(UpdateDialog.WhatQuestion)
            .Send(DialogHarness.Submit(new { verb = "dialog.cancel" })).AssertReply(Cancelled)
            .Send("twelve").AssertReply("routed: twelve")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_InsideALongerSentence_IsAnAnswer()
    {
        using var harness = new DialogHarness(DialogHarness.Memory, UpdateDialog.AddTo);

        await harness.Flow()
            .Send("start update").AssertReply(UpdateDialog.WhatQuestion)
            .Send("Stop and search went up").AssertReply(UpdateDialog.StatusQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_DuringAPrompt_GivesThePromptsHelpThenAsksAgain()
    {
        using var harness = new DialogHarness(DialogHarness.Memory, UpdateDialog.AddTo);

        await harness.Flow()
            .Send("start update").AssertReply(UpdateDialog.WhatQuestion)
            .Send("Workshops").AssertReply(UpdateDialog.StatusQuestion)
            .Send("help").AssertReply(UpdateDialog.StatusHelp).AssertReply(UpdateDialog.StatusQuestion)
            .Send("at risk").AssertReply(UpdateDialog.CountQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_WhenThePromptHasNone_GivesTheDialogsHelpThenAsksAgain()
    {
        using var harness = new DialogHarness(DialogHarness.Memory, UpdateDialog.AddTo);

        await harness.Flow()
            .Send("start update").AssertReply(UpdateDialog.WhatQuestion)
            .Send("?").AssertReply(UpdateDialog.Help).AssertReply(UpdateDialog.WhatQuestion)
            .Send(DialogHarness.Submit(new { verb = "dialog.help" })).AssertReply(UpdateDialog.Help).AssertReply(UpdateDialog.WhatQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_DoesNotCountAsAnInvalidAttempt()
    {
        using var harness = new DialogHarness(DialogHarness.Memory, UpdateDialog.AddTo);

        await harness.Flow()
            .Send("start update").AssertReply(UpdateDialog.WhatQuestion)
            .Send("Workshops").AssertReply(UpdateDialog.StatusQuestion)
            .Send("purple").AssertReply("Please pick one of: on track, at risk, off track, complete.")
            .Send("help").AssertReply(UpdateDialog.StatusHelp).AssertReply(UpdateDialog.StatusQuestion)
            .Send("help").AssertReply(UpdateDialog.StatusHelp).AssertReply(UpdateDialog.StatusQuestion)
            .Send("orange").AssertReply("Please pick one of: on track, at risk, off track, complete.")
            .Send("complete").AssertReply(UpdateDialog.CountQuestion)
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(DialogHarness.Storages), MemberType = typeof(DialogHarness))]
    public async Task Back_AtALaterQuestion_ReasksThePreviousOneAndKeepsGoing(string storage)
    {
        using var harness = new DialogHarness(storage, UpdateDialog.AddTo);

        await harness.Flow()
            .Send("start update").AssertReply(UpdateDialog.WhatQuestion)
            .Send("Workshops").AssertReply(UpdateDialog.StatusQuestion)
            .Send("on track").AssertReply(UpdateDialog.CountQuestion)
            .Send("back").AssertReply(UpdateDialog.StatusQuestion)
            .Send("go back").AssertReply(UpdateDialog.WhatQuestion)
            .Send("Two workshops").AssertReply(UpdateDialog.StatusQuestion)
            .Send("off track").AssertReply(UpdateDialog.CountQuestion)
            .Send("5").AssertReply(UpdateDialog.ConfirmQuestion)
            .Send(DialogHarness.Submit(new { verb = "dialog.back" })).AssertReply(UpdateDialog.CountQuestion)
            .Send("6").AssertReply(UpdateDialog.ConfirmQuestion)
            .Send("yes").AssertReply("Saved: Two workshops / off-track / 6")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_AtTheFirstQuestion_SaysSoAndAsksAgain()
    {
        using var harness = new DialogHarness(DialogHarness.Memory, UpdateDialog.AddTo);

        await harness.Flow()
            .Send("start update").AssertReply(UpdateDialog.WhatQuestion)
            .Send("back").AssertReply(DialogInterruptions.Default.NothingToGoBackToMessage).AssertReply(UpdateDialog.WhatQuestion)
            .Send("Workshops").AssertReply(UpdateDialog.StatusQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_FromAChildDialogsFirstQuestion_GoesBackInTheParent()
    {
        using var harness = new DialogHarness(DialogHarness.Memory, dialogs => dialogs
            .Add(new WaterfallDialog("parent",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = Microsoft.Bot.Builder.MessageFactory.Text("Parent question?") }, ct),
                (step, ct) => step.BeginDialogAsync("child", null, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync("result: " + step.Result, cancellationToken: ct);
                    return await step.EndDialogAsync(step.Result, ct);
                },
            ]))
            .Add(new WaterfallDialog("child",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = Microsoft.Bot.Builder.MessageFactory.Text("Child question?") }, ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]))
            .Add(new TextPrompt("text")));

        await harness.Flow()
            .Send("start parent").AssertReply("Parent question?")
            .Send("one").AssertReply("Child question?")
            .Send("back").AssertReply("Parent question?")
            .Send("again").AssertReply("Child question?")
            .Send("two").AssertReply("result: two")
            .StartTestAsync();
    }
}
