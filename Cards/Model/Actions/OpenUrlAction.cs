namespace SafetyBot.Cards.Model;

/// <summary>A button that opens a URL in the browser (<c>Action.OpenUrl</c>).</summary>
public sealed record OpenUrlAction : CardAction
{
    /// <summary>Creates a link button.</summary>
    /// <param name="title">The button text.</param>
    /// <param name="url">The absolute URL to open.</param>
    public OpenUrlAction(string title, Uri url)
        : base(title)
    {
        ArgumentNullException.ThrowIfNull(url);
        Url = url;
    }

    /// <summary>The absolute URL to open.</summary>
    public Uri Url { get; init; }
}
