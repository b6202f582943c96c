using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// One number asked of one quarter of one financial year ("how many ... in Q1 of 2017/18", "Q2 2017/18 count"), through
/// /api/messages of the running bot: that quarter's figure alone, as for its months and calendar year, never the year before beside
/// it; a quarter weighed against the year before, or named with nothing asked, still shows the table with both years.
/// </summary>
public sealed class QuarterOfAFinancialYearAloneTests : IDisposable
{
    private readonly BotChat _bot = new("quarter-alone.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("how many violence with injury offences were there in Q1 of 2017/18?", "223", "232")]
    [InlineData("violence with injury count for the first quarter of 2017/18", "223", "232")]
    [InlineData("number of violence without injury crimes in Q2 2017/18", "560", "461")]
    public async Task OneNumberOfAFinancialQuarter_IsThatQuarterAlone(string question, string figure, string yearBefore)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains(figure, said, StringComparison.Ordinal);
        Assert.DoesNotContain(yearBefore, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("violence with injury Q1 2017/18 against Q1 2016/17", "223", "232")]
    [InlineData("violence without injury q2 2017/18", "560", "461")]
    public async Task AQuarterWeighedOrNamedAlone_StillShowsBothYears(string question, string figure, string yearBefore)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains(figure, said, StringComparison.Ordinal);
        Assert.Contains(yearBefore, said, StringComparison.Ordinal);
    }
}
