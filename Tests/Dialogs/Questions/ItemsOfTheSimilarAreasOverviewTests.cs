using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>
/// "the second one", "the last one" after the similar-areas overview, through /api/messages of the running bot: the topic in
/// that place of the card's list (found by the attacker: before, both got "can't answer").
/// </summary>
public sealed class ItemsOfTheSimilarAreasOverviewTests : IDisposable
{
    private readonly BotChat _bot = new("peer-items.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("how do we compare with similar areas", "what's under the second one", "theft from the person")]
    [InlineData("how do we compare with similar areas", "the last one", "violence with injury")]
    [InlineData("what are we worst at", "tell me about the first one", "cohesion")]
    public async Task APlaceInTheList_AfterTheSimilarAreasOverview_IsThatTopic(string overview, string pointing, string topic)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync(overview, conversation);

        var text = await _bot.TextAsync(pointing, conversation);

        Assert.StartsWith(topic, text, StringComparison.Ordinal);
    }
}
