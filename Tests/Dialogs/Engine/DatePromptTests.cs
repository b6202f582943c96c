using SafetyBot.Dialogs.Engine;

namespace SafetyBot.Tests.Dialogs.Engine;

public sealed class DatePromptTests
{
    [Theory]
    [InlineData("3 March", "2018-03-03")]
    [InlineData("on the 3rd of March", "2018-03-03")]
    [InlineData("yesterday", "2018-06-14")]
    [InlineData("today", "2018-06-15")]
    [InlineData("2018-03-03", "2018-03-03")]
    [InlineData("3/4/2018", "2018-04-03")]
    [InlineData("20 June", "2017-06-20")]
    public async Task DatePrompt_WithTypedDate_ResolvesAgainstTheClock(string typed, string expected)
    {
        using var harness = PromptTestKit.Harness(new DatePrompt("date", DialogHarness.Clock()));
        Assert.Equal("answer: " + expected, await PromptTestKit.AnswerAsync(harness, typed));
    }

    [Fact]
    public async Task DatePrompt_PreferringFutureDates_ResolvesADateWithoutAYearForward()
    {
        using var harness = PromptTestKit.Harness(new DatePrompt("date", DialogHarness.Clock()) { PreferFutureDates = true });
        Assert.Equal("answer: 2019-03-03", await PromptTestKit.AnswerAsync(harness, "3 March"));
    }

    [Fact]
    public async Task DatePrompt_WithCardSubmitOfADateInput_ReturnsTheDate()
    {
        using var harness = PromptTestKit.Harness(new DatePrompt("date", DialogHarness.Clock()));
        Assert.Equal("answer: 2018-03-03", await PromptTestKit.AnswerAsync(harness, DialogHarness.Answer("2018-03-03")));
    }

    [Fact]
    public async Task DatePrompt_WithNoDate_Reprompts()
    {
        using var harness = PromptTestKit.Harness(new DatePrompt("date", DialogHarness.Clock()));
        await PromptTestKit.Start(harness)
            .Send("whenever").AssertReply(PromptTestKit.Question)
            .Send("today").AssertReply("answer: 2018-06-15")
            .StartTestAsync();
    }
}
