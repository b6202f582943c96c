using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Tests.Knowledge.Retrieval;

/// <summary>
/// Within a topic, a passage filed under it is about it whether or not it repeats the topic's name: "prevalence" in a
/// question about domestic abuse prevalence does not stop the CSEW estimates being found.
/// </summary>
public sealed class TopicNamesTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("What does the CSEW say about domestic abuse prevalence?")]
    [InlineData("crime survey estimates of domestic abuse prevalence")]
    [InlineData("what does the CSEW say about domestic abuse victimisation")]
    public void WithinTheTopic_APassageFiledUnderIt_AnswersWithoutRepeatingItsName(string question)
    {
        var search = new PassageSearch(_store.Store);

        var result = search.Search(new PassageQuery(question, "domestic-abuse-prevalence", PassageAspect.Survey));

        Assert.True(result.Found);
        Assert.Contains("7.5%", string.Join(" ", result.Best!.BestSentences), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutATopic_TheSameWordsMustStillAllBeFound()
    {
        var search = new PassageSearch(_store.Store);

        var result = search.Search(new PassageQuery("What does the CSEW say about domestic abuse prevalence?", null, PassageAspect.Survey));

        Assert.False(result.Found);
    }

    [Fact]
    public void ASourceInAnIndicatorsBrackets_NamesTheSource_NotTheIndicator()
    {
        var names = KnowledgeNames.Of(_store.Store);

        var victimisation = names.Single(n => n.Id == "domestic-abuse-prevalence");
        Assert.DoesNotContain("CSEW", victimisation.Names, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("CSEW domestic abuse", victimisation.Names, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("ASB", names.Single(n => n.Id == "asb" && n.Kind == NamedTopicKind.Indicator).Names, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("CSE", names.Single(n => n.Id == "cse" && n.Kind == NamedTopicKind.Indicator).Names, StringComparer.OrdinalIgnoreCase);
    }
}
