namespace SafetyBot.Dialogs.Language;

/// <summary>Tolerates the one- or two-letter slips of quick typing.</summary>
public static class Fuzzy
{
    /// <summary>
    /// True when <paramref name="typed"/> is <paramref name="known"/> or a slip of it: words of up
    /// to four letters must match exactly, up to seven letters allow one edit, longer words two
    /// (insertions, deletions, substitutions and swapped neighbours). The first letter must be
    /// right (or swapped with the second): "rate" is not a slip of "date".
    /// </summary>
    public static bool IsSlipOf(string typed, string known)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(known);
        if (typed == known)
        {
            return true;
        }

        var allowed = AllowedEdits(known);
        if (allowed == 0 || Math.Abs(typed.Length - known.Length) > allowed || char.IsDigit(known[0]) || char.IsDigit(typed[0]))
        {
            return false;
        }

        var sameStart = typed[0] == known[0] || (typed.Length > 1 && typed[0] == known[1] && typed[1] == known[0]);
        return sameStart && Distance(typed, known, allowed) <= allowed;
    }

    /// <summary>Edits allowed for a word of that length.</summary>
    public static int AllowedEdits(string known) => known.Length switch
    {
        <= 4 => 0,
        <= 7 => 1,
        _ => 2,
    };

    /// <summary>Optimal string alignment distance, stopping early once over <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previousPrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previousPrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previousPrevious, previous, current) = (previous, current, previousPrevious);
        }

        return previous[b.Length];
    }
}
