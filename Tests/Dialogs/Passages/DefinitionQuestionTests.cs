using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Passages;

/// <summary>
/// "What is / what does it mean / what counts as" through /api/messages of the running bot: a term of the glossary is
/// explained and also quoted from the assessment's own describing sentence; a definition question about an indicator
/// shows SafetyBot's description of what the figures count, labelled as SafetyBot's words; peer lists use the
/// assessment's own "out of 15".
/// </summary>
public sealed class DefinitionQuestionTests : IDisposable
{
    private readonly BotChat _bot = new("definitions.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("what is meant by cuckooing?", "move and sell drugs")]
    [InlineData("what's Chelsea's Choice about", "focusing on CSE")]
    [InlineData("define Chelsea's Choice", "focusing on CSE")]
    public async Task AGlossaryTerm_IsAlsoQuotedFromTheAssessmentsOwnWords(string question, string quoted)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        var card = Replies.AllText(reply);
        Assert.Contains("In the assessment", card, StringComparison.Ordinal);
        Assert.Contains(quoted, card.Replace("\\", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What is classed as weapon involved crime?", "weapon marker")]
    [InlineData("what does violence without injury include", "stalking and harassment")]
    [InlineData("how is violence without injury defined?", "stalking and harassment")]
    public async Task WhatAnIndicatorCounts_ShowsSafetyBotsDescription_LabelledAsItsOwnWords(string question, string counted)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("SafetyBot's description of the figures (not the assessment's words)", said, StringComparison.Ordinal);
        Assert.Contains(counted, said, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("where are we worst compared with similar places")]
    [InlineData("which crimes are we worst at compared to similar areas")]
    public async Task WhereWeDoWorstAgainstSimilarAreas_ListsTheRanksInTheAssessmentsWords(string question)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Contains("rank 3 out of 15", reply.Text, StringComparison.Ordinal);
    }
}
