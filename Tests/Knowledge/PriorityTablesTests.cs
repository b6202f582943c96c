using SafetyBot.Knowledge;

namespace SafetyBot.Tests.Knowledge;

/// <summary>The tables and figures of Section 2 (review of priorities), typed from the assessment.</summary>
public sealed class PriorityTablesTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void QuarterlyViolenceTable_ViolenceWithoutInjury_WithPreviousYearInBrackets()
    {
        var table = _store.Store.Quarters("violence-without-injury", 2017)!;

        Assert.Equal([532m, 560m, 521m], table.Quarters.Take(3).Select(q => q.Current!.Value));
        Assert.Equal([436m, 461m, 481m], table.Quarters.Take(3).Select(q => q.PreviousYear!.Value));
        Assert.Null(table.Quarters[3].Current);
        Assert.Null(table.Quarters[3].PreviousYear);
        Assert.Equal(1613m, table.YearToDate!.Current!.Value);
        Assert.Equal(1378m, table.YearToDate.PreviousYear!.Value);
        Assert.Equal("FY2017/18-YTD-Q3", table.YearToDate.Period.Key);
    }

    [Fact]
    public void QuarterlyViolenceTable_ViolenceWithInjury_WithPreviousYearInBrackets()
    {
        var table = _store.Store.Quarters("violence-with-injury", 2017)!;

        Assert.Equal([223m, 194m, 205m], table.Quarters.Take(3).Select(q => q.Current!.Value));
        Assert.Equal([232m, 188m, 216m], table.Quarters.Take(3).Select(q => q.PreviousYear!.Value));
        Assert.Equal(622m, table.YearToDate!.Current!.Value);
        Assert.Equal(636m, table.YearToDate.PreviousYear!.Value);
    }

    [Fact]
    public void Quarters_Q1Of2017To18_IsAprilToJune2017()
    {
        var q1 = _store.Store.Quarters("violence-with-injury", 2017)!.Quarters[0].Period;
        Assert.Equal((2017, 4, 2017, 6), (q1.StartYear, q1.StartMonth, q1.EndYear, q1.EndMonth));
        Assert.Equal("FY2017/18-Q1", q1.Key);
    }

    [Fact]
    public void DomesticAbuseTable_MarkersAndIncidents2012To2017()
    {
        var store = _store.Store;
        var markers = store.Series("domestic-violence-offences", Measure.Count, kind: PeriodKind.CalendarYear);
        var incidents = store.Series("domestic-abuse-incidents", Measure.Count, kind: PeriodKind.CalendarYear);

        Assert.Equal(["2012", "2013", "2014", "2015", "2016", "2017"], markers.Select(o => o.Period.Key));
        Assert.Equal([462m, 506m, 689m, 736m, 1010m, 1113m], markers.Select(o => o.Value));
        Assert.Equal([1598m, 1554m, 1728m, 1733m, 1935m, 1873m], incidents.Select(o => o.Value));
        Assert.Contains("Table 2", markers[0].Provenance.Section, StringComparison.Ordinal);
    }

    [Fact]
    public void DomesticAbuseIncidents_KeepTheDocumentsContradictionAsACaveat()
    {
        var caveats = _store.Store.Narratives("domestic-abuse-incidents", NarrativeKind.Caveat);
        Assert.Contains(caveats, n => n.Text.Contains("4%", StringComparison.Ordinal) && n.Text.Contains("1873", StringComparison.Ordinal));
    }

    [Fact]
    public void StreetLifeAsbTable_Quarters1To3_AndBlankQuarter4AndTotalStayGaps()
    {
        var store = _store.Store;
        var all = store.Quarters("asb", 2017, Area.ExtendedCityCentre)!;
        var begging = store.Quarters("asb-begging-homeless", 2017, Area.ExtendedCityCentre)!;
        var beggingShare = store.Quarters("asb-begging-homeless", 2017, Area.ExtendedCityCentre, Measure.Proportion)!;
        var keywords = store.Quarters("asb-street-life-keywords", 2017, Area.ExtendedCityCentre)!;
        var keywordShare = store.Quarters("asb-street-life-keywords", 2017, Area.ExtendedCityCentre, Measure.Proportion)!;

        Assert.Equal([404m, 392m, 335m], all.Quarters.Take(3).Select(q => q.Current!.Value));
        Assert.Equal([108m, 116m, 95m], begging.Quarters.Take(3).Select(q => q.Current!.Value));
        Assert.Equal([27m, 30m, 28m], beggingShare.Quarters.Take(3).Select(q => q.Current!.Value));
        Assert.Equal([195m, 192m, 153m], keywords.Quarters.Take(3).Select(q => q.Current!.Value));
        Assert.Equal([48m, 49m, 46m], keywordShare.Quarters.Take(3).Select(q => q.Current!.Value));
        foreach (var table in new[] { all, begging, beggingShare, keywords, keywordShare })
        {
            Assert.Null(table.Quarters[3].Current);
            Assert.Null(table.YearToDate);
        }
    }

    [Fact]
    public void Idva_ReferralsAndEngagement()
    {
        var store = _store.Store;
        Assert.Equal(199m, store.Value("idva-referrals", "FY2014/15", Measure.Count));
        Assert.Equal(216m, store.Value("idva-referrals", "FY2016/17", Measure.Count));
        Assert.Equal(80m, store.Value("idva-engagement", "FY2014/15", Measure.Proportion));
        Assert.Equal(73m, store.Value("idva-engagement", "FY2016/17", Measure.Proportion));
        Assert.Null(store.Find("idva-referrals", "FY2015/16", Measure.Count));
    }

    [Fact]
    public void Vawg_CityRateIsAboveTheCountyAverage()
    {
        var store = _store.Store;
        Assert.Equal(15.6m, store.Value("vawg-rate", "unstated", Measure.RatePer1000Population));
        Assert.Equal(14.4m, store.Value("vawg-rate", "unstated", Measure.RatePer1000Population, Area.Cambridgeshire));
        Assert.Equal(5, store.Find("vawg-rate", "unstated", Measure.RatePer1000Population)!.Provenance.Footnote);
    }

    [Fact]
    public void KnifeCrime_NationalFigures()
    {
        var store = _store.Store;
        const string knife = "offences involving a knife or sharp instrument";
        Assert.Equal(37443m, store.Value("weapon-involved", "YE-2017-09", Measure.Count, Area.EnglandAndWales, knife));
        Assert.Equal(30941m, store.Value("weapon-involved", "YE-2016-09", Measure.Count, Area.EnglandAndWales, knife));
        Assert.Equal(21m, store.Value("weapon-involved", "YE-2017-09", Measure.PercentChange, Area.EnglandAndWales, knife));
        Assert.Equal(26000m, store.Value("weapon-involved", "YE-2014-03", Measure.Count, Area.EnglandAndWales, knife));
        Assert.Equal(4, store.Find("weapon-involved", "YE-2014-03", Measure.Count, Area.EnglandAndWales, knife)!.Provenance.Footnote);
        Assert.Equal(38m, store.Value(
            "weapon-involved", "YE-2017-09", Measure.Proportion, Area.EnglandAndWales, "knife or sharp instrument offences in the Metropolitan Police force area"));
        Assert.Equal(42m, store.Value("weapon-involved", "2008", Measure.Count, Area.EnglandAndWales, "deaths of young people aged 19 and under"));
    }

    [Fact]
    public void CsewDomesticAbuse_FemalesMalesAndResidentsEstimate()
    {
        var store = _store.Store;
        Assert.Equal(7.5m, store.Value("domestic-abuse-prevalence", "YE-2017-03", Measure.Proportion, Area.EnglandAndWales, "females aged 16-59"));
        Assert.Equal(4.3m, store.Value("domestic-abuse-prevalence", "YE-2017-03", Measure.Proportion, Area.EnglandAndWales, "males aged 16-59"));
        var residents = store.Find("domestic-abuse-prevalence", "YE-2017-03", Measure.Count, Area.CambridgeCity, "residents estimated to be victims")!;
        Assert.Equal(3000m, residents.Value);
        Assert.Contains("estimate", residents.Note, StringComparison.Ordinal);
        Assert.Equal("ons-domestic-abuse-ye-mar-2017", residents.Provenance.SourceId);
    }
}
