using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Messages that ask nothing of the assessment, through /api/messages of the running bot (issue 13): courtesies (ending
/// or pausing the conversation, thanks, acknowledgements), requests for services SafetyBot does not offer (code, quotes,
/// bookings), news, weather, the law, and questions about one person in the asker's life. None quotes a passage or shows a
/// figure card, whatever topic word it holds; real questions with the same topic words keep their answers.
/// </summary>
public sealed class CourtesiesAndOtherRequestsAnswersTests : IDisposable
{
    private readonly BotChat _bot = new("courtesies.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("thanks, that's all for now")]
    [InlineData("cheers, that's everything")]
    [InlineData("ok bye")]
    [InlineData("that's it thanks")]
    [InlineData("no more questions")]
    [InlineData("great, ta")]
    [InlineData("Thanks very much for your help, that's me done for today!")]
    [InlineData("nothing else, have a good day")]
    [InlineData("ok great thank you, speak soon")]
    public async Task EndingOrPausingTheConversation_AfterAnAnswer_GetsAKindWord_WithNoPassageOrFigures(string message)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("why has modern slavery been flagged?", conversation);

        var replies = await _bot.AskAsync(message, conversation);

        var said = Replies.Said(replies);
        Assert.Contains("You're welcome", said, StringComparison.Ordinal);
        Assert.DoesNotContain("the assessment says", said, StringComparison.OrdinalIgnoreCase);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("got it")]
    [InlineData("makes sense")]
    [InlineData("perfect")]
    [InlineData("ok great, that's really helpful")]
    [InlineData("right, fair enough")]
    [InlineData("\U0001F44D")]
    public async Task AnAcknowledgement_GetsAnInvitationToAskMore_WithNoPassageOrFigures(string message)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how many sexual offences were there in 2017?", conversation);

        var replies = await _bot.AskAsync(message, conversation);

        var said = Replies.Said(replies);
        Assert.Contains("what you can ask me", said, StringComparison.Ordinal);
        Assert.DoesNotContain("307", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("can you get me a car insurance quote")]
    [InlineData("write me a python script to scrape police.uk")]
    [InlineData("what's in the news today")]
    [InlineData("Is it legal to carry a pocket knife in the UK?")]
    [InlineData("what's the weather like for the night-time economy patrol on Saturday?")]
    [InlineData("could you book a taxi from the station to the shire hall")]
    [InlineData("tell me a joke about burglars")]
    [InlineData("how do I report a hate crime?")]
    [InlineData("my bike got nicked, can you report it for me")]
    [InlineData("is it safe to walk through Parker's Piece at night")]
    public async Task ARequestForAnotherServiceOrGeneralKnowledge_GetsCantAnswer_WithNoFigureCard(string question)
    {
        var replies = await _bot.AskAsync(question);

        var said = Replies.Said(replies);
        Assert.Contains("can't answer", said, StringComparison.Ordinal);
        Assert.Contains("only knows the figures and analysis", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("is my ex on the sex offenders register")]
    [InlineData("has my neighbour ever been arrested for burglary?")]
    [InlineData("is this bloke who keeps hanging round the estate dangerous")]
    [InlineData("can you check whether my daughter's boyfriend has a police record")]
    [InlineData("does my neighbour's son deal drugs")]
    [InlineData("is John Smith a sex offender")]
    [InlineData("who is the most dangerous person in Cambridge")]
    public async Task AQuestionAboutOnePersonInTheAskersLife_IsKindlyRefused_AsPersonalData(string question)
    {
        var replies = await _bot.AskAsync(question);

        Assert.Contains("never personal data about anyone", Replies.Said(replies), StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("that's not what I asked")]
    [InlineData("thanks but that's wrong")]
    [InlineData("you're useless")]
    [InlineData("i hate you")]
    public async Task DispleasureWithTheAnswer_GetsAnApologyAndAWayOn_NeverATopicsCard(string message)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("what does the assessment say about the CSEW?", conversation);

        var replies = await _bot.AskAsync(message, conversation);

        var said = Replies.Said(replies);
        Assert.Contains("Sorry that didn't help", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("is coercive control a criminal offence")]
    [InlineData("is there a sex offender register")]
    [InlineData("how many repeat victims of domestic abuse were there?")]
    public async Task QuestionsAboutPeopleInGeneral_AreNotTakenForAPersonalMatter(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.DoesNotContain("personal data", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how much did vehicle crime go up", "264")]
    [InlineData("ok, how many sexual offences were there in 2017?", "307")]
    [InlineData("thanks, and what about dwelling burglary?", "43%")]
    [InlineData("Is there good news on alcohol related incidents?", "964")]
    public async Task RealQuestionsWithTheSameWords_KeepTheirAnswers(string question, string expected)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains(expected, said, StringComparison.OrdinalIgnoreCase);
    }
}
