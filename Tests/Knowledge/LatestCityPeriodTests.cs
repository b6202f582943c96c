using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Figures;

namespace SafetyBot.Tests.Knowledge;

public sealed class LatestCityPeriodTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void LatestCityPeriod_OfTheSeed_IsTheCityFigureThatEndsLast()
    {
        var expected = _store.Store.Indicators()
            .SelectMany(i => _store.Store.Figures(i.Id))
            .Where(o => o.Area == Area.CambridgeCity && o.Period.Kind != PeriodKind.Unstated)
            .Max(o => (o.Period.EndYear * 12) + o.Period.EndMonth);

        var latest = _store.Store.LatestCityPeriod();

        Assert.NotNull(latest);
        Assert.Equal(expected, (latest.EndYear * 12) + latest.EndMonth);
        Assert.Equal(2017, latest.EndYear);
    }

    [Fact]
    public void LatestCityPeriod_AfterAnImportOfALaterQuarter_IsThatQuarter_AndAnotherAreasLaterFigureDoesNotCount()
    {
        new FiguresImporter(_store.Database, _store.Time).ImportText(
            string.Join('\n',
                "indicator_id,area,period,measure,value",
                "violence-without-injury,CambridgeCity,FY2018/19-Q1,Count,510",
                "violence-without-injury,EnglandAndWales,FY2019/20-Q1,Count,100000"),
            "later.csv",
            "analyst");

        var latest = _store.Store.LatestCityPeriod();

        Assert.Equal(Period.FinancialQuarter(2018, 1), latest);
    }
}
