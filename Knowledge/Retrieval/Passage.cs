namespace SafetyBot.Knowledge.Retrieval;

/// <summary>A passage of the assessment held in the store, as the passage index knows it.</summary>
public sealed record Passage
{
    /// <summary>Stable id, e.g. <c>narrative:shoplifting-trend</c> or <c>intervention:2017/18-2:4</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Where in the assessment it comes from.</summary>
    public required PassageKind Kind { get; init; }

    /// <summary>A short heading, e.g. "Support the County Lines multiagency work"; null when none.</summary>
    public string? Title { get; init; }

    /// <summary>The text.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// True when <see cref="Text"/> is the assessment's own words; false for SafetyBot's records about it
    /// (caveats, key dates, cited sources), which must not be quoted as the assessment.
    /// </summary>
    public required bool IsVerbatim { get; init; }

    /// <summary>The text split into sentences, in order; each is a substring of <see cref="Text"/>.</summary>
    public required IReadOnlyList<string> Sentences { get; init; }

    /// <summary>The section of the document, e.g. "Section 3: Full Scanning Table – Shoplifting (Trend)".</summary>
    public string Section => Provenance.Section;

    /// <summary>The title of the document.</summary>
    public string Document => Provenance.Document;

    /// <summary>
    /// The period the passage is about, when the store knows it: the provenance's period, else the
    /// year of its priority or review, else the date of a key date; null when not known.
    /// </summary>
    public string? Period { get; init; }

    /// <summary>Indicators it is about (the first is the one its answer links to).</summary>
    public IReadOnlyList<string> IndicatorIds { get; init; } = [];

    /// <summary>Codes of the programmes it belongs to, e.g. <c>1.1</c>.</summary>
    public IReadOnlyList<string> ProgrammeCodes { get; init; } = [];

    /// <summary>Where it came from.</summary>
    public required Provenance Provenance { get; init; }
}
