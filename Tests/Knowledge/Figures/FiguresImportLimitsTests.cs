using System.Text;
using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Figures;

namespace SafetyBot.Tests.Knowledge.Figures;

/// <summary>The limits of a figures import, and the two reads of the file: whatever is refused, nothing changes.</summary>
public sealed class FiguresImportLimitsTests : IDisposable
{
    private const string Header = "indicator_id,area,period,measure,value";

    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void MoreRowsThanTheLimit_IsRefused_AndChangesNothing()
    {
        var before = Export();
        var report = Import(new CsvLimits { MaxRecords = 2 }, [Header, "asb,CambridgeCity,2019,Count,1", "asb,CambridgeCity,2020,Count,2", "asb,CambridgeCity,2021,Count,3"]);

        var error = Assert.Single(report.Errors);
        Assert.Equal(4, error.Line);
        Assert.Null(error.Column);
        Assert.Contains("more than 2 rows", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Export());
    }

    [Fact]
    public void FileLargerThanTheLimit_IsRefusedBeforeAnyLineIsRead()
    {
        var report = Import(new CsvLimits { MaxFileBytes = 64 * 1024 }, [Header, .. Enumerable.Range(0, 3000).Select(i => $"asb,CambridgeCity,{1000 + i},Count,{i}")]);

        var error = Assert.Single(report.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("larger than 64 KB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyBadLines_StopAtTheErrorLimit()
    {
        var report = Import(new CsvLimits { MaxErrors = 5 }, [Header, .. Enumerable.Range(0, 50).Select(i => $"asb,Nowhere,2019,Count,{i}")]);

        Assert.Equal(6, report.Errors.Count);
        Assert.Contains("Stopped reading after 5 errors", report.Errors[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileThatChangesBetweenValidatingAndApplying_IsRefused_AndChangesNothing()
    {
        var valid = Encoding.UTF8.GetBytes($"{Header}\nasb,CambridgeCity,2019,Count,1\nasb,CambridgeCity,2020,Count,2\n");
        var changed = Encoding.UTF8.GetBytes($"{Header}\nasb,CambridgeCity,2019,Count,1\nasb,Nowhere,2020,Count,2\n");
        using var stream = new ChangingStream(valid, changed);
        var before = Export();

        var report = new FiguresImporter(_store.Database, _store.Time).Import(stream, "changing.csv", "analyst");

        Assert.Equal((3, "area"), (Assert.Single(report.Errors).Line, report.Errors[0].Column));
        Assert.Equal(before, Export());
    }

    private string Export() => new FiguresExporter(_store.Database).Export(out _);

    private ImportReport Import(CsvLimits limits, IEnumerable<string> lines)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        var report = new FiguresImporter(_store.Database, _store.Time, limits: limits).Import(stream, "limits.csv", "analyst");
        Assert.False(report.Succeeded);
        return report;
    }

    /// <summary>A file that someone saves again while it is being imported: the second read sees other bytes.</summary>
    private sealed class ChangingStream : MemoryStream
    {
        private readonly byte[] _second;
        private int _rewinds;

        internal ChangingStream(byte[] first, byte[] second)
        {
            _second = second;
            Write(first);
            Seek(0, SeekOrigin.Begin);
        }

        public override long Position
        {
            get => base.Position;
            set
            {
                if (++_rewinds == 1)
                {
                    SetLength(0);
                    Write(_second);
                }

                base.Position = value;
            }
        }
    }
}
