using SafetyBot.Knowledge;

namespace SafetyBot.Tests.Knowledge;

/// <summary>Recommended 2018/19 priorities, their programmes, and the review of 2017/18.</summary>
public sealed class PrioritiesTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Priorities_AreTheThreeRecommendedFor2018To19()
    {
        var priorities = _store.Store.Priorities();
        Assert.Equal(
            ["Safeguarding people against violence and exploitation", "Identifying and responding to vulnerable locations", "Domestic Abuse"],
            priorities.Select(p => p.Title));
        Assert.All(priorities, p => Assert.Equal("2018/19", p.Year));
    }

    [Fact]
    public void Priority1_HasProgrammes1Point1And1Point2WithEvidence()
    {
        var detail = _store.Store.Priority(1)!;
        Assert.Equal(["1.1", "1.2"], detail.Programmes.Select(p => p.Programme.Id));
        Assert.Equal("County lines/cuckooing", detail.Programmes[0].Programme.Title);
        Assert.Equal("Exploitation of adults", detail.Programmes[1].Programme.Title);
        Assert.Contains(detail.Programmes[0].Evidence, e => e.Indicator.Id == "drugs" && e.Figures.Any(f => f.Value == 357m));
    }

    [Theory]
    [InlineData("1.1", "County lines/cuckooing", "2017/18-1")]
    [InlineData("1.2", "Exploitation of adults", "2017/18-3")]
    [InlineData("2.1", "Market Ward Group, including night-time economy", null)]
    [InlineData("3.1", "White Ribbon Campaign led by Cambridge City Council", "2017/18-2")]
    public void Programme_HasTitleActionsAndReviewedWork(string code, string title, string? reviewed)
    {
        var programme = _store.Store.Programme(code)!;
        Assert.Equal(title, programme.Programme.Title);
        Assert.NotEmpty(programme.Programme.Actions);
        Assert.All(programme.Programme.Actions, a => Assert.StartsWith(code + "-", a.Id, StringComparison.Ordinal));
        Assert.NotEmpty(programme.Evidence);
        if (reviewed is null)
        {
            Assert.Empty(programme.Interventions);
        }
        else
        {
            Assert.Equal(reviewed, programme.ReviewedPriorities.Single().Id);
            Assert.NotEmpty(programme.Interventions);
            Assert.NotEmpty(programme.Outcomes);
        }
    }

    [Fact]
    public void Review2017To18_PrioritiesInterventionsAndOutcomes()
    {
        var reviews = _store.Store.ReviewedPriorities();
        Assert.Equal(
            ["Safeguarding vulnerable people against violence", "Domestic abuse", "Reducing antisocial behaviour within vulnerable groups"],
            reviews.Select(r => r.Title));
        Assert.Equal(5, reviews[1].Interventions.Count);
        Assert.Contains(reviews[1].Outcomes, o => o.Text.Contains("Coercive Control Conference on 22 June 2017", StringComparison.Ordinal));
        Assert.Contains(reviews[2].Outcomes, o => o.Text.Contains("17th October 2017", StringComparison.Ordinal));
        Assert.Contains(reviews[0].Outcomes, o => o.Text.Contains("timely data sharing", StringComparison.Ordinal));
    }

    [Fact]
    public void ExecutiveSummary_FindingsAndEmergingTrends()
    {
        var store = _store.Store;
        Assert.Equal(4, store.NarrativesOfKind(NarrativeKind.Finding).Count);
        var emerging = store.NarrativesOfKind(NarrativeKind.EmergingTrend);
        Assert.Equal(["Anti-social behaviour", "Domestic abuse", "Property crime", "Violence"], emerging.Select(n => n.Title!).Distinct().Order(StringComparer.Ordinal));
    }
}
