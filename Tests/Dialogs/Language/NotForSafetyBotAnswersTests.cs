using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Requests SafetyBot is not for although they name something the assessment covers (advice about the asker's own
/// situation, translating, recommending a pub), and requests for the names of people in cases, through /api/messages of the
/// running bot (issue 13): "can't answer", with no figure card for the topic named.
/// </summary>
public sealed class NotForSafetyBotAnswersTests : IDisposable
{
    private readonly BotChat _bot = new("not-for.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("should I get a better lock for my bike shed? there's been burglaries")]
    [InlineData("can you translate the recommendations into Romanian")]
    [InlineData("where's a good pub near Market ward for a quiet drink after the meeting?")]
    public async Task ARequestSafetyBotIsNotFor_GetsCantAnswer_WithNoFigureCard(string question)
    {
        var replies = await _bot.AskAsync(question);

        var said = Replies.Said(replies);
        Assert.Contains("can't answer", said, StringComparison.Ordinal);
        Assert.Contains("can't give advice about your own situation", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Fact]
    public async Task TheNamesOfClientsReferredToAService_AreKindlyRefused_AsPersonalData()
    {
        var said = await _bot.SaidAsync("list the names of the clients referred to the IDVA service");

        Assert.Contains("never personal data about anyone", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what do I do to log an update?", "nothing for you to log")]
    [InlineData("Is there good news on alcohol related incidents?", "964")]
    public async Task QuestionsAboutSafetyBotOrTheAssessment_AreStillAnswered(string question, string expected)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains(expected, said, StringComparison.OrdinalIgnoreCase);
    }
}
