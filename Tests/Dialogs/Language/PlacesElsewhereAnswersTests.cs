using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Crime in a place the assessment never names (another city, county or a London borough), through /api/messages of the
/// running bot (issue 13): the answer says the assessment doesn't cover that place and shows no figure card, never Cambridge
/// City's figures or its similar-areas comparison as if they answered.
/// </summary>
public sealed class PlacesElsewhereAnswersTests : IDisposable
{
    private readonly BotChat _bot = new("elsewhere.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("what's the shoplifting rate in Norwich?", "Norwich")]
    [InlineData("how many burglaries were there in Birmingham last year", "Birmingham")]
    [InlineData("which London borough has the highest vehicle crime?", "a London borough")]
    [InlineData("How does Cambridge compare with Oxford on crime?", "Oxford")]
    [InlineData("latest Leeds ASB figures", "Leeds")]
    public async Task CrimeInAPlaceTheAssessmentNeverNames_IsNotCovered_WithNoFigureCard(string question, string place)
    {
        var replies = await _bot.AskAsync(question);

        Assert.Contains($"it doesn't cover {place}", Replies.Said(replies), StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("What does SOCP say about London gangs?", "London gangs")]
    [InlineData("what does the assessment say about knife crime in London?", "London")]
    public async Task PlacesTheAssessmentDoesName_AreStillAnswered(string question, string expected)
    {
        Assert.Contains(expected, await _bot.TextAsync(question), StringComparison.OrdinalIgnoreCase);
    }
}
