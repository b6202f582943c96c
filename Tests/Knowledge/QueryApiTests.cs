using SafetyBot.Knowledge;

namespace SafetyBot.Tests.Knowledge;

public sealed class QueryApiTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("dwelling-burglary", "dwelling-burglary")]
    [InlineData("Dwelling Burglary", "dwelling-burglary")]
    [InlineData("burglary", "dwelling-burglary")]
    [InlineData("VAP", "violence-against-the-person")]
    [InlineData("knife crime", "weapon-involved")]
    [InlineData("anti-social behaviour", "asb")]
    [InlineData("  HATE CRIME ", "hate-crime")]
    [InlineData("A&E", "ae-assault-attendances")]
    public void FindIndicator_ByIdNameOrSynonym_CaseInsensitive(string text, string expected)
    {
        Assert.Equal(expected, _store.Store.FindIndicator(text)?.Id);
    }

    [Fact]
    public void FindIndicator_Unknown_ReturnsNull()
    {
        Assert.Null(_store.Store.FindIndicator("parking"));
        Assert.Null(_store.Store.FindIndicator(" "));
    }

    [Fact]
    public void FindIndicator_SharedSynonym_IsAmbiguous_AndFindIndicatorsListsEveryMatch()
    {
        Assert.Null(_store.Store.FindIndicator("domestic abuse"));
        Assert.Equal(
            ["domestic-abuse-incidents", "domestic-violence-offences"],
            _store.Store.FindIndicators("Domestic Abuse").Select(i => i.Id));
        Assert.Equal(["asb"], _store.Store.FindIndicators("asb").Select(i => i.Id));
        Assert.Empty(_store.Store.FindIndicators("parking"));
    }

    [Fact]
    public void Indicators_NoSynonymRepeatsAnotherIndicatorsIdOrName()
    {
        var indicators = _store.Store.Indicators();
        var idsAndNames = indicators.SelectMany(i => new[] { (Name: i.Id.ToLowerInvariant(), i.Id), (Name: i.DisplayName.ToLowerInvariant(), i.Id) }).ToList();
        var clashes = indicators.SelectMany(i => i.Synonyms.Select(s => (Name: s.ToLowerInvariant(), i.Id)))
            .Where(s => idsAndNames.Any(n => n.Name == s.Name && n.Id != s.Id));
        Assert.Empty(clashes);
    }

    [Fact]
    public void Indicators_DomesticAbuseReadsMoreReportingAsGood_AsbLower()
    {
        Assert.Equal(BetterDirection.Higher, _store.Store.FindIndicator("domestic-violence-offences")!.BetterDirection);
        Assert.Equal(BetterDirection.Higher, _store.Store.FindIndicator("domestic-abuse-incidents")!.BetterDirection);
        Assert.Equal(BetterDirection.Lower, _store.Store.FindIndicator("asb")!.BetterDirection);
    }

    [Fact]
    public void Latest_PrefersTheFullYearOverQuartersEndingTogether()
    {
        var latest = _store.Store.Latest("violence-without-injury", Measure.Count)!;
        Assert.Equal("2017", latest.Period.Key);
        Assert.Equal(2068m, latest.Value);
        Assert.Equal(521m, _store.Store.Latest("violence-without-injury", Measure.Count, kind: PeriodKind.FinancialQuarter)!.Value);
    }

    [Fact]
    public void Series_IsOldestFirstAndHonoursRange()
    {
        var rates = _store.Store.Series("violence-against-the-person", Measure.RatePer1000Population, kind: PeriodKind.CalendarYear);
        Assert.Equal([8.98m, 21.04m], rates.Select(o => o.Value));

        var markers = _store.Store.Series("domestic-violence-offences", Measure.Count, from: Period.CalendarYear(2014), to: Period.CalendarYear(2016));
        Assert.Equal([689m, 736m, 1010m], markers.Select(o => o.Value));
    }

    [Fact]
    public void PeerComparison_ForAnIndicatorWithoutOne_IsNull()
    {
        Assert.Null(_store.Store.PeerComparison("cybercrime"));
        Assert.Null(_store.Store.PeerComparison("nothing"));
        Assert.True(_store.Store.PeerComparison("theft-from-the-person")!.IsAboveAverage);
        Assert.False(_store.Store.PeerComparison("violence-with-injury")!.IsAboveAverage);
    }

    [Fact]
    public void NationalContext_GivesContextTextAndNationalFiguresOnly()
    {
        var context = _store.Store.NationalContext("weapon-involved")!;
        Assert.Contains(context.Narratives, n => n.Text.Contains("37,443", StringComparison.Ordinal));
        Assert.Contains(context.Figures, o => o.Value == 37443m);
        Assert.All(context.Figures, o => Assert.Equal(Area.EnglandAndWales, o.Area));
        Assert.All(context.Narratives, n => Assert.Equal(NarrativeKind.Context, n.Kind));
    }

    [Fact]
    public void TopMovers_Up_AreTheLargestRisesOf2017()
    {
        var movers = _store.Store.TopMovers(MoveDirection.Up, 5);
        Assert.Equal(["cybercrime", "business-crime", "dwelling-burglary", "shoplifting", "vehicle-crime"], movers.Select(m => m.Indicator.Id));
        Assert.Equal([53m, 44m, 43m, 33m, 30m], movers.Select(m => m.PercentChange.Value));
        Assert.Null(movers[4].Volume);
        Assert.Equal(264m, movers[4].Change!.Value);
        Assert.All(movers, m => Assert.False(m.IsImprovement));
    }

    [Fact]
    public void TopMovers_Down_AreTheLargestFallsAndDomesticAbuseFallIsNotAnImprovement()
    {
        var movers = _store.Store.TopMovers(MoveDirection.Down, 10);
        Assert.Equal(["drugs", "alcohol"], movers.Take(2).Select(m => m.Indicator.Id));
        Assert.Equal(["asb", "domestic-abuse-incidents", "violence-with-injury"], movers.Skip(2).Select(m => m.Indicator.Id));
        Assert.False(movers.Single(m => m.Indicator.Id == "domestic-abuse-incidents").IsImprovement);
        Assert.True(movers.Single(m => m.Indicator.Id == "drugs").IsImprovement);
        Assert.DoesNotContain(movers, m => m.Indicator.Id == "modern-slavery");
    }

    [Fact]
    public void Quarters_ForAnIndicatorWithoutQuarters_IsNull()
    {
        Assert.Null(_store.Store.Quarters("cybercrime", 2017));
    }

    [Fact]
    public void EveryFigure_CarriesItsProvenance()
    {
        var figures = _store.Store.Indicators().SelectMany(i => _store.Store.Figures(i.Id)).ToList();
        Assert.True(figures.Count > 190);
        Assert.All(figures, o =>
        {
            Assert.Contains("Cambridge City 2017/18", o.Provenance.Document, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(o.Provenance.Section));
            Assert.False(string.IsNullOrWhiteSpace(o.Provenance.OriginalSource));
        });
        Assert.Contains("Police recorded crime", _store.Store.Latest("cybercrime", Measure.Count)!.Provenance.Cite(), StringComparison.Ordinal);
    }

    [Fact]
    public void History_OfASeedFigure_IsTheSeedRecord()
    {
        var history = _store.Store.History("cybercrime", Area.CambridgeCity, Period.CalendarYear(2017), Measure.Count);
        var record = Assert.Single(history);
        Assert.Equal(ObservationOrigin.Seed, record.Origin);
        Assert.True(record.IsCurrent);
        Assert.Equal(TestStore.Start, record.RecordedAt);
    }
}
