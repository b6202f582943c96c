using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// "VWI" alone, through /api/messages of the running bot: members who wrote questions from the assessment use it for violence
/// without injury and for violence with injury alike, so SafetyBot asks which and gives both figures at once; until one is picked,
/// a follow-up ("and in 2016?", "why is it rising?") is asked of both again, never dropped for want of a topic.
/// </summary>
public sealed class AShortNameOfTwoTopicsTests : IDisposable
{
    private readonly BotChat _bot = new("short-name-of-two.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("VWI change", "392", "28")]
    [InlineData("VWI Q1 2016/17?", "436", "232")]
    [InlineData("vwi rate per 1000 in 2016", "12.5", "6.34")]
    public async Task VWIAlone_AsksWhichAndGivesBothKindsOfViolence(string question, string withoutInjury, string withInjury)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("Did you mean", said, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Violence without injury", said, StringComparison.Ordinal);
        Assert.Contains("Violence with injury", said, StringComparison.Ordinal);
        Assert.Contains(withoutInjury, said, StringComparison.Ordinal);
        Assert.Contains(withInjury, said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VWIBesideVWOI_IsStillViolenceWithInjury()
    {
        var said = await _bot.SaidAsync("did VWI and VWOI both go up?");

        Assert.DoesNotContain("Did you mean", said, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Violence with injury", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("and the rate?", "per 1,000")]
    [InlineData("what about Q2?", "Q2")]
    public async Task AFollowUpBeforeOneIsPicked_IsAskedOfBothAgain(string followUp, string period)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("VWI Q1 2017/18", conversation);

        var said = await _bot.SaidAsync(followUp, conversation);

        Assert.Contains("Violence without injury", said, StringComparison.Ordinal);
        Assert.Contains("Violence with injury", said, StringComparison.Ordinal);
        Assert.Contains(period, said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnePicked_ThenAFollowUp_IsOfThatOneOnly()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("VWI numbers", conversation);
        await _bot.AskAsync("the without injury one", conversation);

        var said = await _bot.SaidAsync("and the rate?", conversation);

        Assert.Contains("Violence without injury", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Violence with injury", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhyBeforeOneIsPicked_QuotesEachKindsOwnReasons()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("VWI numbers this year", conversation);

        var said = await _bot.SaidAsync("why is it rising", conversation);

        Assert.Contains("recording improvements", said, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", said, StringComparison.OrdinalIgnoreCase);
    }
}
