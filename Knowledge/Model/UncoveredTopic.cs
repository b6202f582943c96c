namespace SafetyBot.Knowledge;

/// <summary>
/// A topic members ask about that the assessment gives no local figures for (robbery, bicycle theft...), with the
/// words they use for it and what the assessment has nearest. Seed data (<c>Knowledge/Seed/uncovered-topics.json</c>),
/// so analysts can extend the list without code.
/// </summary>
public sealed record UncoveredTopic
{
    /// <summary>Stable id, lower-case, e.g. <c>bicycle-theft</c>.</summary>
    public required string Id { get; init; }

    /// <summary>How it is named in an answer, e.g. "bicycle theft".</summary>
    public required string Name { get; init; }

    /// <summary>What the assessment has that comes nearest, in words.</summary>
    public required string Instead { get; init; }

    /// <summary>The words members use for it (whole phrases).</summary>
    public IReadOnlyList<string> Phrases { get; init; } = [];

    /// <summary>
    /// The indicators whose printed counts come nearest ("how many shops got robbed": shoplifting and business crime), shown as
    /// counts of their own crimes with a word that the topic itself is not covered; empty when none is near enough to show.
    /// </summary>
    public IReadOnlyList<string> NearestIndicatorIds { get; init; } = [];
}
