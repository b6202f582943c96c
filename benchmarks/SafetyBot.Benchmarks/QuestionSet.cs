namespace SafetyBot.Benchmarks;

/// <summary>
/// The questions the benchmarks ask: the 236-question evaluation set (Tests/Dialogs/Language/Evaluation/questions.tsv,
/// its questions only: no commands that change data or start a dialog), the tuning two thirds of the assessment
/// evaluation (Assessment/tuning.tsv; never the held-out third), and <see cref="Extra"/> unanswerable and prose
/// questions. Distinct texts, in file order.
/// </summary>
internal static class QuestionSet
{
    /// <summary>Intents of questions.tsv that are questions (the rest are commands: leads, outcomes, subscriptions, summaries, admin, walkthroughs).</summary>
    private static readonly string[] QuestionIntents =
        ["indicator.", "movers", "findings", "glossary", "caveats", "clarify", "priority.show", "greeting", "help", "thanks", "unknown", "summary.show"];

    /// <summary>Questions SafetyBot cannot answer today or that the assessment answers in words, not figures.</summary>
    public static readonly string[] Extra =
    [
        // Unanswerable: not about the assessment, or a topic it does not cover.
        "what's the weather in Cambridge tomorrow", "who won the boat race", "can you book me a meeting room for Thursday",
        "what's the capital of Peru", "how do I claim expenses", "remind me to call Sam at 3", "what time is it in Sydney",
        "how many robberies were there in 2017", "bicycle theft figures", "criminal damage last year", "arson in the city",
        "how many people were stopped and searched", "fraud losses in Cambridge", "what is the council tax band for my house",
        "qwertyuiop", "sing me a song", "who is the chief constable of Kent", "how many parking tickets were issued",
        "is the Guided Busway running today", "what's on at the Arts Theatre",
        // Prose: answered by the assessment's own words.
        "why is shoplifting up?", "why has dwelling burglary risen so much", "why did domestic abuse incidents fall",
        "who leads the county lines work?", "who leads the White Ribbon campaign", "when was the coercive control conference",
        "when did the city get White Ribbon accreditation", "what is the DASV action plan", "what is Chelsea's Choice",
        "which keywords did the street-life analysis use", "what does the crime survey say about domestic abuse",
        "what does the assessment recommend for violence", "who wrote the assessment", "what are the caveats about recording",
        "what is the task and finish group for", "what does the assessment say about cuckooing",
        "why is violence against the person up", "what happened with the HMIC inspection", "what is the purpose of this document",
        "what should the partnership bear in mind when choosing priorities",
    ];

    /// <summary>Every question, distinct, from the files under <paramref name="root"/> (the folder holding SafetyBot.sln).</summary>
    public static IReadOnlyList<string> Load(string root)
    {
        var evaluation = Path.Combine(root, "Tests", "Dialogs", "Language", "Evaluation");
        var regression = File.ReadAllLines(Path.Combine(evaluation, "questions.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Where(c => c.Length >= 3 && QuestionIntents.Any(i => c[2].StartsWith(i, StringComparison.Ordinal)))
            .Select(c => c[1]);
        var tuningFile = Path.Combine(evaluation, "Assessment", "tuning.tsv");
        var tuning = File.Exists(tuningFile) ? Column(File.ReadAllLines(tuningFile), "question") : [];
        return regression.Concat(tuning).Concat(Extra).Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Column(string[] lines, string name)
    {
        var index = Array.IndexOf(lines[0].Split('\t'), name);
        return index < 0 ? [] : lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).Where(c => c.Length > index).Select(c => c[index]);
    }

    /// <summary>The questions in a different order for each conversation (seeded, so runs repeat).</summary>
    public static string[] Shuffled(IReadOnlyList<string> questions, int conversation)
    {
        var order = questions.ToArray();
        new Random(9000 + conversation).Shuffle(order);
        return order;
    }
}
