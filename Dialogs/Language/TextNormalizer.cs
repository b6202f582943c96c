using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SafetyBot.Dialogs.Language;

/// <summary>Folds text to lower-case words so that casing, accents and punctuation do not matter.</summary>
public static partial class TextNormalizer
{
    /// <summary>Lower-case words of <paramref name="text"/>: letters and digits; "2017/18", "1.1" and "q2" stay whole.</summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        var tokens = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var joinsDigits = (c is '/' or '.' or ',') && current.Length > 0 && char.IsDigit(current[^1])
                && i + 1 < folded.Length && char.IsDigit(folded[i + 1]);
            if (char.IsLetterOrDigit(c) || (c == '\'' && current.Length > 0) || joinsDigits)
            {
                if (c != '\'' && c != ',')
                {
                    current.Append(c);
                }
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    /// <summary>
    /// Lower-cases, removes accents, folds compatibility forms (full-width "ｓｈｏｐｌｉｆｔｉｎｇ", ligatures, superscripts)
    /// and unifies quotes and dashes; the shorthand "w/" and "w/o" become "with" and "without" ("violence w/ injury",
    /// "VAP w/o injury"), chat shorthand of a few everyday words becomes the word ("theft frm the person change on prev yr":
    /// "from", "previous", "year"), full-width and small per-cent signs are "%", and a "%" standing for a word ("what % of")
    /// becomes "percent", an "&amp;" between words is "and" and a run of joining words ("and and", "and/or") is one, a slip of "priority"
    /// ("priorty") is the word, "pick-pockets" is "pickpockets", "conf" is "conference", "violence with and without injury" names both
    /// topics whole, "VWI" beside "VWOI" is violence with injury, and violence named with whether anyone was hurt ("assaults where
    /// nobody was hurt") is the police's name for it.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c == '&' && !(i > 0 && char.IsLetterOrDigit(decomposed[i - 1]) && i + 1 < decomposed.Length && char.IsLetterOrDigit(decomposed[i + 1])))
            {
                // "burglary & shoplifting": the word "and"; within a name ("A&E", "T&F") it only parts the letters.
                builder.Append(" and ");
                continue;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '`' => '\'',
                '\u2013' or '\u2014' => '-',
                '&' => ' ',
                '\uFF05' or '\uFE6A' => '%',
                _ => char.ToLowerInvariant(c),
            });
        }

        var folded = builder.ToString().Normalize(NormalizationForm.FormC);
        if (folded.Contains('%', StringComparison.Ordinal))
        {
            folded = PercentWord().Replace(folded, " percent ");
        }

        folded = ChatShorthand().Replace(folded, m => ShorthandWords[m.Value]);
        folded = ConjunctionRun().Replace(folded, m => m.Value.Contains("and", StringComparison.Ordinal) || m.Value.Contains("plus", StringComparison.Ordinal) ? "and" : "or");
        folded = PickPocket().Replace(folded, "pickpocket");
        folded = PriorityLikeWord().Replace(folded, m => PriorityWordTyped(m.Value));
        folded = folded.Contains("w/", StringComparison.Ordinal)
            ? WithShorthand().Replace(folded, m => m.Groups["o"].Success ? "without " : "with ")
            : folded;
        folded = folded.Contains("injur", StringComparison.Ordinal)
            ? BothKindsOfViolence().Replace(folded, m => $"violence {m.Groups["a"].Value} injury and violence {m.Groups["b"].Value} injury")
            : folded;
        folded = folded.Contains("vwi", StringComparison.Ordinal) && ViolenceWithoutInjuryNamed().IsMatch(folded)
            ? Vwi().Replace(folded, "violence with injury")
            : folded;
        return InjuryClause().Replace(folded, m => m.Groups["clause"].Value switch
        {
            var clause when EitherWay().IsMatch(clause) => m.Value,
            var clause when NoInjury().IsMatch(clause) => "violence without injury",
            _ => "violence with injury",
        });
    }

    /// <summary>
    /// Violence named with a clause on whether anyone was hurt ("violent crimes where nobody was physically hurt", "assaults where
    /// people were actually injured", "attacks that left someone hurt"): the police's own names for the two kinds, violence with
    /// injury and violence without injury (<see cref="NoInjury"/> tells which). Knife, weapon, domestic or sexual violence so
    /// qualified is left as typed: it is its own topic.
    /// </summary>
    [GeneratedRegex(@"(?<!(?:knife|knives|weapon|weapons|gun|acid|domestic|sexual|hate|racist|gang|youth|street|cyber)\s)(?<![\p{L}\p{N}'])(?:violen(?:ce|t)(?:\s+(?:crimes?|offen[cs]es?|incidents?|attacks?|assaults?))?|assaults?|attacks?)\s+(?<clause>(?:where|in\s+which|when|that|which|with|causing|resulting\s+in|leaving|but)(?![\p{L}])[^.?!,;:]{0,48}?(?<![\p{L}])(?:hurt|injured|injury|injuries|harmed|wounded))(?![\p{L}])", RegexOptions.None)]
    private static partial Regex InjuryClause();

    /// <summary>A clause of <see cref="InjuryClause"/> that asks both ways ("violence with or without injury", "assaults where anyone or nobody was hurt"): left as typed.</summary>
    [GeneratedRegex(@"(?<![\p{L}])or(?![\p{L}])", RegexOptions.None)]
    private static partial Regex EitherWay();

    /// <summary>A clause of <see cref="InjuryClause"/> saying nobody was hurt: "nobody", "no one", "not", "n't", "without", "no".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:nobody|no\s*-?\s*one|no|not|none|never|without)(?![\p{L}])|n't(?![\p{L}])", RegexOptions.None)]
    private static partial Regex NoInjury();

    /// <summary>
    /// "VWI" alone is violence without injury (as most members who write it mean), but beside "VWOI" or "without injury" ("did both
    /// VWI and VWOI go up") it is the other one, violence with injury, as police analysts write it.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])vwi(?![\p{L}\p{N}])", RegexOptions.None)]
    private static partial Regex Vwi();

    /// <summary>
    /// "violence with and without injury", "violence with or without injury": both topics, each by its whole name ("did both
    /// violence with and without injury rise in Jul-Sep?" asks of violence with injury and of violence without injury).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])violence\s+(?<a>with|without)\s+(?:and|or)?\s*(?<b>with|without)\s+injury(?![\p{L}\p{N}])", RegexOptions.None)]
    private static partial Regex BothKindsOfViolence();

    /// <summary>Violence without injury named beside "VWI": "VWOI", "VWoI" or "without injury".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])vwoi(?![\p{L}\p{N}])|without injury", RegexOptions.None)]
    private static partial Regex ViolenceWithoutInjuryNamed();

    /// <summary>
    /// Chat shorthand and common slips of short everyday words ("frm", "teh"), each standing alone: never a name of anything the
    /// assessment covers, so that a topic's name written with one ("theft frm teh person") still names the topic, and a period
    /// word ("prev yr") is read. (Longer words' slips are tolerated where names are matched.)
    /// </summary>
    private static readonly Dictionary<string, string> ShorthandWords = new(StringComparer.Ordinal)
    {
        ["frm"] = "from", ["fr"] = "from", ["prev"] = "previous", ["yr"] = "year", ["yrs"] = "years", ["thru"] = "through",
        ["abt"] = "about", ["qtr"] = "quarter", ["qtrs"] = "quarters", ["btwn"] = "between", ["betw"] = "between",
        ["cmpd"] = "compared", ["vrs"] = "versus", ["wrt"] = "about", ["ppl"] = "people",
        ["teh"] = "the", ["hte"] = "the", ["adn"] = "and", ["waht"] = "what", ["thier"] = "their",
        ["dom"] = "domestic", ["conf"] = "conference", ["confs"] = "conferences",
        // "violence w injury", "VAP wo injury": the "w/" and "w/o" of a topic's name typed without the slash.
        ["w"] = "with", ["wo"] = "without",
    };

    /// <summary>A word of <see cref="ShorthandWords"/>, standing alone ("dom" only before "abuse" or "violence": "Dom" is also a name).</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}'/])(?:frm|fr|prev|yrs|yr|thru|abt|qtrs|qtr|btwn|betw|cmpd|vrs|wrt|ppl|teh|hte|adn|waht|thier|confs|conf|dom(?=\s+(?:abuse|violence))|wo?(?=\s+inj))(?![\p{L}\p{N}'/])", RegexOptions.None)]
    private static partial Regex ChatShorthand();

    /// <summary>
    /// "pick-pockets", "pick pocketing": written as one word ("pickpockets"), the name theft from the person goes by, so that "pick"
    /// and "pocket" are never words of their own.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}'])pick[\s-]+pocket", RegexOptions.None)]
    private static partial Regex PickPocket();

    /// <summary>The forms of "priority" members type, each spelt right.</summary>
    private static readonly string[] PriorityForms =
        ["priority", "priorities", "prioritise", "prioritised", "prioritize", "prioritized", "prioritising", "prioritizing"];

    /// <summary>Words a slip of <see cref="PriorityForms"/> could be mistaken for that are words of their own.</summary>
    private static readonly HashSet<string> NotPrioritySlips = new(StringComparer.Ordinal) { "priory", "priories", "priorly", "prioress", "priorate", "priors" };

    /// <summary>
    /// "priorty", "prioritty", "proirities", "priortise": a slip of one or two letters in a form of "priority" (one of the words
    /// whose questions hinge on it: "is road safety a priorty?") is the word; any other word is left as typed.
    /// </summary>
    private static string PriorityWordTyped(string word)
    {
        if (!LooksLikePriority(word) || NotPrioritySlips.Contains(word) || Array.IndexOf(PriorityForms, word) >= 0)
        {
            return word;
        }

        string? nearest = null;
        var best = int.MaxValue;
        foreach (var form in PriorityForms)
        {
            if (Fuzzy.IsSlipOf(word, form) && Fuzzy.Distance(word, form, best) is var distance && distance < best)
            {
                (nearest, best) = (form, distance);
            }
        }

        return nearest ?? word;
    }

    /// <summary>
    /// Whether a word starting like "priority" holds a run of its letters that a slip of one or two leaves ("prio", "rity",
    /// "orit", "riti", "oiri"...): "previous", "property" and "problem" are passed over without measuring a distance.
    /// </summary>
    private static bool LooksLikePriority(string word) =>
        word.Contains("prio", StringComparison.Ordinal) || word.Contains("rit", StringComparison.Ordinal) || word.Contains("orti", StringComparison.Ordinal)
        || word.Contains("oir", StringComparison.Ordinal) || word.Contains("rot", StringComparison.Ordinal) || word.Contains("ori", StringComparison.Ordinal)
        || word.Contains("roi", StringComparison.Ordinal) || word.Contains("iot", StringComparison.Ordinal);

    /// <summary>A word that could be a slip of a form of "priority": "pr", "rp" or "pi" and six to twelve letters in all.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}'])(?:pr|rp|pi)\p{L}{4,10}(?![\p{L}\p{N}'])", RegexOptions.None)]
    private static partial Regex PriorityLikeWord();

    /// <summary>
    /// A "%" that is not a figure's ("what % of violence", "% change?", "the % for 2017") stands for the word "percent";
    /// a figure's own ("43%", "43 %") is left as it is.
    /// </summary>
    [GeneratedRegex(@"(?<!\d\s?)%", RegexOptions.None)]
    private static partial Regex PercentWord();

    /// <summary>
    /// A run of joining words typed twice or mixed ("burglary and and and shoplifting", "burglary, and, shoplifting", "and/or",
    /// "or and", "and plus"): one joining word, "and" when any of them is "and" or "plus", else "or", so that two topics joined
    /// by it are both read whatever the slip.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}'])(?:and|or|plus)(?:[\s,;/]+(?:and|or|plus))+(?![\p{L}\p{N}'])", RegexOptions.None)]
    private static partial Regex ConjunctionRun();

    /// <summary>"w/" (with) and "w/o" (without), standing alone.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}/])w/(?:(?<o>o)(?![\p{L}\p{N}]))?(?![\p{N}/])", RegexOptions.None)]
    private static partial Regex WithShorthand();
}
