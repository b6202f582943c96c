using System.Text;
using SafetyBot.Knowledge.Csv;

namespace SafetyBot.Tests.Knowledge.Csv;

/// <summary>The strict CSV reader on its own: RFC 4180, UTF-8, line numbers, limits, and problems as values.</summary>
public sealed class CsvRecordReaderTests
{
    private static readonly CsvLimits Small = new() { MaxFieldBytes = 16, MaxRecordBytes = 40, MaxRecords = 3, MaxFileBytes = 400, MaxErrors = 10 };

    [Fact]
    public void QuotedFields_KeepCommasDoubledQuotesAndLineBreaks_AndLinesCountInsideThem()
    {
        var rows = Read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"one\r\ntwo\nthree\"\r\nlast,\"\",3");

        Assert.Equal(["a", "b", "c"], rows[0].Fields);
        Assert.Equal(["x, y", "say \"hi\"", "one\r\ntwo\nthree"], rows[1].Fields);
        Assert.Equal((2, 5), (rows[1].Line, rows[2].Line));
        Assert.Equal(["last", string.Empty, "3"], rows[2].Fields);
    }

    [Fact]
    public void Bom_CommentsBlankLinesAndUnquotedSpaces_AreSkipped_QuotedSpacesKept()
    {
        var rows = Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("a,b\n# note, with \"quotes\n\n   \n  x  ,\"  y  \"\rz,w")]);

        Assert.Equal(["a", "b"], rows[0].Fields);
        Assert.Equal(["x", "  y  "], rows[1].Fields);
        Assert.Equal(5, rows[1].Line);
        Assert.Equal(6, rows[2].Line);
        Assert.Equal(["z", "w"], rows[2].Fields);
    }

    [Theory]
    [InlineData("'=1+2", "=1+2")]
    [InlineData("''=1+2", "'=1+2")]
    [InlineData("'Tis", "'Tis")]
    [InlineData("'-3", "-3")]
    public void FormulaMarker_IsUndone(string inFile, string value)
    {
        Assert.Equal(value, Read("a\n" + inFile)[1].Fields[0]);
    }

    [Theory]
    [InlineData("a,b\n1,2,3", 2, "field 3", "3 fields, the header has 2")]
    [InlineData("a,b\n1", 2, "b", "1 fields, the header has 2")]
    [InlineData("a,b\n\"1,2", 2, "a", "never closed")]
    [InlineData("a,b\n1,x\"y\"", 2, "b", "quote in the middle")]
    [InlineData("a,b\n1, \"y\"", 2, "b", "quote in the middle")]
    [InlineData("a,b\n\"1\"2,3", 2, "a", "after the closing quote")]
    [InlineData("a,b\n1,0123456789abcdefg", 2, "b", "longer than")]
    [InlineData("a,b,c\n0123456789abcdef,0123456789abcdef,0123456789", 2, null, "line is longer than")]
    public void MalformedRecord_IsAnErrorNamingLineAndColumn(string csv, int line, string? column, string message)
    {
        var error = Read(csv, Small)[1].Error;

        Assert.NotNull(error);
        Assert.Equal(("test.csv", line, column), (error.File, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterAnError_ReadingGoesOnWithTheNextRecord()
    {
        var rows = Read("a,b\n1,2,3\n4,\"x\"y\n5,6", Small);

        Assert.Equal([2, 3], rows.Where(r => r.Error is not null).Select(r => r.Line));
        Assert.Equal(["5", "6"], rows[^1].Fields);
    }

    [Fact]
    public void InvalidUtf8_IsAnErrorNamingTheLineOfTheBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\n1,\"first line\nsecond caf\u00E9\"\n").ToList();
        var e9 = bytes.LastIndexOf(0xA9);
        bytes.RemoveAt(e9);
        bytes[e9 - 1] = 0xE9;

        var error = Read([.. bytes])[1].Error;

        Assert.Equal((3, "b"), (error!.Line, error.Column));
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreRowsThanTheLimit_StopsReading()
    {
        var rows = Read("a\n1\n2\n3\n4\n5", Small);

        Assert.Equal(5, rows.Count);
        Assert.Contains("more than 3 rows", rows[^1].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileOverTheLimit_IsRefused_EvenWhenItsLengthIsNotKnownBeforeReading()
    {
        var csv = Encoding.UTF8.GetBytes("a\n" + string.Concat(Enumerable.Repeat("x\n", 300)));

        var seekable = Read(csv, Small with { MaxRecords = 1000 });
        Assert.Contains("larger than", Assert.Single(seekable).Error!.Message, StringComparison.Ordinal);

        using var unseekable = new UnseekableStream(csv);
        using var reader = new CsvRecordReader(unseekable, "test.csv", Small with { MaxRecords = 1000 });
        Assert.Contains("larger than", reader.ReadHeader()!.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeUnquotedField_IsReadWithBoundedMemory_AndRefused()
    {
        var csv = Encoding.UTF8.GetBytes("a,b\n1," + new string('x', 8 * 1024 * 1024) + "\n2,3\n");

        var rows = Read(csv, CsvLimits.Figures);

        Assert.Equal((2, "b"), (rows[1].Error!.Line, rows[1].Error!.Column));
        Assert.Equal(["2", "3"], rows[2].Fields);
    }

    [Fact]
    public void EmptyInput_HasNoHeader()
    {
        using var reader = new CsvRecordReader(new MemoryStream([]), "test.csv", CsvLimits.Figures);
        Assert.Null(reader.ReadHeader());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(12)]
    public void LineStartingWithAnExcelError_IsARecord_EvenAcrossTheReadBuffer_WhileOtherHashLinesAreComments(int bytesBeforeTheBufferEnds)
    {
        // The reader reads 64 KB at a time: the first '#DIV/0!' starts this many bytes before the first read ends.
        var filler = "# " + new string('x', (64 * 1024) - "a,b\n".Length - "# \n".Length - 1 - bytesBeforeTheBufferEnds) + "\n";
        var rows = Read("a,b\n" + filler + "#DIV/0!,1\n#DIV/0!x,2\n#N/A\n#N/A");

        Assert.Equal([3, 5, 6], rows.Skip(1).Select(r => r.Line));
        Assert.Equal(["#DIV/0!", "1"], rows[1].Fields);
        Assert.All(rows.Skip(2), r => Assert.Contains("1 fields, the header has 2", r.Error!.Message, StringComparison.Ordinal));
    }

    private static List<CsvRow> Read(string csv, CsvLimits? limits = null) => Read(Encoding.UTF8.GetBytes(csv), limits);

    private static List<CsvRow> Read(byte[] csv, CsvLimits? limits = null)
    {
        using var reader = new CsvRecordReader(new MemoryStream(csv), "test.csv", limits ?? CsvLimits.Figures);
        var rows = new List<CsvRow>();
        var header = reader.ReadHeader();
        if (header is null)
        {
            return rows;
        }

        rows.Add(header);
        if (header.Error is not null)
        {
            return rows;
        }

        while (reader.ReadRecord() is { } row)
        {
            rows.Add(row);
        }

        return rows;
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
