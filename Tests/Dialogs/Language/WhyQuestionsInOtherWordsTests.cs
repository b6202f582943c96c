using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Why-questions in a member's words, through /api/messages of the running bot: one topic rising "faster" than another is the
/// assessment's reason for the larger increase, and "the real figure" of a topic is its under-reporting, within the topic asked about.
/// </summary>
public sealed class WhyQuestionsInOtherWordsTests : IDisposable
{
    private readonly BotChat _bot = new("why-in-other-words.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("why is violence without injury rising so much faster than violence with injury")]
    [InlineData("why has violence without injury grown quicker than violence with injury?")]
    public async Task OneTopicRisingFasterThanAnother_IsTheReasonForTheLargerIncrease(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("less serious", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why might the real figure be higher?")]
    [InlineData("why could the true figure be higher?")]
    public async Task TheRealFigureOfCybercrime_IsItsUnderReporting(string question)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("cyber crime numbers 2017?", conversation);

        var said = await _bot.TextAsync(question, conversation);

        Assert.Contains("underreporting", said, StringComparison.Ordinal);
        Assert.DoesNotContain("knife", said, StringComparison.Ordinal);
    }
}
