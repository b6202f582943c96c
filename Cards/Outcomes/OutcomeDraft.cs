using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Cards.Outcomes;

/// <summary>An outcome update being written, as the summary card shows it.</summary>
/// <param name="ActionId">The action.</param>
/// <param name="ActionTitle">The action's title.</param>
/// <param name="Status">How it stands.</param>
/// <param name="Summary">What happened.</param>
/// <param name="MeasureValue">An optional measure.</param>
/// <param name="MeasureUnit">Its unit.</param>
/// <param name="OccurredOn">An optional date.</param>
public sealed record OutcomeDraft(
    string ActionId,
    string ActionTitle,
    OutcomeStatus Status,
    string Summary,
    decimal? MeasureValue,
    string? MeasureUnit,
    DateOnly? OccurredOn);
