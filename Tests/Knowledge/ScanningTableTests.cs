using SafetyBot.Knowledge;

namespace SafetyBot.Tests.Knowledge;

/// <summary>Section 3, the full scanning table: expected values typed from the assessment.</summary>
public sealed class ScanningTableTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("cybercrime", 90, 31, 53)]
    [InlineData("violence-against-the-person", 2894, 367, 15)]
    [InlineData("violence-without-injury", 2068, 392, 23)]
    [InlineData("violence-with-injury", 822, -28, -3)]
    [InlineData("weapon-involved", 259, 47, 22)]
    [InlineData("sexual-offences", 307, 24, 8)]
    [InlineData("cse", 30, 2, 7)]
    [InlineData("dwelling-burglary", 647, 193, 43)]
    [InlineData("theft-from-the-person", 443, 55, 14)]
    [InlineData("shoplifting", 1295, 323, 33)]
    [InlineData("domestic-violence-offences", 1113, 103, 10)]
    [InlineData("domestic-abuse-incidents", 1873, -62, -3)]
    [InlineData("hate-crime", 254, 9, 4)]
    [InlineData("asb", 4601, -166, -3)]
    [InlineData("drugs", 357, -112, -24)]
    [InlineData("alcohol", 964, -72, -7)]
    [InlineData("business-crime", 2297, 699, 44)]
    public void ScanningTable_2017VolumeAndChange_MatchTheDocument(string indicator, int volume, int change, int percent)
    {
        var store = _store.Store;
        Assert.Equal(volume, store.Value(indicator, "2017", Measure.Count));
        Assert.Equal(change, store.Value(indicator, "2017", Measure.Change));
        Assert.Equal(percent, store.Value(indicator, "2017", Measure.PercentChange));
    }

    [Fact]
    public void VehicleCrime_HasChangeButNoVolume_TheGapStaysAGap()
    {
        var store = _store.Store;
        Assert.Equal(264m, store.Value("vehicle-crime", "2017", Measure.Change));
        Assert.Equal(30m, store.Value("vehicle-crime", "2017", Measure.PercentChange));
        Assert.Null(store.Find("vehicle-crime", "2017", Measure.Count));
        Assert.Null(store.Find("vehicle-crime", "2016", Measure.Count));
        Assert.Null(store.Latest("vehicle-crime", Measure.Count));
    }

    [Fact]
    public void ModernSlavery_HasVolumeAndChangeButNoPercent()
    {
        var store = _store.Store;
        Assert.Equal(3m, store.Value("modern-slavery", "2017", Measure.Count));
        Assert.Equal(3m, store.Value("modern-slavery", "2017", Measure.Change));
        Assert.Null(store.Find("modern-slavery", "2017", Measure.PercentChange));
        Assert.Contains("N/A", store.Find("modern-slavery", "2017", Measure.Change)!.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void RoadSafety_IsTwelveMonthsToJune2017()
    {
        var store = _store.Store;
        Assert.Equal(338m, store.Value("road-safety", "12M-2017-06", Measure.Count));
        Assert.Equal(-31m, store.Value("road-safety", "12M-2017-06", Measure.Change));
        Assert.Equal(-8m, store.Value("road-safety", "12M-2017-06", Measure.PercentChange));
        Assert.Equal("July 16 to June 17", store.Find("road-safety", "12M-2017-06", Measure.Count)!.Provenance.PeriodText);
        Assert.Equal(33m, store.Value("road-safety", "2016", Measure.Proportion, Area.Cambridgeshire, "unclassified roads in need of maintenance"));
        Assert.Equal(8m, store.Value("road-safety", "2016", Measure.Rank, Area.Cambridgeshire, "unclassified roads in need of maintenance"));
    }

    [Theory]
    [InlineData("cybercrime", "2016", 0.44)]
    [InlineData("cybercrime", "2017", 0.65)]
    [InlineData("violence-against-the-person", "2013", 8.98)]
    [InlineData("violence-against-the-person", "2017", 21.04)]
    [InlineData("violence-without-injury", "2016", 12.50)]
    [InlineData("violence-without-injury", "2017", 15.03)]
    [InlineData("violence-with-injury", "2016", 6.34)]
    [InlineData("violence-with-injury", "2017", 5.97)]
    [InlineData("weapon-involved", "2016", 1.58)]
    [InlineData("weapon-involved", "2017", 1.88)]
    [InlineData("sexual-offences", "2016", 2.11)]
    [InlineData("sexual-offences", "2017", 2.23)]
    [InlineData("theft-from-the-person", "2017", 3.22)]
    [InlineData("vehicle-crime", "2016", 6.51)]
    [InlineData("vehicle-crime", "2017", 8.26)]
    [InlineData("shoplifting", "2016", 7.25)]
    [InlineData("shoplifting", "2017", 9.41)]
    [InlineData("hate-crime", "2016", 1.83)]
    [InlineData("hate-crime", "2017", 1.85)]
    [InlineData("asb", "2012", 40.85)]
    [InlineData("asb", "2016", 35.55)]
    [InlineData("asb", "2017", 33.44)]
    [InlineData("drugs", "2013", 5.89)]
    [InlineData("drugs", "2017", 2.59)]
    [InlineData("alcohol", "2016", 7.73)]
    [InlineData("alcohol", "2017", 7.01)]
    public void ScanningTable_RatesPer1000Population_MatchTheDocument(string indicator, string year, double rate)
    {
        Assert.Equal((decimal)rate, _store.Store.Value(indicator, year, Measure.RatePer1000Population));
    }

    [Fact]
    public void OtherRates_KeepTheirOwnBasis()
    {
        var store = _store.Store;
        Assert.Equal(0.87m, store.Value("dwelling-burglary", "2016", Measure.RatePer100Dwellings));
        Assert.Equal(1.21m, store.Value("dwelling-burglary", "2017", Measure.RatePer100Dwellings));
        Assert.Equal(11.92m, store.Value("business-crime", "2016", Measure.Rate));
        Assert.Equal(16.70m, store.Value("business-crime", "2017", Measure.Rate));
        Assert.Equal(6.68m, store.Value("vehicle-crime", "unstated", Measure.RatePer1000Population, Area.Cambridgeshire));
    }

    [Theory]
    [InlineData("violence-against-the-person", 6, 21.75, 20.84, Measure.RatePer1000Population, null)]
    [InlineData("violence-without-injury", 3, 15.57, 12.87, Measure.RatePer1000Population, null)]
    [InlineData("violence-with-injury", 14, 6.15, 7.96, Measure.RatePer1000Population, null)]
    [InlineData("sexual-offences", 6, 2.37, 2.33, Measure.RatePer1000Population, null)]
    [InlineData("dwelling-burglary", 7, 3.73, 3.45, Measure.RatePer1000Households, null)]
    [InlineData("theft-from-the-person", 3, 3.14, 1.77, Measure.RatePer1000Population, null)]
    [InlineData("vehicle-crime", 5, 8.61, 6.98, Measure.RatePer1000Population, null)]
    [InlineData("shoplifting", 4, 9.77, 7.92, Measure.RatePer1000Population, null)]
    [InlineData("drugs", 9, 2.87, 2.94, Measure.RatePer1000Population, null)]
    [InlineData("hate-crime", 3, 1.33, 0.99, Measure.RatePer1000Population, "racially or religiously aggravated offences")]
    public void MostSimilarGroup_RankRateAndAverage_MatchTheDocument(
        string indicator, int rank, double ours, double average, Measure basis, string? breakdown)
    {
        var comparison = _store.Store.PeerComparison(indicator);

        Assert.NotNull(comparison);
        Assert.Equal("12M-2017-11", comparison.Period.Key);
        Assert.Equal(rank, comparison.Rank.Value);
        Assert.Equal(15, comparison.Rank.RankOf);
        Assert.Equal((decimal)ours, comparison.OurRate!.Value);
        Assert.Equal((decimal)average, comparison.MsgAverage!.Value);
        Assert.Equal(basis, comparison.RateBasis);
        Assert.Equal(breakdown ?? string.Empty, comparison.Breakdown);
        Assert.Equal("iQuanta", comparison.Rank.Provenance.OriginalSource);
    }

    [Theory]
    [InlineData("cybercrime")]
    [InlineData("violence-against-the-person")]
    [InlineData("violence-without-injury")]
    [InlineData("violence-with-injury")]
    [InlineData("weapon-involved")]
    [InlineData("sexual-offences")]
    [InlineData("cse")]
    [InlineData("dwelling-burglary")]
    [InlineData("theft-from-the-person")]
    [InlineData("vehicle-crime")]
    [InlineData("shoplifting")]
    [InlineData("modern-slavery")]
    [InlineData("road-safety")]
    [InlineData("domestic-violence-offences")]
    [InlineData("hate-crime")]
    [InlineData("asb")]
    [InlineData("drugs")]
    [InlineData("alcohol")]
    [InlineData("business-crime")]
    public void EveryTopic_HasTrendAndContextText(string indicator)
    {
        var narratives = _store.Store.Narratives(indicator);
        Assert.Contains(narratives, n => n.Kind == NarrativeKind.Trend);
        Assert.Contains(narratives, n => n.Kind == NarrativeKind.Context);
        Assert.All(narratives, n => Assert.StartsWith("Section", n.Provenance.Section, StringComparison.Ordinal));
    }

    [Fact]
    public void TopicTexts_AreTranscribedInFull()
    {
        var store = _store.Store;
        Assert.Contains(store.Narratives("cybercrime", NarrativeKind.Trend), n => n.Text.Contains("from 0.44 in 2016 to 0.65 in 2017", StringComparison.Ordinal));
        Assert.Contains(store.Opportunities("cybercrime"), n => n.Text.Contains("such as trading standards and CAB", StringComparison.Ordinal));
        Assert.Contains(store.Narratives("violence-against-the-person", NarrativeKind.Context), n => n.Text.Contains("ranked 6 out of 15 areas", StringComparison.Ordinal));
        Assert.Contains(store.Opportunities("dwelling-burglary"), n => n.Text.Contains("Eyes and Ears", StringComparison.Ordinal));
        Assert.Contains(store.Narratives("weapon-involved", NarrativeKind.Context), n => n.Text.Contains("the third worst year since 1977", StringComparison.Ordinal));
        Assert.Contains(store.Narratives("modern-slavery", NarrativeKind.Context), n => n.Text.Contains("Lithuanian", StringComparison.Ordinal));
        Assert.Contains(store.Opportunities("drugs"), n => n.Text.Contains("Review the Drugs and Alcohol Joint Strategic needs Assessment (JSNA).", StringComparison.Ordinal));
        Assert.Empty(store.Opportunities("shoplifting"));
    }

    [Fact]
    public void DrugsRowStrayFigure_IsACaveatNotAFigure()
    {
        var store = _store.Store;
        Assert.Contains(store.Narratives("drugs", NarrativeKind.Caveat), n => n.Text.Contains("72 (70)", StringComparison.Ordinal));
        Assert.DoesNotContain(store.Figures("drugs"), o => o.Value is 70m or 72m);
    }

    [Fact]
    public void NoSeedFigure_IsDerived()
    {
        Assert.All(_store.Store.Indicators().SelectMany(i => _store.Store.Figures(i.Id)), o => Assert.False(o.IsDerived));
    }
}
