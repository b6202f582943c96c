using System.Globalization;
using System.Text;

namespace SafetyBot.Tests.Dialogs.Language.Evaluation;

/// <summary>
/// The assessment evaluation's report, in Markdown: for each file the score, and the score by family and by
/// expected answer; the failing questions in full for a tuning file, and only the ids and families of a held-out
/// file's failures, so that nobody tunes on them.
/// </summary>
public static class AssessmentReport
{
    /// <summary>The share of <paramref name="results"/> answered right (0 to 1).</summary>
    public static double Score(IReadOnlyCollection<AssessmentResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Count == 0 ? 0 : (double)results.Count(r => r.Verdict.Passed) / results.Count;
    }

    /// <summary>The report of every file run; <c>HeldOut</c> files list no question text.</summary>
    public static string Build(IEnumerable<(string File, bool HeldOut, IReadOnlyList<AssessmentResult> Results)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var report = new StringBuilder();
        var runs = files.ToList();
        report.AppendLine("# Assessment evaluation").AppendLine();
        report.AppendLine("| file | right | questions | score |").AppendLine("|---|---:|---:|---:|");
        foreach (var (file, _, results) in runs)
        {
            report.AppendLine(Invariant($"| {file} | {results.Count(r => r.Verdict.Passed)} | {results.Count} | {Score(results):P1} |"));
        }

        foreach (var (file, heldOut, results) in runs)
        {
            report.AppendLine().AppendLine(Invariant($"## {file}: {results.Count(r => r.Verdict.Passed)} of {results.Count} ({Score(results):P1})")).AppendLine();
            Breakdown(report, "family", results, r => r.Question.Family);
            report.AppendLine();
            Breakdown(report, "expect", results, r => r.Question.Expect);
            var failures = results.Where(r => !r.Verdict.Passed).ToList();
            report.AppendLine();
            if (failures.Count == 0)
            {
                report.AppendLine("No failures.");
            }
            else if (heldOut)
            {
                report.AppendLine("Failing held-out questions (ids and families only: never read them to decide a rule):").AppendLine();
                report.AppendLine(string.Join(", ", failures.Select(f => $"{f.Question.Id} ({f.Question.Family})")));
            }
            else
            {
                report.AppendLine("Failing questions:").AppendLine();
                foreach (var failure in failures)
                {
                    var question = failure.Question;
                    report.AppendLine(Invariant($"- {question.Id} [{question.Family}, {question.Expect}{(question.IsStandalone ? string.Empty : ", chain " + question.Conversation)}] \"{question.Text}\": {string.Join("; ", failure.Verdict.Problems)}. Said: \"{Excerpt(failure.Verdict.Text)}\""));
                }
            }
        }

        return report.ToString();
    }

    private static void Breakdown(StringBuilder report, string by, IReadOnlyList<AssessmentResult> results, Func<AssessmentResult, string> key)
    {
        report.AppendLine(Invariant($"| {by} | right | questions | score |")).AppendLine("|---|---:|---:|---:|");
        foreach (var group in results.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var right = group.Count(r => r.Verdict.Passed);
            report.AppendLine(Invariant($"| {group.Key} | {right} | {group.Count()} | {(double)right / group.Count():P0} |"));
        }
    }

    private static string Excerpt(string text) => text.Length <= 220 ? text : text[..220] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
