using SafetyBot.Knowledge.Figures;

namespace SafetyBot.Tests.Knowledge;

internal static class ExporterExtensions
{
    /// <summary>Exports to a string.</summary>
    internal static string Export(this FiguresExporter exporter, out int count)
    {
        using var writer = new StringWriter();
        count = exporter.Export(writer);
        return writer.ToString();
    }
}
