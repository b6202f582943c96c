namespace SafetyBot.Dialogs.Routing;

/// <summary>What a member's turn was understood to ask: an intent and its slots (topic, period...).</summary>
/// <param name="Intent">One of <see cref="Intents"/>.</param>
/// <param name="Slots">Named values the handler needs, such as <c>topic</c> or <c>period</c>.</param>
/// <param name="FromCard">True when it came from a card button rather than typed text.</param>
public sealed record Understanding(string Intent, IReadOnlyDictionary<string, string> Slots, bool FromCard)
{
    /// <summary>An understanding with no slots.</summary>
    public static Understanding Of(string intent, bool fromCard = false) =>
        new(intent, new Dictionary<string, string>(StringComparer.Ordinal), fromCard);

    /// <summary>The slot's value, or null when absent.</summary>
    public string? Slot(string name) => Slots.TryGetValue(name, out var value) ? value : null;
}
