using System.Text;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Figures;

namespace SafetyBot.Tests.Knowledge.Figures;

/// <summary>
/// What a careless Excel export really holds (semicolons, a workbook renamed .csv, "#N/A", "27%", rows of empty
/// cells, an area list typed into one cell): refused with a message saying how to save the file right, or
/// skipped when it holds no data; never stored as something else and never dropped silently. Files go through
/// the real file import on a real LiteDB file.
/// </summary>
public sealed class FiguresExcelFilesTests : IDisposable
{
    private const string Header = "indicator_id,area,period,measure,value,breakdown,rank_of,is_derived,note,source,source_id,footnote,document,section,period_text";
    private const string GoodRow = "shoplifting,CambridgeCity,FY2018/19-Q1,Count,300,,,,,Police recorded crime,,,SA 2018/19 Q1,Quarterly table,Apr-Jun";

    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData(';', "semicolons", "Use system separators")]
    [InlineData('\t', "tabs", "CSV UTF-8 (Comma delimited)")]
    public async Task Import_SeparatedBySemicolonsOrTabs_IsRefusedSayingHowToSaveWithCommas(char separator, string named, string howTo)
    {
        var text = Header.Replace(',', separator) + "\r\n" + GoodRow.Replace(',', separator) + "\r\n";

        var error = Assert.Single(await AssertRefused("european.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]));

        Assert.Equal(("european.csv", 1), (error.File, error.Line));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains(howTo, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> NotCsvText => new()
    {
        { "workbook.csv", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, .. "\"[Content_Types].xml\""u8.ToArray(), 0x00, 0x90], "Excel workbook" },
        { "old-workbook.csv", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00, 0x00, 0x00], "Excel workbook" },
        { "nul.csv", [.. Encoding.UTF8.GetBytes(Header + "\n" + GoodRow.Replace("Quarterly", "Quarter\0ly", StringComparison.Ordinal) + "\n")], "NUL" },
    };

    [Theory]
    [MemberData(nameof(NotCsvText))]
    public async Task Import_WorkbookOrBinaryRenamedCsv_IsRefusedAsNotCsvText_SayingHowToSave(string file, byte[] bytes, string named)
    {
        var error = Assert.Single(await AssertRefused(file, bytes));

        Assert.Equal(file, error.File);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8 (Comma delimited)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("quote", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Latin-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ExcelErrorInTheFirstColumn_IsRefused_NotSkippedAsAComment()
    {
        var errors = await AssertRefused("na.csv", Encoding.UTF8.GetBytes(
            "value,indicator_id,area,period,measure\n#N/A,shoplifting,CambridgeCity,FY2018/19-Q1,Count\n300,asb,CambridgeCity,FY2018/19-Q1,Count\n# a comment stays a comment\n"));

        var error = Assert.Single(errors);
        Assert.Equal(("na.csv", 2, "value"), (error.File, error.Line, error.Column));
        Assert.Contains("Excel error", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#DIV/0!", "Excel error")]
    [InlineData("#N/A", "Excel error")]
    [InlineData("27%", "without the % sign")]
    [InlineData("3.00E+02", "scientific")]
    public async Task Import_ExcelShapedValue_IsRefusedSayingWhatToWrite(string value, string advice)
    {
        var error = Assert.Single(await AssertRefused("values.csv", Encoding.UTF8.GetBytes(Header + "\n" + GoodRow.Replace(",300,", $",{value},", StringComparison.Ordinal) + "\n")));

        Assert.Equal((2, "value"), (error.Line, error.Column));
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("area", "\"CambridgeCity, England\"")]
    [InlineData("area", "\"England,CambridgeCity\"")]
    [InlineData("measure", "\"Count, Change\"")]
    public async Task Import_TwoNamesInOneCell_AreRefused_NotStoredAsAThirdThing(string column, string cell)
    {
        var row = column == "area"
            ? GoodRow.Replace(",CambridgeCity,", $",{cell},", StringComparison.Ordinal)
            : GoodRow.Replace(",Count,", $",{cell},", StringComparison.Ordinal);

        var error = Assert.Single(await AssertRefused("names.csv", Encoding.UTF8.GetBytes(Header + "\n" + row + "\n")));

        Assert.Equal((2, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData(",,,,,,,,,,,,,,")]
    [InlineData(",,,,,")]
    [InlineData(" , ,\t,")]
    public async Task Import_RowsOfEmptyCellsAfterTheData_AreSkippedLikeBlankLines(string emptyRow)
    {
        var text = Header + "\r\n" + GoodRow + "\r\n" + emptyRow + "\r\n" + emptyRow + "\r\n";

        var report = await Import("trailing.csv", Encoding.UTF8.GetBytes(text));

        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Errors));
        Assert.Equal(1, report.Added);
    }

    [Fact]
    public async Task Import_AQuotedEmptyRow_IsStillChecked()
    {
        var errors = await AssertRefused("quoted.csv", Encoding.UTF8.GetBytes(Header + "\n\"\",,,,,,,,,,,,,,\n"));

        Assert.All(errors, e => Assert.Equal(2, e.Line));
    }

    [Theory]
    [InlineData("PercentChange", "0.00000000000000000000000000001")]
    [InlineData("PercentChange", "12345678901234567890.123456789012")]
    public async Task Import_NumberWithMoreDigitsThanCanBeKept_IsRefused_NotRounded(string measure, string value)
    {
        var row = GoodRow.Replace(",Count,300,", $",{measure},{value},", StringComparison.Ordinal);

        var error = Assert.Single(await AssertRefused("digits.csv", Encoding.UTF8.GetBytes(Header + "\n" + row + "\n")));

        Assert.Equal((2, "value"), (error.Line, error.Column));
        Assert.Contains("digits", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"  \"")]
    [InlineData("\"females \"")]
    [InlineData("\"\tfemales\"")]
    public async Task Import_BreakdownWithSpacesAroundIt_IsRefused_NotASecondFigure(string breakdown)
    {
        var row = GoodRow.Replace(",300,,", $",300,{breakdown},", StringComparison.Ordinal);

        var error = Assert.Single(await AssertRefused("spaces.csv", Encoding.UTF8.GetBytes(Header + "\n" + row + "\n")));

        Assert.Equal((2, "breakdown"), (error.Line, error.Column));
    }

    [Fact]
    public void ExportThenImport_EverySeedFigure_IntoAStoreWithoutFigures_GivesTheSameValuesAndTheSameBytes()
    {
        var exported = new FiguresExporter(_store.Database).Export(out var count);
        var seeded = new KnowledgeCollections(_store.Database).CurrentRecords().Select(r => r.Observation).ToDictionary(o => o.Key);
        using var fresh = TestStore.Create();
        var figures = new KnowledgeCollections(fresh.Database).Observations;
        Assert.Equal(count, figures.DeleteAll());
        using var file = new MemoryStream([.. SafeCsvWriter.FileEncoding.GetPreamble(), .. SafeCsvWriter.FileEncoding.GetBytes(exported)]);

        var report = new FiguresImporter(fresh.Database, fresh.Time).Import(file, "export.csv", "analyst");

        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Errors));
        Assert.Equal((count, 0, 0), (report.Added, report.Superseded, report.Unchanged));
        var imported = new KnowledgeCollections(fresh.Database).CurrentRecords().Select(r => r.Observation).ToList();
        Assert.Equal(count, imported.Count);
        Assert.All(imported, figure => Assert.Equal(seeded[figure.Key], figure));
        Assert.Equal(exported, new FiguresExporter(fresh.Database).Export(out _));
    }

    private async Task<ImportReport> Import(string file, byte[] bytes)
    {
        var path = _store.PathOf(file);
        await File.WriteAllBytesAsync(path, bytes);
        return await new FiguresImporter(_store.Database, _store.Time).ImportFileAsync(path, "analyst");
    }

    private async Task<IReadOnlyList<CsvError>> AssertRefused(string file, byte[] bytes)
    {
        var before = Export();
        var report = await Import(file, bytes);
        Assert.False(report.Succeeded);
        Assert.Equal(before, Export());
        return report.Errors;
    }

    private string Export() => new FiguresExporter(_store.Database).Export(out _);
}
