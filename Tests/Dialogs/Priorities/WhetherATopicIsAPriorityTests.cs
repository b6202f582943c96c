using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Priorities;

/// <summary>
/// "Is road safety a priority?" through /api/messages of the running bot (issue 13): whether a topic comes under the priorities
/// the assessment recommends (by the programmes its figures are evidence for), the 2017/18 priority it was evidence for, and
/// what the assessment's own words say of it as a priority; never its figure card, never a did-you-mean between two topics
/// that share a name.
/// </summary>
public sealed class WhetherATopicIsAPriorityTests : IDisposable
{
    private readonly BotChat _bot = new("topic-priority.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("is road safety a priority")]
    [InlineData("should road safety be a priority?")]
    [InlineData("Are RTCs one of the priorities for next year?")]
    public async Task RoadSafety_IsNotAPriority_InTheAssessmentsOwnWords(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("Road safety (road traffic collisions) is not among the figures SafetyBot shows as evidence for the 3 priorities the assessment recommends for 2018/19", said, StringComparison.Ordinal);
        Assert.Contains("So it should not be a priority for the CSP.", said, StringComparison.Ordinal);
        Assert.DoesNotContain("338", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is domestic abuse a priority")]
    [InlineData("which priority does DA fall under")]
    public async Task DomesticAbuse_ComesUnderPriority3_WithoutADidYouMean(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("as evidence for priority 3, Domestic Abuse (programme 3.1 White Ribbon Campaign", said, StringComparison.Ordinal);
        Assert.Contains("In its review of 2017/18, the assessment cites the figures for", said, StringComparison.Ordinal);
        Assert.Contains("under priority 2, Domestic abuse", said, StringComparison.Ordinal);
        Assert.Contains("National Priorities", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APastYearAsked_LeadsWithThePrioritiesReviewed()
    {
        var said = await _bot.PlainSaidAsync("was violence a priority in 2017/18");

        Assert.StartsWith("In its review of 2017/18, the assessment cites the figures for all violence against the person under priority 1, Safeguarding vulnerable people against violence.", said, StringComparison.Ordinal);
        Assert.Contains("programmes 1.1 County lines/cuckooing and 1.2 Exploitation of adults", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATopicUnderNoPriority_SaysSo_AndListsTheRecommendedOnes()
    {
        var said = await _bot.PlainSaidAsync("should we prioritise shoplifting?");

        Assert.StartsWith("Shoplifting is not among the figures SafetyBot shows as evidence for the 3 priorities", said, StringComparison.Ordinal);
        Assert.Contains("2 Identifying and responding to vulnerable locations", said, StringComparison.Ordinal);
        Assert.DoesNotContain("1,295", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SafetyBotsOwnNotes_AreNeverQuotedAsTheAssessments()
    {
        var said = await _bot.PlainSaidAsync("is ASB a priority");

        Assert.Contains("priority 2, Identifying and responding to vulnerable locations", said, StringComparison.Ordinal);
        Assert.DoesNotContain("are not in the text", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhyATopicIsNotAPriority_IsStillAnsweredFromItsWords()
    {
        var said = await _bot.PlainSaidAsync("why isn't road safety a priority");

        Assert.Contains("Road maintenance is a County level responsibility", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what was the road safety figure", "is domestic abuse a priority", "is it a priority?", "Domestic Abuse (programme 3.1")]
    [InlineData("how many shoplifting offences in 2017?", "what about burglary?", "is that a priority", "Dwelling burglary is not among")]
    [InlineData("tell me about vehicle crime", "how has it changed?", "should it be a priority?", "Vehicle crime is not among")]
    public async Task IsItAPriority_AfterATopic_IsAskedOfTheLastTopicAnswered(string first, string second, string followUp, string expected)
    {
        var conversation = Guid.NewGuid().ToString();
        await _bot.AskAsync(first, conversation);
        await _bot.AskAsync(second, conversation);

        var said = await _bot.PlainSaidAsync(followUp, conversation);

        Assert.Contains(expected, said, StringComparison.Ordinal);
        Assert.DoesNotContain("So it should not be a priority", said, StringComparison.Ordinal);
    }
}
