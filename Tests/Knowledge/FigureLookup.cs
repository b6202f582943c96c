using SafetyBot.Knowledge;

namespace SafetyBot.Tests.Knowledge;

/// <summary>Shorthand for reading one current figure in the tests.</summary>
internal static class FigureLookup
{
    internal static Observation? Find(
        this KnowledgeStore store, string indicatorId, string period, Measure measure, Area area = Area.CambridgeCity, string? breakdown = null) =>
        store.Figures(indicatorId).SingleOrDefault(o =>
            o.Period.Key == period && o.Measure == measure && o.Area == area
            && string.Equals(o.Breakdown, breakdown ?? string.Empty, StringComparison.OrdinalIgnoreCase));

    internal static decimal Value(
        this KnowledgeStore store, string indicatorId, string period, Measure measure, Area area = Area.CambridgeCity, string? breakdown = null) =>
        (store.Find(indicatorId, period, measure, area, breakdown)
            ?? throw new Xunit.Sdk.XunitException($"No figure {indicatorId} {area} {period} {measure} '{breakdown}'.")).Value;
}
