using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Figures;

namespace SafetyBot.Tests.Knowledge.Figures;

public sealed class FiguresCommandLineTests : IDisposable
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
    public async Task Template_WritesTheTemplateFile()
    {
        var path = _store.PathOf("template.csv");
        Assert.Equal(FiguresCommandLine.Success, await Run("template", path));
        Assert.Equal(FiguresTemplate.Text(), await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Import_ThenExport_SeedsTheStoreAndWritesTheNewFigure()
    {
        var input = _store.PathOf("figures.csv");
        await File.WriteAllTextAsync(input, "indicator_id,area,period,measure,value\nasb,CambridgeCity,FY2018/19-Q1,Count,1100\n");

        Assert.Equal(FiguresCommandLine.Success, await Run("import", input, "--by", "Jo Analyst"));
        Assert.Contains("1 added", _out.ToString(), StringComparison.Ordinal);
        var record = Assert.Single(_store.Store.History("asb", Area.CambridgeCity, Period.FinancialQuarter(2018, 1), Measure.Count));
        Assert.Equal(("Jo Analyst", "figures.csv"), (record.RecordedBy, record.SourceFile));

        var output = _store.PathOf("export.csv");
        Assert.Equal(FiguresCommandLine.Success, await Run("export", output));
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Contains(lines, l => l.StartsWith("asb,CambridgeCity,FY2018/19-Q1,Count,1100,", StringComparison.Ordinal));
        Assert.True(lines.Length > 190);
    }

    [Fact]
    public async Task Import_BadFile_ExitsWithFailureAndPrintsFileLineAndColumn()
    {
        var input = _store.PathOf("bad.csv");
        await File.WriteAllTextAsync(input, "indicator_id,area,period,measure,value\nasb,CambridgeCity,Q1 2018,Count,1100\n");

        Assert.Equal(FiguresCommandLine.Failed, await Run("import", input));
        Assert.Contains("bad.csv, line 2, column 'period'", _err.ToString(), StringComparison.Ordinal);
        Assert.Contains("nothing was changed", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_ExitsWithFailure()
    {
        Assert.Equal(FiguresCommandLine.Failed, await Run("import", _store.PathOf("missing.csv")));
        Assert.Contains("import failed", _err.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate", "x.csv")]
    [InlineData("import")]
    [InlineData("export", "a.csv", "b.csv")]
    [InlineData("export", "a.csv", "--by", "me")]
    [InlineData("import", "a.csv", "--by")]
    public async Task WrongArguments_PrintUsage(params string[] args)
    {
        Assert.Equal(FiguresCommandLine.Usage, await Run(args));
        Assert.Contains("Usage:", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void IsFiguresCommand_RecognisesTheVerbs()
    {
        Assert.True(FiguresCommandLine.IsFiguresCommand(["import", "x.csv"]));
        Assert.True(FiguresCommandLine.IsFiguresCommand(["EXPORT", "x.csv"]));
        Assert.False(FiguresCommandLine.IsFiguresCommand([]));
        Assert.False(FiguresCommandLine.IsFiguresCommand(["--urls", "http://localhost"]));
    }

    [Fact]
    public async Task Import_Zip_LoadsEveryCsvInIt_AsOneUndoableImport()
    {
        var input = _store.PathOf("quarters.zip");
        using (var zip = System.IO.Compression.ZipFile.Open(input, System.IO.Compression.ZipArchiveMode.Create))
        {
            foreach (var (name, row) in new[] { ("q1.csv", "asb,CambridgeCity,FY2018/19-Q1,Count,1100"), ("q2.csv", "asb,CambridgeCity,FY2018/19-Q2,Count,1200") })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                await writer.WriteAsync("indicator_id,area,period,measure,value\n" + row + "\n");
            }
        }

        Assert.Equal(FiguresCommandLine.Success, await Run("import", input, "--by", "Jo Analyst"));

        Assert.Contains("quarters.zip (figures) imported by Jo Analyst: figures: 2 added", _out.ToString(), StringComparison.Ordinal);
        var last = new SafetyBot.Knowledge.Imports.DataImporter(_store.Database, _store.Time, SafetyBot.Knowledge.Imports.ShellImportPermission.Instance).LastImport();
        Assert.Equal(("quarters.zip", "Jo Analyst"), (last!.File, last.ImportedByName));
    }

    private Task<int> Run(params string[] args) =>
        FiguresCommandLine.RunAsync(args, _store.Database, _store.Time, _out, _err);
}
