using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Vertical alignment of content in a container, column or table cell.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VerticalAlignment>))]
public enum VerticalAlignment
{
    /// <summary>Aligned top.</summary>
    [JsonStringEnumMemberName("Top")]
    Top,

    /// <summary>Centred.</summary>
    [JsonStringEnumMemberName("Center")]
    Center,

    /// <summary>Aligned bottom.</summary>
    [JsonStringEnumMemberName("Bottom")]
    Bottom,
}
