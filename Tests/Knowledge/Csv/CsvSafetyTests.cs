using SafetyBot.Knowledge.Csv;

namespace SafetyBot.Tests.Knowledge.Csv;

/// <summary>The one formula-safety rule: written text never starts a formula, and reading undoes exactly what writing did.</summary>
public sealed class CsvSafetyTests
{
    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+44", "'+44")]
    [InlineData("-x", "'-x")]
    [InlineData("@x", "'@x")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("'=x", "''=x")]
    [InlineData("-3", "-3")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("-1e5", "'-1e5")]
    [InlineData("'Tis", "'Tis")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void Protect_MarksTextASpreadsheetWouldRun(string value, string written)
    {
        Assert.Equal(written, CsvSafety.Protect(value));
    }

    [Fact]
    public void UnprotectAfterProtect_GivesBackEveryValue()
    {
        var pieces = new[] { "", "'", "''", "=", "+", "-", "@", "\t", "\r", "1", ".", "x", " " };
        var values = from a in pieces from b in pieces from c in pieces select a + b + c;

        foreach (var value in values)
        {
            var written = CsvSafety.Protect(value);
            Assert.Equal(value, CsvSafety.Unprotect(written));
            Assert.False(written.Length > 0 && "=+-@\t\r".Contains(written[0], StringComparison.Ordinal) && !decimal.TryParse(written, out _), $"'{written}' starts a formula");
        }
    }
}
