using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Layout of a Chart.HorizontalBar.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HorizontalBarChartDisplayMode>))]
public enum HorizontalBarChartDisplayMode
{
    /// <summary>Absolute values with an axis.</summary>
    [JsonStringEnumMemberName("AbsoluteWithAxis")]
    AbsoluteWithAxis,

    /// <summary>Absolute values without an axis.</summary>
    [JsonStringEnumMemberName("AbsoluteNoAxis")]
    AbsoluteNoAxis,

    /// <summary>Each bar as a share of the whole.</summary>
    [JsonStringEnumMemberName("PartToWhole")]
    PartToWhole,
}
