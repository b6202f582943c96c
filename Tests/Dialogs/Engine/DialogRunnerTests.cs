using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using SafetyBot.Dialogs.Engine;

namespace SafetyBot.Tests.Dialogs.Engine;

public sealed class DialogRunnerTests
{
    [Fact]
    public async Task RunAsync_WithNoActiveDialog_DoesNotConsumeTheTurn()
    {
        using var harness = new DialogHarness(DialogHarness.Memory, UpdateDialog.AddTo);
        await harness.Flow().Send("hello").AssertReply("routed: hello").StartTestAsync();
        Assert.Equal(DialogTurnStatus.Empty, harness.Turns.Single().Status);
    }

    [Fact]
    public async Task IsActiveAsync_DuringADialog_IsTrueAndAfterItIsFalse()
    {
        using var harness = new DialogHarness(DialogHarness.Memory, UpdateDialog.AddTo);
        var active = new List<bool>();
        async Task Probe(ITurnContext turnContext, CancellationToken ct) => active.Add(await harness.Runner.IsActiveAsync(turnContext, ct));

        await new TestFlow(harness.Adapter, Probe).Send("?").StartTestAsync();
        await harness.Flow().Send("start update").AssertReply(UpdateDialog.WhatQuestion).StartTestAsync();
        await new TestFlow(harness.Adapter, Probe).Send("?").StartTestAsync();
        await harness.Flow().Send("cancel").AssertReply(DialogInterruptions.Default.CancelledMessage).StartTestAsync();
        await new TestFlow(harness.Adapter, Probe).Send("?").StartTestAsync();

        Assert.Equal([false, true, false], active);
    }

    [Fact]
    public async Task RunAsync_WithAnotherFeaturesCardButton_LeavesItToTheRouterAndTheDialogWaits()
    {
        using var harness = new DialogHarness(DialogHarness.Memory, UpdateDialog.AddTo);

        await harness.Flow()
            .Send("start update").AssertReply(UpdateDialog.WhatQuestion)
            .Send(DialogHarness.Submit(new { verb = "greeting" })).AssertReply("routed: (card)")
            .Send("Workshops").AssertReply(UpdateDialog.StatusQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task BeginDialogAsync_WhileADialogIsActive_ReplacesIt()
    {
        using var harness = new DialogHarness(DialogHarness.Memory, dialogs =>
        {
            UpdateDialog.AddTo(dialogs);
            dialogs.Add(DialogHarness.AskOnce("ask", "update.text", new PromptOptions { Prompt = MessageFactory.Text("Other question?") }));
        });
        DialogTurnResult? begun = null;

        await harness.Flow().Send("start update").AssertReply(UpdateDialog.WhatQuestion).StartTestAsync();
        await new TestFlow(harness.Adapter, async (turnContext, ct) =>
            {
                begun = await harness.Runner.BeginDialogAsync(turnContext, "ask", null, ct);
                await harness.ConversationState.SaveChangesAsync(turnContext, false, ct);
            })
            .Send("anything").AssertReply("Other question?")
            .StartTestAsync();
        await harness.Flow().Send("fine").AssertReply("answer: fine").StartTestAsync();

        Assert.Equal(DialogTurnStatus.Waiting, begun!.Status);
        Assert.Equal(DialogTurnStatus.Complete, harness.Turns[^1].Status);
    }

    [Fact]
    public void DialogSet_Add_RefusesADuplicateId()
    {
        var dialogs = new DialogSet(new ConversationState(new MemoryStorage()));
        dialogs.Add(new TextPrompt("same"));
        Assert.Throws<InvalidOperationException>(() => dialogs.Add(new NumberPrompt("same")));
    }

    [Fact]
    public async Task RunAsync_WithAStackSavedByABuildThatHadOtherDialogs_StartsAfresh()
    {
        var storage = new MemoryStorage();
        var conversationState = new ConversationState(storage);
        var adapter = new TestAdapter();
        var old = new DialogRunner(new DialogSet(conversationState).Add(new TextPrompt("renamed.prompt")));
        await new TestFlow(adapter, async (turnContext, ct) =>
            {
                await old.BeginDialogAsync(turnContext, "renamed.prompt", new PromptOptions { Prompt = MessageFactory.Text("Old?") }, ct);
                await conversationState.SaveChangesAsync(turnContext, false, ct);
            })
            .Send("go").AssertReply("Old?").StartTestAsync();

        var restartedState = new ConversationState(storage);
        var current = new DialogRunner(new DialogSet(restartedState).Add(new TextPrompt("current.prompt")));
        DialogTurnResult? result = null;
        await new TestFlow(adapter, async (turnContext, ct) =>
            {
                result = await current.RunAsync(turnContext, ct);
                await restartedState.SaveChangesAsync(turnContext, false, ct);
            })
            .Send("hello").StartTestAsync();

        Assert.Equal(DialogTurnStatus.Empty, result!.Status);
    }

    [Fact]
    public async Task RunAsync_InAGroupChat_GivesTheDialogOnlyTheMessagesOfTheMemberItIsTalkingTo()
    {
        using var harness = new DialogHarness(DialogHarness.Memory, UpdateDialog.AddTo);
        var someoneElse = MessageFactory.Text("hello all");
        someoneElse.From = new Microsoft.Bot.Schema.ChannelAccount("29:other", "Other Member", aadObjectId: "aad-other");
        var active = new List<bool>();

        await harness.Flow()
            .Send("start update").AssertReply(UpdateDialog.WhatQuestion)
            .Send(someoneElse).AssertReply("routed: hello all")
            .Send("Workshops").AssertReply(UpdateDialog.StatusQuestion)
            .StartTestAsync();
        await new TestFlow(harness.Adapter, async (turnContext, ct) => active.Add(await harness.Runner.IsActiveAsync(turnContext, ct)))
            .Send(someoneElse).Send("mine?")
            .StartTestAsync();

        Assert.Equal([false, true], active);
    }
}
