using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Writes a <see cref="ChartXValue"/> as a JSON string or number.</summary>
internal sealed class ChartXValueConverter : JsonConverter<ChartXValue>
{
    public override ChartXValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number
            ? ChartXValue.FromDouble(reader.GetDouble())
            : ChartXValue.FromString(reader.GetString() ?? throw new JsonException("A chart x value cannot be null."));

    public override void Write(Utf8JsonWriter writer, ChartXValue value, JsonSerializerOptions options)
    {
        if (value.Text is null)
        {
            writer.WriteNumberValue(value.Number);
        }
        else
        {
            writer.WriteStringValue(value.Text);
        }
    }
}
