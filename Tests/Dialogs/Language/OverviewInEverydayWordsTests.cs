using SafetyBot.Tests.Dialogs.Language.Evaluation;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// The first questions a member asks of the whole assessment, in everyday words and naming no topic, through /api/messages of
/// the running bot: an overview or the worries get the key findings, how the city stands gets the similar-areas standing, which
/// way things go gets the risers or fallers. Before, most got "can't answer", a refusal as if they asked for the news, or one
/// topic's sentence quoted for a question about all of them. A topic named beside the same words keeps that topic's answer.
/// </summary>
public sealed class OverviewInEverydayWordsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public OverviewInEverydayWordsTests()
    {
        _host = new BotHost(_folder.File("overview.db"));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("give me the headline figures")]
    [InlineData("what are the headlines")]
    [InlineData("what are the headline numbers")]
    [InlineData("give me a quick summary of crime in cambridge")]
    [InlineData("summarise the assessment")]
    [InlineData("can you sum up the assessment for me")]
    [InlineData("what's the overall picture")]
    [InlineData("the assessment in a nutshell please")]
    [InlineData("what do I need to know")]
    [InlineData("brief me before the board meeting")]
    [InlineData("what are the biggest problems")]
    [InlineData("what should we be worried about")]
    [InlineData("what are the main concerns")]
    [InlineData("areas of concern?")]
    public async Task AnOverviewOrTheWorries_OfTheWholeAssessment_GetTheKeyFindings(string question)
    {
        var text = AnswerText.Of(await _host.SayAsync(question, conversationId: "overview-" + Guid.NewGuid().ToString("N")));

        Assert.Contains("key findings", text, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what are we worst at")]
    [InlineData("where are we doing badly")]
    [InlineData("what are we doing worst on")]
    [InlineData("where are we doing well")]
    [InlineData("what are we best at")]
    [InlineData("where does cambridge perform worst")]
    public async Task HowTheCityStands_WithNoTopic_GetsItsStandingAgainstSimilarAreas(string question)
    {
        var text = AnswerText.Of(await _host.SayAsync(question, conversationId: "standing-" + Guid.NewGuid().ToString("N")));

        Assert.Contains("most similar group", text, StringComparison.Ordinal);
        Assert.Contains("rank 3 out of 15", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's getting worse", "biggest risers")]
    [InlineData("what's going badly", "biggest risers")]
    [InlineData("any bad news?", "biggest risers")]
    [InlineData("what's on the rise", "biggest risers")]
    [InlineData("what improved", "biggest fallers")]
    [InlineData("what got better", "biggest fallers")]
    [InlineData("any good news?", "biggest fallers")]
    [InlineData("what's going well", "biggest fallers")]
    public async Task WhichWayThingsGo_WithNoTopic_GetsTheRisersOrFallers(string question, string expected)
    {
        var text = AnswerText.Of(await _host.SayAsync(question, conversationId: "direction-" + Guid.NewGuid().ToString("N")));

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is burglary getting worse", "dwelling burglary")]
    [InlineData("summarise shoplifting", "shoplifting")]
    [InlineData("what are the main concerns about county lines", "county lines")]
    public async Task TheSameWords_WithATopic_KeepThatTopicsAnswer(string question, string topic)
    {
        var text = AnswerText.Of(await _host.SayAsync(question, conversationId: "topic-" + Guid.NewGuid().ToString("N")));

        Assert.Contains(topic, text, StringComparison.Ordinal);
        Assert.DoesNotContain("biggest risers, 2017", text, StringComparison.Ordinal);
        Assert.DoesNotContain("most similar group (12 months", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("are we good at recording crime")]
    [InlineData("has crime recording improved")]
    [InlineData("should I be worried about walking home through town at night")]
    [InlineData("can you summarise my emails")]
    [InlineData("what does the assessment say about number plate recognition cameras?")]
    public async Task AQuestionAboutOneThing_InTheSameWords_IsNotAnOverviewOfEverything(string question)
    {
        var text = AnswerText.Of(await _host.SayAsync(question, conversationId: "one-thing-" + Guid.NewGuid().ToString("N")));

        Assert.DoesNotContain("biggest risers, 2017", text, StringComparison.Ordinal);
        Assert.DoesNotContain("biggest fallers, 2017", text, StringComparison.Ordinal);
        Assert.DoesNotContain("most similar group (12 months", text, StringComparison.Ordinal);
        Assert.DoesNotContain("key findings of the 2017/18", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what are today's headlines")]
    [InlineData("bbc news headlines")]
    public async Task TheNewsHeadlines_AreStillNotWhatSafetyBotIsFor(string question)
    {
        var text = AnswerText.Of(await _host.SayAsync(question, conversationId: "news-" + Guid.NewGuid().ToString("N")));

        Assert.Contains("can't answer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("key findings", text, StringComparison.Ordinal);
    }
}
