using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// A member wanting to report a crime, and who holds an office today, through /api/messages of the running bot (issue 13):
/// honest can't-answers with where to go, never a topic's figures or the glossary's meaning of the office.
/// </summary>
public sealed class ReportingACrimeAndOfficeHoldersTests : IDisposable
{
    private readonly BotChat _bot = new("reporting-office-holders.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("I need to report a burglary at my house, how do I do it?")]
    [InlineData("I'd like to report a theft from my shed")]
    [InlineData("we want to report a bike theft outside our office")]
    [InlineData("how do I file a police report for shoplifting?")]
    public async Task AMemberWantingToReportACrime_IsPointedTo101_WithNoFigureCard(string question)
    {
        var replies = await _bot.AskAsync(question);

        var said = Replies.Said(replies);
        Assert.Contains("101", said, StringComparison.Ordinal);
        Assert.DoesNotContain("647", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Fact]
    public async Task ReportingOnTheFiguresToTheBoard_IsNotTakenForReportingACrime()
    {
        var said = await _bot.SaidAsync("I need to report on the dwelling burglary figures to the board");

        Assert.DoesNotContain("101", said, StringComparison.Ordinal);
        Assert.Contains("647", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who is the current Police and Crime Commissioner?")]
    [InlineData("who's the chief constable at the moment?")]
    [InlineData("what's the name of the PCC now?")]
    public async Task WhoHoldsAnOfficeNow_IsAnHonestCantAnswer(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("can't answer", said, StringComparison.Ordinal);
        Assert.Contains("never who holds them", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatThePccIs_IsStillTheGlossary()
    {
        var said = await _bot.SaidAsync("what does PCC stand for?");

        Assert.Contains("Police and Crime Commissioner", said, StringComparison.Ordinal);
        Assert.DoesNotContain("never who holds them", said, StringComparison.Ordinal);
    }
}
