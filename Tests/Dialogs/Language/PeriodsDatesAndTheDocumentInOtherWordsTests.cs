using SafetyBot.Tests.Dialogs.Language.Evaluation;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Periods, dates and the document itself asked in other words, through /api/messages of the running bot (issue 13, sets 13, 14
/// and P4): the months a figure covers (asked of a topic, or after its answer) are its periods as printed; "violence with and
/// without injury" asks of both; "conf" is a conference and "remind me when" asks a date; the offences that fall under a topic
/// are its definition; why the document was produced is its purpose; who made it is answered with its version and date; a
/// topic named after "per 1,000" is the topic, not a unit; victims referred through the National Referral Mechanism are a count
/// the assessment does not give.
/// </summary>
public sealed class PeriodsDatesAndTheDocumentInOtherWordsTests : IDisposable
{
    private readonly BotChat _bot = new("periods-dates-and-the-document-in-other-words.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("which twelve months do the road collision figures cover?")]
    [InlineData("what months does the RTC figure cover")]
    [InlineData("does the 338 collisions figure relate to calendar 2017?")]
    [InlineData("is the road safety figure calendar year or financial year?")]
    public async Task TheMonthsATopicsFigureCovers_AreItsPeriodsAsPrinted(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.StartsWith("Road safety: its figures", said, StringComparison.Ordinal);
        Assert.Contains("July 16 to June 17", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("road traffic collisions", "which 12 months is that?")]
    [InlineData("how many RTCs were there", "is that calendar year or financial year?")]
    public async Task TheMonthsAskedAfterAnAnswer_AreThatTopicsPeriodsAsPrinted(string first, string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.SaidAsync(first, conversation);

        var said = await _bot.PlainSaidAsync(followUp, conversation);

        Assert.Contains("July 16 to June 17", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("did violence with and without injury both go up in Q2 on the year before?", "194", "560")]
    [InlineData("violence with or without injury in Oct-Dec 2017", "205", "521")]
    [InlineData("violence with & without injury in Jul-Sep: did both rise on the same quarter last year?", "188", "461")]
    public async Task ViolenceWithAndWithoutInjury_AsksOfBothTopics(string question, string withInjury, string withoutInjury)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains(withInjury, said, StringComparison.Ordinal);
        Assert.Contains(withoutInjury, said, StringComparison.Ordinal);
        Assert.DoesNotContain("gives no quarterly figures", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coercive control conf - when was it?")]
    [InlineData("can you remind me when the coercive control conference was held?")]
    [InlineData("date of the coercive control conf?")]
    public async Task AConferencesDateAskedInShorthandOrPolitely_IsTheDateTheAssessmentGives(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("22 June 2017", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("remind me to email the DAAT tomorrow")]
    [InlineData("remind me at 3pm about the board papers")]
    public async Task AReminderToSet_IsStillNotWhatSafetyBotDoes(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("can't answer", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which crimes fall under violence without injury?")]
    [InlineData("what falls under violence without injury")]
    [InlineData("what kinds of offences come under violence without injury")]
    public async Task TheOffencesThatFallUnderATopic_AreItsDefinition(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("stalking", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why was this report written?")]
    [InlineData("what's the point of the document?")]
    [InlineData("why did they produce the assessment")]
    public async Task WhyTheDocumentWasProduced_IsItsPurpose(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("collate and review data", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which team wrote the review and what version is it?")]
    [InlineData("who produced the assessment and when is it dated")]
    public async Task WhoMadeTheDocumentAndItsVersion_AreAnsweredTogether(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("Cambridgeshire Research Group", said, StringComparison.Ordinal);
        Assert.Contains("December 2017", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("where does the 15.6 per 1,000 VAWG rate come from?", "Where the figures come from: VAWG rate")]
    [InlineData("what's the source of the 21.04 per 1,000 VAP rate?", "Where the figures come from: All violence against the person")]
    public async Task ATopicNamedAfterPerAThousand_IsTheTopicNotAUnit(string question, string title)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains(title, said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASlipAfterPerAThousand_StaysAUnitNotATopic()
    {
        var said = await _bot.PlainSaidAsync("has the VAP rate per 1,000 moved much between 2013 and 2017?");

        Assert.Contains("8.98", said, StringComparison.Ordinal);
        Assert.DoesNotContain("moped", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("how many people were referred to the NRM for modern slavery?")]
    [InlineData("how many slavery victims were referred via the NRM in 2017?")]
    public async Task VictimsReferredThroughTheNationalReferralMechanism_AreACountTheAssessmentDoesNotGive(string question)
    {
        var replies = await _bot.AskAsync(question);

        var reply = Assert.Single(replies);
        Assert.Contains("no figure for victims, addresses or cases identified, for modern slavery", Replies.AllText(reply), StringComparison.OrdinalIgnoreCase);
        Assert.False(AnswerJudge.IsFigureCard(Replies.Card(reply)));
    }
}
