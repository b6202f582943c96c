namespace SafetyBot.Cards.Model;

/// <summary>A row of buttons placed anywhere in the body.</summary>
public sealed record ActionSet : CardElement
{
    /// <summary>Creates an action set.</summary>
    /// <param name="actions">The buttons.</param>
    public ActionSet(IReadOnlyList<CardAction> actions)
    {
        Actions = actions;
    }

    /// <summary>The buttons.</summary>
    public IReadOnlyList<CardAction> Actions { get; init; }
}
