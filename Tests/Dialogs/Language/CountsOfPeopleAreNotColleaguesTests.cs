using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// A count of people asked with the words of time off ("how many people were off sick after assaults"), through
/// /api/messages of the running bot: a figure about people in general, never the answer about a colleague's working life
/// (found by the attacker). Questions about one colleague keep that answer.
/// </summary>
public sealed class CountsOfPeopleAreNotColleaguesTests : IDisposable
{
    private readonly BotChat _bot = new("counts-of-people.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("how many people were off sick after assaults")]
    [InlineData("number of victims signed off work after violent crime")]
    public async Task ACountOfPeople_InTheWordsOfTimeOff_IsNotAColleagueMatter(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.DoesNotContain("people who work in the partnership", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("has jamie from probation been signed off sick")]
    [InlineData("is sarah from the council on leave")]
    public async Task OneColleaguesTimeOff_KeepsThatAnswer(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("people who work in the partnership", said, StringComparison.Ordinal);
    }
}
