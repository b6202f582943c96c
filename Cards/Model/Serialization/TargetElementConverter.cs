using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Writes a <see cref="TargetElement"/> as a bare id, or as {elementId, isVisible}.</summary>
internal sealed class TargetElementConverter : JsonConverter<TargetElement>
{
    public override TargetElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new TargetElement(reader.GetString()!);
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var target = new TargetElement(root.GetProperty("elementId").GetString()!);
        return root.TryGetProperty("isVisible", out var visible) ? target with { IsVisible = visible.GetBoolean() } : target;
    }

    public override void Write(Utf8JsonWriter writer, TargetElement value, JsonSerializerOptions options)
    {
        if (value.IsVisible is not { } isVisible)
        {
            writer.WriteStringValue(value.ElementId);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("elementId", value.ElementId);
        writer.WriteBoolean("isVisible", isVisible);
        writer.WriteEndObject();
    }
}
