using System.Text;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Figures;

namespace SafetyBot.Tests.Knowledge.Figures;

/// <summary>
/// The figures export never hands a spreadsheet a formula, and an export imported again gives back
/// exactly the values it was made from (docs/figures-csv.md, "Formula safety").
/// </summary>
public sealed class FiguresExportSafetyTests : IDisposable
{
    private const string Header = "indicator_id,area,period,measure,value,breakdown,rank_of,is_derived,note,source,source_id,footnote,document,section,period_text";

    /// <summary>Each stored note, and how the source file wrote it (a leading apostrophe before a formula character is the text marker).</summary>
    private static readonly (string Stored, string InFile)[] Notes =
    [
        ("=HYPERLINK(\"http://x\",\"click\")", "\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""),
        ("+44 1223 000000", "+44 1223 000000"),
        ("-3 on last year", "-3 on last year"),
        ("@risk", "@risk"),
        ("\tindented", "\"\tindented\""),
        ("\rcarriage return", "\"\rcarriage return\""),
        ("'=already marked", "''=already marked"),
        ("'Tis the season", "'Tis the season"),
        ("'", "'"),
        ("trailing space ", "\"trailing space \""),
        ("-12", "-12"),
    ];

    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Export_TextStartingWithAFormulaCharacter_IsNeutralised()
    {
        await ImportNotes(_store);

        var export = Export(_store);

        foreach (var start in new[] { "=", "+", "-3 on", "@", "\t" })
        {
            Assert.DoesNotContain("," + start, export, StringComparison.Ordinal);
            Assert.DoesNotContain(",\"" + start, export, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(",\"?\r(?!\n)", export);

        Assert.Contains(",\"'@risk\",", export, StringComparison.Ordinal);
        Assert.Contains(",-12,", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportThenImport_FormulaLikeAndApostropheNotes_ComeBackUnchanged()
    {
        await ImportNotes(_store);
        var export = Export(_store);
        Assert.Equal(Notes.Select(n => n.Stored), StoredNotes(_store));

        using var fresh = TestStore.Create();
        var path = fresh.PathOf("export.csv");
        await File.WriteAllTextAsync(path, export);
        var report = await new FiguresImporter(fresh.Database, fresh.Time).ImportFileAsync(path, "analyst");

        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Errors));
        Assert.Equal(Notes.Select(n => n.Stored), StoredNotes(fresh));
        Assert.Equal(export, Export(fresh));
    }

    private static async Task ImportNotes(TestStore store)
    {
        var lines = Notes.Select((n, i) => $"asb,CambridgeCity,2019,Count,{i},note {i:00},,,{n.InFile},,,,,,");
        var path = store.PathOf("notes.csv");
        await File.WriteAllTextAsync(path, Header + "\n" + string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        var report = await new FiguresImporter(store.Database, store.Time).ImportFileAsync(path, "analyst");
        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Errors));
    }

    private static IEnumerable<string?> StoredNotes(TestStore store) =>
        Notes.Select((_, i) => store.Store.Latest("asb", Measure.Count, breakdown: $"note {i:00}", kind: PeriodKind.CalendarYear)?.Note);

    private static string Export(TestStore store) => new FiguresExporter(store.Database).Export(out _);
}
