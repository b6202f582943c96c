using System.Text;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;

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

        Assert.True(report.Applied);
        Assert.Equal(new ImportTally("indicators", 1, 0, 0), Assert.Single(report.Preview.Tallies));
        Assert.Equal(["Fraud reports"], report.Preview.NewIndicators);
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

        Assert.Equal(new ImportTally("indicators", 0, 1, 0), Assert.Single(first.Preview.Tallies));
        Assert.Empty(first.Preview.NewIndicators);
        Assert.Equal(new ImportTally("indicators", 0, 0, 1), Assert.Single(again.Preview.Tallies));
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

        Assert.False(report.Applied);
        var error = Assert.Single(report.Preview.Errors);
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
        var header = Import("header.csv", "id,display_name,category,units,better_direction", "x,X,Y,crimes,Lower");
        var semicolons = Import("excel.csv", Header.Replace(',', ';'), Fraud.Replace(',', ';'));

        Assert.Contains(duplicate.Preview.Errors, e => e.Line == 3 && e.Column == "id" && e.Message.Contains("Duplicate row", StringComparison.Ordinal));
        Assert.Contains(header.Preview.Errors, e => e.Line == 1 && e.Column == "units" && e.Message.Contains("Unknown column", StringComparison.Ordinal));
        Assert.Contains(header.Preview.Errors, e => e.Column == "unit" && e.Message.Contains("Missing required column", StringComparison.Ordinal));
        Assert.Single(semicolons.Preview.Errors);
        Assert.Null(_store.Store.FindIndicator("fraud-reports"));
    }

    [Fact]
    public void Preview_ShowsTheChangeWithoutWriting_AndUndoPutsTheSeedDefinitionBack()
    {
        var version = _store.Store.Version;
        var seeded = _store.Store.FindIndicator("shoplifting")!.Synonyms.ToList();
        var batch = Batch("preview.csv", Header, Fraud, "shoplifting,Shoplifting,retail theft,Property crime,crimes,Lower,,");

        var preview = Importer().Preview(batch);

        Assert.True(preview.CanApply);
        Assert.Equal(("indicators", "indicator definitions"), (preview.Kind, preview.KindTitle));
        Assert.Equal(new ImportTally("indicators", 1, 1, 0), Assert.Single(preview.Tallies));
        Assert.Equal(version, _store.Store.Version);
        Assert.Null(_store.Store.FindIndicator("fraud-reports"));

        Assert.True(Importer().Apply(batch, Analyst).Applied);
        Assert.Equal("shoplifting", _store.Store.FindIndicator("retail theft")!.Id);
        Importer().UndoLast(Analyst);
        Assert.Null(_store.Store.FindIndicator("fraud-reports"));
        Assert.Null(_store.Store.FindIndicator("retail theft"));
        Assert.Contains("shop theft", seeded);
        Assert.Equal(seeded, _store.Store.FindIndicator("shoplifting")!.Synonyms);
    }

    private static readonly Actor Analyst = new("11111111-1111-1111-1111-111111111111", "Jo Analyst");

    private DataImporter Importer() => new(_store.Database, _store.Time, ShellImportPermission.Instance);

    private static ImportBatch Batch(string file, params string[] lines) =>
        ImportBatch.FromBytes(file, Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

    private ImportResult Import(string file, params string[] lines) => Importer().Apply(Batch(file, lines), Analyst);
}
