namespace SafetyBot.Knowledge;

/// <summary>The agency the assessment itself names as leading a programme or intervention, in its own words.</summary>
public sealed record NamedLead
{
    /// <summary>The agency, as the document names it ("Cambridgeshire Constabulary").</summary>
    public required string Agency { get; init; }

    /// <summary>The document's sentence or heading naming it, verbatim.</summary>
    public required string Words { get; init; }
}
