namespace SafetyBot.Tests.Dialogs.Language.Evaluation;

/// <summary>
/// One question of the assessment evaluation (Assessment/tuning.tsv, Assessment/heldout.tsv), written from
/// the strategic assessment alone by someone who never read SafetyBot's code.
/// </summary>
/// <param name="Id">The question's id (q001, ...).</param>
/// <param name="Conversation">"-" for a standalone question; otherwise the chain it belongs to, asked in order in one conversation.</param>
/// <param name="Text">What the member types, <c>&lt;at&gt;SafetyBot&lt;/at&gt;</c> mentions included.</param>
/// <param name="Family">The kind of question (figure-volume, prose-why, follow-up, ...), for the breakdown.</param>
/// <param name="Expect">figure, prose, list, no-figure or out-of-scope: what kind of answer is right.</param>
/// <param name="MustContain">Every one of these must be in the answer (figures as printed in the document).</param>
/// <param name="MustNotContain">None of these may be in the answer: each proves a wrong answer.</param>
public sealed record AssessmentQuestion(
    string Id,
    string Conversation,
    string Text,
    string Family,
    string Expect,
    IReadOnlyList<string> MustContain,
    IReadOnlyList<string> MustNotContain)
{
    /// <summary>The columns every file starts with, in this order.</summary>
    public static readonly string[] Header = ["id", "conversation", "question", "family", "expect", "must_contain", "must_not_contain", "note"];

    /// <summary>The answer kinds the harness knows how to judge.</summary>
    public static readonly string[] Expects = ["figure", "prose", "list", "no-figure", "out-of-scope"];

    /// <summary>True when the question stands alone (its own new conversation).</summary>
    public bool IsStandalone => Conversation == "-";

    /// <summary>Reads a question file copied next to the tests (Dialogs/Language/Evaluation/Assessment/<paramref name="fileName"/>).</summary>
    public static IReadOnlyList<AssessmentQuestion> Load(string fileName) =>
        Parse(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Dialogs", "Language", "Evaluation", "Assessment", fileName)), fileName);

    /// <summary>Parses the UTF-8 TSV lines of a question file, header first.</summary>
    /// <exception cref="FormatException">The header, a row's column count, or an expect value is not as described.</exception>
    public static IReadOnlyList<AssessmentQuestion> Parse(IReadOnlyList<string> lines, string name)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0 || !lines[0].TrimStart('\uFEFF').Split('\t').SequenceEqual(Header, StringComparer.Ordinal))
        {
            throw new FormatException($"{name}: the first line must be the header '{string.Join("\\t", Header)}'.");
        }

        var questions = new List<AssessmentQuestion>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var columns = lines[i].Split('\t');
            if (columns.Length != Header.Length)
            {
                throw new FormatException($"{name} line {i + 1}: expected {Header.Length} tab-separated columns, found {columns.Length}.");
            }

            if (!Expects.Contains(columns[4], StringComparer.Ordinal))
            {
                throw new FormatException($"{name} line {i + 1}: expect '{columns[4]}' is not one of {string.Join(", ", Expects)}.");
            }

            questions.Add(new AssessmentQuestion(columns[0], columns[1], columns[2], columns[3], columns[4], Items(columns[5]), Items(columns[6])));
        }

        return questions;
    }

    /// <summary>The conversations to hold: each standalone question alone, each chain's turns together in file order.</summary>
    public static IReadOnlyList<IReadOnlyList<AssessmentQuestion>> Conversations(IEnumerable<AssessmentQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var conversations = new List<List<AssessmentQuestion>>();
        var chains = new Dictionary<string, List<AssessmentQuestion>>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            if (question.IsStandalone)
            {
                conversations.Add([question]);
            }
            else if (chains.TryGetValue(question.Conversation, out var chain))
            {
                chain.Add(question);
            }
            else
            {
                chains[question.Conversation] = [question];
                conversations.Add(chains[question.Conversation]);
            }
        }

        return conversations;
    }

    private static IReadOnlyList<string> Items(string column) =>
        column.Trim() is "-" or "" ? [] : column.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
