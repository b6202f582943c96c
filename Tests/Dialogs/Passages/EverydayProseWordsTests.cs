using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Passages;

/// <summary>
/// Prose questions in a member's everyday words, through /api/messages of the running bot: "flagged" for the assessment's
/// "marker", "start being recorded" for its "introduction", and so on, are answered with the assessment's own sentence
/// rather than "the assessment doesn't say".
/// </summary>
public sealed class EverydayProseWordsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public EverydayProseWordsTests()
    {
        _host = new BotHost(_folder.File("everyday-prose.db"));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("What explains the increase in CSE flagged crimes?", "recording practises")]
    [InlineData("why has the number of crimes flagged as CSE gone up?", "recording practises")]
    [InlineData("When did business crime start being recorded?", "introduction in 2015")]
    [InlineData("since when has business crime been recorded by the police?", "introduction in 2015")]
    [InlineData("when did the police begin flagging cybercrime?", "mid-2014")]
    public async Task AFlagOrAStart_InEverydayWords_IsAnsweredWithTheAssessmentsSentenceOnTheMarkerOrItsIntroduction(string question, string quoted)
    {
        var said = Unescaped(Replies.Said(await _host.SayAsync(question, conversationId: "everyday-" + question.Length)));

        Assert.Contains(quoted, said, StringComparison.Ordinal);
        Assert.DoesNotContain("doesn't say", said, StringComparison.Ordinal);
    }

    private static string Unescaped(string text) => text.Replace("\\", string.Empty, StringComparison.Ordinal);
}
