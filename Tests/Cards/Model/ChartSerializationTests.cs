using SafetyBot.Cards.Model;

namespace SafetyBot.Tests.Cards.Model;

public sealed class ChartSerializationTests
{
    [Fact]
    public void Line_chart_writes_series_with_legend_and_xy_values()
    {
        var chart = new LineChart(
        [
            new ChartSeries("Domestic abuse", [new ChartPoint("2012", 1200), new ChartPoint("2013", 1350.5)]) { Color = ChartColor.CategoricalBlue },
            new ChartSeries("MSG average", [new ChartPoint(2012, 1100), new ChartPoint(2013, 1150)]),
        ])
        {
            Title = "Domestic abuse 2012-2013",
            ColorSet = ChartColorSet.Categorical,
            XAxisTitle = "Year",
            YAxisTitle = "Crimes",
            Id = "trend-chart",
        };

        CardJson.AssertShape(
            """
            {
              "type": "Chart.Line", "id": "trend-chart", "title": "Domestic abuse 2012-2013", "colorSet": "categorical",
              "xAxisTitle": "Year", "yAxisTitle": "Crimes",
              "data": [
                { "legend": "Domestic abuse", "color": "categoricalBlue", "values": [ { "x": "2012", "y": 1200 }, { "x": "2013", "y": 1350.5 } ] },
                { "legend": "MSG average", "values": [ { "x": 2012, "y": 1100 }, { "x": 2013, "y": 1150 } ] }
              ]
            }
            """,
            CardJson.Of(chart));
    }

    [Fact]
    public void Vertical_bar_chart_writes_flat_xy_points_with_optional_colour()
    {
        var chart = new VerticalBarChart([new BarChartPoint("Q1", 312) { Color = ChartColor.Good }, new BarChartPoint("Q2", 290)])
        {
            Title = "Quarters",
            XAxisTitle = "Quarter",
            YAxisTitle = "Crimes",
            ShowBarValues = true,
            Color = ChartColor.Neutral,
        };

        CardJson.AssertShape(
            """
            {
              "type": "Chart.VerticalBar", "title": "Quarters", "xAxisTitle": "Quarter", "yAxisTitle": "Crimes",
              "showBarValues": true, "color": "neutral",
              "data": [ { "x": "Q1", "y": 312, "color": "good" }, { "x": "Q2", "y": 290 } ]
            }
            """,
            CardJson.Of(chart));
    }

    [Fact]
    public void Grouped_vertical_bar_chart_writes_series_of_values()
    {
        var chart = new GroupedVerticalBarChart(
        [
            new ChartSeries("2022/23", [new ChartPoint("Q1", 300), new ChartPoint("Q2", 280)]),
            new ChartSeries("2023/24", [new ChartPoint("Q1", 312), new ChartPoint("Q2", 290)]) { Color = ChartColor.CategoricalMarigold },
        ])
        { Title = "Quarters against last year", ShowBarValues = true, Stacked = false, XAxisTitle = "Quarter", YAxisTitle = "Crimes" };

        CardJson.AssertShape(
            """
            {
              "type": "Chart.VerticalBar.Grouped", "title": "Quarters against last year", "showBarValues": true, "stacked": false,
              "xAxisTitle": "Quarter", "yAxisTitle": "Crimes",
              "data": [
                { "legend": "2022/23", "values": [ { "x": "Q1", "y": 300 }, { "x": "Q2", "y": 280 } ] },
                { "legend": "2023/24", "color": "categoricalMarigold", "values": [ { "x": "Q1", "y": 312 }, { "x": "Q2", "y": 290 } ] }
              ]
            }
            """,
            CardJson.Of(chart));
    }

    [Fact]
    public void Horizontal_bar_chart_writes_xy_points_and_display_mode()
    {
        var chart = new HorizontalBarChart([new BarChartPoint("Our area", 4.2) { Color = ChartColor.Attention }, new BarChartPoint("MSG average", 3.9)])
        { Title = "Rate per 1,000", DisplayMode = HorizontalBarChartDisplayMode.AbsoluteWithAxis, XAxisTitle = "Area", YAxisTitle = "Rate" };

        CardJson.AssertShape(
            """
            {
              "type": "Chart.HorizontalBar", "title": "Rate per 1,000", "displayMode": "AbsoluteWithAxis", "xAxisTitle": "Area", "yAxisTitle": "Rate",
              "data": [ { "x": "Our area", "y": 4.2, "color": "attention" }, { "x": "MSG average", "y": 3.9 } ]
            }
            """,
            CardJson.Of(chart));
    }

    [Fact]
    public void Stacked_horizontal_bar_chart_writes_bars_of_legend_value_segments()
    {
        var chart = new StackedHorizontalBarChart([new StackedBar("Programme A", [new ChartSegment("Done", 3) { Color = ChartColor.Good }, new ChartSegment("Open", 2)])])
        { Title = "Actions" };

        CardJson.AssertShape(
            """
            { "type": "Chart.HorizontalBar.Stacked", "title": "Actions",
              "data": [ { "title": "Programme A", "data": [ { "legend": "Done", "value": 3, "color": "good" }, { "legend": "Open", "value": 2 } ] } ] }
            """,
            CardJson.Of(chart));
    }

    [Fact]
    public void Pie_and_donut_charts_write_legend_value_slices()
    {
        IReadOnlyList<ChartSegment> slices = [new ChartSegment("Residential", 60), new ChartSegment("Business", 40) { Color = ChartColor.DivergingRed }];

        CardJson.AssertShape(
            """
            { "type": "Chart.Pie", "title": "Share", "colorSet": "diverging",
              "data": [ { "legend": "Residential", "value": 60 }, { "legend": "Business", "value": 40, "color": "divergingRed" } ] }
            """,
            CardJson.Of(new PieChart(slices) { Title = "Share", ColorSet = ChartColorSet.Diverging }));
        CardJson.AssertShape(
            """
            { "type": "Chart.Donut",
              "data": [ { "legend": "Residential", "value": 60 }, { "legend": "Business", "value": 40, "color": "divergingRed" } ] }
            """,
            CardJson.Of(new DonutChart(slices)));
    }

    [Theory]
    [InlineData(ChartColorSet.Categorical, "categorical")]
    [InlineData(ChartColorSet.Sequential, "sequential")]
    [InlineData(ChartColorSet.SequentialRed, "sequentialred")]
    [InlineData(ChartColorSet.SequentialGreen, "sequentialgreen")]
    [InlineData(ChartColorSet.SequentialYellow, "sequentialyellow")]
    [InlineData(ChartColorSet.Diverging, "diverging")]
    public void Colour_sets_use_the_teams_names(ChartColorSet colorSet, string expected)
    {
        Assert.Equal(expected, CardJson.Of(new PieChart([]) { ColorSet = colorSet })["colorSet"]!.GetValue<string>());
    }

    [Fact]
    public void Chart_x_values_are_strings_or_numbers()
    {
        Assert.Equal("Q1", ((ChartXValue)"Q1").ToString());
        Assert.Null(((ChartXValue)2.5).Text);
        Assert.Equal(2.5, ((ChartXValue)2.5).Number);
        Assert.Equal(ChartXValue.FromInt32(3), (ChartXValue)3.0);
    }
}
