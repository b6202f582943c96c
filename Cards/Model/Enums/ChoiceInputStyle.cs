using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Presentation of an Input.ChoiceSet.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    /// <summary>A drop-down list.</summary>
    [JsonStringEnumMemberName("compact")]
    Compact,

    /// <summary>Radio buttons or check boxes.</summary>
    [JsonStringEnumMemberName("expanded")]
    Expanded,

    /// <summary>A type-ahead drop-down list (1.5).</summary>
    [JsonStringEnumMemberName("filtered")]
    Filtered,
}
