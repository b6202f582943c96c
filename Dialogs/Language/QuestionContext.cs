namespace SafetyBot.Dialogs.Language;

/// <summary>What the conversation was last about, kept in conversation state so follow-ups make sense.</summary>
public sealed class QuestionContext
{
    /// <summary>The last question's intent.</summary>
    public string? Intent { get; set; }

    /// <summary>The last indicator asked about.</summary>
    public string? Topic { get; set; }

    /// <summary>The last question's period slots (year, from, to, fy, quarter, ytd).</summary>
    public Dictionary<string, string> Period { get; set; } = new(StringComparer.Ordinal);
}
