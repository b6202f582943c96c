namespace SafetyBot.Dialogs.Engine;

/// <summary>One choice of a <see cref="ChoicePrompt"/>: the value it returns, the title shown, and other words for it.</summary>
public sealed class Choice
{
    /// <summary>Creates an empty choice (for serialisation).</summary>
    public Choice()
    {
    }

    /// <summary>Creates a choice.</summary>
    public Choice(string value, string? title = null, IEnumerable<string>? synonyms = null)
    {
        Value = value;
        Title = title;
        Synonyms = synonyms?.ToList();
    }

    /// <summary>What the prompt returns (and a button submits).</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>What is shown; <see cref="Value"/> when null.</summary>
    public string? Title { get; set; }

    /// <summary>Other words that pick this choice.</summary>
    public IList<string>? Synonyms { get; set; }

    /// <summary>The title, or the value.</summary>
    public string DisplayText => string.IsNullOrWhiteSpace(Title) ? Value : Title;
}
