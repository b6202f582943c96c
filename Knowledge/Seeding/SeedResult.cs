namespace SafetyBot.Knowledge;

/// <summary>What <see cref="KnowledgeSeeder.EnsureSeeded"/> did.</summary>
/// <param name="Applied">False when the store already held this seed version.</param>
/// <param name="Hash">The seed version (SHA-256 of the embedded seed).</param>
/// <param name="FiguresAdded">Seed figures inserted.</param>
/// <param name="FiguresUpdated">Seed figures corrected in place.</param>
/// <param name="FiguresRemoved">Seed figures no longer in the seed, removed.</param>
public sealed record SeedResult(bool Applied, string Hash, int FiguresAdded, int FiguresUpdated, int FiguresRemoved);
