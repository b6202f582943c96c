namespace SafetyBot.Dialogs.Engine;

/// <summary>The choice a member picked.</summary>
public sealed class FoundChoice
{
    /// <summary>The choice's <see cref="Choice.Value"/>.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>Its zero-based position in the list.</summary>
    public int Index { get; set; }

    /// <summary>How confident the match is, 0 to 1.</summary>
    public double Score { get; set; }

    /// <summary>The value, title, synonym, number or ordinal that matched.</summary>
    public string? Synonym { get; set; }
}
