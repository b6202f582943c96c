using SafetyBot.Knowledge;

namespace SafetyBot.Tests.Knowledge;

/// <summary>National and other figures quoted in the Context texts, typed from the assessment.</summary>
public sealed class NationalFiguresTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("violence-against-the-person", "YE-2017-09", 20, "")]
    [InlineData("violence-without-injury", "YE-2017-09", 24, "")]
    [InlineData("violence-with-injury", "YE-2017-09", 9, "")]
    [InlineData("sexual-offences", "YE-2017-09", 23, "")]
    [InlineData("sexual-offences", "YE-2017-09", 28, "non-recent sexual offences")]
    [InlineData("dwelling-burglary", "YE-2017-03", 6, "")]
    [InlineData("theft-from-the-person", "YE-2017-03", 7, "")]
    [InlineData("shoplifting", "YE-2017-09", 10, "")]
    [InlineData("drugs", "YE-2017-03", -8, "")]
    [InlineData("asb", "YE-2017-09", -6, "")]
    public void EnglandAndWales_PercentChanges(string indicator, string period, double percent, string breakdown)
    {
        Assert.Equal((decimal)percent, _store.Store.Value(indicator, period, Measure.PercentChange, Area.EnglandAndWales, breakdown));
    }

    [Fact]
    public void Shares_OfViolence()
    {
        var store = _store.Store;
        Assert.Equal(41m, store.Value("violence-without-injury", "YE-2017-09", Measure.Proportion, Area.EnglandAndWales));
        Assert.Equal(81m, store.Value("violence-with-injury", "YE-2017-09", Measure.Proportion, Area.EnglandAndWales, "assault with injury"));
    }

    [Fact]
    public void Asb_NationalVolumeAndCsewRange()
    {
        var store = _store.Store;
        Assert.Equal(1_700_000m, store.Value("asb", "YE-2017-09", Measure.Count, Area.EnglandAndWales));
        Assert.Equal(27m, store.Value("asb", "unstated", Measure.Proportion, Area.EnglandAndWales, "CSEW respondents who experienced ASB: lowest in the range"));
        Assert.Equal(31m, store.Value("asb", "unstated", Measure.Proportion, Area.EnglandAndWales, "CSEW respondents who experienced ASB: highest in the range"));
        Assert.Equal(-10m, store.Value("asb", "2012-01..2017-12", Measure.PercentChange));
    }

    [Fact]
    public void Drugs_SeizuresAndLongTermRateDecline()
    {
        var store = _store.Store;
        Assert.Equal(-6m, store.Value("drugs", "FY2016/17", Measure.PercentChange, Area.National, "drug seizures by police forces and UK Border Force"));
        Assert.Equal(-56m, store.Value("drugs", "2013-01..2017-12", Measure.PercentChange, Area.CambridgeCity, "rate per 1,000 population"));
    }

    [Fact]
    public void Roads_CasualtiesAndTraffic()
    {
        var store = _store.Store;
        Assert.Equal(-5m, store.Value("road-safety", "YE-2017-06", Measure.PercentChange, Area.National, "casualties"));
        Assert.Equal(1.4m, store.Value("road-safety", "YE-2017-06", Measure.PercentChange, Area.National, "motor traffic levels"));
    }

    [Fact]
    public void Vehicles_RacFigures()
    {
        var store = _store.Store;
        var threeYears = store.Find("vehicle-crime", "2014-10..2017-09", Measure.PercentChange, Area.National, "vehicle theft")!;
        Assert.Equal(30m, threeYears.Value);
        Assert.Equal(9, threeYears.Provenance.Footnote);
        Assert.Equal(300_000m, store.Value("vehicle-crime", "2002", Measure.Count, Area.National, "vehicle theft"));
    }

    [Fact]
    public void Business_CvsAndPopulation()
    {
        var store = _store.Store;
        Assert.Equal(13_000m, store.Value("business-crime", "2016", Measure.RatePer1000BusinessPremises, Area.National, "wholesale and retail sector"));
        Assert.Equal(87_300m, store.Value("population", "2015", Measure.Count));
        Assert.Equal(38m, store.Value("sexual-offences", "2017", Measure.PercentChange, Area.CambridgeCity, "other sexual offences"));
        Assert.Equal(-5m, store.Value("shoplifting", "2016", Measure.PercentChange));
    }

    [Fact]
    public void KeyDates_FromTheDocument()
    {
        var dates = _store.Store.KeyDates().ToDictionary(d => d.Id);
        Assert.Equal((2017, 2, 14), (dates["white-ribbon-accreditation"].Year, dates["white-ribbon-accreditation"].Month, dates["white-ribbon-accreditation"].Day));
        Assert.Equal((2017, 6, 22), (dates["coercive-control-conference"].Year, dates["coercive-control-conference"].Month, dates["coercive-control-conference"].Day));
        Assert.Equal((2017, 10, 17), (dates["exploitation-assessment-to-partnership"].Year, dates["exploitation-assessment-to-partnership"].Month, dates["exploitation-assessment-to-partnership"].Day));
        Assert.Null(dates["white-ribbon-day-stall"].Year);
        Assert.Equal((11, 25), (dates["white-ribbon-day-stall"].Month, dates["white-ribbon-day-stall"].Day));
    }
}
