using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Background style of a container, column, column set, table or table row.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    /// <summary>No special style.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>Subtle emphasised background.</summary>
    [JsonStringEnumMemberName("emphasis")]
    Emphasis,

    /// <summary>Positive (green) background.</summary>
    [JsonStringEnumMemberName("good")]
    Good,

    /// <summary>Negative (red) background.</summary>
    [JsonStringEnumMemberName("attention")]
    Attention,

    /// <summary>Caution (amber) background.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>Accent (brand) background.</summary>
    [JsonStringEnumMemberName("accent")]
    Accent,
}
