namespace SafetyBot.Cards.Model;

/// <summary>A paragraph of differently formatted <see cref="TextRun"/>s (no markdown).</summary>
public sealed record RichTextBlock : CardElement
{
    /// <summary>Creates a rich text block.</summary>
    /// <param name="inlines">The runs, in reading order.</param>
    public RichTextBlock(IReadOnlyList<TextRun> inlines)
    {
        Inlines = inlines;
    }

    /// <summary>The runs, in reading order.</summary>
    public IReadOnlyList<TextRun> Inlines { get; init; }

    /// <summary>Horizontal alignment of the paragraph.</summary>
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
