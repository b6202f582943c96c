namespace SafetyBot.Dialogs.Language;

/// <summary>A topic the assessment gives no local figures for.</summary>
/// <param name="Id">Its id (the <c>UncoveredTopic</c> slot).</param>
/// <param name="Name">How it is named in the answer, e.g. "bicycle theft".</param>
/// <param name="Instead">What the assessment has that comes nearest, in words.</param>
/// <param name="Phrases">The words members use for it.</param>
public sealed record UncoveredTopic(string Id, string Name, string Instead, IReadOnlyList<string> Phrases);
