namespace SafetyBot.Cards.Lists;

/// <summary>Which end of the topics' counts a ranking by volume starts from.</summary>
public enum VolumeOrder
{
    /// <summary>"Which crime is the most common?": the largest counts first.</summary>
    LargestFirst,

    /// <summary>"Which crime is the rarest?": the smallest counts first.</summary>
    SmallestFirst,
}
