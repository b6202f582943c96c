using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Gaps and questions SafetyBot is not for, asked in a member's words, through /api/messages of the running bot: a later year's
/// figures asked politely is still "no figures for" that year; deaths on the city's roads are the KSI the assessment gives no figure
/// for; a part of London is another area, never Cambridge City's card; an injury of the asker's own with A&amp;E or a hospital is
/// medical advice; who is behind crime in one part of the city is intelligence on people; an uncovered subject's size or picture
/// asked is the assessment's words on it; the topics with a marker are a list.
/// </summary>
public sealed class GapsAndOutOfScopeInOtherWordsTests : IDisposable
{
    private readonly BotChat _bot = new("gaps-and-out-of-scope.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("could you give me the crime figures for 2019/20")]
    [InlineData("would you show me crime stats for 2018 please")]
    [InlineData("can I have the crime figures for 2019 please")]
    public async Task ALaterYearsFiguresAskedPolitely_HasNoFigures(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("no figures for", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("how many people were killed on our roads")]
    [InlineData("how many died in road crashes in 2017")]
    [InlineData("people killed on the city's roads last year?")]
    public async Task DeathsOnTheCitysRoads_AreTheKsiItGivesNoFigureFor(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("no figure", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("338 collisions", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("which part of London has the most burglary")]
    [InlineData("what are the boroughs in London with the worst knife crime")]
    [InlineData("areas of London with the highest violence")]
    public async Task APartOfLondon_IsAnotherArea_NeverTheCitysCard(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("London borough", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("2017:", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("I've cut my finger and it won't stop bleeding, a&e?")]
    [InlineData("hurt my wrist badly - hospital or GP?")]
    [InlineData("i've burnt my arm, do i need an ambulance")]
    public async Task AnInjuryOfTheAskersOwn_IsMedicalAdvice_NeverTheAandECard(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("NHS 111", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("attendances", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("who runs the county line round Kings Hedges")]
    [InlineData("who is dealing drugs in Romsey")]
    [InlineData("who's behind the burglaries on Histon Road")]
    public async Task WhoIsBehindCrimeInAPartOfTheCity_IsIntelligenceOnPeople(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("never personal data", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Programme 1.1", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("who runs road safety locally")]
    [InlineData("who is in charge of road safety in the city")]
    public async Task WhoRunsATopicsWork_IsStillAskedOfTheAssessment(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.DoesNotContain("never personal data", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("are there lots of drug deaths in the city")]
    [InlineData("drug-related deaths here - what's the situation?")]
    [InlineData("how bad are drug deaths in Cambridge")]
    public async Task AnUncoveredSubjectsSizeOrPicture_IsTheAssessmentsWordsOnIt(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("low levels", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what's the car enthusiast issue")]
    [InlineData("what is this car enthusiast problem")]
    public async Task ASubjectBeforeProblem_IsTheAssessmentsWordsOnIt_NeverVehicleCrime(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("public spaces", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("which topics have markers")]
    [InlineData("list the crime types with a marker")]
    [InlineData("what markers does the document use")]
    public async Task TopicsWithAMarker_AreAList(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("Weapon", said, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ybercrime", said, StringComparison.OrdinalIgnoreCase);
    }
}
