using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Figures;

namespace SafetyBot.Tests.Knowledge.Figures;

public sealed class FiguresImportTests : IDisposable
{
    private const string Header = "indicator_id,area,period,measure,value,breakdown,rank_of,is_derived,note,source,source_id,footnote,document,section,period_text";
    private const string Minimal = "indicator_id,area,period,measure,value";
    private const string Q4Row = "violence-without-injury,CambridgeCity,FY2017/18-Q4,Count,498,,,,,Police recorded crime,,,SA 2018/19 Q1,Quarterly violence table,Jan-Mar";

    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Import_NewQuarter_IsQueryableWithProvenance()
    {
        var report = Import("q4.csv", Header, Q4Row);

        Assert.True(report.Succeeded);
        Assert.Equal((1, 0, 0), (report.Added, report.Superseded, report.Unchanged));
        var q4 = _store.Store.Quarters("violence-without-injury", 2017)!.Quarters[3].Current!;
        Assert.Equal(498m, q4.Value);
        Assert.Equal("SA 2018/19 Q1", q4.Provenance.Document);
        Assert.Equal("Jan-Mar", q4.Provenance.PeriodText);
        var record = Assert.Single(_store.Store.History("violence-without-injury", Area.CambridgeCity, Period.FinancialQuarter(2017, 4), Measure.Count));
        Assert.Equal(("analyst", "q4.csv", ObservationOrigin.Import), (record.RecordedBy, record.SourceFile, record.Origin));
    }

    [Fact]
    public void Import_NewerFigure_SupersedesAndKeepsTheOldOneAsHistory()
    {
        _store.Time.Advance(TimeSpan.FromDays(30));
        var report = Import("corrections.csv", Header, "cybercrime,CambridgeCity,2017,Count,91,,,,Revised,Police recorded crime,,,SA 2018/19,Scanning table,2017");

        Assert.Equal((0, 1, 0), (report.Added, report.Superseded, report.Unchanged));
        Assert.Equal(91m, _store.Store.Latest("cybercrime", Measure.Count)!.Value);
        var history = _store.Store.History("cybercrime", Area.CambridgeCity, Period.CalendarYear(2017), Measure.Count);
        Assert.Equal(2, history.Count);
        var (current, old) = (history[0], history[1]);
        Assert.True(current.IsCurrent);
        Assert.Equal(("analyst", "corrections.csv", TestStore.Start.AddDays(30)), (current.RecordedBy, current.SourceFile, current.RecordedAt));
        Assert.False(old.IsCurrent);
        Assert.Equal(90m, old.Observation.Value);
        Assert.Equal(TestStore.Start.AddDays(30), old.SupersededAt);
        Assert.Equal(current.Id, old.SupersededById);
    }

    [Fact]
    public void Import_SameFigureTwice_IsUnchanged()
    {
        Import("q4.csv", Header, Q4Row);
        var again = Import("q4-again.csv", Header, Q4Row);
        Assert.Equal((0, 0, 1), (again.Added, again.Superseded, again.Unchanged));
        Assert.Single(_store.Store.History("violence-without-injury", Area.CambridgeCity, Period.FinancialQuarter(2017, 4), Measure.Count));
    }

    [Fact]
    public void Import_MinimalColumns_DefaultsDocumentToTheFileName()
    {
        var report = Import("minimal.csv", "indicator_id,area,period,measure,value", "shoplifting,CambridgeCity,FY2018/19-Q1,Count,300");
        Assert.True(report.Succeeded);
        var figure = _store.Store.Latest("shoplifting", Measure.Count, kind: PeriodKind.FinancialQuarter)!;
        Assert.Equal("minimal.csv", figure.Provenance.Document);
    }

    [Fact]
    public void Import_CommentsAndBlankLines_AreIgnored_AndLineNumbersCountThem()
    {
        var report = Import("commented.csv", Minimal, "# a comment", string.Empty, "cybercrime,Nowhere,2018,Count,1");
        Assert.Equal(4, Assert.Single(report.Errors).Line);
    }

    [Fact]
    public void Import_WithUnknownIndicator_NamesFileLineAndColumnAndChangesNothing()
    {
        var error = AssertRefused("bad.csv", Header, Q4Row, "burglery,CambridgeCity,2017,Count,1,,,,,,,,,,");
        Assert.Equal(("bad.csv", 3, "indicator_id"), (error.File, error.Line, error.Column));
        Assert.Contains("burglery", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WithABreakdownTooLongForTheFiguresKey_NamesFileLineAndColumnAndChangesNothing()
    {
        var breakdown = string.Concat(Enumerable.Repeat("犯罪", 200));

        var error = AssertRefused("long.csv", Minimal + ",breakdown", $"cybercrime,CambridgeCity,2018,Count,1,{breakdown}");

        Assert.Equal((2, "breakdown"), (error.Line, error.Column));
    }

    [Fact]
    public void Import_WithBadNumber_NamesFileLineAndColumnAndChangesNothing()
    {
        var error = AssertRefused("bad.csv", Minimal, "cybercrime,CambridgeCity,2018,Count,ninety");
        Assert.Equal((2, "value"), (error.Line, error.Column));
    }

    [Fact]
    public void Import_WithThousandsSeparator_IsABadNumber()
    {
        var error = AssertRefused("bad.csv", Minimal, "asb,EnglandAndWales,YE-2018-09,Count,\"1,700,000\"");
        Assert.Equal((2, "value"), (error.Line, error.Column));
    }

    [Fact]
    public void Import_WithBadPeriod_NamesFileLineAndColumnAndChangesNothing()
    {
        var error = AssertRefused("bad.csv", Header, Q4Row, Q4Row.Replace("FY2017/18-Q4", "2017/18 Q4", StringComparison.Ordinal));
        Assert.Equal((3, "period"), (error.Line, error.Column));
        Assert.Contains("FY2017/18-Q1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WithUnknownArea_NamesFileLineAndColumnAndChangesNothing()
    {
        var error = AssertRefused("bad.csv", Minimal, "cybercrime,Oxford,2018,Count,1");
        Assert.Equal((2, "area"), (error.Line, error.Column));
        Assert.Contains("CambridgeCity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WithUnknownMeasure_NamesFileLineAndColumnAndChangesNothing()
    {
        var error = AssertRefused("bad.csv", Minimal, "cybercrime,CambridgeCity,2018,Average,1");
        Assert.Equal((2, "measure"), (error.Line, error.Column));
    }

    [Fact]
    public void Import_WithDuplicateRow_NamesBothLinesAndChangesNothing()
    {
        var error = AssertRefused("dup.csv", Header, Q4Row, "cybercrime,CambridgeCity,2018,Count,1,,,,,,,,,,", Q4Row.Replace("498", "499", StringComparison.Ordinal));
        Assert.Equal(4, error.Line);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WithMissingColumn_NamesTheColumnAndChangesNothing()
    {
        var error = AssertRefused("cols.csv", "indicator_id,area,period,value", "cybercrime,CambridgeCity,2018,1");
        Assert.Equal(("cols.csv", 1, "measure"), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void Import_WithUnknownColumn_IsRefused()
    {
        var error = AssertRefused("cols.csv", Header + ",comment", Q4Row + ",x");
        Assert.Equal((1, "comment"), (error.Line, error.Column));
    }

    [Fact]
    public void Import_WithMissingValue_AndRankOfOnACount_AreRefused()
    {
        var errors = AssertRefusedAll("bad.csv", "indicator_id,area,period,measure,value,breakdown,rank_of", "cybercrime,CambridgeCity,2018,Count,,,", "cybercrime,CambridgeCity,2019,Count,5,,15");
        Assert.Contains(errors, e => e is { Line: 2, Column: "value" });
        Assert.Contains(errors, e => e is { Line: 3, Column: "rank_of" });
    }

    [Fact]
    public void Import_EmptyFile_IsRefused()
    {
        var error = AssertRefused("empty.csv");
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Import_ErrorText_NamesFileLineAndColumn()
    {
        var error = AssertRefused("bad.csv", Minimal, "cybercrime,CambridgeCity,2018,Count,ninety");
        Assert.StartsWith("bad.csv, line 2, column 'value': ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExportThenImport_IntoAFreshStore_RoundTripsExactly()
    {
        Import("q4.csv", Header, Q4Row);
        var exported = Export();

        using var fresh = TestStore.Create();
        var report = new FiguresImporter(fresh.Database, fresh.Time).ImportText(exported, "export.csv", "analyst");

        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Errors));
        Assert.Equal(1, report.Added);
        Assert.Equal(0, report.Superseded);
        Assert.Equal(exported, new FiguresExporter(fresh.Database).Export(out _));
    }

    [Fact]
    public void ExportThenImport_IntoTheSameStore_ChangesNothing()
    {
        var exported = Export();
        var report = new FiguresImporter(_store.Database, _store.Time).ImportText(exported, "export.csv", "analyst");
        Assert.Equal(0, report.Added + report.Superseded);
        Assert.True(report.Unchanged > 190);
        Assert.Equal(exported, Export());
    }

    [Fact]
    public void Template_ImportsAsNothing()
    {
        var report = new FiguresImporter(_store.Database, _store.Time).ImportText(FiguresTemplate.Text(), "figures-template.csv", "analyst");
        Assert.True(report.Succeeded);
        Assert.Equal(0, report.Added + report.Superseded + report.Unchanged);
        Assert.StartsWith(Header, FiguresTemplate.Text(), StringComparison.Ordinal);
    }

    private ImportReport Import(string file, params string[] lines) =>
        new FiguresImporter(_store.Database, _store.Time).ImportText(string.Join('\n', lines), file, "analyst");

    private string Export() => new FiguresExporter(_store.Database).Export(out _);

    private CsvError AssertRefused(string file, params string[] lines) => Assert.Single(AssertRefusedAll(file, lines));

    private IReadOnlyList<CsvError> AssertRefusedAll(string file, params string[] lines)
    {
        var before = Export();
        var report = Import(file, lines);
        Assert.False(report.Succeeded);
        Assert.Equal(before, Export());
        return report.Errors;
    }
}
