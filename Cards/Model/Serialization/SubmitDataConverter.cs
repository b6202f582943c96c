using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Writes <see cref="SubmitData"/> flat: <c>{"verb":...,"field":"value",...}</c>.</summary>
internal sealed class SubmitDataConverter : JsonConverter<SubmitData>
{
    public override SubmitData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        string? verb = null;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.NameEquals(SubmitData.VerbKey))
            {
                verb = property.Value.GetString();
            }
            else if (property.Value.ValueKind == JsonValueKind.String)
            {
                fields[property.Name] = property.Value.GetString()!;
            }
        }

        return new SubmitData(verb ?? throw new JsonException("Submit data has no verb."), fields);
    }

    public override void Write(Utf8JsonWriter writer, SubmitData value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(SubmitData.VerbKey, value.Verb);
        foreach (var (key, fieldValue) in value.Fields)
        {
            writer.WriteString(key, fieldValue);
        }

        writer.WriteEndObject();
    }
}
