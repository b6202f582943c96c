namespace SafetyBot.Knowledge;

/// <summary>Where a figure or a text came from, so that an answer can cite it.</summary>
public sealed record Provenance
{
    /// <summary>Title of the document that states the figure (or the imported file's name).</summary>
    public required string Document { get; init; }

    /// <summary>Section, table or row of the document, e.g. "Section 3: Full Scanning Table – Cybercrime".</summary>
    public required string Section { get; init; }

    /// <summary>The period as the document prints it, e.g. "12 months up to November 2017".</summary>
    public string? PeriodText { get; init; }

    /// <summary>The original data source, e.g. "Police recorded crime", "CSEW", "iQuanta".</summary>
    public string? OriginalSource { get; init; }

    /// <summary>Id of the footnoted <see cref="Source"/> the document cites for it, if any.</summary>
    public string? SourceId { get; init; }

    /// <summary>Number of the document's footnote that cites the source, if any.</summary>
    public int? Footnote { get; init; }

    /// <summary>A one-line citation, e.g. "Police recorded crime, via: Community Safety ... (Section 3)".</summary>
    public string Cite()
    {
        var origin = string.IsNullOrWhiteSpace(OriginalSource) ? string.Empty : OriginalSource + "; ";
        var note = Footnote is { } number ? $", footnote {number}" : string.Empty;
        var section = string.IsNullOrWhiteSpace(Section) ? string.Empty : ", " + Section;
        return $"{origin}{Document}{section}{note}";
    }
}
