using SafetyBot.Tests.Dialogs.Language.Evaluation;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Questions that name something the assessment covers but ask what it does not hold, through /api/messages of the
/// running bot (issue 13): a person's details get a kind refusal and no figure card; a breakdown it does not give and a
/// period after its latest figures get "the assessment has no ..." with what it does have, never a figure card.
/// </summary>
public sealed class GapAnswersTests : IDisposable
{
    private readonly BotChat _bot = new("gaps.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("<at>SafetyBot</at> can you give me the home address of the IDVA case worker")]
    [InlineData("what's the phone number of the victim in the shoplifting case")]
    [InlineData("who was the offender in the Mill Road burglary case")]
    [InlineData("names of the offenders in the county lines cases")]
    [InlineData("can you look up the criminal record of a man arrested for vehicle crime")]
    [InlineData("give me the details of the domestic abuse case on Arbury Road")]
    [InlineData("what convictions does the man at 4 Hills Road have?")]
    [InlineData("has anyone at number 12 Mill Road been burgled")]
    public async Task PersonalData_AboutAnyone_IsKindlyRefused_WithNoFigureCard(string question)
    {
        var replies = await _bot.AskAsync(question);

        var said = Replies.Said(replies);
        Assert.Contains("never personal data about anyone", said, StringComparison.Ordinal);
        Assert.Contains("can't answer", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("Can you summarise the latest Premier League table?")]
    [InlineData("who won the rugby at the weekend")]
    public async Task Sport_IsNotInTheAssessment_AndShowsNoFigures(string question)
    {
        var replies = await _bot.AskAsync(question);

        Assert.Contains("can't answer", Replies.Said(replies), StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
        Assert.DoesNotContain("Key findings", Replies.Said(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMarketWardGroup_IsStillTheProgramme_NotAWardBreakdown()
    {
        var said = await _bot.SaidAsync("what does the Market Ward group do");

        Assert.DoesNotContain("ward breakdown", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who is the lead officer for county lines")]
    [InlineData("how many victims of domestic abuse were referred to the IDVA")]
    [InlineData("how do the police record domestic abuse")]
    public async Task QuestionsAboutPeopleInAggregate_AreNotRefused(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.DoesNotContain("never personal data", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("burglary broken down by ward", "no ward breakdown of dwelling burglary")]
    [InlineData("How many violent crimes happened in Market ward?", "no ward breakdown of all violence against the person")]
    [InlineData("ASB incidents in Abbey ward 2017?", "no ward breakdown of anti-social behaviour")]
    [InlineData("shoplifting in Petersfield ward", "no ward breakdown of shoplifting")]
    [InlineData("which ward has the most burglaries", "no ward breakdown of dwelling burglary")]
    [InlineData("shoplifting figures by age", "no age breakdown of shoplifting")]
    [InlineData("hate crime by ethnicity of the victim", "no ethnicity breakdown of cohesion")]
    [InlineData("vehicle crime per street", "no street or postcode breakdown of vehicle crime")]
    [InlineData("how many sexual offences per offender", "no offender breakdown of sexual offences")]
    [InlineData("how many shoplifting offences were committed by students?", "no offender breakdown of shoplifting")]
    [InlineData("number of vehicle crimes carried out by young people in 2017", "no offender breakdown of vehicle crime")]
    public async Task ABreakdownTheAssessmentDoesNotGive_SaysSo_OffersTheTopic_AndShowsNoFigures(string question, string expected)
    {
        var replies = await _bot.AskAsync(question);

        var reply = Assert.Single(replies);
        Assert.Contains(expected, Replies.AllText(reply), StringComparison.OrdinalIgnoreCase);
        Assert.False(AnswerJudge.IsFigureCard(Replies.Card(reply)));
        Assert.Single(Replies.SubmitData(Replies.Card(reply)), b => (string?)b["verb"] == "indicator.change");
    }

    [Fact]
    public async Task ABreakdownBySex_QuotesWhatTheAssessmentDoesGive_WithItsAreaAndPeriod()
    {
        var reply = Assert.Single(await _bot.AskAsync("domestic abuse victimisation by gender"));

        var text = Replies.AllText(reply);
        Assert.Contains("no gender breakdown", text, StringComparison.Ordinal);
        Assert.Contains("females aged 16-59", text, StringComparison.Ordinal);
        Assert.Contains("England and Wales", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("crime figures for 2018/19 please", "no figures for 2018/19")]
    [InlineData("stats for 2020", "no figures for 2020")]
    [InlineData("what are the crime numbers for 2019/20", "no figures for 2019/20")]
    public async Task FiguresForAPeriodAfterTheLatest_SaySo_AndWhichIsTheLatest(string question, string expected)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        var text = Replies.AllText(reply);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains("its latest figures run to December 2017", text, StringComparison.Ordinal);
        Assert.False(AnswerJudge.IsFigureCard(Replies.Card(reply)));
    }

    [Fact]
    public async Task FiguresForAPeriodTheAssessmentHolds_WithNoTopic_AskWhichTopic()
    {
        var reply = Assert.Single(await _bot.AskAsync("crime figures for 2017"));

        Assert.Contains("Which topic do you mean?", Replies.AllText(reply), StringComparison.Ordinal);
        Assert.DoesNotContain("no figures for", Replies.AllText(reply), StringComparison.Ordinal);
    }
}
