using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>
/// Source-generated serialisation metadata for the card model: camelCase names, nulls omitted,
/// enums as the schema's strings (declared on each enum).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCard))]
internal sealed partial class CardJsonContext : JsonSerializerContext;
