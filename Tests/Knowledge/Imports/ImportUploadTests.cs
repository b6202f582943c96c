using System.IO.Compression;
using System.Text;
using SafetyBot.Knowledge.Imports;

namespace SafetyBot.Tests.Knowledge.Imports;

public sealed class ImportUploadTests
{
    [Fact]
    public void Read_Csv_IsOneFileHashedAsUploaded()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\n1,2\n");

        var batch = ImportUpload.Read("figures.csv", bytes, out var problem);

        Assert.Null(problem);
        Assert.Equal("figures.csv", Assert.Single(batch!.Files).Name);
        Assert.Equal(ImportBatch.HashOf(bytes), batch.Sha256);
    }

    [Fact]
    public void Read_ZipOfCsvFiles_IsEachFileInNameOrder()
    {
        var zip = Zip(("2018-05.csv", "x\n"), ("2018-04.csv", "y\n"));

        var batch = ImportUpload.Read("months.zip", zip, out var problem);

        Assert.Null(problem);
        Assert.Equal(["2018-04.csv", "2018-05.csv"], batch!.Files.Select(f => f.Name));
        using var reader = new StreamReader(batch.Files[0].Open());
        Assert.Equal("y\n", reader.ReadToEnd());
    }

    [Fact]
    public void Read_ZipHoldingAnotherFile_IsRefusedWithTheReason()
    {
        Assert.Null(ImportUpload.Read("months.zip", Zip(("a.csv", "x"), ("notes.docx", "y")), out var problem));
        Assert.Contains("notes.docx, which is not a CSV file", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotAZipNamedZip_IsRefused()
    {
        Assert.Null(ImportUpload.Read("months.zip", Encoding.UTF8.GetBytes("a,b"), out var problem));
        Assert.Contains("not a zip file", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExcelWorkbookRenamedCsv_IsRefusedAsAWorkbook()
    {
        var workbook = Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));

        Assert.Null(ImportUpload.Read("figures.csv", workbook, out var problem));
        Assert.Contains("figures.csv is an Excel workbook", problem, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8 (Comma delimited)", problem, StringComparison.Ordinal);
    }

    private static byte[] Zip(params (string Name, string Text)[] files)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return memory.ToArray();
    }
}
