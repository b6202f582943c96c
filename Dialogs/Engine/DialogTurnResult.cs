namespace SafetyBot.Dialogs.Engine;

/// <summary>The outcome of running the dialog stack for a turn.</summary>
/// <param name="Status">Where the stack stands.</param>
/// <param name="Result">The value the last dialog ended with, when <see cref="DialogTurnStatus.Complete"/>.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
