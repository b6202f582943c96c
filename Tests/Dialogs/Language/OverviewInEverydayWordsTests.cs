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
    private readonly BotChat _bot = new("overview.db");

    public void Dispose() => _bot.Dispose();

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
        var text = await _bot.TextAsync(question);

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
        var text = await _bot.TextAsync(question);

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
        var text = await _bot.TextAsync(question);

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is burglary getting worse", "dwelling burglary")]
    [InlineData("summarise shoplifting", "shoplifting")]
    [InlineData("what are the main concerns about county lines", "county lines")]
    public async Task TheSameWords_WithATopic_KeepThatTopicsAnswer(string question, string topic)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains(topic, text, StringComparison.Ordinal);
        Assert.DoesNotContain("biggest risers, 2017", text, StringComparison.Ordinal);
        Assert.DoesNotContain("most similar group (12 months", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is crime rising in cambridge")]
    [InlineData("has crime gone up")]
    [InlineData("is crime going up or down")]
    [InlineData("how is crime in cambridge")]
    [InlineData("is crime getting worse in the city")]
    [InlineData("has overall crime fallen since last year")]
    public async Task WhichWayCrimeAsAWholeWent_IsAnsweredTopicByTopic_TheRisersAndTheFallers(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("biggest risers", text, StringComparison.Ordinal);
        Assert.Contains("biggest fallers", text, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("total crime in cambridge 2017")]
    [InlineData("how much crime is there in cambridge")]
    [InlineData("what's the crime rate in cambridge")]
    [InlineData("how many crimes were there in total last year")]
    [InlineData("overall crime figures please")]
    [InlineData("what is the level of crime in the city")]
    [InlineData("how many police recorded crimes were there")]
    public async Task ACountOrRateOfAllCrime_IsAFigureTheAssessmentDoesNotGive_SaidSo_WithNoFigureCard(string question)
    {
        var replies = await _bot.AskAsync(question);
        var text = AnswerText.Of(replies);

        Assert.Contains("gives no figure for all crime in cambridge city as a whole", text, StringComparison.Ordinal);
        Assert.Contains("topic by topic", text, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("is cambridge safe")]
    [InlineData("is cambridge a safe place to live")]
    public async Task WhetherTheCityIsSafe_GetsTheKeyFindings(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("key findings of the 2017/18", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how safe is cambridge compared to other cities")]
    [InlineData("how does crime in cambridge compare with similar areas")]
    public async Task TheCityAgainstOtherPlaces_KeepsTheSimilarAreasComparison(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("most similar group", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why has recorded crime gone up")]
    [InlineData("is recorded crime rising nationally")]
    [InlineData("crime in the night-time economy")]
    public async Task CrimeAsked_WithAnythingMore_IsNotCrimeAsAWhole(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.DoesNotContain("gives no figure for all crime", text, StringComparison.Ordinal);
        Assert.DoesNotContain("biggest fallers, 2017", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's getting worse for young people")]
    [InlineData("what's getting worse according to the CSEW")]
    [InlineData("what are the biggest problems nationally")]
    [InlineData("where are we doing well on theft")]
    [InlineData("what are we worst at in property crime")]
    [InlineData("what's getting worse in anti-social behaviour")]
    [InlineData("is crime rising in the county?")]
    public async Task TheOverviewWords_WithSomethingMoreNamed_AreNotAnOverviewOfTheCity(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.DoesNotContain("key findings of the 2017/18", text, StringComparison.Ordinal);
        Assert.DoesNotContain("biggest risers, 2017", text, StringComparison.Ordinal);
        Assert.DoesNotContain("most similar group (12 months to november 2017): above the average rate for cohesion", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("are we good at recording crime")]
    [InlineData("has crime recording improved")]
    [InlineData("should I be worried about walking home through town at night")]
    [InlineData("can you summarise my emails")]
    [InlineData("what does the assessment say about number plate recognition cameras?")]
    public async Task AQuestionAboutOneThing_InTheSameWords_IsNotAnOverviewOfEverything(string question)
    {
        var text = await _bot.TextAsync(question);

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
        var text = await _bot.TextAsync(question);

        Assert.Contains("can't answer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("key findings", text, StringComparison.Ordinal);
    }
}
