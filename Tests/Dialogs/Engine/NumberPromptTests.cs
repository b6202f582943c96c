using SafetyBot.Dialogs.Engine;

namespace SafetyBot.Tests.Dialogs.Engine;

public sealed class NumberPromptTests
{
    [Theory]
    [InlineData("twelve", "12")]
    [InlineData("12", "12")]
    [InlineData("3.5", "3.5")]
    [InlineData("about one and a half", "1.5")]
    public async Task NumberPrompt_WithTypedNumber_ReturnsIt(string typed, string expected)
    {
        using var harness = PromptTestKit.Harness(new NumberPrompt("number"));
        Assert.Equal("answer: " + expected, await PromptTestKit.AnswerAsync(harness, typed));
    }

    [Fact]
    public async Task NumberPrompt_WithCardSubmit_ReturnsTheSubmittedNumber()
    {
        using var harness = PromptTestKit.Harness(new NumberPrompt("number"));
        Assert.Equal("answer: 42", await PromptTestKit.AnswerAsync(harness, DialogHarness.Answer("42")));
    }

    [Fact]
    public async Task NumberPrompt_WithAValidatorRefusing_RepromptsWithTheRetryPrompt()
    {
        using var harness = PromptTestKit.Harness(
            new NumberPrompt("number", (prompt, _) => Task.FromResult(prompt.Recognized.Value > 0)),
            new PromptOptions { RetryPrompt = Microsoft.Bot.Builder.MessageFactory.Text("A number above zero, please.") });

        await PromptTestKit.Start(harness)
            .Send("0").AssertReply("A number above zero, please.")
            .Send("lots").AssertReply("A number above zero, please.")
            .Send("7").AssertReply("answer: 7")
            .StartTestAsync();
    }
}
