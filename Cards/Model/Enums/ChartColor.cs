using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Colour of a chart data point or series (Teams chart colour reference).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChartColor>))]
public enum ChartColor
{
    /// <summary>Semantic positive colour.</summary>
    [JsonStringEnumMemberName("good")]
    Good,

    /// <summary>Semantic caution colour.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>Semantic negative colour.</summary>
    [JsonStringEnumMemberName("attention")]
    Attention,

    /// <summary>Semantic neutral colour.</summary>
    [JsonStringEnumMemberName("neutral")]
    Neutral,

    /// <summary>Categorical Red.</summary>
    [JsonStringEnumMemberName("categoricalRed")]
    CategoricalRed,

    /// <summary>Categorical Purple.</summary>
    [JsonStringEnumMemberName("categoricalPurple")]
    CategoricalPurple,

    /// <summary>Categorical Lavender.</summary>
    [JsonStringEnumMemberName("categoricalLavender")]
    CategoricalLavender,

    /// <summary>Categorical Blue.</summary>
    [JsonStringEnumMemberName("categoricalBlue")]
    CategoricalBlue,

    /// <summary>Categorical LightBlue.</summary>
    [JsonStringEnumMemberName("categoricalLightBlue")]
    CategoricalLightBlue,

    /// <summary>Categorical Teal.</summary>
    [JsonStringEnumMemberName("categoricalTeal")]
    CategoricalTeal,

    /// <summary>Categorical Green.</summary>
    [JsonStringEnumMemberName("categoricalGreen")]
    CategoricalGreen,

    /// <summary>Categorical Lime.</summary>
    [JsonStringEnumMemberName("categoricalLime")]
    CategoricalLime,

    /// <summary>Categorical Marigold.</summary>
    [JsonStringEnumMemberName("categoricalMarigold")]
    CategoricalMarigold,

    /// <summary>Sequential shade 1.</summary>
    [JsonStringEnumMemberName("sequential1")]
    Sequential1,

    /// <summary>Sequential shade 2.</summary>
    [JsonStringEnumMemberName("sequential2")]
    Sequential2,

    /// <summary>Sequential shade 3.</summary>
    [JsonStringEnumMemberName("sequential3")]
    Sequential3,

    /// <summary>Sequential shade 4.</summary>
    [JsonStringEnumMemberName("sequential4")]
    Sequential4,

    /// <summary>Sequential shade 5.</summary>
    [JsonStringEnumMemberName("sequential5")]
    Sequential5,

    /// <summary>Sequential shade 6.</summary>
    [JsonStringEnumMemberName("sequential6")]
    Sequential6,

    /// <summary>Sequential shade 7.</summary>
    [JsonStringEnumMemberName("sequential7")]
    Sequential7,

    /// <summary>Sequential shade 8.</summary>
    [JsonStringEnumMemberName("sequential8")]
    Sequential8,

    /// <summary>Diverging Blue.</summary>
    [JsonStringEnumMemberName("divergingBlue")]
    DivergingBlue,

    /// <summary>Diverging LightBlue.</summary>
    [JsonStringEnumMemberName("divergingLightBlue")]
    DivergingLightBlue,

    /// <summary>Diverging Cyan.</summary>
    [JsonStringEnumMemberName("divergingCyan")]
    DivergingCyan,

    /// <summary>Diverging Teal.</summary>
    [JsonStringEnumMemberName("divergingTeal")]
    DivergingTeal,

    /// <summary>Diverging Yellow.</summary>
    [JsonStringEnumMemberName("divergingYellow")]
    DivergingYellow,

    /// <summary>Diverging Peach.</summary>
    [JsonStringEnumMemberName("divergingPeach")]
    DivergingPeach,

    /// <summary>Diverging LightRed.</summary>
    [JsonStringEnumMemberName("divergingLightRed")]
    DivergingLightRed,

    /// <summary>Diverging Red.</summary>
    [JsonStringEnumMemberName("divergingRed")]
    DivergingRed,

    /// <summary>Diverging Maroon.</summary>
    [JsonStringEnumMemberName("divergingMaroon")]
    DivergingMaroon,

    /// <summary>Diverging Gray.</summary>
    [JsonStringEnumMemberName("divergingGray")]
    DivergingGray,
}
