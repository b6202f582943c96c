using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Topics asked by what happened rather than by the crime's name ("how many homes were burgled", "how much was stolen from
/// shops"), through /api/messages of the running bot: they are the topic's figures (found by the attacker, who got "no
/// figure" and theft from the person).
/// </summary>
public sealed class BurgledAndShopliftedTests : IDisposable
{
    private readonly BotChat _bot = new("burgled.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("how many houses were burgled", "647")]
    [InlineData("how many homes were burgled in 2017?", "647")]
    [InlineData("number of houses burgled last year", "647")]
    [InlineData("how many things were shoplifted", "1295")]
    [InlineData("how much was stolen from shops last year", "1295")]
    public async Task WhatHappened_NamesTheTopic(string question, string figure)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains(figure, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StolenFromShops_AfterPhones_IsShoplifting_NotTheftFromThePerson()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("phones stolen", conversation);

        var text = await _bot.TextAsync("how much was stolen from shops", conversation);

        Assert.Contains("shoplifting", text, StringComparison.Ordinal);
        Assert.DoesNotContain("theft from the person", text, StringComparison.Ordinal);
    }
}
