namespace SafetyBot.Knowledge;

/// <summary>A dated event the document mentions, e.g. White Ribbon accreditation on 14 February 2017.</summary>
public sealed record KeyDate
{
    /// <summary>Stable id, e.g. <c>white-ribbon-accreditation</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The year, when the document gives it.</summary>
    public int? Year { get; init; }

    /// <summary>The month (1-12), when the document gives it.</summary>
    public int? Month { get; init; }

    /// <summary>The day of the month, when the document gives it.</summary>
    public int? Day { get; init; }

    /// <summary>The date as the document prints it, e.g. "14th February 2017".</summary>
    public required string DateText { get; init; }

    /// <summary>What happened.</summary>
    public required string Description { get; init; }

    /// <summary>Related priority id, if any.</summary>
    public string? PriorityRef { get; init; }

    /// <summary>Where it came from.</summary>
    public required Provenance Provenance { get; init; }
}
