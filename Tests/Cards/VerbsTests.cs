using SafetyBot.Cards;

namespace SafetyBot.Tests.Cards;

/// <summary>Every intent has one stable verb: cards already sent and saved conversations use them.</summary>
public sealed class VerbsTests
{
    [Fact]
    public void EveryIntent_HasItsOwnVerb_ThatReadsBack()
    {
        var intents = Enum.GetValues<Intent>();

        Assert.Equal(intents.Length, intents.Select(Verbs.Of).Distinct(StringComparer.Ordinal).Count());
        Assert.All(intents, intent => Assert.True(Verbs.TryParse(Verbs.Of(intent), out var read) && read == intent));
    }

    [Theory]
    [InlineData(Intent.Change, "indicator.change")]
    [InlineData(Intent.Compare, "indicator.compare")]
    [InlineData(Intent.Movers, "movers")]
    [InlineData(Intent.Priority, "priority.show")]
    [InlineData(Intent.LogUpdate, "outcome.log")]
    [InlineData(Intent.DialogAnswer, "dialog.answer")]
    [InlineData(Intent.Passage, "passage")]
    public void Verb_IsTheOneCardsAndSavedStateUse(Intent intent, string verb)
    {
        Assert.Equal(verb, Verbs.Of(intent));
    }

    [Theory]
    [InlineData("Indicator.Change")]
    [InlineData("test.throw")]
    [InlineData("")]
    [InlineData(null)]
    public void TextThatIsNoVerb_DoesNotRead(string? verb)
    {
        Assert.False(Verbs.TryParse(verb, out _));
    }
}
