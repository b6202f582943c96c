using SafetyBot.Tests.Dialogs.Language.Evaluation;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Figures and gaps asked in a member's everyday words, through /api/messages of the running bot: violence described by whether
/// anyone was hurt is the police's violence with or without injury; accidents on the roads are road traffic collisions;
/// admissions to hospital are a count by name, and people in drug or alcohol treatment a count the assessment never prints;
/// reports of ASB about homeless people are counted reports, never a count of people; a year or month asked of the partnership's
/// work is a when-question in the assessment's words.
/// </summary>
public sealed class InjuriesAccidentsAndCountsInOtherWordsTests : IDisposable
{
    private readonly BotChat _bot = new("injuries-accidents-counts.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("violent offences where the victim wasn't injured in 2017")]
    [InlineData("how many attacks where no one got hurt were recorded in 2017")]
    [InlineData("violence in which nobody was harmed, 2017 count")]
    public async Task ViolenceWhereNobodyWasHurt_IsViolenceWithoutInjury(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("violence without injury", said, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("2068", said.Replace(",", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("violent crimes where somebody was injured in 2017")]
    [InlineData("assaults that left the victim hurt, how many in 2017")]
    [InlineData("how did attacks where people got wounded change in 2017")]
    public async Task ViolenceWhereSomeoneWasHurt_IsViolenceWithInjury(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("violence with injury", said, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("822", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("knife attacks where someone was injured")]
    [InlineData("domestic violence where the victim was hurt")]
    public async Task AKindOfViolenceOfItsOwnWithAnInjury_IsNeverViolenceWithInjury(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.DoesNotContain("violence with injury, 2017", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("number of traffic accidents in the city")]
    [InlineData("how many accidents on the roads happened in Cambridge")]
    [InlineData("road crashes last year?")]
    public async Task AccidentsOnTheRoads_AreRoadTrafficCollisions(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("road safety", said, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("338", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hospital admissions due to alcohol in Cambridge?")]
    [InlineData("alcohol-related admissions to hospital in 2017")]
    public async Task AdmissionsToHospital_AreACountByName_ThatTheAssessmentDoesNotGive(string question)
    {
        var replies = await _bot.AskAsync(question);

        var reply = Assert.Single(replies);
        Assert.Contains("no figure for hospital admissions", Replies.AllText(reply), StringComparison.OrdinalIgnoreCase);
        Assert.False(AnswerJudge.IsFigureCard(Replies.Card(reply)));
    }

    [Theory]
    [InlineData("how many people are in alcohol treatment in the city")]
    [InlineData("number of drug users who entered treatment in 2017")]
    [InlineData("how many clients are in rehab locally")]
    public async Task PeopleInTreatment_AreACountTheAssessmentNeverPrints(string question)
    {
        var replies = await _bot.AskAsync(question);

        Assert.Contains("no figure for numbers of people in drug or alcohol treatment", Replies.AllText(replies[0]), StringComparison.OrdinalIgnoreCase);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("who provides us with the drug treatment data")]
    [InlineData("is the alcohol treatment data broken down for the city")]
    public async Task TheTreatmentDataAskedWithNoCount_IsStillTheAssessmentsWords(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.DoesNotContain("numbers of people in drug or alcohol treatment", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("how many asb reports about homeless people were there in the city centre in q2")]
    [InlineData("number of reports of anti-social behaviour involving begging and homeless in q2 2017/18")]
    public async Task ReportsOfAsbAboutHomelessPeople_AreCountedReports_NeverPeople(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("116", said, StringComparison.Ordinal);
        Assert.DoesNotContain("numbers of people", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("in what year was Chelsea's Choice put on in secondary schools")]
    [InlineData("what year is the schools drama Chelsea's Choice running")]
    public async Task AYearAskedOfThePartnershipsWork_IsAnsweredInTheAssessmentsWords(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("2017/18", said, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", said, StringComparison.OrdinalIgnoreCase);
    }
}
