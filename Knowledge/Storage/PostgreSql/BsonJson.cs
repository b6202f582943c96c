using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LiteDB;

namespace SafetyBot.Knowledge.Storage.PostgreSql;

/// <summary>
/// LiteDB documents as JSON for PostgreSQL <c>jsonb</c>, and back, exactly: numbers keep their BSON type (a double always
/// has a decimal point or an exponent; a 64-bit integer is <c>{"$numberLong": "..."}</c>), dates, binaries, guids and
/// decimals are extended JSON objects, so a document read back equals the one written.
/// </summary>
internal static class BsonJson
{
    /// <summary><paramref name="value"/> as JSON text.</summary>
    internal static string Write(BsonValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The value <paramref name="json"/> holds (written by <see cref="Write(BsonValue)"/>).</summary>
    internal static BsonValue Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement);
    }

    private static void Write(Utf8JsonWriter writer, BsonValue value)
    {
        switch (value.Type)
        {
            case BsonType.Null:
                writer.WriteNullValue();
                break;
            case BsonType.Boolean:
                writer.WriteBooleanValue(value.AsBoolean);
                break;
            case BsonType.Int32:
                writer.WriteNumberValue(value.AsInt32);
                break;
            case BsonType.Int64:
                Extended(writer, "$numberLong", value.AsInt64.ToString(CultureInfo.InvariantCulture));
                break;
            case BsonType.Double when double.IsFinite(value.AsDouble):
                var text = value.AsDouble.ToString("R", CultureInfo.InvariantCulture);
                writer.WriteRawValue(text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0");
                break;
            case BsonType.Double:
                Extended(writer, "$numberDouble", value.AsDouble.ToString("R", CultureInfo.InvariantCulture));
                break;
            case BsonType.Decimal:
                Extended(writer, "$numberDecimal", value.AsDecimal.ToString(CultureInfo.InvariantCulture));
                break;
            case BsonType.String:
                writer.WriteStringValue(value.AsString);
                break;
            case BsonType.DateTime:
                Extended(writer, "$date", value.AsDateTime.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
                break;
            case BsonType.Binary:
                Extended(writer, "$binary", Convert.ToBase64String(value.AsBinary));
                break;
            case BsonType.Guid:
                Extended(writer, "$guid", value.AsGuid.ToString("D"));
                break;
            case BsonType.ObjectId:
                Extended(writer, "$oid", value.AsObjectId.ToString());
                break;
            case BsonType.MinValue:
                Extended(writer, "$minValue", "1");
                break;
            case BsonType.MaxValue:
                Extended(writer, "$maxValue", "1");
                break;
            case BsonType.Document:
                writer.WriteStartObject();
                foreach (var (name, item) in value.AsDocument)
                {
                    writer.WritePropertyName(name);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case BsonType.Array:
                writer.WriteStartArray();
                foreach (var item in value.AsArray)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"BSON type {value.Type} has no JSON form.");
        }
    }

    private static void Extended(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject();
        writer.WriteString(name, text);
        writer.WriteEndObject();
    }

    private static BsonValue Read(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return BsonValue.Null;
            case JsonValueKind.True:
                return new BsonValue(true);
            case JsonValueKind.False:
                return new BsonValue(false);
            case JsonValueKind.String:
                return new BsonValue(element.GetString());
            case JsonValueKind.Number:
                var raw = element.GetRawText();
                if (raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0 && element.TryGetInt32(out var small))
                {
                    return new BsonValue(small);
                }

                return new BsonValue(element.GetDouble());
            case JsonValueKind.Array:
                return new BsonArray(element.EnumerateArray().Select(Read));
            case JsonValueKind.Object:
                if (Special(element) is { } special)
                {
                    return special;
                }

                var document = new BsonDocument();
                foreach (var property in element.EnumerateObject())
                {
                    document[property.Name] = Read(property.Value);
                }

                return document;
            default:
                throw new FormatException($"JSON {element.ValueKind} has no BSON form.");
        }
    }

    private static BsonValue? Special(JsonElement element)
    {
        using var properties = element.EnumerateObject();
        if (!properties.MoveNext())
        {
            return null;
        }

        var first = properties.Current;
        if (properties.MoveNext() || first.Value.ValueKind != JsonValueKind.String || !first.Name.StartsWith('$'))
        {
            return null;
        }

        var text = first.Value.GetString()!;
        return first.Name switch
        {
            "$numberLong" => new BsonValue(long.Parse(text, CultureInfo.InvariantCulture)),
            "$numberDouble" => new BsonValue(double.Parse(text, CultureInfo.InvariantCulture)),
            "$numberDecimal" => new BsonValue(decimal.Parse(text, CultureInfo.InvariantCulture)),
            "$date" => new BsonValue(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)),
            "$binary" => new BsonValue(Convert.FromBase64String(text)),
            "$guid" => new BsonValue(Guid.Parse(text)),
            "$oid" => new BsonValue(new ObjectId(text)),
            "$minValue" => BsonValue.MinValue,
            "$maxValue" => BsonValue.MaxValue,
            _ => null,
        };
    }
}
