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
}
