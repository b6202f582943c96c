using SafetyBot.Cards;
using SafetyBot.Dialogs.Language;
using SafetyBot.Knowledge;

namespace SafetyBot.Tests.Dialogs.Language.Evaluation;

/// <summary>One labelled question of the evaluation set, its label read into the typed understanding's terms.</summary>
/// <param name="Topics">The topic id, or the candidate ids when SafetyBot should ask which (sorted); empty for none.</param>
public sealed record EvaluationQuestion(int Line, string Conversation, string Text, Intent Intent, IReadOnlyList<string> Topics, PeriodSlots Period, MoveDirection? Direction)
{
    private static readonly HashSet<string> PeriodLabels =
        [PeriodFields.Year, PeriodFields.From, PeriodFields.To, PeriodFields.FinancialYear, PeriodFields.Quarter, PeriodFields.YearToDate];

    private const string DirectionLabel = "direction";

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

            questions.Add(Parse(i + 1, columns));
        }

        return questions;
    }

    private static EvaluationQuestion Parse(int line, string[] columns)
    {
        if (!Verbs.TryParse(columns[2], out var intent))
        {
            throw new FormatException($"questions.tsv line {line}: '{columns[2]}' is not an intent.");
        }

        var topics = columns[3] == "-" ? [] : columns[3].Split('|').Order(StringComparer.Ordinal).ToArray();
        var labels = columns[4] == "-"
            ? new Dictionary<string, string>()
            : columns[4].Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        if (labels.Keys.FirstOrDefault(k => !PeriodLabels.Contains(k) && k != DirectionLabel) is { } unknown)
        {
            throw new FormatException($"questions.tsv line {line}: '{unknown}' is not a period or direction label.");
        }

        var period = PeriodFields.Read(labels);
        if (PeriodFields.Write(period).Count != labels.Count(l => l.Key != DirectionLabel))
        {
            throw new FormatException($"questions.tsv line {line}: the period '{columns[4]}' does not read.");
        }

        MoveDirection? direction = labels.GetValueOrDefault(DirectionLabel) switch
        {
            null => null,
            "up" => MoveDirection.Up,
            "down" => MoveDirection.Down,
            var other => throw new FormatException($"questions.tsv line {line}: '{other}' is not a direction."),
        };
        return new EvaluationQuestion(line, columns[0], columns[1], intent, topics, period, direction);
    }
}
