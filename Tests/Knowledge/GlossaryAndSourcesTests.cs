using SafetyBot.Knowledge;

namespace SafetyBot.Tests.Knowledge;

public sealed class GlossaryAndSourcesTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("CSEW")]
    [InlineData("MSG")]
    [InlineData("iQuanta")]
    [InlineData("VAP")]
    [InlineData("NTE")]
    [InlineData("IDVA")]
    [InlineData("CSE")]
    [InlineData("SOCP")]
    [InlineData("HMIC")]
    [InlineData("county lines")]
    [InlineData("cuckooing")]
    [InlineData("White Ribbon")]
    [InlineData("DASV")]
    [InlineData("VAWG")]
    [InlineData("ASB")]
    [InlineData("RTC")]
    [InlineData("KSI")]
    [InlineData("CVS")]
    [InlineData("DAAT")]
    [InlineData("JSNA")]
    [InlineData("LCSB")]
    [InlineData("CPRSP")]
    [InlineData("OCG")]
    [InlineData("A8")]
    [InlineData("FOI")]
    [InlineData("RAC")]
    [InlineData("ONS")]
    [InlineData("CSP")]
    [InlineData("PCC")]
    [InlineData("CAB")]
    public void Glossary_DefinesTheTerm(string term)
    {
        var entry = _store.Store.Glossary(term);
        Assert.NotNull(entry);
        Assert.False(string.IsNullOrWhiteSpace(entry.Definition));
    }

    [Fact]
    public void Glossary_MatchesExpansionAndSynonymCaseInsensitively()
    {
        Assert.Equal("csew", _store.Store.Glossary("crime survey for england and wales")!.Id);
        Assert.Equal("cprsp", _store.Store.Glossary("crspr")!.Id);
        Assert.Null(_store.Store.Glossary("no such term"));
    }

    [Theory]
    [InlineData(1, "https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/methodologies/methodologicalnotewhydothetwodatasourcesshowdifferingtrends")]
    [InlineData(2, "https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/bulletins/crimeinenglandandwales/yearendingseptember2017#other-related-figures")]
    [InlineData(3, "https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/datasets/crimeinenglandandwalesbulletintables")]
    [InlineData(4, "https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/bulletins/crimeinenglandandwales/yearendingseptember2017#overview-of-crime")]
    [InlineData(9, "https://www.rac.co.uk/press-centre#/pressreleases/police-data-reveals-30-percent-increase-in-stolen-vehicles-in-three-years-2173913")]
    [InlineData(10, "https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/bulletins/domesticabuseinenglandandwales/yearendingmarch2017")]
    [InlineData(11, "https://www.gov.uk/government/statistics/crime-against-businesses-findings-from-the-2016-commercial-victimisation-survey-data-tables")]
    public void Sources_FootnotedUrls(int footnote, string url)
    {
        Assert.Equal(url, _store.Store.Sources().Single(s => s.Footnotes.Contains(footnote)).Url);
    }

    [Fact]
    public void Sources_DasvReportsWithoutUrls()
    {
        Assert.Equal("DASV Annual Report 2016/17", _store.Store.Source("dasv-annual-report-2016-17")!.Title);
        Assert.Contains("annual report 2017", _store.Store.Sources().Single(s => s.Footnotes.Contains(5)).Title, StringComparison.Ordinal);
    }
}
