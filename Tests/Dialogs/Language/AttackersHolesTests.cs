using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Holes an attacker found over HTTP (issue 13), each a family, asked of the running bot through /api/messages: the crime
/// survey's estimate of female and male victims asked in any words; a measure the assessment never gives said to be missing
/// before any did-you-mean and never answered by a count of crimes; racially aggravated offences by their similar-areas rate;
/// a subject, several topics, or the topics left out, asked as priorities; another area asked of the last topic by its pronoun;
/// people harmed answered by the nearest count of crimes, said to be crimes.
/// </summary>
public sealed class AttackersHolesTests : IDisposable
{
    private readonly BotChat _bot = new("attackers-holes.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("what proportion of women experience domestic violence")]
    [InlineData("are men or women more likely to be victims of DA")]
    [InlineData("how many female victims of domestic abuse were there in 2017")]
    [InlineData("how many men suffer domestic violence")]
    [InlineData("what share of men are victims of domestic violence")]
    public async Task WomenOrMenAsVictimsOfDomesticAbuse_GetTheCrimeSurveysEstimate(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("7.5% females aged 16-59", said, StringComparison.Ordinal);
        Assert.Contains("4.3% males aged 16-59", said, StringComparison.Ordinal);
        Assert.Contains("year ending March 2017", said, StringComparison.Ordinal);
        Assert.DoesNotContain("1,113", said, StringComparison.Ordinal);
        Assert.DoesNotContain("has no figure", said, StringComparison.Ordinal);
        Assert.DoesNotContain("no gender breakdown", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DomesticViolenceOffences_AreStillTheOffences()
    {
        var said = await _bot.PlainSaidAsync("how many domestic violence offences were there");

        Assert.Contains("1,113 crimes", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many people were prosecuted for domestic abuse", "convictions or prosecutions")]
    [InlineData("how many people were prosecuted for domestic violence", "convictions or prosecutions")]
    [InlineData("what percentage of burglaries led to a charge", "detection or charge rate")]
    [InlineData("what proportion of DA crimes resulted in a charge", "detection or charge rate")]
    [InlineData("how many shoplifters were found guilty", "convictions or prosecutions")]
    public async Task AMeasureNeverGiven_IsSaidToBeMissing_BeforeAnyDidYouMean(string question, string measure)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains($"gives no figure for {measure}", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", said, StringComparison.Ordinal);
        Assert.DoesNotContain("1,113", said, StringComparison.Ordinal);
        Assert.DoesNotContain("647", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is the rate of racially aggravated offences")]
    [InlineData("racially or religiously aggravated offences per 1,000 population?")]
    [InlineData("whats the rate of racist crime")]
    public async Task RaciallyAggravatedOffences_GetTheirSimilarAreasRate_LabelledAsThatKind(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("racially or religiously aggravated offences compared with similar areas, 12 months to November 2017: ranked 3 of 15; 1.33 per 1,000 population against the group average of 0.99", said, StringComparison.Ordinal);
        Assert.DoesNotContain("rate, 2017: 1.85", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllHateCrime_KeepsItsOwnRate()
    {
        var said = await _bot.PlainSaidAsync("what is the hate crime rate");

        Assert.Contains("1.85 per 1,000 population", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is the city centre a priority")]
    [InlineData("is the city centre a priority for the CSP?")]
    [InlineData("should the city centre be a priority")]
    public async Task ASubjectInAProgrammesWords_IsAnsweredWithThatProgramme(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("City centre comes under priority 2, Identifying and responding to vulnerable locations, in its programme 2.1 Market Ward Group, including night-time economy", said, StringComparison.Ordinal);
        Assert.Contains("areas of multiple issues such as the City centre with heavy footfall", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Table 2", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASubjectThePrioritiesDoNotName_IsSaidSo_WithThePriorities()
    {
        var said = await _bot.PlainSaidAsync("is street drinking a priority");

        Assert.StartsWith("The recommended priorities and their programmes do not name street drinking.", said, StringComparison.Ordinal);
        Assert.Contains("2 Identifying and responding to vulnerable locations", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which topics are not priorities")]
    [InlineData("what isn't a priority")]
    [InlineData("which crimes aren't among the priorities?")]
    public async Task TheTopicsLeftOut_AreListed_WithTheRecommendedPriorities(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.StartsWith("The assessment recommends 3 priorities for 2018/19: 1 Safeguarding people against violence and exploitation (1.1 County lines/cuckooing, 1.2 Exploitation of adults)", said, StringComparison.Ordinal);
        Assert.Contains("The topics whose figures SafetyBot does not show as evidence for any of their programmes:", said, StringComparison.Ordinal);
        Assert.Contains("Shoplifting", said, StringComparison.Ordinal);
        Assert.DoesNotContain("column headings", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is road safety or shoplifting a priority?", "Road safety (road traffic collisions): is it a priority?", "Shoplifting: is it a priority?")]
    [InlineData("are CSE and county lines priorities", "Child sexual exploitation (CSE): is it a priority?", "County lines/cuckooing is programme 1.1 of priority 1")]
    [InlineData("are burglary, ASB and hate crime priorities?", "Dwelling burglary: is it a priority?", "Cohesion (including hate crime): is it a priority?")]
    public async Task SeveralTopicsInOnePriorityQuestion_AreEachAnswered(string question, string first, string second)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains(first, said, StringComparison.Ordinal);
        Assert.Contains(second, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is it for the county")]
    [InlineData("what's it like in cambridgeshire")]
    public async Task TheCountyAskedOfTheLastTopicByItsPronoun_IsSaidNotToBeGiven(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("what is the shoplifting rate", conversation);

        var said = await _bot.PlainSaidAsync(followUp, conversation);

        Assert.Contains("it doesn't cover Cambridgeshire's shoplifting figures", said, StringComparison.Ordinal);
        Assert.DoesNotContain("+10%", said, StringComparison.Ordinal);
        Assert.DoesNotContain("nationally", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("how many people have been attacked with a knife")]
    [InlineData("how many people got attacked with knives")]
    public async Task PeopleHarmed_GetTheNearestCountOfCrimes_SaidToBeCrimes(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("The nearest figure it prints: 259 weapon involved crimes in 2017, a count of crimes, not of people.", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many shops got robbed")]
    [InlineData("how many shops were robbed last year?")]
    public async Task ShopsRobbed_AreSaidNotCovered_WithTheNearestCountsOfTheirOwnCrimes(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.StartsWith("The 2017/18 strategic assessment has no figure or programme for robbery in Cambridge City.", said, StringComparison.Ordinal);
        Assert.Contains("Its nearest counts, each of its own crimes, not of robbery: shoplifting, 1,295 crimes in 2017; business crime, 2,297 crimes in 2017.", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many robberies were there")]
    [InlineData("how many people were mugged")]
    public async Task RobberyAlone_IsSaidNotCovered_WithNoOtherTopicsCount(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.StartsWith("The 2017/18 strategic assessment has no figure or programme for robbery in Cambridge City.", said, StringComparison.Ordinal);
        Assert.DoesNotContain("1,295", said, StringComparison.Ordinal);
        Assert.DoesNotContain("443", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is ' OR 1=1 -- a priority", "or 1 1")]
    [InlineData("is 道路安全 a priority", "道路安全")]
    public async Task ASubjectOfCodeOrAnotherScript_AskedAsAPriority_IsNeverSaidBack(string question, string garbled)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("do not name what you asked about", said, StringComparison.Ordinal);
        Assert.DoesNotContain(garbled, said, StringComparison.Ordinal);
    }
}
