using SafetyBot.Dialogs.Engine;

namespace SafetyBot.Tests.Dialogs.Engine;

public sealed class TextPromptTests
{
    [Fact]
    public async Task TextPrompt_WithTypedText_ReturnsTheText()
    {
        using var harness = PromptTestKit.Harness(new TextPrompt("text"));
        Assert.Equal("answer: Two workshops held", await PromptTestKit.AnswerAsync(harness, "Two workshops held"));
    }

    [Fact]
    public async Task TextPrompt_WithCardSubmit_ReturnsTheSubmittedValue()
    {
        using var harness = PromptTestKit.Harness(new TextPrompt("text"));
        Assert.Equal("answer: From the card", await PromptTestKit.AnswerAsync(harness, DialogHarness.Answer("From the card")));
    }

    [Fact]
    public async Task TextPrompt_WithAMention_ReturnsTheTextWithoutIt()
    {
        using var harness = PromptTestKit.Harness(new TextPrompt("text"));
        Assert.Equal("answer: hello there", await PromptTestKit.AnswerAsync(harness, "<at>SafetyBot</at> hello there"));
    }
}
