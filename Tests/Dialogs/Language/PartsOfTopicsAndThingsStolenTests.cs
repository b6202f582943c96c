using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Holes found by chatting with the running bot, asked through /api/messages: a part of a topic ("other sexual offences",
/// non-recent ones, those against children) is never answered with the whole's count; phones and other things stolen are no
/// count the assessment gives, with theft from the person's (or property crime's) counts labelled as crimes; people
/// assaulted get violence's count of crimes as the nearest; other names of CSE, VAWG and theft from the person name them.
/// </summary>
public sealed class PartsOfTopicsAndThingsStolenTests : IDisposable
{
    private readonly BotChat _bot = new("parts.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("how many other sexual offences?")]
    [InlineData("other sexual offences figures")]
    [InlineData("number of other sex offences in 2017")]
    public async Task OtherSexualOffences_HaveNoCountOfTheirOwn_AndTheirRiseOf38PerCentIsQuoted(string question)
    {
        var replies = await _bot.AskAsync(question);
        var said = Replies.Said(replies);

        Assert.Contains("gives no count of other sexual offences", said, StringComparison.Ordinal);
        Assert.Contains("other sexual offences rose 38%", said, StringComparison.Ordinal);
        Assert.DoesNotContain("307", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("how many sexual offences were non-recent?")]
    [InlineData("how many non-recent sexual offences were there")]
    [InlineData("number of historic sexual offences reported")]
    public async Task NonRecentSexualOffences_HaveNoLocalCount_AndTheNationalRiseOf28PerCentIsQuoted(string question)
    {
        var replies = await _bot.AskAsync(question);
        var said = Replies.Said(replies);

        Assert.Contains("gives no count of non-recent (historic) sexual offences", said, StringComparison.Ordinal);
        Assert.Contains("non-recent sexual offences rose 28%", said, StringComparison.Ordinal);
        Assert.Contains("England and Wales", said, StringComparison.Ordinal);
        Assert.DoesNotContain("307", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("how many sexual offences against children?")]
    [InlineData("number of child sexual offences last year")]
    [InlineData("how many sexual offences against minors in 2017?")]
    public async Task SexualOffencesAgainstChildren_HaveNoCount_AndCsesThirtyCrimesAreTheNearest(string question)
    {
        var replies = await _bot.AskAsync(question);
        var said = Replies.Said(replies);

        Assert.Contains("gives no count of sexual offences against children", said, StringComparison.Ordinal);
        Assert.Contains("The nearest figure it prints: 30 child sexual exploitation", said, StringComparison.Ordinal);
        Assert.DoesNotContain("307", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Fact]
    public async Task SexualOffencesAsAWhole_StillHave307Crimes()
    {
        var text = await _bot.TextAsync("how many sexual offences were there in 2017?");

        Assert.Contains("307", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sexual exploitation figures")]
    [InlineData("child sexual abuse")]
    [InlineData("how many child sexual abuse crimes?")]
    public async Task SexualExploitationAndChildSexualAbuse_AreCsesThirtyCrimes(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("30 crimes", text, StringComparison.Ordinal);
        Assert.Contains("up 2 (7%)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("violence against women figures")]
    [InlineData("what's the rate of violence against women?")]
    public async Task ViolenceAgainstWomen_IsTheVawgRate_NotAllViolence(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("15.6", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2,894", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("so 443 phones were stolen?")]
    [InlineData("were 443 phones stolen?")]
    [InlineData("were more phones stolen in 2017 than 2016?")]
    [InlineData("phone theft up 14%?")]
    [InlineData("what's the phone theft rate per 1000?")]
    [InlineData("how does Cambridge rank for phone theft?")]
    [InlineData("did mobile phone thefts go up?")]
    public async Task PhonesStolen_AskedWithoutACount_AreNoFigureOfTheirOwn_WithTheftFromThePersonLabelledAsCrimes(string question)
    {
        var replies = await _bot.AskAsync(question);
        var said = Replies.Said(replies);

        Assert.Contains("gives no figure for phones or other things stolen", said, StringComparison.Ordinal);
        Assert.Contains("443 theft from the person crimes in 2017, a count of crimes, not of phones or other things stolen", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("how many things were stolen?")]
    [InlineData("what was stolen most?")]
    [InlineData("how many items were stolen?")]
    [InlineData("value of stolen property in 2017")]
    public async Task ThingsStolen_AreNoFigure_WithPropertyCrimesCountsOfCrimesAsTheNearest(string question)
    {
        var replies = await _bot.AskAsync(question);
        var said = Replies.Said(replies);

        Assert.Contains("gives no figure for things stolen", said, StringComparison.Ordinal);
        Assert.Contains("1,295 shoplifting crimes in 2017", said, StringComparison.Ordinal);
        Assert.Contains("443 theft from the person crimes in 2017", said, StringComparison.Ordinal);
        Assert.Contains("each a count of crimes, not of things stolen", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("how many pick-pockets?")]
    [InlineData("how many bag snatches?")]
    [InlineData("pick pocketing figures")]
    public async Task PickpocketsAndBagSnatches_AreTheftFromThePerson(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("443", text, StringComparison.Ordinal);
        Assert.Contains("theft from the person", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many people were assaulted?")]
    [InlineData("how many people got attacked in 2017")]
    [InlineData("number of assault victims")]
    public async Task PeopleAssaulted_AreNoCount_WithAllViolenceAgainstThePersonsCrimesAsTheNearest(string question)
    {
        var replies = await _bot.AskAsync(question);
        var said = Replies.Said(replies);

        Assert.Contains("gives no figure for numbers of victims", said, StringComparison.Ordinal);
        Assert.Contains("2,894 all violence against the person crimes in 2017, a count of crimes, not of people", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }
}
