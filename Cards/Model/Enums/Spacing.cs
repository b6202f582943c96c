using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Space between an element and the previous one.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Spacing>))]
public enum Spacing
{
    /// <summary>No space.</summary>
    [JsonStringEnumMemberName("None")]
    None,

    /// <summary>Small space.</summary>
    [JsonStringEnumMemberName("Small")]
    Small,

    /// <summary>Host default space.</summary>
    [JsonStringEnumMemberName("Default")]
    Default,

    /// <summary>Medium space.</summary>
    [JsonStringEnumMemberName("Medium")]
    Medium,

    /// <summary>Large space.</summary>
    [JsonStringEnumMemberName("Large")]
    Large,

    /// <summary>Extra large space.</summary>
    [JsonStringEnumMemberName("ExtraLarge")]
    ExtraLarge,

    /// <summary>Space equal to the container padding.</summary>
    [JsonStringEnumMemberName("Padding")]
    Padding,
}
