using SafetyBot.Cards.Indicators;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Overviews;

/// <summary>
/// City-wide answers for questions that name no topic: every topic against the most similar
/// group, the national picture across topics, and every topic with quarterly figures.
/// </summary>
public sealed class CityOverviewCardBuilder(IKnowledgeStore store)
{
    /// <summary>The overview for <paramref name="focus"/>, or null when that kind of question has no city-wide answer.</summary>
    public CardReply? Build(IndicatorFocus focus) => focus switch
    {
        IndicatorFocus.Compare => Compare(),
        IndicatorFocus.National => National(),
        IndicatorFocus.Quarters => Quarters(),
        _ => null,
    };

    /// <summary>The ids of the topics an overview lists, in its order (the similar-areas overview's); empty for the others.</summary>
    public IReadOnlyList<string> Listed(IndicatorFocus focus) => focus == IndicatorFocus.Compare ? PeerOverview.Listed(store) : [];

    /// <summary>Every topic with a most-similar-group rank: ranks, our rate against the group average, verdicts.</summary>
    public CardReply Compare() => PeerOverview.Build(store);

    /// <summary>The national figures and context across topics, compactly.</summary>
    public CardReply National() => NationalOverview.Build(store);

    /// <summary>Every topic with quarterly figures, each quarter against the year before.</summary>
    public CardReply Quarters() => QuarterOverview.Build(store);
}
