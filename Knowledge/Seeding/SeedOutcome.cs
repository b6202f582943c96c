namespace SafetyBot.Knowledge;

/// <summary>What <see cref="KnowledgeSeeder.EnsureSeeded"/> found and did.</summary>
public enum SeedOutcome
{
    /// <summary>The store already held this seed.</summary>
    Unchanged,

    /// <summary>The seed was applied (a new store, or one holding an older seed).</summary>
    Applied,

    /// <summary>
    /// The store holds a seed of a higher revision, applied by a newer build sharing it (a staging slot, a rolling
    /// deploy): it is kept, not replaced by this build's older seed.
    /// </summary>
    NewerKept,
}
