namespace SafetyBot.Cards.Model;

/// <summary>An image from an https URL or a <c>data:</c> URI.</summary>
public sealed record Image : CardElement
{
    /// <summary>Creates an image.</summary>
    /// <param name="url">An https URL or a <c>data:image/png;base64,...</c> URI.</param>
    public Image(string url)
    {
        Url = url;
    }

    /// <summary>An https URL or a <c>data:</c> URI.</summary>
    public string Url { get; init; }

    /// <summary>Text read by screen readers; always set it.</summary>
    public string? AltText { get; init; }

    /// <summary>Approximate size.</summary>
    public ImageSize? Size { get; init; }

    /// <summary>Display style.</summary>
    public ImageStyle? Style { get; init; }

    /// <summary>Horizontal alignment.</summary>
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
