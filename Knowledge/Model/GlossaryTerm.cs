namespace SafetyBot.Knowledge;

/// <summary>An abbreviation or term used in the assessments, with a plain definition.</summary>
public sealed record GlossaryTerm
{
    /// <summary>Stable id, lower-case, e.g. <c>csew</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The term as written, e.g. "CSEW".</summary>
    public required string Term { get; init; }

    /// <summary>What an abbreviation stands for, e.g. "Crime Survey for England and Wales".</summary>
    public string? Expansion { get; init; }

    /// <summary>A plain definition.</summary>
    public required string Definition { get; init; }

    /// <summary>Other spellings people use.</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];
}
