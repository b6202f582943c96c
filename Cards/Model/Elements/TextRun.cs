using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>
/// A run of text inside a <see cref="RichTextBlock"/>, e.g. a coloured ▲ or ▼. Text runs are not
/// markdown: do not escape their text.
/// </summary>
public sealed record TextRun
{
    /// <summary>Creates a text run.</summary>
    /// <param name="text">The literal text.</param>
    public TextRun(string text)
    {
        Text = text;
    }

    /// <summary>Always <c>"TextRun"</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    /// <summary>The literal text.</summary>
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

    /// <summary>Italic text.</summary>
    public bool? Italic { get; init; }

    /// <summary>Struck-through text.</summary>
    public bool? Strikethrough { get; init; }

    /// <summary>Underlined text.</summary>
    public bool? Underline { get; init; }

    /// <summary>Highlighted text.</summary>
    public bool? Highlight { get; init; }
}
