using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafetyBot.Knowledge;

/// <summary>Reads a seed provenance object, filling the document title when the seed leaves it out.</summary>
internal sealed class SeedProvenanceConverter(string documentTitle) : JsonConverter<Provenance>
{
    public override Provenance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var json = JsonDocument.ParseValue(ref reader);
        var root = json.RootElement;
        return new Provenance
        {
            Document = Text(root, "document") ?? documentTitle,
            Section = Text(root, "section") ?? throw new JsonException("A seed provenance has no section."),
            PeriodText = Text(root, "periodText"),
            OriginalSource = Text(root, "originalSource"),
            SourceId = Text(root, "sourceId"),
            Footnote = root.TryGetProperty("footnote", out var footnote) ? footnote.GetInt32() : null,
        };
    }

    public override void Write(Utf8JsonWriter writer, Provenance value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Seed provenance is read-only.");

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;
}
