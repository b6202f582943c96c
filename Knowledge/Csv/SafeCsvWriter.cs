using System.Text;
using CsvHelper;

namespace SafetyBot.Knowledge.Csv;

/// <summary>
/// Writes CSV the way every SafetyBot export does, so that a spreadsheet opens it safely and
/// <see cref="CsvRecordReader"/> reads it back unchanged: RFC 4180 (comma, CRLF, fields quoted when they
/// hold a comma, quote or line break, or start or end with a space or tab), text a spreadsheet would run
/// as a formula marked as text (<see cref="CsvSafety"/>), and a first field starting with <c>#</c> quoted
/// so it is never read as a comment.
/// </summary>
public sealed class SafeCsvWriter : IDisposable
{
    /// <summary>The media type of SafetyBot's CSV downloads.</summary>
    public const string MediaType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = new()
    {
        Separator = ',',
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
        CommentPrefix = '#',
        NewLine = "\r\n",
    };

    private readonly CsvWriter _csv;

    /// <summary>Creates a writer that writes to <paramref name="writer"/> (left open).</summary>
    public SafeCsvWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _csv = CsvWriter.Create(writer, Options, leaveOpen: true);
    }

    /// <summary>
    /// The encoding of SafetyBot's CSV files: UTF-8 with a byte order mark, which Excel needs to show
    /// accents correctly (imports accept files with or without it).
    /// </summary>
    public static Encoding FileEncoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes one record; every record must have as many fields as the first.</summary>
    public void WriteRecord(IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var field in fields)
        {
            var safe = CsvSafety.Protect(field);
            _csv.WriteField(safe, safe.Length == field.Length ? CsvQuoting.WhenNeededOrWhitespace : CsvQuoting.Always);
        }

        _csv.EndRecord();
    }

    /// <summary>Writes what is buffered to the destination.</summary>
    public void Flush() => _csv.Flush();

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();
}
