using System.Text;
using SafetyBot.Knowledge.Figures;

namespace SafetyBot.Tests.Knowledge;

internal static class ImporterExtensions
{
    /// <summary>Imports CSV text (as a UTF-8 file without BOM would hold it).</summary>
    internal static ImportReport ImportText(this FiguresImporter importer, string csv, string fileName, string importedBy)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return importer.Import(stream, fileName, importedBy);
    }
}
