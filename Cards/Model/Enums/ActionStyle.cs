using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Visual style of an action button.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    /// <summary>Ordinary button.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>Primary, positive button.</summary>
    [JsonStringEnumMemberName("positive")]
    Positive,

    /// <summary>Destructive (red) button.</summary>
    [JsonStringEnumMemberName("destructive")]
    Destructive,
}
