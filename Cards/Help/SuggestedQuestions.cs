namespace SafetyBot.Cards.Help;

/// <summary>Questions SafetyBot answers well, offered on the welcome and help cards and when a question was not understood.</summary>
public static class SuggestedQuestions
{
    /// <summary>Each question with the intent and topic its button asks.</summary>
    public static IReadOnlyList<(string Question, Intent Intent, string? Topic)> All { get; } =
    [
        ("How has dwelling burglary changed?", Intent.Change, "dwelling-burglary"),
        ("How do we compare with similar areas?", Intent.Compare, null),
        ("Violence without injury by quarter", Intent.Quarters, "violence-without-injury"),
        ("Domestic abuse markers since 2012", Intent.Series, "domestic-violence-offences"),
        ("Biggest risers and fallers", Intent.Movers, null),
        ("Walk me through the priorities", Intent.PriorityWalkthrough, null),
        ("What does MSG mean?", Intent.Glossary, "msg"),
    ];
}
