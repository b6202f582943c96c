using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Text colour (schema "Colors"); the host maps these to its theme.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextColor>))]
public enum TextColor
{
    /// <summary>Host default colour.</summary>
    [JsonStringEnumMemberName("Default")]
    Default,

    /// <summary>Dark text.</summary>
    [JsonStringEnumMemberName("Dark")]
    Dark,

    /// <summary>Light text.</summary>
    [JsonStringEnumMemberName("Light")]
    Light,

    /// <summary>Accent (brand) colour.</summary>
    [JsonStringEnumMemberName("Accent")]
    Accent,

    /// <summary>Positive, usually green.</summary>
    [JsonStringEnumMemberName("Good")]
    Good,

    /// <summary>Caution, usually amber.</summary>
    [JsonStringEnumMemberName("Warning")]
    Warning,

    /// <summary>Negative, usually red.</summary>
    [JsonStringEnumMemberName("Attention")]
    Attention,
}
