using SafetyBot.Tests.Dialogs.Language.Evaluation;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Crime in a place the assessment never names (another city, county or a London borough), through /api/messages of the
/// running bot (issue 13): the answer says the assessment doesn't cover that place and shows no figure card, never Cambridge
/// City's figures or its similar-areas comparison as if they answered.
/// </summary>
public sealed class PlacesElsewhereAnswersTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public PlacesElsewhereAnswersTests()
    {
        _host = new BotHost(_folder.File("elsewhere.db"));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("what's the shoplifting rate in Norwich?", "Norwich")]
    [InlineData("how many burglaries were there in Birmingham last year", "Birmingham")]
    [InlineData("which London borough has the highest vehicle crime?", "a London borough")]
    [InlineData("How does Cambridge compare with Oxford on crime?", "Oxford")]
    [InlineData("latest Leeds ASB figures", "Leeds")]
    public async Task CrimeInAPlaceTheAssessmentNeverNames_IsNotCovered_WithNoFigureCard(string question, string place)
    {
        var replies = await _host.SayAsync(question, conversationId: "elsewhere-" + question.Length);

        var said = Replies.Said(replies);
        Assert.Contains($"it doesn't cover {place}", said, StringComparison.Ordinal);
        Assert.DoesNotContain(replies.SelectMany(r => r.Attachments ?? []), a => a.Content is not null && AnswerJudge.IsFigureCard(AnswerText.Content(a)));
    }

    [Theory]
    [InlineData("What does SOCP say about London gangs?", "London gangs")]
    [InlineData("what does the assessment say about knife crime in London?", "London")]
    public async Task PlacesTheAssessmentDoesName_AreStillAnswered(string question, string expected)
    {
        var replies = await _host.SayAsync(question, conversationId: "named-" + question.Length);

        Assert.Contains(expected, AnswerText.Of(replies), StringComparison.OrdinalIgnoreCase);
    }
}
