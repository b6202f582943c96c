using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Passages;

/// <summary>
/// Follow-ups asked of the conversation's topic through /api/messages of the running bot (issue 13, attacker's report): what to keep
/// an eye on, whom to link up with, what needs improving and how the other partners help are answered by that topic's own words
/// only, or said plainly to be missing, never by another topic's passage; and the assessment's own facts asked in a few words
/// (whom it is for, its version, the period it covers).
/// </summary>
public sealed class FollowUpsStayWithTheTopicTests : IDisposable
{
    private readonly BotChat _bot = new("follow-ups-stay-with-the-topic.db");

    public void Dispose() => _bot.Dispose();

    private async Task<string> AfterAsync(string opener, string followUp) =>
        await _bot.TextAsync(followUp, await _bot.ConversationAfterAsync(opener));

    [Theory]
    [InlineData("how many vehicle crimes in 2017", "vehicle crime")]
    [InlineData("how many shoplifting offences in 2017", "shoplifting")]
    [InlineData("how many business crimes in 2017", "business crime")]
    [InlineData("how many sexual offences in 2017", "sexual offences")]
    public async Task WhatToKeepAnEyeOn_IsNeverAnotherTopicsPassage(string opener, string topic)
    {
        var text = await AfterAsync(opener, "anything we should keep an eye on");

        Assert.DoesNotContain("domestic abuse services", text, StringComparison.Ordinal);
        Assert.Contains(topic, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatToKeepAnEyeOn_DoesNotMoveTheConversationToAnotherTopic()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how many vehicle crimes in 2017", conversation);
        await _bot.AskAsync("anything we should keep an eye on", conversation);

        var text = await _bot.TextAsync("who should we link up with on it", conversation);

        Assert.Contains("vehicle", text, StringComparison.Ordinal);
        Assert.DoesNotContain("domestic abuse", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many hate crimes in 2017", "anything we should keep an eye on", "brexit")]
    [InlineData("How many road traffic collisions?", "what should we watch out for?", "driver behaviour")]
    public async Task WhatToKeepAnEyeOn_IsTheTopicsOwnWords(string opener, string followUp, string expected)
    {
        var text = await AfterAsync(opener, followUp);

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many CSE crimes in 2017", "lcsb")]
    [InlineData("how many drug offences in 2017", "jsna")]
    [InlineData("how many cyber crimes in 2017", "trading standards")]
    [InlineData("how many hate crimes in 2017", "dip sample")]
    public async Task WhomToLinkUpWith_IsTheTopicsOwnOpportunities(string opener, string expected)
    {
        var text = await AfterAsync(opener, "who should we link up with on it");

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("task and finish", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many shoplifting offences in 2017", "shoplifting")]
    [InlineData("how many business crimes in 2017", "business crime")]
    [InlineData("how many sexual offences in 2017", "sexual offences")]
    public async Task WhomToLinkUpWith_WithNoOpportunitiesForTheTopic_SaysItNamesNone(string opener, string topic)
    {
        var text = await AfterAsync(opener, "who could we partner with on this?");

        Assert.Contains("names no partners", text, StringComparison.Ordinal);
        Assert.Contains(topic, text, StringComparison.Ordinal);
        Assert.DoesNotContain("task and finish", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many cyber crimes in 2017")]
    [InlineData("how many shoplifting offences in 2017")]
    [InlineData("how many hate crimes in 2017")]
    public async Task WhatNeedsImproving_OfATopicWhoseWordsSayNothingOfIt_IsSaidSo(string opener)
    {
        var text = await AfterAsync(opener, "what needs improving in 2018?");

        Assert.DoesNotContain("timely data sharing", text, StringComparison.Ordinal);
        Assert.Contains("says nothing of what needs improving", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowOtherPartnersHelp_AfterCountyLines_IsTheReviewsInterventions()
    {
        var text = await AfterAsync("tell me about county lines", "what are the other partners doing to help");

        Assert.Contains("constabulary", text, StringComparison.Ordinal);
        Assert.Contains("crime prevention", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many shoplifting offences in 2017", "shoplifting")]
    [InlineData("How many road traffic collisions?", "road safety")]
    public async Task HowOtherPartnersHelp_WithNoProgrammeForTheTopic_SaysItNamesNone(string opener, string topic)
    {
        var text = await AfterAsync(opener, "what are the other partners doing to help");

        Assert.Contains("names no partner work on " + topic, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who is it for")]
    [InlineData("who is the audience")]
    [InlineData("who is this for?")]
    public async Task WhomTheAssessmentIsFor_AskedInAFewWords_IsItsPurpose(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("purpose of this document", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what version is this")]
    [InlineData("which version is it?")]
    public async Task TheAssessmentsVersion_AskedInAFewWords_IsItsTitlePage(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("1.0", text, StringComparison.Ordinal);
        Assert.Contains("december 2017", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what period does it cover")]
    [InlineData("what period does the data cover?")]
    public async Task ThePeriodTheAssessmentCovers_IsHowFarItsDataGoes(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("september 2017", text, StringComparison.Ordinal);
        Assert.Contains("december 2017", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many vehicle crimes in 2017", "what should we be watching?")]
    [InlineData("how many hate crimes in 2017", "who should we be working with on this")]
    [InlineData("How many road traffic collisions?", "where is there room for improvement")]
    public async Task FollowUpsOfTheTopic_AskedInOtherWords_StayWithIt(string opener, string followUp)
    {
        var text = await AfterAsync(opener, followUp);

        Assert.DoesNotContain("cybercrime", text, StringComparison.Ordinal);
        Assert.DoesNotContain("county lines", text, StringComparison.Ordinal);
        Assert.DoesNotContain("task and finish", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anything we should keep an eye on")]
    [InlineData("who should we link up with")]
    [InlineData("what are the other partners doing to help")]
    public async Task FollowUpsOfATopic_WithNoTopicYet_AskWhichTopic(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("which topic?", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhomToLinkUpWith_AfterAProgramme_IsThePartnersItsReviewNames()
    {
        var text = await AfterAsync("tell me about county lines", "who should we link up with on it");

        Assert.Contains("community safety partnership", text, StringComparison.Ordinal);
        Assert.DoesNotContain("names no partners", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("modern slavery", "what does the report recommend on it?", "Further partnership working is required")]
    [InlineData("DV offences 2017", "what does the assessment suggest we do about it?", "lead for Domestic Abuse")]
    public async Task WhatTheReportRecommendsOnIt_IsTheTopicsOwnOpportunities(string opener, string followUp, string expected)
    {
        var text = await AfterAsync(opener, followUp);

        Assert.Contains(expected, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("doesn't say anything", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why the big rise?")]
    [InlineData("why the huge rise?")]
    public async Task WhyTheBigRise_IsTheTopicsReason_HoweverBigItIsCalled(string followUp)
    {
        var text = await AfterAsync("DA marker crimes 2017", followUp);

        Assert.Contains("recording practise", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("when did the marker come in?")]
    [InlineData("when was the marker brought in?")]
    public async Task WhenTheMarkerCameIn_IsItsIntroduction(string followUp)
    {
        var text = await AfterAsync("cybercrime count 2017?", followUp);

        Assert.Contains("mid-2014", text, StringComparison.Ordinal);
    }
}
