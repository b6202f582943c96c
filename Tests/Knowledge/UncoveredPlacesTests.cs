using SafetyBot.Knowledge;

namespace SafetyBot.Tests.Knowledge;

/// <summary>The places the assessment never names are seed data (uncovered-places.json), read into the store.</summary>
public sealed class UncoveredPlacesTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("oxford", "Oxford", "oxford")]
    [InlineData("milton-keynes", "Milton Keynes", "milton keynes")]
    [InlineData("london-borough", "a London borough", "london boroughs")]
    [InlineData("tower-hamlets", "Tower Hamlets", "tower hamlets")]
    public void Seed_HoldsThePlace_WithItsNameAndTheWordsMembersUse(string id, string name, string phrase)
    {
        var place = Assert.Single(_store.Store.UncoveredPlaces(), p => p.Id == id);

        Assert.Equal(name, place.Name);
        Assert.Contains(phrase, place.Phrases);
    }

    [Theory]
    [InlineData("london")]
    [InlineData("wales")]
    [InlineData("cambridge")]
    [InlineData("peterborough")]
    public void Seed_LeavesOutPlacesTheAssessmentNames(string phrase) =>
        Assert.DoesNotContain(_store.Store.UncoveredPlaces(), p => p.Phrases.Contains(phrase));
}
