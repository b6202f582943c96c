using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Named colour set used to draw a Teams chart.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChartColorSet>))]
public enum ChartColorSet
{
    /// <summary>Distinct colours for categories.</summary>
    [JsonStringEnumMemberName("categorical")]
    Categorical,

    /// <summary>Shades for ordered values.</summary>
    [JsonStringEnumMemberName("sequential")]
    Sequential,

    /// <summary>Red shades.</summary>
    [JsonStringEnumMemberName("sequentialred")]
    SequentialRed,

    /// <summary>Green shades.</summary>
    [JsonStringEnumMemberName("sequentialgreen")]
    SequentialGreen,

    /// <summary>Yellow shades.</summary>
    [JsonStringEnumMemberName("sequentialyellow")]
    SequentialYellow,

    /// <summary>Two-sided scale around a midpoint.</summary>
    [JsonStringEnumMemberName("diverging")]
    Diverging,
}
