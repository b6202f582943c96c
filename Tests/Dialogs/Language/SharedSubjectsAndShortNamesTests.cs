using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Subjects and programmes asked by a shorthand, through /api/messages of the running bot: the run of years of a subject two
/// indicators share ("domestic abuse since 2012") is both runs, printed side by side in the assessment's Table 2: the "did you
/// mean" buttons stay, and each topic's figures follow them; "WRC" is the White Ribbon Campaign, its programme and its dates.
/// </summary>
public sealed class SharedSubjectsAndShortNamesTests : IDisposable
{
    private readonly BotChat _bot = new("shared-subjects.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("domestic abuse each year since 2012")]
    [InlineData("DA figures 2012 to 2017")]
    [InlineData("domestic abuse over the years since 2012")]
    public async Task TheRunOfASharedSubject_IsBothRuns(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("1598", said, StringComparison.Ordinal);
        Assert.Contains("462", said, StringComparison.Ordinal);
        Assert.Contains("1113", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneYearOfASharedSubject_StillAsksWhichOne()
    {
        var said = await _bot.TextAsync("how did domestic abuse change in 2017?");

        Assert.Contains("did you mean", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what date was the WRC day stall?", "25 november")]
    [InlineData("who leads the WRC?", "cambridge city council")]
    [InlineData("when was the WRC accreditation?", "14")]
    public async Task Wrc_IsTheWhiteRibbonCampaign(string question, string expected)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("white ribbon", said, StringComparison.Ordinal);
        Assert.Contains(expected, said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowManyWrcAmbassadors_IsNoFigure()
    {
        var said = await _bot.TextAsync("number of WRC ambassadors?");

        Assert.Contains("no figure", said, StringComparison.Ordinal);
    }
}
