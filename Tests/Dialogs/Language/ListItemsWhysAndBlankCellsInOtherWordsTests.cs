using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Through /api/messages of the running bot: an item of the last list named by its place alone, question mark and all ("and the
/// second?", "who leads the third?"), is that item; "why is it included" is a why-question whose subject is its inclusion (the
/// assessment's "Included as force priority due to high risk of harm"), not a question of what a term means; and a cell the
/// assessment leaves blank is said to be blank: a topic with no opportunities says the assessment gives none, and a national
/// picture given only in words says it gives no national figure.
/// </summary>
public sealed class ListItemsWhysAndBlankCellsInOtherWordsTests : IDisposable
{
    private readonly BotChat _bot = new("list-items-whys-and-blank-cells.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("and the second?", "vulnerable locations")]
    [InlineData("the third?", "white ribbon")]
    [InlineData("ok, and the third?", "white ribbon")]
    [InlineData("so the last?", "white ribbon")]
    public async Task AnItemByItsPlaceAlone_AfterTheRecommendedPriorities_IsThatPriority(string question, string expected)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("what priorities does the assessment recommend", conversation);

        var said = await _bot.TextAsync(question, conversation);

        Assert.Contains(expected, said, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who leads the third?")]
    [InlineData("who leads the last?")]
    public async Task WhoLeadsAnItemByItsPlace_AfterTheRecommendedPriorities_IsThatPrioritysLead(string question)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("which priorities are being recommended?", conversation);

        var said = await _bot.TextAsync(question, conversation);

        Assert.Contains("cambridge city council", said, StringComparison.Ordinal);
        Assert.DoesNotContain("priority 2", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why is modern slavery included?")]
    [InlineData("why was modern slavery included")]
    [InlineData("why is modern slavery even included in the scanning table")]
    public async Task WhyATopicIsIncluded_IsTheAssessmentsReasonForIncludingIt(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("high risk of harm", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does the assessment recommend for shoplifting")]
    [InlineData("any opportunities on shoplifting?")]
    [InlineData("what should the partnership do about shoplifting")]
    public async Task TheRecommendationOfATopicWithABlankOpportunitiesCell_IsSaidToBeNone(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("gives no opportunities or recommendation", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("modern slavery nationally")]
    [InlineData("what's the national picture on CSE")]
    [InlineData("CSE national trend")]
    public async Task ANationalPictureGivenOnlyInWords_SaysItGivesNoNationalFigure(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("gives no national figure", said, StringComparison.Ordinal);
    }
}
