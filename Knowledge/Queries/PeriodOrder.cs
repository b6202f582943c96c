namespace SafetyBot.Knowledge;

/// <summary>Orders figures by period: by end month, then the longer period first; unstated periods first.</summary>
internal static class PeriodOrder
{
    internal static IOrderedEnumerable<Observation> Oldest(IEnumerable<Observation> figures) =>
        figures.OrderBy(o => o.Period.Kind == PeriodKind.Unstated ? 0 : 1)
            .ThenBy(o => o.Period.SortEnd)
            .ThenByDescending(o => o.Period.SortStart);

    internal static IOrderedEnumerable<Observation> Newest(IEnumerable<Observation> figures) =>
        figures.OrderByDescending(o => o.Period.Kind == PeriodKind.Unstated ? 0 : 1)
            .ThenByDescending(o => o.Period.SortEnd)
            .ThenBy(o => o.Period.SortStart);
}
