using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Display style of an Image.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImageStyle>))]
public enum ImageStyle
{
    /// <summary>As is.</summary>
    [JsonStringEnumMemberName("Default")]
    Default,

    /// <summary>Cropped to a circle, for portraits.</summary>
    [JsonStringEnumMemberName("Person")]
    Person,
}
