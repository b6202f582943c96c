using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.PoliceUk;

namespace SafetyBot.Tests.Knowledge.PoliceUk;

public sealed class PoliceUkImportTests : IDisposable
{
    private static readonly Actor Analyst = new("11111111-1111-1111-1111-111111111111", "Jo Analyst");

    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void ThreeMonthlyFiles_GiveMonthlyAndQuarterCounts_OfTheDistrictsRecordsOnly()
    {
        var result = Apply(PoliceUkSamples.Batch(PoliceUkSamples.Quarter));

        Assert.True(result.Applied, string.Join("; ", result.Preview.Errors));
        Assert.Equal(("police-uk", "police.uk street-level crime"), (result.Preview.Kind, result.Preview.KindTitle));
        var q1 = Period.FinancialQuarter(2018, 1);
        Assert.Equal(15m, Count("bicycle-theft", q1));
        Assert.Equal(19m, Count("shoplifting", q1));
        Assert.Equal(4m, Count("shoplifting", Period.Custom(2018, 4, 2018, 4)));
        Assert.Equal(7m, Count("bicycle-theft", Period.Custom(2018, 5, 2018, 5)));
        Assert.Equal(0m, Count("robbery", Period.Custom(2018, 6, 2018, 6)));
        Assert.Equal(1m, Count("robbery", q1));
        Assert.Equal(2m, Count("police-uk-burglary", q1));
        Assert.Contains("April 2018 to June 2018: 47 records in LSOAs named 'Cambridge 0...' counted; 4 of other districts and 1 without a location left out.", result.Preview.Notes);
    }

    [Fact]
    public void AZipOfThreeMonths_IsOneUpload()
    {
        using var zipped = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(zipped, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in PoliceUkSamples.Quarter)
            {
                using var entry = zip.CreateEntry("2018-04..06/" + name).Open();
                entry.Write(File.ReadAllBytes(PoliceUkSamples.PathOf(name)));
            }
        }

        var batch = ImportUpload.Read("police-uk-2018-q1.zip", zipped.ToArray(), out var problem);
        var result = Apply(batch ?? throw new InvalidOperationException(problem));

        Assert.True(result.Applied, string.Join("; ", result.Preview.Errors));
        Assert.Equal(15m, Count("bicycle-theft", Period.FinancialQuarter(2018, 1)));
    }

    [Fact]
    public void ThreeMonths_GiveNoTwelveMonthOrYearFigure_AndTwoMonthsNoQuarter()
    {
        Apply(PoliceUkSamples.Batch(PoliceUkSamples.Quarter[0], PoliceUkSamples.Quarter[1]));

        var figures = _store.Store.Figures("bicycle-theft");
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal(PeriodKind.Custom, f.Period.Kind));
        Assert.Null(_store.Store.Quarters("bicycle-theft", 2018));
    }

    [Fact]
    public void Preview_SaysWhichQuarterHasAMonthMissing_AndWritesNothing()
    {
        var version = _store.Store.Version;

        var preview = Importer().Preview(PoliceUkSamples.Batch(PoliceUkSamples.Quarter[0], PoliceUkSamples.Quarter[2]));

        Assert.True(preview.CanApply);
        Assert.Contains("2018/19 Q1 (April to June 2018): no figures for May 2018, so no count for the quarter (a gap stays a gap).", preview.Notes);
        Assert.Contains("Robbery", preview.NewIndicators);
        Assert.Equal(version, _store.Store.Version);
        Assert.Null(_store.Store.FindIndicator("robbery"));
    }

    [Fact]
    public void TypesTheAssessmentLacks_BecomeIndicators_AndMappedTypesUseTheAssessmentsOwn()
    {
        var result = Apply(PoliceUkSamples.Batch(PoliceUkSamples.Quarter));

        Assert.Equal(
            ["Bicycle theft", "Burglary (all burglary, police.uk)", "Criminal damage and arson", "Other crime (police.uk)", "Other theft", "Possession of weapons offences", "Public order offences", "Robbery", "Violence and sexual offences (police.uk)"],
            result.Preview.NewIndicators.Order(StringComparer.Ordinal));
        Assert.Equal("robbery", _store.Store.FindIndicator("muggings")!.Id);
        Assert.Equal("weapon-involved", _store.Store.FindIndicator("weapons")!.Id);
        Assert.Equal("dwelling-burglary", _store.Store.FindIndicator("burglary")!.Id);
        Assert.DoesNotContain(_store.Store.Figures("weapon-involved"), f => f.Provenance.OriginalSource == PoliceUkCrimeTypes.SourceName);
        Assert.Equal(1m, Count("possession-of-weapons", Period.FinancialQuarter(2018, 1)));
    }

    [Fact]
    public void Figures_CiteTheUploadsMonthRange_AndSayHowTheyWereCounted()
    {
        Apply(PoliceUkSamples.Batch(PoliceUkSamples.Quarter));

        var figure = _store.Store.Latest("shoplifting", Measure.Count, kind: PeriodKind.FinancialQuarter)!;
        Assert.Equal("police.uk street-level crime, April 2018 to June 2018", figure.Provenance.Document);
        Assert.Equal(PoliceUkCrimeTypes.SourceName, figure.Provenance.OriginalSource);
        Assert.Contains("Cambridge 0", figure.Note, StringComparison.Ordinal);
        var record = Assert.Single(_store.Store.History("shoplifting", Area.CambridgeCity, Period.FinancialQuarter(2018, 1), Measure.Count));
        Assert.Equal(string.Join(", ", PoliceUkSamples.Quarter), record.SourceFile);
    }

    [Fact]
    public void SameUploadAgain_ChangesNothing_AndUndoRemovesTheCountsAndTheNewIndicators()
    {
        Apply(PoliceUkSamples.Batch(PoliceUkSamples.Quarter));
        var again = Importer().Preview(PoliceUkSamples.Batch(PoliceUkSamples.Quarter));

        Assert.True(again.ChangesNothing);
        Assert.Empty(again.NewIndicators);

        Importer().UndoLast(Analyst);
        Assert.Null(_store.Store.FindIndicator("robbery"));
        Assert.DoesNotContain(_store.Store.Figures("shoplifting"), f => f.Provenance.OriginalSource == PoliceUkCrimeTypes.SourceName);
    }

    [Fact]
    public void AnotherSourcesFigureForTheSamePeriod_IsKept_NotReplacedByTheCount()
    {
        new FiguresImporter(_store.Database, _store.Time).ImportText(
            "indicator_id,area,period,measure,value,source\nshoplifting,CambridgeCity,FY2018/19-Q1,Count,25,Police recorded crime\n", "prc.csv", "analyst");

        var result = Apply(PoliceUkSamples.Batch(PoliceUkSamples.Quarter));

        Assert.Contains("1 counts left out: the store holds another source's figure for the same indicator and period, which stays.", result.Preview.Notes);
        Assert.Equal(25m, Count("shoplifting", Period.FinancialQuarter(2018, 1)));
    }

    [Fact]
    public void DistrictPrefix_IsConfigurable()
    {
        var importer = new DataImporter(_store.Database, _store.Time, ShellImportPermission.Instance, policeUk: new PoliceUkOptions { DistrictLsoaPrefix = "South Cambridgeshire" });

        importer.Apply(PoliceUkSamples.Batch(PoliceUkSamples.Quarter[0]), Analyst);

        Assert.Equal(2m, Count("bicycle-theft", Period.Custom(2018, 4, 2018, 4)));
    }

    [Fact]
    public void OptionsValidator_RefusesAnEmptyPrefix()
    {
        var result = new PoliceUkOptionsValidator().Validate(null, new PoliceUkOptions { DistrictLsoaPrefix = " " });

        Assert.True(result.Failed);
        Assert.Contains("PoliceUk:DistrictLsoaPrefix", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Apr-18", "Month", "Excel")]
    [InlineData("2018-13", "Month", "not a month")]
    [InlineData("2018-04|Burglary of a dwelling", "Crime type", "Unknown police.uk crime type")]
    public void BadMonthOrType_IsRefusedWithLineAndColumn_AndNothingChanges(string value, string column, string message)
    {
        var parts = value.Split('|');
        var bad = PoliceUkSamples.Row(parts[0], "Cambridge 001A", parts.Length > 1 ? parts[1] : "Robbery");
        var file = PoliceUkSamples.Text("bad.csv", PoliceUkSamples.Header, PoliceUkSamples.Row("2018-04", "Cambridge 001A", "Robbery", "id-1"), bad);

        var result = Apply(PoliceUkSamples.Batch(file));

        var error = Assert.Single(result.Preview.Errors);
        Assert.Equal(("bad.csv", 3, column), (error.File, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Null(_store.Store.FindIndicator("robbery"));
    }

    [Fact]
    public void WrongHeader_WrongFieldCount_DuplicateCrime_AndAMonthInTwoFiles_AreRefused()
    {
        var header = PoliceUkSamples.Text("header.csv", PoliceUkSamples.Header.Replace("Location", "Place", StringComparison.Ordinal), PoliceUkSamples.Row("2018-04", "Cambridge 001A", "Robbery"));
        var fields = PoliceUkSamples.Text("fields.csv", PoliceUkSamples.Header, PoliceUkSamples.Row("2018-04", "Cambridge 001A", "Robbery") + ",extra");
        var duplicate = PoliceUkSamples.Text("dup.csv", PoliceUkSamples.Header, PoliceUkSamples.Row("2018-07", "Cambridge 001A", "Robbery", "abc"), PoliceUkSamples.Row("2018-07", "Cambridge 001A", "Robbery", "abc"));
        var again = PoliceUkSamples.Text("april-again.csv", PoliceUkSamples.Header, PoliceUkSamples.Row("2018-04", "Cambridge 001A", "Robbery"));

        Assert.Contains(Apply(PoliceUkSamples.Batch(header)).Preview.Errors, e => e.Line == 1 && e.Column == "Place" && e.Message.Contains("'Location'", StringComparison.Ordinal));
        Assert.Contains(Apply(PoliceUkSamples.Batch(fields)).Preview.Errors, e => e.Line == 2);
        Assert.Contains(Apply(PoliceUkSamples.Batch(duplicate)).Preview.Errors, e => e.Line == 3 && e.Column == "Crime ID" && e.Message.Contains("Duplicate row", StringComparison.Ordinal));
        var twice = Apply(PoliceUkSamples.Batch(PoliceUkSamples.File(PoliceUkSamples.Quarter[0]), again));
        Assert.Contains(twice.Preview.Errors, e => e.File == "april-again.csv" && e.Message.Contains("also in 2018-04-cambridgeshire-street.csv", StringComparison.Ordinal));
        Assert.DoesNotContain(_store.Store.Figures("shoplifting"), f => f.Provenance.OriginalSource == PoliceUkCrimeTypes.SourceName);
        Assert.Null(Importer().LastImport());
    }

    [Fact]
    public void ExcelExport_WithSemicolons_IsRefused()
    {
        var excel = PoliceUkSamples.Text("excel.csv", PoliceUkSamples.Header.Replace(',', ';'), PoliceUkSamples.Row("2018-04", "Cambridge 001A", "Robbery").Replace(',', ';'));

        var result = Apply(PoliceUkSamples.Batch(excel));

        var error = Assert.Single(result.Preview.Errors);
        Assert.Equal(1, error.Line);
        Assert.Null(_store.Store.FindIndicator("robbery"));
    }

    private DataImporter Importer() => new(_store.Database, _store.Time, ShellImportPermission.Instance);

    private ImportResult Apply(ImportBatch batch) => Importer().Apply(batch, Analyst);

    private decimal? Count(string indicatorId, Period period) =>
        _store.Store.Series(indicatorId, Measure.Count).FirstOrDefault(f => f.Period == period)?.Value;
}
