namespace SafetyBot.Cards.Model;

/// <summary>
/// A block of text. <see cref="Text"/> is rendered as Adaptive Card markdown: pass user-provided
/// text through <see cref="Markdown.Escape(string?)"/> first.
/// </summary>
public sealed record TextBlock : CardElement
{
    /// <summary>Creates a text block that wraps.</summary>
    /// <param name="text">The text (markdown).</param>
    public TextBlock(string text)
    {
        Text = text;
    }

    /// <summary>The text (markdown).</summary>
    public string Text { get; init; }

    /// <summary>Font size.</summary>
    public TextSize? Size { get; init; }

    /// <summary>Font weight.</summary>
    public TextWeight? Weight { get; init; }

    /// <summary>Text colour.</summary>
    public TextColor? Color { get; init; }

    /// <summary>Font family.</summary>
    public FontType? FontType { get; init; }

    /// <summary>Whether the text is drawn slightly toned down.</summary>
    public bool? IsSubtle { get; init; }

    /// <summary>Whether the text wraps; defaults to <c>true</c> so figures stay readable on phones.</summary>
    public bool? Wrap { get; init; } = true;

    /// <summary>Maximum number of lines shown when wrapping.</summary>
    public int? MaxLines { get; init; }

    /// <summary>Horizontal alignment of the text.</summary>
    public HorizontalAlignment? HorizontalAlignment { get; init; }

    /// <summary>Semantic style; <see cref="TextBlockStyle.Heading"/> marks a heading.</summary>
    public TextBlockStyle? Style { get; init; }
}
