using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Font weight of a TextBlock or TextRun (schema "FontWeight").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
public enum TextWeight
{
    /// <summary>Host default weight.</summary>
    [JsonStringEnumMemberName("Default")]
    Default,

    /// <summary>Lighter than default.</summary>
    [JsonStringEnumMemberName("Lighter")]
    Lighter,

    /// <summary>Bold.</summary>
    [JsonStringEnumMemberName("Bolder")]
    Bolder,
}
