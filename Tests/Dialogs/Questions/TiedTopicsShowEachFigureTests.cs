using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>
/// A figure question that fits two topics equally, both with figures for it ("domestic abuse figures since 2012"), through
/// /api/messages of the running bot: the "did you mean" card still offers each topic, and each topic's card follows it, so
/// the member has both figures at once. Before, the member got only the question back and no figure.
/// </summary>
public sealed class TiedTopicsShowEachFigureTests : IDisposable
{
    private readonly BotChat _bot = new("tied-topics-each-figure.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("domestic abuse figures since 2012")]
    [InlineData("how has domestic abuse changed since 2012?")]
    public async Task ADomesticAbuseSeries_ShowsTheIncidentsAndTheOffences(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("Did you mean domestic abuse incidents or domestic violence offences?", said, StringComparison.Ordinal);
        Assert.Contains("the assessment's figures for each follow", said, StringComparison.Ordinal);
        Assert.Contains("1,873", said, StringComparison.Ordinal);
        Assert.Contains("1,113", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterBothFigures_ATypedPick_AnswersThatTopicAlone()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("domestic abuse figures since 2012", conversation);

        var said = await _bot.PlainSaidAsync("the incidents one", conversation);

        Assert.Contains("1,873", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", said, StringComparison.Ordinal);
    }
}
