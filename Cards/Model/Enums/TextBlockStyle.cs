using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Semantic style of a TextBlock (1.5).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    /// <summary>Ordinary text.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>A heading, announced as such by screen readers.</summary>
    [JsonStringEnumMemberName("heading")]
    Heading,
}
