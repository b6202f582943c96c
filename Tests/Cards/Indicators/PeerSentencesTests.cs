using SafetyBot.Cards.Indicators;

namespace SafetyBot.Tests.Cards.Indicators;

public sealed class PeerSentencesTests
{
    [Fact]
    public void Without_DropsTheSimilarAreasSentence_AndItsPeriodSentence_KeepsTheRest()
    {
        const string text = "Thefts rose again in 2017. The rate went from 4.10 to 4.52. "
            + "Compared to the iQuanta MSG areas, the city was ranked 2 out of 15 with a rate of 5.01/ 1000 population. "
            + "This covers the 12 months up to November 2017. Most thefts were at night.";

        var kept = PeerSentences.Without(text);

        Assert.Equal("Thefts rose again in 2017. The rate went from 4.10 to 4.52. Most thefts were at night.", kept);
    }

    [Fact]
    public void Without_LeavesAPeriodSentenceThatFollowsNoComparison()
    {
        const string text = "Collisions fell. This covers the year to June 2017.";

        Assert.Equal(text, PeerSentences.Without(text));
    }

    [Fact]
    public void Without_AllOfANarrativeAboutPeers_LeavesNothingToShow()
    {
        Assert.Equal(string.Empty, PeerSentences.Without("The most similar group average was 3.2 per 1000 households."));
    }
}
