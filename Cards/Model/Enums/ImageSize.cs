using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Approximate size of an Image.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImageSize>))]
public enum ImageSize
{
    /// <summary>Natural size, shrunk to fit.</summary>
    [JsonStringEnumMemberName("Auto")]
    Auto,

    /// <summary>Stretched to the available width.</summary>
    [JsonStringEnumMemberName("Stretch")]
    Stretch,

    /// <summary>Small.</summary>
    [JsonStringEnumMemberName("Small")]
    Small,

    /// <summary>Medium.</summary>
    [JsonStringEnumMemberName("Medium")]
    Medium,

    /// <summary>Large.</summary>
    [JsonStringEnumMemberName("Large")]
    Large,
}
