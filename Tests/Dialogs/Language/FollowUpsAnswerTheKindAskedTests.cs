using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// A follow-up stays with the topic in context and answers the kind of thing asked of it (whether its trend is the nation's,
/// the period of its figure, its own change, the county's figure), saying honestly when the assessment has nothing for it; the
/// assessment's words answer in full (the reason beside the context, the national trend's start); a group of topics with no key
/// findings of its own is told what the assessment does say of it, never how SafetyBot stores it. Through /api/messages (issue 13).
/// </summary>
public sealed class FollowUpsAnswerTheKindAskedTests : IDisposable
{
    private readonly BotChat _bot = new("follow-ups-stay-with-the-topic.db");

    public void Dispose() => _bot.Dispose();

    private async Task<string> AfterAsync(string first, string followUp) =>
        await _bot.SaidAsync(followUp, await _bot.ConversationAfterAsync(first));

    [Theory]
    [InlineData("how many violent crimes were there in 2017?", "does that match the national trend?", "in line with National trends")]
    [InlineData("violence against the person 2017", "is that consistent with the national trend?", "in line with National trends")]
    [InlineData("anti-social behaviour 2017", "does that mirror what's happening nationally?", "matches the national trends")]
    public async Task WhetherTheTopicsTrendMatchesTheNations_IsTheTopicsOwnWordsOnIt(string first, string followUp, string expected)
    {
        var said = await AfterAsync(first, followUp);

        // The topic's words weighing it against the nation's answer; its other words may follow as related passages.
        Assert.Contains(expected, said, StringComparison.Ordinal);
        var average = said.IndexOf("3 year average", StringComparison.Ordinal);
        Assert.True(average < 0 || average > said.IndexOf(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("shoplifting 2017", "is that the same as the national trend?", "doesn't say whether shoplifting is in line with the national trend")]
    [InlineData("how many cyber crimes in 2017?", "does that match the national trend?", "National data (CSEW) suggests increase")]
    public async Task WhetherTheTrendMatchesTheNations_IsAnsweredOnlyFromTheTopicsOwnWords(string first, string followUp, string expected)
    {
        var said = await AfterAsync(first, followUp);

        Assert.Contains(expected, said, StringComparison.Ordinal);
        var answer = said.Split("Also in the assessment")[0];
        Assert.DoesNotContain("ASB", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shoplifting in 2017", "when?", "Shoplifting, 2017")]
    [InlineData("shoplifting in 2017", "what period is that for?", "Shoplifting, 2017")]
    [InlineData("burglary rate", "when was that?", "Dwelling burglary rate, 2017")]
    [InlineData("violence with injury Q2 2017/18", "which period does that cover?", "July to September 2017")]
    public async Task WhenAskedOfAFigure_IsThePeriodOfThatFigure(string first, string followUp, string expected)
    {
        var said = await AfterAsync(first, followUp);

        Assert.Contains(expected, said, StringComparison.Ordinal);
        Assert.DoesNotContain("version 1.0, December 2017)", said.Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("business crime numbers 2017", "% increase?", "44%")]
    [InlineData("hate crime 2017", "how big was that rise?", "4%")]
    [InlineData("how many dwelling burglaries in 2017", "by how much did that go up?", "43%")]
    [InlineData("drug offences 2017", "% decrease?", "24%")]
    public async Task AChangeAskedAfterAFigure_IsThatTopicsOwnChange(string first, string followUp, string expected)
    {
        var said = await AfterAsync(first, followUp);

        Assert.Contains(expected, said, StringComparison.Ordinal);
        Assert.DoesNotContain("Biggest risers", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("% increase?")]
    [InlineData("what increased?")]
    [InlineData("which crimes saw the biggest rise?")]
    public async Task AChangeAskedWithNothingBefore_IsTheRisers(string question)
    {
        Assert.Contains("Biggest risers", await _bot.SaidAsync(question), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shoplifting 2017", "and the county?")]
    [InlineData("shoplifting 2017", "how does the county compare?")]
    [InlineData("how many shoplifting offences last year", "what about Cambridgeshire?")]
    public async Task TheCountyAskedOfATopicWithNoCountyFigure_SaysSo_NeverAnotherTopicsCountySentence(string first, string followUp)
    {
        var said = await AfterAsync(first, followUp);

        Assert.Contains("doesn't cover Cambridgeshire's shoplifting figures", said, StringComparison.Ordinal);
        Assert.DoesNotContain("vehicle", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("nationally", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("vehicle crime", "how does the county compare?")]
    [InlineData("vehicle crime 2017", "compared with the county?")]
    public async Task TheCountyComparedAfterATopicWithACountyFigure_IsThatFigureBesideTheCitys(string first, string followUp)
    {
        var said = await AfterAsync(first, followUp);

        Assert.Contains("6.68", said, StringComparison.Ordinal);
        Assert.Contains("8.26", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCountyAfterDomesticAbuse_QuotesTheVawgSentence_WithoutNamingAnotherTopic()
    {
        var said = await AfterAsync("domestic abuse incidents 2017", "what about Cambridgeshire?");

        Assert.Contains("county average (14.4)", said, StringComparison.Ordinal);
        Assert.DoesNotContain("on idva", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("why is modern slavery flagged as a risk in the city?")]
    [InlineData("why is modern slavery seen as a threat here?")]
    public async Task WhyATopicIsARisk_GivesTheContextBesideTheReason(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("migrant workers", said, StringComparison.Ordinal);
        Assert.Contains("high risk of harm", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("since when have drug offences been falling nationally")]
    [InlineData("how long have drug offences been going down nationally?")]
    public async Task SinceWhenTheNationalTrendRan_IsTheNationalStart(string question)
    {
        Assert.Contains("from around 2009", await _bot.SaidAsync(question), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("since when have drug offences been decreasing", "since 2013")]
    [InlineData("how long has violence been rising?", "since 2013")]
    [InlineData("since when has ASB been falling nationally?", "for more than 5 years")]
    public async Task SinceWhenATrendRan_IsItsOwnStart(string question, string expected)
    {
        Assert.Contains(expected, await _bot.SaidAsync(question), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SinceWhenAskedAfterTheNationalPicture_IsTheNationalTrendsStart()
    {
        var conversation = _bot.NewConversation();
        await _bot.SaidAsync("How much did drug offences fall nationally?", conversation);
        await _bot.SaidAsync("and drug seizures?", conversation);

        var said = await _bot.SaidAsync("since when has that been going down?", conversation);

        Assert.Contains("from around 2009", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatToDoAskedAfterTheNationalPicture_IsStillTheTopicsOwnRecommendation()
    {
        var said = await AfterAsync("how does drug crime compare nationally", "what does it recommend we do?");

        Assert.Contains("JSNA", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what are the key findings on exploitation?", "means of exploitation")]
    [InlineData("key concerns about exploitation", "means of exploitation")]
    [InlineData("what are the key findings on cohesion?", "hate crime")]
    public async Task AGroupWithNoKeyFindingsOfItsOwn_IsToldWhatTheAssessmentSaysOfIt_NeverTheStore(string question, string expected)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains(expected, said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("store", said, StringComparison.OrdinalIgnoreCase);
    }
}
