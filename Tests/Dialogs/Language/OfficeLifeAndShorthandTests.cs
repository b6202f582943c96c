using SafetyBot.Dialogs.Questions;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Through /api/messages of the running bot: the partnership's office life (meetings, expenses, IT) is not SafetyBot's,
/// whatever topic its words name ("fire station" is not arson's figures); and "dom abuse" is domestic abuse, while "Dom"
/// stays a name elsewhere.
/// </summary>
public sealed class OfficeLifeAndShorthandTests : IDisposable
{
    private readonly BotChat _bot = new("office-life.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("What time is the next CSP board meeting?")]
    [InlineData("How do I claim mileage for visiting the fire station?")]
    [InlineData("can you reset my password for the police portal")]
    [InlineData("is there a meeting room free for the domestic abuse forum?")]
    [InlineData("where do I send my expense claim for the road safety event")]
    public async Task OfficeLife_IsNotForSafetyBot_AndShowsNoTopic(string question)
    {
        var replies = await _bot.AskAsync(question);
        var said = Replies.Said(replies);

        Assert.Contains(GapReplies.NotForSafetyBot, said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
        Assert.DoesNotContain("The assessment says", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("When is the next strategic assessment due?")]
    [InlineData("how many fires were there at the fire station")]
    public async Task QuestionsAboutTheAssessmentOrItsTopics_AreNotOfficeLife(string question)
    {
        var said = Replies.Said(await _bot.AskAsync(question));

        Assert.DoesNotContain(GapReplies.NotForSafetyBot, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dom abuse incidents 2016?", "1935")]
    [InlineData("how many dom violence crimes in 2017", "1113")]
    public async Task DomBeforeAbuseOrViolence_IsDomestic(string question, string figure)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains(figure, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DomAsAName_IsStillAColleague()
    {
        var said = Replies.Said(await _bot.AskAsync("is Dom from probation off sick today?"));

        Assert.Contains(GapReplies.Staff, said, StringComparison.Ordinal);
    }
}
