using SafetyBot.Dialogs.Language;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>A set of cue phrases: the longest phrase starting at a word, stemmed and with slips or, verbatim, as written.</summary>
public sealed class CueSetTests
{
    [Theory]
    [InlineData("that's all i need thanks", 0, 4)]
    [InlineData("ok that's all", 1, 2)]
    [InlineData("ok that's all", 0, 0)]
    [InlineData("that's", 0, 0)]
    [InlineData("ok that's all", 3, 0)]
    public void LongestAt_IsTheLengthOfTheLongestPhraseStartingThere(string message, int start, int expected)
    {
        var cues = CueSet.Verbatim("that's all", "that's all i need", "all");

        Assert.Equal(expected, cues.LongestAt(TextNormalizer.Tokens(message), start));
    }

    [Fact]
    public void Verbatim_TakesNoStemNorSlip_WhereAStemmedSetDoes()
    {
        var typed = TextNormalizer.Tokens("thanks you, much apreciated");

        Assert.Equal(0, CueSet.Verbatim("thank you").LongestAt(typed, 0));
        Assert.Equal(0, CueSet.Verbatim("much appreciated").LongestAt(typed, 2));
        var stems = typed.Select(Stem.Of).ToArray();
        Assert.Equal(2, new CueSet("thank you").LongestAt(stems, 0));
        Assert.Equal(2, new CueSet("much appreciated").LongestAt(stems, 2));
    }
}
