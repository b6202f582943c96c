using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>
/// An element of a card body or of a container. Serialised with its schema name in the
/// <c>type</c> property (for example <c>"TextBlock"</c> or <c>"Chart.Line"</c>).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(Table), "Table")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(LineChart), "Chart.Line")]
[JsonDerivedType(typeof(VerticalBarChart), "Chart.VerticalBar")]
[JsonDerivedType(typeof(GroupedVerticalBarChart), "Chart.VerticalBar.Grouped")]
[JsonDerivedType(typeof(HorizontalBarChart), "Chart.HorizontalBar")]
[JsonDerivedType(typeof(StackedHorizontalBarChart), "Chart.HorizontalBar.Stacked")]
[JsonDerivedType(typeof(PieChart), "Chart.Pie")]
[JsonDerivedType(typeof(DonutChart), "Chart.Donut")]
public abstract record CardElement
{
    /// <summary>Creates an element; only types of this assembly derive from it.</summary>
    private protected CardElement()
    {
    }

    /// <summary>Unique identifier, needed to target the element with Action.ToggleVisibility.</summary>
    [JsonPropertyOrder(-2)]
    public string? Id { get; init; }

    /// <summary>Whether the element is shown; <c>false</c> hides it until toggled.</summary>
    public bool? IsVisible { get; init; }

    /// <summary>Space between this element and the previous one.</summary>
    public Spacing? Spacing { get; init; }

    /// <summary>Whether a separator line is drawn above the element.</summary>
    public bool? Separator { get; init; }
}
