using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Font size of a TextBlock or TextRun (schema "FontSize").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextSize>))]
public enum TextSize
{
    /// <summary>Host default size.</summary>
    [JsonStringEnumMemberName("Default")]
    Default,

    /// <summary>Small text.</summary>
    [JsonStringEnumMemberName("Small")]
    Small,

    /// <summary>Medium text.</summary>
    [JsonStringEnumMemberName("Medium")]
    Medium,

    /// <summary>Large text.</summary>
    [JsonStringEnumMemberName("Large")]
    Large,

    /// <summary>Extra large text.</summary>
    [JsonStringEnumMemberName("ExtraLarge")]
    ExtraLarge,
}
