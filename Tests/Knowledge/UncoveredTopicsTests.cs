using SafetyBot.Knowledge;

namespace SafetyBot.Tests.Knowledge;

/// <summary>The topics the assessment has no figures for are seed data (uncovered-topics.json), read into the store.</summary>
public sealed class UncoveredTopicsTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("robbery", "mugging")]
    [InlineData("bicycle-theft", "bike theft")]
    [InlineData("criminal-damage", "vandalism")]
    [InlineData("drug-deaths", "drug related deaths")]
    public void Seed_HoldsTheUncoveredTopic_WithTheWordsMembersUse(string id, string phrase)
    {
        var topic = Assert.Single(_store.Store.UncoveredTopics(), t => t.Id == id);

        Assert.Contains(phrase, topic.Phrases);
        Assert.NotEmpty(topic.Name);
        Assert.NotEmpty(topic.Instead);
    }

    [Fact]
    public void Seed_NamesNoUncoveredTopicByAnIndicatorsId()
    {
        var indicators = _store.Store.Indicators().Select(i => i.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.DoesNotContain(_store.Store.UncoveredTopics(), t => indicators.Contains(t.Id));
    }
}
