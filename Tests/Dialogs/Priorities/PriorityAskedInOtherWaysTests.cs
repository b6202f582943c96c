using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Priorities;

/// <summary>
/// Whether a topic is a priority, asked as members type it (through /api/messages of the running bot): with "priority"
/// mistyped, as a statement to confirm ("shoplifting is a priority, right?"), and with a priority's number ("is domestic abuse
/// priority 3?"), which is answered yes or no against that numbered priority before the rest; never the topic's figure card.
/// </summary>
public sealed class PriorityAskedInOtherWaysTests : IDisposable
{
    private readonly BotChat _bot = new("priority-other-ways.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("is road safety a prioritty", "Road safety (road traffic collisions) is not among")]
    [InlineData("is shoplifting a priorty?", "Shoplifting is not among")]
    [InlineData("is shoplifting a prioritie", "Shoplifting is not among")]
    [InlineData("Are RTCs one of the proirities for next year?", "Road safety (road traffic collisions) is not among")]
    [InlineData("should we priortise shoplifting", "Shoplifting is not among")]
    [InlineData("is shoplifting a priroity", "Shoplifting is not among")]
    [InlineData("is shoplifting a piority?", "Shoplifting is not among")]
    public async Task PriorityMistyped_IsStillAskedWhetherAPriority(string question, string expected)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.StartsWith(expected, said, StringComparison.Ordinal);
        Assert.DoesNotContain("1,295", said, StringComparison.Ordinal);
        Assert.DoesNotContain("338", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Road safety is a priority, right?", "Road safety (road traffic collisions) is not among")]
    [InlineData("confirm that shoplifting is a priority", "Shoplifting is not among")]
    [InlineData("shoplifting is a priority isn't it", "Shoplifting is not among")]
    [InlineData("can you confirm ASB is one of the priorities", "Anti-social behaviour (ASB) is among")]
    public async Task AStatementToConfirm_IsAnsweredAsTheQuestion(string question, string expected)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.StartsWith(expected, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Road safety is priority 1, right?")]
    [InlineData("is road safety priority one?")]
    public async Task ATopicUnderAnotherNumberedPriority_GetsANo_AndWhatThatPriorityIs(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.StartsWith("No: priority 1 of those the assessment recommends for 2018/19 is Safeguarding people against violence and exploitation. Road safety", said, StringComparison.Ordinal);
        Assert.Contains("Road safety (road traffic collisions) is not among the figures SafetyBot shows as evidence for", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATopicUnderTheNumberedPriority_GetsAYes()
    {
        var said = await _bot.PlainSaidAsync("is domestic abuse priority 3?");

        Assert.StartsWith("Yes: priority 3 of those the assessment recommends for 2018/19 is Domestic Abuse.", said, StringComparison.Ordinal);
        Assert.Contains("(programme 3.1 White Ribbon Campaign", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANumberedPriorityOfAPastYear_IsWeighedAgainstThatYearsReview()
    {
        var said = await _bot.PlainSaidAsync("is domestic abuse priority 3 in 2017/18?");

        Assert.StartsWith("No: priority 3 of those reviewed for 2017/18 was Reducing antisocial behaviour within vulnerable groups. In its review", said, StringComparison.Ordinal);
        Assert.Contains("under priority 2, Domestic abuse", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANumberNoPriorityHas_IsSaidPlainly()
    {
        var said = await _bot.PlainSaidAsync("is shoplifting priority 5?");

        Assert.StartsWith("No: the assessment recommends 3 priorities for 2018/19, none numbered 5.", said, StringComparison.Ordinal);
        Assert.Contains("Shoplifting is not among", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is shoplifting priority -1?")]
    [InlineData("is shoplifting priority 0?")]
    public async Task ANumberBelowOne_IsNoPriorityNumber_SoTheTopicIsWeighedAgainstThemAll(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.StartsWith("Shoplifting is not among the figures SafetyBot shows as evidence for the 3 priorities", said, StringComparison.Ordinal);
        Assert.DoesNotContain("numbered", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tell me about priority 2")]
    [InlineData("what is priority 1 about?")]
    public async Task APriorityAskedByNumber_WithoutATopic_IsStillItsCard(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.DoesNotContain("is it a priority", said, StringComparison.Ordinal);
        Assert.DoesNotContain("No:", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is sexual violence a priority")]
    [InlineData("are sex crimes one of the priorities?")]
    public async Task SexualViolence_IsAskedOfSexualOffences_NotOfAllViolence(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.StartsWith("Sexual offences is not among", said, StringComparison.Ordinal);
        Assert.DoesNotContain("All violence against the person", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATableNoteWithoutItsSubject_IsQuotedWithTheRestOfItsCell()
    {
        var said = await _bot.PlainSaidAsync("is CSE a priority");

        Assert.Contains("“Has been a high national and local priority. The Partnership is currently unsighted on this issue.", said, StringComparison.Ordinal);
        Assert.Contains("The Partnership should look to the LCSB for further guidance.", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("was domestic abuse the second priority last year?")]
    [InlineData("domestic abuse was priority 2 last year, right?")]
    [InlineData("was domestic abuse priority 2 previously?")]
    [InlineData("is domestic abuse priority 2 in the review of priorities?")]
    public async Task LastYearOrTheReview_IsTheYearReviewed(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.StartsWith("Yes: priority 2 of those reviewed for 2017/18 was Domestic abuse.", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what was priority 2 in 2017/18?")]
    [InlineData("what was priority 1 last year?")]
    public async Task ANumberedPriorityOfTheYearReviewed_IsAmongThePrioritiesReviewed(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("Domestic abuse", said, StringComparison.Ordinal);
        Assert.Contains("Safeguarding vulnerable people against violence", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Identifying and responding to vulnerable locations", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is county lines priority 2?", "No: county lines/cuckooing is programme 1.1 of priority 1, Safeguarding people against violence and exploitation")]
    [InlineData("is White Ribbon priority 3?", "Yes: white ribbon campaign led by cambridge city council is programme 3.1 of priority 3, Domestic Abuse")]
    public async Task AProgrammeBesideANumberedPriority_GetsAYesOrNo(string question, string expected)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.StartsWith(expected, said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("burglary is priority 2 yeah?")]
    [InlineData("I think ASB is priority 3")]
    [InlineData("ASB = priority 3?")]
    [InlineData("is ASB priority number 3?")]
    [InlineData("is ASB priority #3?")]
    public async Task AStatementOfANumberedPriority_GetsAYesOrNo(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Matches("^(Yes|No): priority [23] of those the assessment recommends for 2018/19 is ", said);
    }

    [Theory]
    [InlineData("domestic abuse isn't a priority, is it?")]
    [InlineData("is domestic abuse a national priority?")]
    [InlineData("surely burglary is a priority??")]
    [InlineData("so violence isn't a priority?")]
    [InlineData("what number priority is violence?")]
    public async Task WhetherAPriority_InOtherWords_IsAnsweredWithoutADidYouMeanOrAFigure(string question)
    {
        var replies = await _bot.AskAsync(question);
        var said = Replies.Said(replies);

        Assert.Contains("is it a priority?", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Fact]
    public async Task APeriodAskedAfterAPriorityAnswer_IsThePriorityOfThatYear()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("is domestic abuse priority 3?", conversation);

        var said = await _bot.PlainSaidAsync("and in 2017/18?", conversation);

        Assert.StartsWith("In its review of 2017/18, the assessment cites the figures for", said, StringComparison.Ordinal);
        Assert.Contains("under priority 2, Domestic abuse", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTopicAskedAfterAPriorityAnswer_IsAskedWhetherAPriority()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("was violence priority 1 in 2017/18?", conversation);

        var said = await _bot.PlainSaidAsync("is ASB?", conversation);

        Assert.Contains("under priority 3, Reducing antisocial behaviour within vulnerable groups", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneOfThem_AfterThePriorities_AsksWhetherTheTopicIsAPriority()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("what are the priorities?", conversation);

        var replies = await _bot.AskAsync("is ASB one of them?", conversation);

        Assert.StartsWith("Anti-social behaviour (ASB) is among the figures SafetyBot shows as evidence for", Replies.Said(replies), StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Fact]
    public async Task WhyATopicWasNotMadeAPriority_IsAnsweredWithTheAssessmentsReason()
    {
        var said = await _bot.PlainSaidAsync("why was road safety not made a priority?");

        Assert.Contains("So it should not be a priority for the CSP.", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what are the top 3 priorities?")]
    [InlineData("what are the main priorities")]
    [InlineData("Which priorities does the review suggest the partnership take on going forward?")]
    [InlineData("which priorities does the assessment suggest going forward")]
    public async Task ThePrioritiesInOtherWords_AreThePriorities(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("The assessment recommends 3 priorities for 2018/19", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIsInANumberedPriority_IsItsCard()
    {
        var said = await _bot.PlainSaidAsync("what's in priority 2?");

        Assert.StartsWith("Priority 2 for 2018/19: Identifying and responding to vulnerable locations.", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Priority number two in the recommendations - what's it about?")]
    [InlineData("what is priority number two?")]
    public async Task ANumberedPriorityBesideWordsOfRecommending_IsItsCard(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.StartsWith("Priority 2 for 2018/19: Identifying and responding to vulnerable locations.", said, StringComparison.Ordinal);
    }
}
