namespace SafetyBot.Knowledge.Questions;

/// <summary>Records questions that got no answer, without identity, and lists them for review. One implementation per store.</summary>
public interface IUnansweredQuestionLog
{
    /// <summary>
    /// Records <paramref name="question"/> (ignored when blank; spaces folded, cut at
    /// <see cref="UnansweredQuestionText.MaxLength"/>); completes once it is committed. Best effort: the log is a side
    /// record, so a failure to write it is logged (without the question) and never thrown. False when it was not recorded.
    /// </summary>
    Task<bool> RecordAsync(string question, CancellationToken cancellationToken = default);

    /// <summary>The most recently asked unanswered questions, newest first.</summary>
    Task<IReadOnlyList<UnansweredQuestion>> RecentAsync(int count, CancellationToken cancellationToken = default);

    /// <summary>How many distinct questions are recorded.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);
}
