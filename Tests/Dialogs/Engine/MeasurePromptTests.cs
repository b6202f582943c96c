using SafetyBot.Dialogs.Engine;

namespace SafetyBot.Tests.Dialogs.Engine;

public sealed class MeasurePromptTests
{
    [Theory]
    [InlineData("12 referrals", "12 referrals")]
    [InlineData("twelve referrals", "12 referrals")]
    [InlineData("3.5 hours of training", "3.5 hours of training")]
    [InlineData("40", "40 ")]
    public async Task MeasurePrompt_WithNumberAndUnit_ReturnsBoth(string typed, string expected)
    {
        using var harness = PromptTestKit.Harness(new MeasurePrompt("measure"));
        Assert.Equal("answer: " + expected, await PromptTestKit.AnswerAsync(harness, typed));
    }
}
