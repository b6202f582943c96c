using System.Globalization;
using System.Text.RegularExpressions;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Language;

/// <summary>The rows of <see cref="IntentRules.Ordered"/> for list answers with a filter (issue 13).</summary>
public static partial class IntentRules
{
    /// <summary>"which topics rose by more than 20%", "what fell by over 5 per cent": the risers or fallers past a threshold.</summary>
    private static Understanding? MoversOverThreshold(QuestionFacts q)
    {
        var threshold = Threshold().Match(q.Folded);
        if (!threshold.Success || q.Has(Cues.Compare)
            || !decimal.TryParse(threshold.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var percent))
        {
            return null;
        }

        var down = q.Has(Cues.Down);
        var up = q.Has(Cues.Up);
        return new Understanding(Intent.Movers)
        {
            Filter = new ListFilter
            {
                Direction = down == up ? null : down ? MoveDirection.Down : MoveDirection.Up,
                ThresholdPercent = percent,
            },
        };
    }

    /// <summary>
    /// "what proportion of ASB in q2 involved begging", or "what proportion is that?" after a street-life figure: the
    /// table's row (the handler answers with the table when the topic has one; a follow-up takes the last topic and period).
    /// </summary>
    private static Understanding? TableProportion(QuestionFacts q)
    {
        if (!q.Has(ProseCues.TableShare) || (q.NamesIndicator ? q.Period.Quarter is null && !q.Has(Cues.Quarters) : !(RefersBack(q) && q.Stems.Count <= 5)))
        {
            return null;
        }

        return new Understanding(Intent.Quarters) { Cell = new TableCellSelector(null, "proportion"), FollowUp = !q.NamesIndicator };
    }

    [GeneratedRegex(@"\b(?:more\s+than|over|above|greater\s+than|at\s+least|exceeding|beyond)\s+(?<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent|pc)", RegexOptions.None)]
    private static partial Regex Threshold();
}
