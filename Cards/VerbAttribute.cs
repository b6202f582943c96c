namespace SafetyBot.Cards;

/// <summary>
/// The stable name an <see cref="Intent"/> has on the wire: the <c>verb</c> of a card button
/// (Action.Submit data) and the intent kept in conversation state. Never rename one: cards already
/// sent and saved conversations use them.
/// </summary>
/// <param name="name">The verb, e.g. <c>indicator.change</c>.</param>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
public sealed class VerbAttribute(string name) : Attribute
{
    /// <summary>The verb.</summary>
    public string Name { get; } = name;
}
