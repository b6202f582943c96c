namespace SafetyBot.Knowledge;

/// <summary>A publication a document cites (usually in a footnote).</summary>
public sealed record Source
{
    /// <summary>Stable id, e.g. <c>ons-crime-ye-sep-2017</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Who published it, e.g. "Office for National Statistics".</summary>
    public required string Publisher { get; init; }

    /// <summary>Its address when the document gives one.</summary>
    public string? Url { get; init; }

    /// <summary>The citing document's footnote number(s), when footnoted.</summary>
    public IReadOnlyList<int> Footnotes { get; init; } = [];

    /// <summary>
    /// The topics (indicator ids) whose sections draw on it beyond the figures the store holds from it: the CSEW's estimates
    /// beside police recorded violence, Addenbrooke's A&amp;E chart beside violence with injury. Empty when none.
    /// </summary>
    public IReadOnlyList<string> IndicatorIds { get; init; } = [];

    /// <summary>Where it is cited.</summary>
    public required Provenance Provenance { get; init; }
}
