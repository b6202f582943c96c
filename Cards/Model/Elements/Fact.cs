namespace SafetyBot.Cards.Model;

/// <summary>One title/value pair of a <see cref="FactSet"/>; both are markdown.</summary>
/// <param name="Title">The label, e.g. "Rate per 1,000".</param>
/// <param name="Value">The value, e.g. "4.2".</param>
public sealed record Fact(string Title, string Value);
