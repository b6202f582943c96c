using System.Text;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.Indicators;

namespace SafetyBot.Tests.Knowledge.Indicators;

public sealed class IndicatorsImportTests : IDisposable
{
    private const string Header = "id,display_name,synonyms,category,unit,better_direction,description,source";
    private const string Fraud = "fraud-reports,Fraud reports,fraud;scams;action fraud,Economic crime,reports,Lower,Reports of fraud to Action Fraud,Action Fraud";

    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Import_NewIndicator_IsFoundByNameAndSynonymAtOnce_AndTakesFigures()
    {
        var before = _store.Store.Version;

        var report = Import("indicators.csv", Header, Fraud);

        Assert.True(report.Succeeded);
        Assert.Equal((1, 0, 0), (report.Added, report.Superseded, report.Unchanged));
        Assert.NotEqual(before, _store.Store.Version);
        var indicator = _store.Store.FindIndicator("scams")!;
        Assert.Equal(("fraud-reports", "Fraud reports", "Action Fraud", BetterDirection.Lower), (indicator.Id, indicator.DisplayName, indicator.Source, indicator.BetterDirection));
        Assert.Equal(["fraud", "scams", "action fraud"], indicator.Synonyms);
        Assert.Same(indicator, _store.Store.FindIndicator("Fraud reports"));

        var figures = new FiguresImporter(_store.Database, _store.Time).ImportText(
            "indicator_id,area,period,measure,value\nfraud-reports,CambridgeCity,FY2018/19-Q1,Count,212\n", "fraud.csv", "analyst");
        Assert.True(figures.Succeeded, string.Join("; ", figures.Errors));
    }

    [Fact]
    public void Import_RedefiningAnAssessmentIndicator_UpdatesIt_AndTheSameFileAgainIsUnchanged()
    {
        var row = "shoplifting,Shoplifting,shop theft;shop lifting;retail theft,Property crime,crimes,Lower,Theft from shops,Police recorded crime";

        var first = Import("shoplifting.csv", Header, row);
        var again = Import("shoplifting.csv", Header, row);

        Assert.Equal((0, 1, 0), (first.Added, first.Superseded, first.Unchanged));
        Assert.Equal((0, 0, 1), (again.Added, again.Superseded, again.Unchanged));
        Assert.Equal("shoplifting", _store.Store.FindIndicator("retail theft")!.Id);
        Assert.Single(_store.Store.Indicators(), i => i.Id == "shoplifting");
    }

    [Fact]
    public void Import_KeepsImportedIndicatorsAcrossARestart()
    {
        Import("indicators.csv", Header, Fraud);
        _store.Reopen();
        KnowledgeSeeder.EnsureSeeded(_store.Database, _store.Time);

        Assert.Equal("fraud-reports", _store.Store.FindIndicator("fraud reports")!.Id);
    }

    [Theory]
    [InlineData("Bicycle Theft,Bicycle theft,,Property crime,crimes,Lower,,", 2, "id", "not an id")]
    [InlineData("bicycle-theft,Bicycle theft,,Property crime,crimes,Downwards,,", 2, "better_direction", "Use one of: Lower, Higher, Neutral")]
    [InlineData("bicycle-theft,,,Property crime,crimes,Lower,,", 2, "display_name", "A value is required")]
    [InlineData("bicycle-theft,Bicycle theft,bike theft;;cycle theft,Property crime,crimes,Lower,,", 2, "synonyms", "empty synonym")]
    [InlineData("bicycle-theft,Dwelling burglary,,Property crime,crimes,Lower,,", 2, "display_name", "already the name of indicator 'dwelling-burglary'")]
    [InlineData("bicycle-theft,Bicycle theft,,Property crime,crimes,Lower", 2, null, "fields")]
    public void Import_BadRow_IsRefusedWithLineAndColumn_AndNothingChanges(string row, int line, string? column, string message)
    {
        var before = _store.Store.Indicators().Count;

        var report = Import("bad.csv", Header, row);

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Errors);
        Assert.Equal(("bad.csv", line), (error.File, error.Line));
        if (column is not null)
        {
            Assert.Equal(column, error.Column);
        }

        Assert.Contains(message, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, _store.Store.Indicators().Count);
        Assert.Null(_store.Store.FindIndicator("bicycle-theft"));
    }

    [Fact]
    public void Import_DuplicateId_WrongHeaderOrSemicolons_AreRefused()
    {
        var duplicate = Import("dup.csv", Header, Fraud, Fraud.Replace("Fraud reports", "Fraud again", StringComparison.Ordinal));
        var header = Import("header.csv", "id,name,category,unit,better_direction", "x,X,Y,crimes,Lower");
        var semicolons = Import("excel.csv", Header.Replace(',', ';'), Fraud.Replace(',', ';'));

        Assert.Contains(duplicate.Errors, e => e.Line == 3 && e.Column == "id" && e.Message.Contains("Duplicate row", StringComparison.Ordinal));
        Assert.Contains(header.Errors, e => e.Line == 1 && e.Column == "name" && e.Message.Contains("Unknown column", StringComparison.Ordinal));
        Assert.Contains(header.Errors, e => e.Column == "display_name" && e.Message.Contains("Missing required column", StringComparison.Ordinal));
        Assert.Single(semicolons.Errors);
        Assert.Null(_store.Store.FindIndicator("fraud-reports"));
    }

    [Fact]
    public void Plan_ShowsTheChangeWithoutWriting()
    {
        var version = _store.Store.Version;
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes(Header + "\n" + Fraud + "\nshoplifting,Shoplifting,retail theft,Property crime,crimes,Lower,,\n"));

        var plan = new IndicatorsImporter(_store.Database).Plan(csv, "preview.csv");

        Assert.True(plan.IsValid);
        Assert.Equal("fraud-reports", Assert.Single(plan.Added).Id);
        var (before, after) = Assert.Single(plan.Updated);
        Assert.Equal(["shop theft", "shop lifting"], before.Synonyms);
        Assert.Equal(["retail theft"], after.Synonyms);
        Assert.Equal(version, _store.Store.Version);
        Assert.Null(_store.Store.FindIndicator("fraud-reports"));
    }

    private ImportReport Import(string file, params string[] lines)
    {
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        return new IndicatorsImporter(_store.Database).Import(csv, file, "analyst");
    }
}
