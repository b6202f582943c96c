namespace SafetyBot.Dialogs.Replies;

/// <summary>An Adaptive Card already serialised, with the plain-text summary that goes with it.</summary>
/// <param name="Json">The card's JSON.</param>
/// <param name="Summary">The answer in one plain sentence.</param>
public sealed record RenderedCard(string Json, string Summary);
