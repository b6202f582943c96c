using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.PoliceUk;

namespace SafetyBot.Tests.Knowledge.PoliceUk;

/// <summary>The command line's <c>import</c> recognises indicators and police.uk files from their header, with the same rules as an upload.</summary>
public sealed class PoliceUkCommandLineTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create(seed: false);
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public void Dispose()
    {
        _store.Dispose();
        _out.Dispose();
        _err.Dispose();
    }

    [Fact]
    public async Task Import_PoliceUkMonth_IsRecognisedAndCounted()
    {
        var exit = await FiguresCommandLine.RunAsync(["import", PoliceUkSamples.PathOf(PoliceUkSamples.Quarter[0]), "--by", "Jo Analyst"], _store.Database, _store.Time, _out, _err);

        Assert.Equal(FiguresCommandLine.Success, exit);
        Assert.Contains("(police.uk street-level crime) imported by Jo Analyst", _out.ToString(), StringComparison.Ordinal);
        Assert.Equal(5m, _store.Store.Latest("bicycle-theft", Measure.Count)!.Value);
    }

    [Fact]
    public async Task Import_IndicatorsFile_IsRecognised_AndABadOneRefusedWithLineAndColumn()
    {
        var good = _store.PathOf("indicators.csv");
        var bad = _store.PathOf("bad-indicators.csv");
        await File.WriteAllTextAsync(good, "id,display_name,synonyms,category,unit,better_direction,description,source\nfraud-reports,Fraud reports,scams,Economic crime,reports,Lower,,Action Fraud\n");
        await File.WriteAllTextAsync(bad, "id,display_name,category,unit,better_direction\nstalking,Stalking,Violence,crimes,Sideways\n");

        Assert.Equal(FiguresCommandLine.Success, await FiguresCommandLine.RunAsync(["import", good], _store.Database, _store.Time, _out, _err));
        Assert.Equal(FiguresCommandLine.Failed, await FiguresCommandLine.RunAsync(["import", bad], _store.Database, _store.Time, _out, _err));

        Assert.Contains("(indicator definitions) imported", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("bad-indicators.csv, line 2, column 'better_direction'", _err.ToString(), StringComparison.Ordinal);
        Assert.Equal("fraud-reports", _store.Store.FindIndicator("scams")!.Id);
        Assert.Null(_store.Store.FindIndicator("stalking"));
    }

    [Fact]
    public async Task Import_WithAnotherDistrictPrefix_CountsThatDistrict()
    {
        var exit = await FiguresCommandLine.RunAsync(
            ["import", PoliceUkSamples.PathOf(PoliceUkSamples.Quarter[0])], _store.Database, _store.Time, _out, _err, new PoliceUkOptions { DistrictLsoaPrefix = "South Cambridgeshire" });

        Assert.Equal(FiguresCommandLine.Success, exit);
        Assert.Equal(2m, _store.Store.Latest("bicycle-theft", Measure.Count)!.Value);
    }
}
