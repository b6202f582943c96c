namespace SafetyBot.Cards.Help;

/// <summary>Questions SafetyBot answers well, offered on the welcome and help cards and when a question was not understood.</summary>
public static class SuggestedQuestions
{
    /// <summary>Each question with the verb and topic its button asks.</summary>
    public static IReadOnlyList<(string Question, string Verb, string? Topic)> All { get; } =
    [
        ("How has dwelling burglary changed?", Verbs.Change, "dwelling-burglary"),
        ("How do we compare with similar areas?", Verbs.Compare, null),
        ("Violence without injury by quarter", Verbs.Quarters, "violence-without-injury"),
        ("Domestic abuse markers since 2012", Verbs.Series, "domestic-violence-offences"),
        ("Biggest risers and fallers", Verbs.Movers, null),
        ("Walk me through the priorities", Verbs.PriorityWalkthrough, null),
        ("What does MSG mean?", Verbs.Glossary, "msg"),
    ];
}
