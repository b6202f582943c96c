using SafetyBot.Cards.Model;

namespace SafetyBot.Tests.Cards.Model;

public sealed class ElementSerializationTests
{
    [Fact]
    public void TextBlock_writes_schema_enum_strings_and_common_element_properties()
    {
        var block = new TextBlock("Dwelling burglary")
        {
            Id = "headline",
            IsVisible = false,
            Spacing = Spacing.Medium,
            Separator = true,
            Size = TextSize.Large,
            Weight = TextWeight.Bolder,
            Color = TextColor.Good,
            FontType = FontType.Monospace,
            IsSubtle = true,
            MaxLines = 2,
            HorizontalAlignment = HorizontalAlignment.Center,
            Style = TextBlockStyle.Heading,
        };

        CardJson.AssertShape(
            """
            {
              "type": "TextBlock", "id": "headline", "isVisible": false, "spacing": "Medium", "separator": true,
              "text": "Dwelling burglary", "size": "Large", "weight": "Bolder", "color": "Good",
              "fontType": "Monospace", "isSubtle": true, "wrap": true, "maxLines": 2,
              "horizontalAlignment": "Center", "style": "heading"
            }
            """,
            CardJson.Of(block));
    }

    [Fact]
    public void TextBlock_wraps_by_default_and_can_opt_out()
    {
        CardJson.AssertShape("""{ "type": "TextBlock", "text": "a", "wrap": true }""", CardJson.Of(new TextBlock("a")));
        CardJson.AssertShape("""{ "type": "TextBlock", "text": "a", "wrap": false }""", CardJson.Of(new TextBlock("a") { Wrap = false }));
    }

    [Fact]
    public void RichTextBlock_holds_typed_text_runs_for_coloured_arrows()
    {
        var block = new RichTextBlock(
        [
            new TextRun("▲") { Color = TextColor.Attention, Weight = TextWeight.Bolder },
            new TextRun(" 12% on last year") { IsSubtle = true, Italic = true, Size = TextSize.Small },
        ])
        { HorizontalAlignment = HorizontalAlignment.Left };

        CardJson.AssertShape(
            """
            {
              "type": "RichTextBlock",
              "inlines": [
                { "type": "TextRun", "text": "▲", "color": "Attention", "weight": "Bolder" },
                { "type": "TextRun", "text": " 12% on last year", "isSubtle": true, "italic": true, "size": "Small" }
              ],
              "horizontalAlignment": "Left"
            }
            """,
            CardJson.Of(block));
    }

    [Fact]
    public void TextRun_writes_its_decorations()
    {
        var run = new TextRun("x") { Strikethrough = true, Underline = true, Highlight = true, FontType = FontType.Default };

        CardJson.AssertShape(
            """
            { "type": "RichTextBlock", "inlines": [
              { "type": "TextRun", "text": "x", "strikethrough": true, "underline": true, "highlight": true, "fontType": "Default" } ] }
            """,
            CardJson.Of(new RichTextBlock([run])));
    }

    [Fact]
    public void FactSet_writes_title_value_pairs_without_type()
    {
        CardJson.AssertShape(
            """
            { "type": "FactSet", "facts": [ { "title": "2023/24", "value": "1,204" }, { "title": "Rate per 1,000", "value": "4.2" } ] }
            """,
            CardJson.Of(new FactSet([new Fact("2023/24", "1,204"), new Fact("Rate per 1,000", "4.2")])));
    }

    [Fact]
    public void ColumnSet_and_columns_write_auto_stretch_weight_and_pixel_widths()
    {
        var set = new ColumnSet(
        [
            new Column([new TextBlock("a")]) { Width = ColumnWidth.Auto, VerticalContentAlignment = VerticalAlignment.Center },
            new Column([new TextBlock("b")]) { Width = ColumnWidth.Stretch, Id = "c2", Style = ContainerStyle.Emphasis, Bleed = true },
            new Column([]) { Width = 2, Spacing = Spacing.Small, Separator = true, IsVisible = false },
            new Column([]) { Width = ColumnWidth.Pixels(80) },
        ])
        { Style = ContainerStyle.Good, Bleed = true, HorizontalAlignment = HorizontalAlignment.Right };

        CardJson.AssertShape(
            """
            {
              "type": "ColumnSet",
              "columns": [
                { "type": "Column", "items": [ { "type": "TextBlock", "text": "a", "wrap": true } ], "width": "auto", "verticalContentAlignment": "Center" },
                { "type": "Column", "id": "c2", "items": [ { "type": "TextBlock", "text": "b", "wrap": true } ], "width": "stretch", "style": "emphasis", "bleed": true },
                { "type": "Column", "items": [], "width": 2, "spacing": "Small", "separator": true, "isVisible": false },
                { "type": "Column", "items": [], "width": "80px" }
              ],
              "style": "good", "bleed": true, "horizontalAlignment": "Right"
            }
            """,
            CardJson.Of(set));
    }

    [Theory]
    [InlineData(ContainerStyle.Default, "default")]
    [InlineData(ContainerStyle.Emphasis, "emphasis")]
    [InlineData(ContainerStyle.Good, "good")]
    [InlineData(ContainerStyle.Attention, "attention")]
    [InlineData(ContainerStyle.Warning, "warning")]
    [InlineData(ContainerStyle.Accent, "accent")]
    public void Container_styles_are_the_schema_lower_case_names(ContainerStyle style, string expected)
    {
        Assert.Equal(expected, CardJson.Of(new Container([]) { Style = style })["style"]!.GetValue<string>());
    }

    [Fact]
    public void Hidden_container_with_id_and_select_action_for_show_more()
    {
        var container = new Container([new TextBlock("Longer trend text")])
        {
            Id = "trend-more",
            IsVisible = false,
            Bleed = true,
            VerticalContentAlignment = VerticalAlignment.Top,
            SelectAction = new ToggleVisibilityAction("Show more", ["trend-more"]),
        };

        CardJson.AssertShape(
            """
            {
              "type": "Container", "id": "trend-more", "isVisible": false,
              "items": [ { "type": "TextBlock", "text": "Longer trend text", "wrap": true } ],
              "bleed": true, "verticalContentAlignment": "Top",
              "selectAction": { "type": "Action.ToggleVisibility", "title": "Show more", "targetElements": [ "trend-more" ] }
            }
            """,
            CardJson.Of(container));
    }

    [Fact]
    public void Image_writes_url_alt_text_size_and_style()
    {
        var image = new Image("data:image/png;base64,iVBORw0KGgo=")
        {
            AltText = "Trend chart",
            Size = ImageSize.Medium,
            Style = ImageStyle.Person,
            HorizontalAlignment = HorizontalAlignment.Center,
        };

        CardJson.AssertShape(
            """
            { "type": "Image", "url": "data:image/png;base64,iVBORw0KGgo=", "altText": "Trend chart", "size": "Medium", "style": "Person", "horizontalAlignment": "Center" }
            """,
            CardJson.Of(image));
    }

    [Fact]
    public void ActionSet_holds_polymorphic_actions()
    {
        var set = new ActionSet([new SubmitAction("Compare", new SubmitData("compare")), new OpenUrlAction("Source", new Uri("https://example.org/a"))]);

        CardJson.AssertShape(
            """
            { "type": "ActionSet", "actions": [
              { "type": "Action.Submit", "title": "Compare", "data": { "verb": "compare" } },
              { "type": "Action.OpenUrl", "title": "Source", "url": "https://example.org/a" } ] }
            """,
            CardJson.Of(set));
    }

    [Fact]
    public void Table_writes_columns_rows_and_typed_cells()
    {
        var table = new Table(
            [new TableColumnDefinition(2), new TableColumnDefinition { Width = ColumnWidth.Pixels(60), HorizontalCellContentAlignment = HorizontalAlignment.Right }],
            [
                new TableRow([new TableCell("Quarter"), new TableCell("Crimes")]) { Style = ContainerStyle.Emphasis },
                new TableRow([new TableCell("Q1"), new TableCell([new TextBlock("312") { Weight = TextWeight.Bolder }]) { Style = ContainerStyle.Attention, VerticalContentAlignment = VerticalAlignment.Center }]),
            ])
        {
            FirstRowAsHeader = true,
            ShowGridLines = false,
            GridStyle = ContainerStyle.Accent,
            HorizontalCellContentAlignment = HorizontalAlignment.Left,
            VerticalCellContentAlignment = VerticalAlignment.Bottom,
        };

        CardJson.AssertShape(
            """
            {
              "type": "Table",
              "columns": [ { "width": 2 }, { "width": "60px", "horizontalCellContentAlignment": "Right" } ],
              "rows": [
                { "type": "TableRow", "style": "emphasis", "cells": [
                  { "type": "TableCell", "items": [ { "type": "TextBlock", "text": "Quarter", "wrap": true } ] },
                  { "type": "TableCell", "items": [ { "type": "TextBlock", "text": "Crimes", "wrap": true } ] } ] },
                { "type": "TableRow", "cells": [
                  { "type": "TableCell", "items": [ { "type": "TextBlock", "text": "Q1", "wrap": true } ] },
                  { "type": "TableCell", "style": "attention", "verticalContentAlignment": "Center",
                    "items": [ { "type": "TextBlock", "text": "312", "weight": "Bolder", "wrap": true } ] } ] }
              ],
              "firstRowAsHeader": true, "showGridLines": false, "gridStyle": "accent",
              "horizontalCellContentAlignment": "Left", "verticalCellContentAlignment": "Bottom"
            }
            """,
            CardJson.Of(table));
    }

    [Fact]
    public void Table_columns_reject_auto_and_stretch_widths_which_the_schema_does_not_allow()
    {
        Assert.Throws<ArgumentException>(() => new TableColumnDefinition { Width = ColumnWidth.Auto });
        Assert.Throws<ArgumentException>(() => new TableColumnDefinition { Width = ColumnWidth.Stretch });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableColumnDefinition(0));
    }

    [Fact]
    public void Every_element_type_serialises_with_its_schema_type_name()
    {
        var expected = new Dictionary<CardElement, string>
        {
            [new TextBlock("a")] = "TextBlock",
            [new RichTextBlock([])] = "RichTextBlock",
            [new FactSet([])] = "FactSet",
            [new ColumnSet([])] = "ColumnSet",
            [new Container([])] = "Container",
            [new Image("https://example.org/i.png")] = "Image",
            [new ActionSet([])] = "ActionSet",
            [new Table([], [])] = "Table",
            [new TextInput("t")] = "Input.Text",
            [new NumberInput("n")] = "Input.Number",
            [new DateInput("d")] = "Input.Date",
            [new ToggleInput("g", "Toggle")] = "Input.Toggle",
            [new ChoiceSetInput("c", [])] = "Input.ChoiceSet",
            [new LineChart([])] = "Chart.Line",
            [new VerticalBarChart([])] = "Chart.VerticalBar",
            [new GroupedVerticalBarChart([])] = "Chart.VerticalBar.Grouped",
            [new HorizontalBarChart([])] = "Chart.HorizontalBar",
            [new StackedHorizontalBarChart([])] = "Chart.HorizontalBar.Stacked",
            [new PieChart([])] = "Chart.Pie",
            [new DonutChart([])] = "Chart.Donut",
        };

        var concreteTypes = typeof(CardElement).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(CardElement)) && !t.IsAbstract)
            .ToHashSet();

        Assert.Equal(concreteTypes, expected.Keys.Select(e => e.GetType()).ToHashSet());
        foreach (var (element, typeName) in expected)
        {
            Assert.Equal(typeName, CardJson.Of(element)["type"]!.GetValue<string>());
        }
    }
}
