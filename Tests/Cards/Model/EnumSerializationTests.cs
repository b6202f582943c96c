using System.Reflection;
using System.Text.Json.Serialization;
using SafetyBot.Cards.Model;

namespace SafetyBot.Tests.Cards.Model;

public sealed class EnumSerializationTests
{
    private static readonly Type[] ModelEnums = typeof(AdaptiveCard).Assembly.GetTypes()
        .Where(t => t.IsEnum && t.IsPublic && t.Namespace == "SafetyBot.Cards.Model")
        .ToArray();

    [Fact]
    public void Every_model_enum_is_written_as_a_string_with_an_explicit_schema_name()
    {
        Assert.NotEmpty(ModelEnums);
        foreach (var type in ModelEnums)
        {
            Assert.True(type.GetCustomAttribute<JsonConverterAttribute>() is not null, $"{type.Name} has no string converter.");
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                Assert.True(
                    field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>() is not null,
                    $"{type.Name}.{field.Name} has no schema name.");
            }
        }
    }

    [Theory]
    [InlineData(TextWeight.Bolder, "Bolder")]
    [InlineData(TextWeight.Lighter, "Lighter")]
    public void Text_weights_use_schema_names(TextWeight weight, string expected) =>
        Assert.Equal(expected, CardJson.Of(new TextBlock("x") { Weight = weight })["weight"]!.GetValue<string>());

    [Theory]
    [InlineData(TextSize.Small, "Small")]
    [InlineData(TextSize.ExtraLarge, "ExtraLarge")]
    public void Text_sizes_use_schema_names(TextSize size, string expected) =>
        Assert.Equal(expected, CardJson.Of(new TextBlock("x") { Size = size })["size"]!.GetValue<string>());

    [Theory]
    [InlineData(TextColor.Good, "Good")]
    [InlineData(TextColor.Attention, "Attention")]
    [InlineData(TextColor.Accent, "Accent")]
    [InlineData(TextColor.Warning, "Warning")]
    public void Text_colours_use_schema_names(TextColor color, string expected) =>
        Assert.Equal(expected, CardJson.Of(new TextBlock("x") { Color = color })["color"]!.GetValue<string>());

    [Theory]
    [InlineData(Spacing.None, "None")]
    [InlineData(Spacing.ExtraLarge, "ExtraLarge")]
    [InlineData(Spacing.Padding, "Padding")]
    public void Spacings_use_schema_names(Spacing spacing, string expected) =>
        Assert.Equal(expected, CardJson.Of(new TextBlock("x") { Spacing = spacing })["spacing"]!.GetValue<string>());

    [Theory]
    [InlineData(ChartColor.CategoricalLightBlue, "categoricalLightBlue")]
    [InlineData(ChartColor.Sequential8, "sequential8")]
    [InlineData(ChartColor.DivergingGray, "divergingGray")]
    [InlineData(ChartColor.Neutral, "neutral")]
    public void Chart_colours_use_teams_names(ChartColor color, string expected) =>
        Assert.Equal(expected, CardJson.Of(new VerticalBarChart([]) { Color = color })["color"]!.GetValue<string>());
}
