using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Language;

/// <summary>Which topics a list answer keeps: "what went down", "which topics rose by more than 20%".</summary>
public sealed record ListFilter
{
    /// <summary>Risers or fallers; null for both.</summary>
    public MoveDirection? Direction { get; init; }

    /// <summary>Only changes of at least this many percent (a positive number), or null for any change.</summary>
    public decimal? ThresholdPercent { get; init; }
}
