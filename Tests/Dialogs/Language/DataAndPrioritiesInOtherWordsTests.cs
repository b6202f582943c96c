using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Data sources judged and the priorities' character asked in a member's words, through /api/messages of the running bot: what is
/// wrong with a topic's data or whether a source is fit for a use is its caveat ("generalised to County level", "Health data is the
/// lacking contribution"); whether monitoring is enough, and whether the priorities are "business as usual", the recommendations'
/// words; never a group's findings, a priority named by a verb of its title, nor business crime's figures.
/// </summary>
public sealed class DataAndPrioritiesInOtherWordsTests : IDisposable
{
    private readonly BotChat _bot = new("data-and-priorities.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("What's the issue with drug and alcohol treatment data?")]
    [InlineData("what's wrong with the drug and alcohol treatment data?")]
    [InlineData("is the drug treatment data any good?")]
    public async Task WhatIsWrongWithTheTreatmentData_IsItsCaveat(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("county level", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Is the health data good for identifying high risk DA cases?")]
    [InlineData("Is health data used in identifying high risk DA cases?")]
    [InlineData("what's missing for identifying high risk DA cases?")]
    public async Task HealthDataForHighRiskCases_IsTheLackingContribution(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("lacking", said, StringComparison.Ordinal);
        Assert.DoesNotContain("vulnerable locations", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Why does the report say just monitoring police crime data isn't enough?")]
    [InlineData("why isn't monitoring police recorded crime enough?")]
    public async Task WhetherMonitoringIsEnough_IsTheRecommendationOnMonitoring(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("improvements", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What kinds of priorities does the report say the Partnership should adopt - business as usual?")]
    [InlineData("should the priorities be business as usual?")]
    [InlineData("should the CSP priorities just be business-as-usual work?")]
    public async Task PrioritiesAsBusinessAsUsual_IsTheRecommendation_NeverBusinessCrime(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("business as usual", said, StringComparison.Ordinal);
        Assert.DoesNotContain("2297", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BusinessCrimeItself_IsStillItsFigure()
    {
        var said = await _bot.TextAsync("how many business crimes were there in 2017?");

        Assert.Contains("2297", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConcernsOfAGroup_AreStillItsFindings()
    {
        var said = await _bot.TextAsync("what are the concerns about drugs and alcohol?");

        Assert.Contains("key findings", said, StringComparison.Ordinal);
    }
}
