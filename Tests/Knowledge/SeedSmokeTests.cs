using SafetyBot.Knowledge;

namespace SafetyBot.Tests.Knowledge;

public sealed class SeedSmokeTests
{
    [Fact]
    public void Seed_LoadsIntoAnEmptyStore()
    {
        using var store = TestStore.Create();
        Assert.True(store.SeedResult!.Applied);
        Assert.True(store.SeedResult.FiguresAdded > 150);
        Assert.Equal(90m, store.Store.Latest("cybercrime", Measure.Count)!.Value);
    }
}
