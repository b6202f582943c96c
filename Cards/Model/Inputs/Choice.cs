namespace SafetyBot.Cards.Model;

/// <summary>An option of a <see cref="ChoiceSetInput"/>.</summary>
/// <param name="Title">The text shown.</param>
/// <param name="Value">The value submitted.</param>
public sealed record Choice(string Title, string Value);
