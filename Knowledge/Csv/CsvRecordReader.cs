using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace SafetyBot.Knowledge.Csv;

/// <summary>
/// Reads the CSV files SafetyBot accepts (figures; later indicators and narratives), strictly and one
/// record at a time, so memory stays within <see cref="CsvLimits"/> whatever the file holds.
/// <list type="bullet">
/// <item>UTF-8, with or without a byte order mark; anything else is refused naming the line.</item>
/// <item>RFC 4180: comma separated; a field that starts with <c>"</c> is quoted, may hold commas, line
/// breaks and doubled quotes (<c>""</c>), and must be closed; a quote anywhere else is refused. Lines end with
/// CRLF, LF or CR.</item>
/// <item>The first record is the header; every record must have as many fields as the header.</item>
/// <item>Lines starting with <c>#</c> and blank lines are skipped. Spaces and tabs around an unquoted field
/// are removed; a quoted field is kept exactly. Every field goes through <see cref="CsvSafety.Unprotect"/>.</item>
/// </list>
/// Problems come back as values (<see cref="CsvRow.Error"/>) with the line and column. After most of them
/// reading goes on with the next record; after an unclosed quote, a file too large or too many rows,
/// nothing more is read.
/// </summary>
public sealed class CsvRecordReader : IDisposable
{
    private const int BufferSize = 64 * 1024;
    private const string SaveAsUtf8 = "Save the file as UTF-8, with or without BOM (in Excel: \"CSV UTF-8 (Comma delimited)\").";
    private const string SaveAsCsv = "In Excel choose File > Save As and the type \"CSV UTF-8 (Comma delimited) (*.csv)\".";

    private readonly Stream _input;
    private readonly string _file;
    private readonly CsvLimits _limits;
    private readonly bool _leaveOpen;
    private readonly List<string> _fields = [];
    private byte[] _buffer;
    private byte[] _field;
    private int _position;
    private int _length;
    private long _bytesRead;
    private bool _started;
    private bool _finished;
    private CsvError? _fatal;
    private int _line = 1;
    private int _records;
    private string[]? _header;

    // The record being read.
    private int _fieldCount;
    private int _fieldLength;
    private int _fieldLine;
    private bool _fieldQuoted;
    private bool _fieldTooLarge;
    private bool _recordQuoted;
    private int _recordBytes;
    private CsvError? _error;

    /// <summary>Creates a reader over <paramref name="input"/>, read from its current position.</summary>
    /// <param name="input">The file's bytes.</param>
    /// <param name="file">The file name, for error messages.</param>
    /// <param name="limits">How much to read before refusing the file.</param>
    /// <param name="leaveOpen">Whether <paramref name="input"/> stays open when the reader is disposed.</param>
    public CsvRecordReader(Stream input, string file, CsvLimits limits, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentNullException.ThrowIfNull(limits);
        limits.Validate();
        _input = input;
        _file = file;
        _limits = limits;
        _leaveOpen = leaveOpen;
        _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        _field = ArrayPool<byte>.Shared.Rent(limits.MaxFieldBytes);
    }

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
        AfterClosingQuote,
    }

    /// <summary>Reads the header (the first record). Null when the file has no record at all.</summary>
    public CsvRow? ReadHeader()
    {
        if (_started)
        {
            throw new InvalidOperationException("The header has already been read.");
        }

        var row = Next();
        if (row is { Error: null, Fields: [var only] } && SeparatorError(row.Line, only) is { } separator)
        {
            return new CsvRow(row.Line, [], separator);
        }

        if (row is { Error: null })
        {
            _header = [.. row.Fields];
        }

        return row;
    }

    /// <summary>Reads the next data record; null at the end of the file or after a problem that stops reading.</summary>
    public CsvRow? ReadRecord()
    {
        if (_header is null)
        {
            throw new InvalidOperationException("Read the header first; a file whose header has an error has no records.");
        }

        return Next();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            ArrayPool<byte>.Shared.Return(_field);
            _buffer = [];
            _field = [];
            if (!_leaveOpen)
            {
                _input.Dispose();
            }
        }
    }

    private CsvRow? Next()
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        if (!_started)
        {
            Start();
        }

        while (!_finished)
        {
            var line = _line;
            var first = ReadByte();
            switch (first)
            {
                case < 0:
                    _finished = true;
                    break;
                case '\r' or '\n':
                    EndLine(first);
                    break;
                case '#' when !StartsWithExcelError():
                    SkipComment();
                    break;
                default:
                    if (ParseRecord(first, line) is { } row)
                    {
                        return row;
                    }

                    break;
            }
        }

        if (_fatal is { } fatal)
        {
            _fatal = null;
            return new CsvRow(fatal.Line, [], fatal);
        }

        return null;
    }

    /// <summary>Checks the file's size and its first bytes: a UTF-8 byte order mark is skipped, a UTF-16 one refused.</summary>
    private void Start()
    {
        _started = true;
        if (_input.CanSeek && _input.Length - _input.Position > _limits.MaxFileBytes)
        {
            Stop(new CsvError(_file, 1, null, FileTooLarge()));
            return;
        }

        while (_length < 8 && Fill(append: true))
        {
        }

        ReadOnlySpan<byte> utf8Bom = [0xEF, 0xBB, 0xBF];
        ReadOnlySpan<byte> utf16LittleEndianBom = [0xFF, 0xFE];
        ReadOnlySpan<byte> utf16BigEndianBom = [0xFE, 0xFF];
        ReadOnlySpan<byte> zip = [0x50, 0x4B, 0x03, 0x04];
        ReadOnlySpan<byte> compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        var start = _buffer.AsSpan(0, _length);
        if (start.StartsWith(zip) || start.StartsWith(compoundFile))
        {
            Stop(new CsvError(_file, 1, null, "The file is an Excel workbook (.xlsx or .xls) or another zip file renamed .csv, not CSV text. " + SaveAsCsv));
        }
        else if (start.StartsWith(utf8Bom))
        {
            _position = 3;
        }
        else if (start.StartsWith(utf16LittleEndianBom) || start.StartsWith(utf16BigEndianBom))
        {
            Stop(new CsvError(_file, 1, null, "The file is UTF-16 (\"Unicode text\"), not UTF-8. " + SaveAsUtf8));
        }
    }

    private CsvRow? ParseRecord(int first, int line)
    {
        _fields.Clear();
        _fieldCount = 0;
        _recordBytes = 0;
        _recordQuoted = false;
        _error = null;
        StartField();
        var state = State.FieldStart;
        for (var b = first; ; b = ReadByte())
        {
            if (b < 0)
            {
                if (_fatal is not null)
                {
                    return null;
                }

                if (state is State.Quoted)
                {
                    Stop(new CsvError(_file, _fieldLine, ColumnName(_fieldCount),
                        "A quote opened here is never closed, so the rest of the file would be read into this field. Close it, and double any quote inside a quoted field (\"\")."));
                    return null;
                }

                EndField();
                return EndRecord(line);
            }

            if (++_recordBytes > _limits.MaxRecordBytes && _error is null)
            {
                Fail(line, null, $"The line is longer than {Size(_limits.MaxRecordBytes)}. Is a quote left open, or a long text pasted into it?");
            }

            switch (state)
            {
                case State.FieldStart when b == '"':
                    _fieldQuoted = _recordQuoted = true;
                    state = State.Quoted;
                    break;
                case State.FieldStart or State.Unquoted or State.AfterClosingQuote when b == ',':
                    EndField();
                    StartField();
                    state = State.FieldStart;
                    break;
                case State.FieldStart or State.Unquoted or State.AfterClosingQuote or State.QuoteInQuoted when b is '\r' or '\n':
                    EndField();
                    EndLine(b);
                    return EndRecord(line);
                case State.FieldStart or State.Unquoted:
                    if (b == '"')
                    {
                        Fail(_line, ColumnName(_fieldCount),
                            "A quote in the middle of a field. Put the whole field in quotes, starting with its first character (no space before the quote), and double any quote inside it (\"\").");
                    }

                    Append(b);
                    state = State.Unquoted;
                    break;
                case State.Quoted when b == '"':
                    state = State.QuoteInQuoted;
                    break;
                case State.Quoted:
                    Append(b);
                    if (b is '\r' or '\n')
                    {
                        if (b == '\r' && PeekByte() == '\n')
                        {
                            _recordBytes++;
                            Append(ReadByte());
                        }

                        _line++;
                    }

                    break;
                case State.QuoteInQuoted when b == '"':
                    Append(b);
                    state = State.Quoted;
                    break;
                case State.QuoteInQuoted when b == ',':
                    EndField();
                    StartField();
                    state = State.FieldStart;
                    break;
                case State.QuoteInQuoted:
                    Fail(_line, ColumnName(_fieldCount),
                        "Text after the closing quote. Put the whole field in quotes and double any quote inside it, e.g. \"the \"\"hub\"\" opened\".");
                    Append(b);
                    state = State.AfterClosingQuote;
                    break;
                default:
                    Append(b);
                    break;
            }
        }
    }

    private CsvRow? EndRecord(int line)
    {
        if (!_recordQuoted && _error is null && _fields.TrueForAll(field => field.Length == 0))
        {
            // A blank line, or a row of empty cells (Excel writes ",,,," for rows it once formatted).
            return null;
        }

        if (_header is not null && ++_records > _limits.MaxRecords)
        {
            Stop(new CsvError(_file, line, null, $"The file has more than {_limits.MaxRecords.ToString("N0", CultureInfo.InvariantCulture)} rows. Split it into smaller files."));
            return null;
        }

        if (_error is null && _header is not null && _fieldCount != _header.Length)
        {
            _error = FieldCountError(line);
        }

        return _error is null ? new CsvRow(line, [.. _fields], null) : new CsvRow(_error.Line, [], _error);
    }

    private CsvError FieldCountError(int line)
    {
        var counts = $"{_fieldCount} fields, the header has {_header!.Length}: ";
        if (_fieldCount < _header.Length)
        {
            return new CsvError(_file, line, ColumnName(_fieldCount), counts + "every line needs a field for every column (leave a field empty, but keep its comma).");
        }

        for (var i = 0; i + 1 < _fieldCount; i++)
        {
            if (IsWholeNumber(_fields[i]) && _fields[i + 1].Length == 3 && IsWholeNumber(_fields[i + 1]) && !_fields[i + 1].StartsWith('-'))
            {
                return new CsvError(_file, line, ColumnName(i), counts + "a number with a thousands separator must be quoted or written without it.");
            }
        }

        return new CsvError(_file, line, ColumnName(_header.Length), counts + "a field that holds a comma must be quoted; remove any field past the last column.");
    }

    /// <summary>A header read as one field holding semicolons or tabs: the file is not comma separated.</summary>
    private CsvError? SeparatorError(int line, string only) =>
        only.Contains(';', StringComparison.Ordinal)
            ? new CsvError(_file, line, null,
                "The columns are separated by semicolons (;), not commas: Excel does this where a comma is the decimal separator. "
                + "Save the file with commas: in Excel, File > Options > Advanced, untick \"Use system separators\", set the decimal separator to \".\" "
                + "and the thousands separator to \",\", then File > Save As and the type \"CSV UTF-8 (Comma delimited) (*.csv)\" "
                + "(or set the list separator to \",\" in Windows' region settings).")
            : only.Contains('\t', StringComparison.Ordinal)
                ? new CsvError(_file, line, null, "The columns are separated by tabs (a \"Text (Tab delimited)\" file), not commas. " + SaveAsCsv)
                : null;

    /// <summary>
    /// After a <c>#</c> at the start of a line: true when the line's first field is an Excel error value such as
    /// <c>#N/A</c> (a record whose first column failed), false for a comment.
    /// </summary>
    private bool StartsWithExcelError()
    {
        var need = ExcelErrorValues.MaxBytes;
        if (_length - _position < need)
        {
            Buffer.BlockCopy(_buffer, _position, _buffer, 0, _length - _position);
            _length -= _position;
            _position = 0;
            while (_length < need && Fill(append: true))
            {
            }
        }

        var ahead = _buffer.AsSpan(_position, Math.Min(need, _length - _position));
        var end = ahead.IndexOfAny(",\r\n"u8);
        if (end < 0 && ahead.Length == need)
        {
            return false;
        }

        Span<byte> field = stackalloc byte[need];
        field[0] = (byte)'#';
        var rest = end < 0 ? ahead : ahead[..end];
        rest.TrimEnd(" \t"u8).CopyTo(field[1..]);
        return ExcelErrorValues.Is(field[..(rest.TrimEnd(" \t"u8).Length + 1)]);
    }

    private static bool IsWholeNumber(string text) =>
        text.AsSpan().TrimStart('-') is { Length: > 0 } digits && !digits.ContainsAnyExceptInRange('0', '9');

    private void StartField()
    {
        _fieldLength = 0;
        _fieldLine = _line;
        _fieldQuoted = false;
        _fieldTooLarge = false;
    }

    private void Append(int b)
    {
        if (_fieldLength < _limits.MaxFieldBytes)
        {
            _field[_fieldLength++] = (byte)b;
        }
        else if (!_fieldTooLarge)
        {
            _fieldTooLarge = true;
            Fail(_fieldLine, ColumnName(_fieldCount), $"The field is longer than {Size(_limits.MaxFieldBytes)}. Shorten it, or check that a quote is not left open.");
        }
    }

    private void EndField()
    {
        var index = _fieldCount++;
        if (_error is not null)
        {
            return;
        }

        var bytes = _field.AsSpan(0, _fieldLength);
        if (!_fieldQuoted)
        {
            bytes = bytes.Trim(" \t"u8);
        }

        if (bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            Fail(_fieldLine + LinesBefore(bytes, nul), ColumnName(index),
                "The file holds a NUL byte, so it is not CSV text (a workbook, or a \"Unicode text\" file, renamed .csv?). " + SaveAsCsv);
            return;
        }

        if (!Utf8.IsValid(bytes))
        {
            Fail(_fieldLine + LinesBefore(bytes, FirstInvalidByte(bytes)), ColumnName(index), "The text is not UTF-8: the file was probably saved as Latin-1 or Windows-1252, where an accent such as é is a different byte. " + SaveAsUtf8);
            return;
        }

        _fields.Add(CsvSafety.Unprotect(Encoding.UTF8.GetString(bytes)));
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            return read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int LinesBefore(ReadOnlySpan<byte> bytes, int offset)
    {
        var lines = 0;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return lines;
    }

    private void Fail(int line, string? column, string message) => _error ??= new CsvError(_file, line, column, message);

    private void Stop(CsvError error)
    {
        _fatal = error;
        _finished = true;
    }

    private string ColumnName(int index) =>
        _header is not null && index < _header.Length ? _header[index] : $"field {index + 1}";

    private void EndLine(int b)
    {
        if (b == '\r' && PeekByte() == '\n')
        {
            ReadByte();
        }

        _line++;
    }

    private void SkipComment()
    {
        int b;
        do
        {
            b = ReadByte();
        }
        while (b >= 0 && b != '\r' && b != '\n');

        if (b >= 0)
        {
            EndLine(b);
        }
    }

    private int ReadByte() => _position < _length || Fill(append: false) ? _buffer[_position++] : -1;

    private int PeekByte() => _position < _length || Fill(append: false) ? _buffer[_position] : -1;

    /// <summary>Reads more of the input into the buffer (after what is there when <paramref name="append"/>); false at its end or past the size limit.</summary>
    private bool Fill(bool append)
    {
        if (_finished)
        {
            return false;
        }

        var offset = append ? _length : 0;
        var read = _input.Read(_buffer, offset, _buffer.Length - offset);
        if (read == 0)
        {
            return false;
        }

        _bytesRead += read;
        if (_bytesRead > _limits.MaxFileBytes)
        {
            Stop(new CsvError(_file, _line, null, FileTooLarge()));
            return false;
        }

        _length = offset + read;
        _position = append ? _position : 0;
        return true;
    }

    private string FileTooLarge() => $"The file is larger than {Size(_limits.MaxFileBytes)}. Split it into smaller files.";

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024 * 1024)} MB"
        : $"{bytes / 1024} KB";
}
