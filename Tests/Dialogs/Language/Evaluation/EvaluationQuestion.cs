namespace SafetyBot.Tests.Dialogs.Language.Evaluation;

/// <summary>One labelled question of the evaluation set.</summary>
public sealed record EvaluationQuestion(int Line, string Conversation, string Text, string Intent, string Topic, IReadOnlyDictionary<string, string> Period)
{
    public static IReadOnlyList<EvaluationQuestion> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Dialogs", "Language", "Evaluation", "questions.tsv");
        var questions = new List<EvaluationQuestion>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var columns = lines[i].Split('\t');
            if (columns.Length != 5)
            {
                throw new FormatException($"questions.tsv line {i + 1}: expected 5 tab-separated columns, found {columns.Length}.");
            }

            var period = columns[4] == "-"
                ? new Dictionary<string, string>()
                : columns[4].Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
            questions.Add(new EvaluationQuestion(i + 1, columns[0], columns[1], columns[2], columns[3], period));
        }

        return questions;
    }
}
