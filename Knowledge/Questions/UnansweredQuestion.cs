namespace SafetyBot.Knowledge.Questions;

/// <summary>
/// A question SafetyBot could not answer, kept for admins to review (as Power BI Q&amp;A lets
/// authors review what people asked). Holds no identity: not who asked, nor where.
/// </summary>
public sealed class UnansweredQuestion
{
    /// <summary>
    /// The question, folded to lower case with white space collapsed (see <see cref="Storage.IndexKey"/>: a long one
    /// is kept under its hash): identical questions share a record.
    /// </summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The question as first typed (trimmed, at most <see cref="UnansweredQuestionText.MaxLength"/> characters).</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>How many times it was asked.</summary>
    public int Times { get; set; }

    /// <summary>When it was first asked.</summary>
    public DateTimeOffset FirstAsked { get; set; }

    /// <summary>When it was last asked.</summary>
    public DateTimeOffset LastAsked { get; set; }
}
