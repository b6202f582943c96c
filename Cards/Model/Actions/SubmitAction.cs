namespace SafetyBot.Cards.Model;

/// <summary>
/// A button that sends <see cref="Data"/> (plus the values of the card's inputs) back to the bot
/// (<c>Action.Submit</c>).
/// </summary>
public sealed record SubmitAction : CardAction
{
    /// <summary>Creates a submit button.</summary>
    /// <param name="title">The button text.</param>
    /// <param name="data">The verb and fields sent to the bot.</param>
    public SubmitAction(string title, SubmitData data)
        : base(title)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;
    }

    /// <summary>The verb and fields sent to the bot, serialised as one flat object.</summary>
    public SubmitData Data { get; init; }
}
