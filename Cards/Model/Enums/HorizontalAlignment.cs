using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Horizontal alignment of an element or of text.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    /// <summary>Aligned left.</summary>
    [JsonStringEnumMemberName("Left")]
    Left,

    /// <summary>Centred.</summary>
    [JsonStringEnumMemberName("Center")]
    Center,

    /// <summary>Aligned right.</summary>
    [JsonStringEnumMemberName("Right")]
    Right,
}
