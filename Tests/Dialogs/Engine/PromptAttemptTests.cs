using Microsoft.Bot.Builder;
using SafetyBot.Dialogs.Engine;

namespace SafetyBot.Tests.Dialogs.Engine;

public sealed class PromptAttemptTests
{
    [Theory]
    [MemberData(nameof(DialogHarness.Storages), MemberType = typeof(DialogHarness))]
    public async Task Prompt_AfterThreeInvalidAnswers_EndsWithTooManyAttemptsAndTheParentEndsKindly(string storage)
    {
        using var harness = new DialogHarness(storage, UpdateDialog.AddTo);

        await harness.Flow()
            .Send("start update").AssertReply(UpdateDialog.WhatQuestion)
            .Send("Workshops").AssertReply(UpdateDialog.StatusQuestion)
            .Send("purple").AssertReply("Please pick one of: on track, at risk, off track, complete.")
            .Send("banana").AssertReply("Please pick one of: on track, at risk, off track, complete.")
            .Send("seventh").AssertReply(UpdateDialog.GaveUp)
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.Turns[^1].Status);
        await harness.Flow().Send("anything").AssertReply("routed: anything").StartTestAsync();
    }

    [Fact]
    public async Task Prompt_WithMaxAttemptsOne_GivesUpAtTheFirstInvalidAnswer()
    {
        using var harness = PromptTestKit.Harness(new NumberPrompt("number"), new PromptOptions { MaxAttempts = 1 });
        await PromptTestKit.Start(harness)
            .Send("lots").AssertReply("Let's leave that for now.")
            .StartTestAsync();
        Assert.Equal(PromptResult.TooManyAttempts, harness.Turns[^1].Result);
    }

    [Fact]
    public async Task Prompt_WhoseValidatorReplied_DoesNotAlsoSendTheRetryPrompt()
    {
        using var harness = PromptTestKit.Harness(new NumberPrompt("number", async (prompt, ct) =>
        {
            if (prompt.Recognized.Value > 10)
            {
                await prompt.Context.SendActivityAsync($"{prompt.Recognized.Value} is more than 10 (try {prompt.AttemptCount + 1}).", cancellationToken: ct);
                return false;
            }

            return true;
        }));

        await PromptTestKit.Start(harness)
            .Send("11").AssertReply("11 is more than 10 (try 1).")
            .Send("12").AssertReply("12 is more than 10 (try 2).")
            .Send("9").AssertReply("answer: 9")
            .StartTestAsync();
    }

    [Fact]
    public void PromptOptions_ByDefault_AllowThreeAttempts() =>
        Assert.Equal(3, new PromptOptions { Prompt = MessageFactory.Text("?") }.MaxAttempts);
}
