namespace SafetyBot.Knowledge;

/// <summary>
/// A place the assessment never names and gives no figures for (issue 13): another city, county or a London borough, with
/// the words members use for it. Its figures are Cambridge City's, with the districts of Cambridgeshire and Peterborough
/// named in passing; a question about crime elsewhere is not one it can answer. Seed data
/// (<c>Knowledge/Seed/uncovered-places.json</c>), so analysts can extend the list without code. "Wales" and "London" alone
/// are left out: the assessment quotes England and Wales's figures and London's share of knife crime.
/// </summary>
public sealed record UncoveredPlace
{
    /// <summary>Stable id, lower-case, e.g. <c>milton-keynes</c>.</summary>
    public required string Id { get; init; }

    /// <summary>How it is named in an answer, e.g. "Milton Keynes", "a London borough".</summary>
    public required string Name { get; init; }

    /// <summary>The words members use for it (whole phrases, lower-case), e.g. "london borough", "london boroughs".</summary>
    public IReadOnlyList<string> Phrases { get; init; } = [];
}
