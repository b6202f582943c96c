namespace SafetyBot.Cards.Model;

/// <summary>One bar <c>{title, data}</c> of a <see cref="StackedHorizontalBarChart"/>.</summary>
/// <param name="Title">The bar label.</param>
/// <param name="Data">The stacked segments of the bar.</param>
public sealed record StackedBar(string Title, IReadOnlyList<ChartSegment> Data);
