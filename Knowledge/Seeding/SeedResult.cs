namespace SafetyBot.Knowledge;

/// <summary>What <see cref="KnowledgeSeeder.EnsureSeeded"/> did.</summary>
/// <param name="Outcome">Whether the seed was applied, already there, or kept out by a newer one in the store.</param>
/// <param name="Hash">This build's seed version (SHA-256 of the embedded seed).</param>
/// <param name="Revision">This build's seed revision.</param>
/// <param name="StoreRevision">The revision the store holds after the call.</param>
/// <param name="FiguresAdded">Seed figures inserted.</param>
/// <param name="FiguresUpdated">Seed figures corrected in place.</param>
/// <param name="FiguresRemoved">Seed figures no longer in the seed, removed.</param>
public sealed record SeedResult(SeedOutcome Outcome, string Hash, int Revision, int StoreRevision, int FiguresAdded, int FiguresUpdated, int FiguresRemoved)
{
    /// <summary>True when this call applied the seed.</summary>
    public bool Applied => Outcome == SeedOutcome.Applied;
}
