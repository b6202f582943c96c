using SafetyBot.Dialogs.Questions;
using SafetyBot.Knowledge.Questions;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Through /api/messages of the running bot: a member telling SafetyBot of a crime against them is pointed to 999 and 101,
/// never shown a topic's figures; the "the assessment doesn't say" card never repeats the member's own words (they may hold
/// a name or a date of birth); and what the unanswered-question log keeps has such details removed (found by the attacker).
/// </summary>
public sealed class CrimeAgainstMeAndNoEchoTests : IDisposable
{
    private readonly BotChat _bot = new("crime-against-me.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("I was assaulted last night by Quentin Zorro at 14 Hills Road")]
    [InlineData("i've been burgled, what are the figures")]
    [InlineData("my partner hit me again")]
    [InlineData("I'm being followed home from the station")]
    [InlineData("I've been punched outside a club, should I go to A&E or call the police?")]
    [InlineData("my car was broken into last night, what should I do?")]
    public async Task ACrimeAgainstTheMember_GetsAKindWordThen999And101_AndNoFigures(string message)
    {
        var replies = await _bot.AskAsync(message);
        var said = Replies.Said(replies);

        Assert.Contains(GapReplies.CrimeAgainstYou, said, StringComparison.Ordinal);
        Assert.StartsWith("I'm sorry that happened to you.", said, StringComparison.Ordinal);
        Assert.Contains("call 999", said, StringComparison.Ordinal);
        Assert.Contains("call 101", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Fact]
    public async Task TheAssessmentDoesNotSayCard_NeverRepeatsTheMembersWords()
    {
        var said = Replies.Said(await _bot.AskAsync("why is knife crime rising, asks Zebedee Quux of 99 Zanzibar Road CB4 1XX, email zq@example.com"));

        Assert.DoesNotContain("Zebedee", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Zanzibar", said, StringComparison.Ordinal);
        Assert.DoesNotContain("zq@example.com", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnansweredMessageWithANameAndDateOfBirth_IsLoggedWithoutThem()
    {
        await _bot.AskAsync("Zebedee Quux DOB 01/02/1980 NHS 943 476 5919 victim of DA");

        var logged = await _bot.Host.Services.GetRequiredService<IUnansweredQuestionLog>().RecentAsync(100);
        Assert.DoesNotContain(logged, q => q.Text.Contains("Zebedee", StringComparison.Ordinal) || q.Text.Contains("1980", StringComparison.Ordinal)
            || q.Text.Contains("5919", StringComparison.Ordinal));
    }
}
