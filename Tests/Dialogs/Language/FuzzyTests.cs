using SafetyBot.Dialogs.Language;

namespace SafetyBot.Tests.Dialogs.Language;

public sealed class FuzzyTests
{
    [Theory]
    [InlineData("burglery", "burglary")]
    [InlineData("shopliftng", "shoplifting")]
    [InlineData("vehcile", "vehicle")]
    [InlineData("violance", "violence")]
    [InlineData("shopliftign", "shoplifting")]
    public void SlipsOfOneOrTwoLetters_Match(string typed, string known)
    {
        Assert.True(Fuzzy.IsSlipOf(typed, known));
    }

    [Theory]
    [InlineData("asb", "abs")]
    [InlineData("rate", "date")]
    [InlineData("crime", "grime")]
    [InlineData("burger", "burglary")]
    public void ShortWordsAndDistantWords_DoNotMatch(string typed, string known)
    {
        Assert.False(Fuzzy.IsSlipOf(typed, known));
    }
}
