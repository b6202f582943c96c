namespace SafetyBot.Cards.Model;

/// <summary>The Teams-specific <c>msteams</c> object of a card.</summary>
public sealed record TeamsCardProperties
{
    /// <summary><c>{"width":"Full"}</c>: the card uses the full conversation width.</summary>
    public static TeamsCardProperties FullWidth { get; } = new() { Width = TeamsCardWidth.Full };

    /// <summary>Card width in Teams; omitted means the default (narrow) width.</summary>
    public TeamsCardWidth? Width { get; init; }
}
