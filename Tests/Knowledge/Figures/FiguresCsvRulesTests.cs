using System.Text;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Figures;

namespace SafetyBot.Tests.Knowledge.Figures;

/// <summary>
/// Files an analyst really produces (Excel exports, Latin-1 text, a huge pasted note, a stray quote) are
/// refused with the file, line and column, and leave the store as it was. Files go through the real file
/// import and the real command line, on a real LiteDB file.
/// </summary>
public sealed class FiguresCsvRulesTests : IDisposable
{
    private const string Header = "indicator_id,area,period,measure,value,breakdown,rank_of,is_derived,note,source,source_id,footnote,document,section,period_text";
    private const string GoodRow = "shoplifting,CambridgeCity,FY2018/19-Q1,Count,300,,,,,Police recorded crime,,,SA 2018/19 Q1,Quarterly table,Apr-Jun";

    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Import_HugeNote_IsRefusedWithLineAndColumn_AndTheCommandLineExitsWithFailure()
    {
        var path = _store.PathOf("huge.csv");
        var note = new string('x', 17 * 1024 * 1024);
        await File.WriteAllTextAsync(path, $"{Header}\n{GoodRow}\nasb,CambridgeCity,2019,Count,5,,,,{note},,,,,,\n");
        var before = Export();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await FiguresCommandLine.RunAsync(["import", path], _store.Database, _store.Time, stdout, stderr);

        Assert.Equal(FiguresCommandLine.Failed, exit);
        Assert.Contains("huge.csv, line 3, column 'note'", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("nothing was changed", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, Export());
    }

    [Fact]
    public async Task Import_UnquotedThousandsSeparator_IsRefusedNamingTheFieldCounts_NotStoredShifted()
    {
        var error = Assert.Single((await AssertRefused("excel.csv", Header, GoodRow, "asb,CambridgeCity,2019,Count,1,000,,,,,Police recorded crime,,,SA,Table,2019")).Errors);

        Assert.Equal(("excel.csv", 3, "value"), (error.File, error.Line, error.Column));
        Assert.Contains("16 fields, the header has 15: a number with a thousands separator must be quoted or written without it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TrailingExtraField_IsRefused_NotDropped()
    {
        var error = Assert.Single((await AssertRefused("extra.csv", Header, GoodRow + ",extra")).Errors);

        Assert.Equal(2, error.Line);
        Assert.NotNull(error.Column);
        Assert.Contains("16 fields, the header has 15", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingTrailingFields_AreRefused()
    {
        var error = Assert.Single((await AssertRefused("short.csv", Header, "asb,CambridgeCity,2019,Count,5")).Errors);

        Assert.Equal((2, "breakdown"), (error.Line, error.Column));
        Assert.Contains("5 fields, the header has 15", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnterminatedQuote_IsRefused()
    {
        var error = Assert.Single((await AssertRefused("quote.csv", Header, GoodRow, "asb,CambridgeCity,2019,Count,5,,,,\"projected, approximately,Police recorded crime,,,SA,Table,2019")).Errors);

        Assert.Equal((3, "note"), (error.Line, error.Column));
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_QuoteInsideAnUnquotedField_IsRefused()
    {
        var error = Assert.Single((await AssertRefused("stray.csv", Header, "asb,CambridgeCity,2019,Count,5,,,,the \"hub\" opened,,,,,,")).Errors);

        Assert.Equal((2, "note"), (error.Line, error.Column));
    }

    [Fact]
    public async Task Import_TextAfterAClosingQuote_IsRefused()
    {
        var error = Assert.Single((await AssertRefused("after.csv", Header, "asb,CambridgeCity,2019,Count,5,,,,\"projected\" roughly,,,,,,")).Errors);

        Assert.Equal((2, "note"), (error.Line, error.Column));
    }

    [Fact]
    public async Task Import_Latin1Text_IsRefusedNamingTheLineAndTheEncodingExpected()
    {
        var latin1 = Encoding.Latin1.GetBytes(string.Join('\n', Header, GoodRow, "asb,CambridgeCity,2019,Count,5,,,,Reported at the café,,,,,,") + "\n");

        var error = Assert.Single((await AssertRefusedBytes("latin1.csv", latin1)).Errors);

        Assert.Equal(("latin1.csv", 3, "note"), (error.File, error.Line, error.Column));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Utf16File_IsRefusedAskingForUtf8()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header + "\n" + GoodRow + "\n")).ToArray();

        var error = Assert.Single((await AssertRefusedBytes("utf16.csv", utf16)).Errors);

        Assert.Equal(1, error.Line);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Utf8WithBomAndCrLf_KeepsQuotedCommasQuotesLineBreaksAndAccents()
    {
        var note = "Projected, \"approximately\";\r\nsee the café table";
        var text = Header + "\r\n" + $"asb,CambridgeCity,2019,Count,5,,,,\"{note.Replace("\"", "\"\"", StringComparison.Ordinal)}\",,,,,,\r\n" + GoodRow + "\r\n";

        var report = await ImportBytes("bom.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Errors));
        Assert.Equal(2, report.Added);
        Assert.Equal(note, _store.Store.Latest("asb", Measure.Count, kind: PeriodKind.CalendarYear)!.Note);
    }

    [Theory]
    [InlineData("Count", "1.5", "")]
    [InlineData("Count", "-1", "")]
    [InlineData("Change", "2.5", "")]
    [InlineData("Proportion", "100.5", "")]
    [InlineData("Proportion", "-1", "")]
    [InlineData("RatePer1000Population", "-0.1", "")]
    [InlineData("Rate", "-2", "")]
    [InlineData("Rank", "0", "15")]
    [InlineData("Rank", "16", "15")]
    [InlineData("Rank", "2.5", "15")]
    [InlineData("Rank", "0", "")]
    public async Task Import_ValueOutsideWhatItsMeasureAllows_IsRefused(string measure, string value, string rankOf)
    {
        var error = Assert.Single((await AssertRefused("range.csv", Header, $"asb,CambridgeCity,2019,{measure},{value},,{rankOf},,,,,,,,")).Errors);

        Assert.Equal((2, "value"), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("Count", "0", "")]
    [InlineData("Change", "-30", "")]
    [InlineData("PercentChange", "-12.5", "")]
    [InlineData("Proportion", "0", "")]
    [InlineData("Proportion", "100", "")]
    [InlineData("RatePer1000Households", "3.50", "")]
    [InlineData("Rank", "15", "15")]
    [InlineData("Rank", "8", "")]
    public async Task Import_ValueWithinWhatItsMeasureAllows_IsAccepted(string measure, string value, string rankOf)
    {
        var report = await ImportBytes("range.csv", Encoding.UTF8.GetBytes($"{Header}\nasb,CambridgeCity,2019,{measure},{value},,{rankOf},,,,,,,,\n"));

        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Errors));
        Assert.Equal(1, report.Added);
    }

    private async Task<ImportReport> ImportBytes(string file, byte[] bytes)
    {
        var path = _store.PathOf(file);
        await File.WriteAllBytesAsync(path, bytes);
        return await new FiguresImporter(_store.Database, _store.Time).ImportFileAsync(path, "analyst");
    }

    private Task<ImportReport> AssertRefused(string file, params string[] lines) =>
        AssertRefusedBytes(file, Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));

    private async Task<ImportReport> AssertRefusedBytes(string file, byte[] bytes)
    {
        var before = Export();
        var report = await ImportBytes(file, bytes);
        Assert.False(report.Succeeded);
        Assert.Equal(before, Export());
        return report;
    }

    private string Export() => new FiguresExporter(_store.Database).Export(out _);
}
