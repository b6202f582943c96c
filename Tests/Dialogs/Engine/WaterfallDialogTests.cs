using Microsoft.Bot.Builder;
using SafetyBot.Dialogs.Engine;

namespace SafetyBot.Tests.Dialogs.Engine;

public sealed class WaterfallDialogTests
{
    [Theory]
    [MemberData(nameof(DialogHarness.Storages), MemberType = typeof(DialogHarness))]
    public async Task Waterfall_TypedAnswers_RunsStepsInOrderAndCompletesWithTheLastResult(string storage)
    {
        using var harness = new DialogHarness(storage, UpdateDialog.AddTo);

        await harness.Flow()
            .Send("start update").AssertReply(UpdateDialog.WhatQuestion)
            .Send("We ran two workshops").AssertReply(UpdateDialog.StatusQuestion)
            .Send("the second one").AssertReply(UpdateDialog.CountQuestion)
            .Send("twelve").AssertReply(UpdateDialog.ConfirmQuestion)
            .Send("yep").AssertReply("Saved: We ran two workshops / at-risk / 12")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.Turns[^1].Status);
        Assert.Equal("We ran two workshops / at-risk / 12", harness.Turns[^1].Result);
        Assert.False(await IsActiveAfterAsync(harness));
    }

    [Theory]
    [MemberData(nameof(DialogHarness.Storages), MemberType = typeof(DialogHarness))]
    public async Task Waterfall_ClickingOnly_CompletesWithCardSubmits(string storage)
    {
        using var harness = new DialogHarness(storage, UpdateDialog.AddTo);
        Newtonsoft.Json.Linq.JObject? offTrack = null;
        Newtonsoft.Json.Linq.JObject? yes = null;

        await harness.Flow()
            .Send("start update").AssertReply(UpdateDialog.WhatQuestion)
            .Send(DialogHarness.Answer("Typed into a card input")).AssertReply(reply => offTrack = DialogHarness.ButtonData(reply, "Off track"))
            .StartTestAsync();
        Assert.Equal("dialog.answer", (string?)offTrack!["verb"]);
        Assert.Equal("off-track", (string?)offTrack["value"]);

        await harness.Flow()
            .Send(DialogHarness.Submit(offTrack)).AssertReply(UpdateDialog.CountQuestion)
            .Send(DialogHarness.Answer("3")).AssertReply(reply => yes = DialogHarness.ButtonData(reply, "Yes"))
            .StartTestAsync();

        await harness.Flow()
            .Send(DialogHarness.Submit(yes!)).AssertReply("Saved: Typed into a card input / off-track / 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task Waterfall_NextAsync_SkipsAStepWithoutWaiting()
    {
        using var harness = new DialogHarness(DialogHarness.Memory, dialogs => dialogs
            .Add(new WaterfallDialog("skip",
            [
                (step, ct) => step.NextAsync("skipped ahead", ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"step {step.Index}: {step.Result} ({step.Reason})", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ])));

        await harness.Flow()
            .Send("start skip").AssertReply("step 1: skipped ahead (NextCalled)")
            .StartTestAsync();
    }

    [Fact]
    public async Task EndDialog_FromAChildWaterfall_ResumesTheParentWithItsResult()
    {
        using var harness = new DialogHarness(DialogHarness.Memory, dialogs => dialogs
            .Add(new WaterfallDialog("parent",
            [
                (step, ct) => step.BeginDialogAsync("child", null, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync("parent got: " + step.Result, cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]))
            .Add(new WaterfallDialog("child",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Name?") }, ct),
                (step, ct) => step.EndDialogAsync("child says " + step.Result, ct),
            ]))
            .Add(new TextPrompt("text")));

        await harness.Flow()
            .Send("start parent").AssertReply("Name?")
            .Send("Sam").AssertReply("parent got: child says Sam")
            .StartTestAsync();
    }

    [Fact]
    public async Task ReplaceDialog_StartsTheNewDialogInPlaceOfTheOld_AndTheParentResumesWithItsResult()
    {
        using var harness = new DialogHarness(DialogHarness.Memory, dialogs => dialogs
            .Add(new WaterfallDialog("parent",
            [
                (step, ct) => step.BeginDialogAsync("first", null, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"parent got: {step.Result}; stack {step.Stack.Count}", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]))
            .Add(new WaterfallDialog("first", [(step, ct) => step.ReplaceDialogAsync("second", "from first", ct)]))
            .Add(new WaterfallDialog("second",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text($"Second, given '{step.Options}'. Anything?") }, ct),
                (step, ct) => step.EndDialogAsync("second: " + step.Result, ct),
            ]))
            .Add(new TextPrompt("text")));

        await harness.Flow()
            .Send("start parent").AssertReply("Second, given 'from first'. Anything?")
            .Send("hello").AssertReply("parent got: second: hello; stack 1")
            .StartTestAsync();
    }

    [Fact]
    public async Task BackAsync_FromAStep_RerunsThePreviousStepToAskAgain()
    {
        using var harness = new DialogHarness(DialogHarness.Memory, dialogs => dialogs
            .Add(new WaterfallDialog("title",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text($"Title? ({step.Reason})") }, ct),
                async (step, ct) =>
                {
                    if (step.GetResult<string>()!.Length < 3)
                    {
                        await step.Context.SendActivityAsync("Too short.", cancellationToken: ct);
                        return await step.BackAsync(ct);
                    }

                    await step.Context.SendActivityAsync($"Title: {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]))
            .Add(new TextPrompt("text")));

        await harness.Flow()
            .Send("start title").AssertReply("Title? (BeginCalled)")
            .Send("ab").AssertReply("Too short.").AssertReply("Title? (BackCalled)")
            .Send("Knife crime").AssertReply("Title: Knife crime")
            .StartTestAsync();
    }

    private static async Task<bool> IsActiveAfterAsync(DialogHarness harness)
    {
        var active = true;
        await new Microsoft.Bot.Builder.Adapters.TestFlow(harness.Adapter, async (turnContext, ct) => active = await harness.Runner.IsActiveAsync(turnContext, ct))
            .Send("anything")
            .StartTestAsync();
        return active;
    }
}
