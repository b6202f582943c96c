namespace SafetyBot.Cards.Model;

/// <summary>A button that expands an inline sub-card (<c>Action.ShowCard</c>).</summary>
public sealed record ShowCardAction : CardAction
{
    /// <summary>Creates a show-card button.</summary>
    /// <param name="title">The button text.</param>
    /// <param name="card">The card shown when pressed.</param>
    public ShowCardAction(string title, AdaptiveCard card)
        : base(title)
    {
        ArgumentNullException.ThrowIfNull(card);
        Card = card;
    }

    /// <summary>The card shown when pressed.</summary>
    public AdaptiveCard Card { get; init; }
}
