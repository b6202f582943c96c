using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Font family of a TextBlock or TextRun.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FontType>))]
public enum FontType
{
    /// <summary>Host default font.</summary>
    [JsonStringEnumMemberName("Default")]
    Default,

    /// <summary>Fixed-width font.</summary>
    [JsonStringEnumMemberName("Monospace")]
    Monospace,
}
