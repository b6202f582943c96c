using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Through /api/messages of the running bot: the focus of the year's work on a topic ("what the partnership's DA focus was
/// this year") is what was done, the review's interventions; what the priorities should focus on is the assessment's words on
/// what they should reflect; young people's own use of drugs and alcohol is the Health Related Behaviour Survey's finding.
/// </summary>
public sealed class PrioritiesAndTheYearsWorkInOtherWordsTests : IDisposable
{
    private readonly BotChat _bot = new("priorities-years-work.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("could you set out the partnership's domestic abuse focus this year")]
    [InlineData("what was the DA focus in 2017/18?")]
    public async Task TheFocusOfTheYearsWorkOnATopic_IsWhatWasDone(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("White Ribbon", said, StringComparison.Ordinal);
        Assert.Contains("Chelsea", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does the assessment say our priorities should focus on?")]
    [InlineData("according to the assessment the partnership's priorities should concentrate on what")]
    public async Task WhatThePrioritiesShouldFocusOn_IsWorkThatIsNotBusinessAsUsual(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("not business as usual", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("are teenagers in Cambridge drinking more than elsewhere in the county?")]
    [InlineData("how does drug use among the city's pupils compare with the county")]
    public async Task YoungPeoplesOwnUseOfDrugsAndAlcohol_IsTheBehaviourSurveysFinding(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("Health Related Behaviour Survey", said, StringComparison.Ordinal);
        Assert.Contains("similarly", said, StringComparison.Ordinal);
    }
}
