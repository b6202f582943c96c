using SafetyBot.Knowledge;

namespace SafetyBot.Tests.Knowledge;

/// <summary>
/// The seed's revision (Knowledge/Seed/document.json) is raised with every change to the seed, so that an older build
/// sharing a store never replaces a newer build's seed (see <see cref="SeedOutcome.NewerKept"/>). This test pins the
/// seed's content to its revision: when the seed changes, it fails until the revision is raised and both are updated here.
/// </summary>
public sealed class SeedRevisionTests
{
    private const int Revision = 21;
    private const string Hash = "CECEE8D1929E04B22DBBD94BF0477838B750E5F858AC2292CF57BBF16090A50F";

    [Fact]
    public void EmbeddedSeed_ChangedContent_HasARaisedRevision()
    {
        var seed = SeedData.Load();

        Assert.True(
            (seed.Revision, seed.Hash) == (Revision, Hash),
            $"The embedded seed is revision {seed.Revision} with hash {seed.Hash}; this test pins revision {Revision} to hash {Hash}. "
            + "If the seed changed, raise \"revision\" in Knowledge/Seed/document.json and update both constants here.");
    }
}
