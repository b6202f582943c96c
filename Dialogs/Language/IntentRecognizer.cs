using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// SafetyBot's recogniser of typed questions: small talk, then the kind of question from its cue
/// words, the topic from the Knowledge vocabulary (synonyms, abbreviations, slips of one or two
/// letters), and the period. Pure and thread-safe: conversation context (follow-ups) is applied
/// afterwards by <see cref="FollowUpResolver"/>.
/// </summary>
public sealed partial class IntentRecognizer : IIntentRecognizer
{
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the recogniser over the topics of <paramref name="source"/>.</summary>
    public IntentRecognizer(IVocabularySource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _vocabulary = new Vocabulary(source.Terms());
    }

    /// <summary>The vocabulary in use.</summary>
    public Vocabulary Vocabulary => _vocabulary;

    /// <inheritdoc />
    public Understanding Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = TextNormalizer.Tokens(text);
        if (words.Count == 0)
        {
            return Understanding.Of(SmallTalk.Match(text) ?? Intents.Unknown);
        }

        if (SmallTalk.Match(string.Join(' ', words)) is { } smallTalk)
        {
            return Understanding.Of(smallTalk);
        }

        var stems = words.Select(Stem.Of).ToArray();
        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        AddPeriod(slots, PeriodExtractor.Extract(text));
        if (Cues.FollowUp.AnyIn(stems.Take(3).ToArray()))
        {
            slots[Slots.FollowUp] = "true";
        }

        var intent = RecognizeIntent(text, words, stems, slots);
        return new Understanding(intent, slots, FromCard: false);
    }

    private string RecognizeIntent(string text, IReadOnlyList<string> words, string[] stems, Dictionary<string, string> slots)
    {
        if (Cues.Unanswered.AnyIn(stems))
        {
            return Intents.UnansweredReview;
        }

        if (SummaryIntent(stems) is { } summaryIntent)
        {
            return summaryIntent;
        }

        if (TryOutcomes(text, words, stems, slots) is { } outcomesIntent)
        {
            return outcomesIntent;
        }

        if (TryGlossary(text, words, stems, slots))
        {
            return Intents.Glossary;
        }

        if (Cues.Caveats.AnyIn(stems))
        {
            return Intents.Caveats;
        }

        if (TryPriority(text, words, stems, slots) is { } priorityIntent)
        {
            return priorityIntent;
        }

        var indicators = _vocabulary.Match(words, TopicKind.Indicator);
        if (indicators.Count == 0)
        {
            return WithoutTopic(stems, slots);
        }

        if (!SetTopic(indicators, slots))
        {
            slots[Slots.Asked] = IndicatorIntent(WithoutWordsOf(stems, indicators), slots);
            return Intents.Clarify;
        }

        // "IDVA engagement rate" names a topic; its "rate" is not a request for a rate.
        return IndicatorIntent(WithoutWordsOf(stems, indicators), slots);
    }

    private static string IndicatorIntent(string[] stems, Dictionary<string, string> slots)
    {
        if (Cues.Opportunities.AnyIn(stems))
        {
            return Intents.Opportunities;
        }

        if (ComparisonIntent(stems) is { } comparison)
        {
            return comparison;
        }

        if (slots.ContainsKey(Slots.Quarter) || slots.ContainsKey(Slots.YearToDate) || Cues.Quarters.AnyIn(stems)
            || (slots.ContainsKey(Slots.FinancialYear) && !slots.ContainsKey(Slots.Year)))
        {
            return Intents.Quarters;
        }

        if (slots.ContainsKey(Slots.From) || slots.ContainsKey(Slots.To) || Cues.Series.AnyIn(stems))
        {
            return Intents.Series;
        }

        if (Cues.Rate.AnyIn(stems))
        {
            return Intents.Rate;
        }

        if (Cues.Volume.AnyIn(stems))
        {
            return Intents.Volume;
        }

        if (!Cues.Change.AnyIn(stems))
        {
            slots[Slots.Assumed] = "true";
        }

        return Intents.Change;
    }

    private static string WithoutTopic(string[] stems, Dictionary<string, string> slots)
    {
        var moversNoun = Cues.MoversNoun.AnyIn(stems);
        if ((Cues.Movers.AnyIn(stems) && (Cues.Up.AnyIn(stems) || Cues.Down.AnyIn(stems) || moversNoun)) || moversNoun)
        {
            var down = Cues.Down.AnyIn(stems);
            var up = Cues.Up.AnyIn(stems);
            if (down != up)
            {
                slots[Slots.Direction] = down ? "down" : "up";
            }

            return Intents.Movers;
        }

        if (Cues.Findings.AnyIn(stems))
        {
            return Intents.Findings;
        }

        // No topic named: a question that needs one takes it from the conversation (follow-ups),
        // or is asked which topic; the comparison and national picture have city-wide answers.
        return Cues.Opportunities.AnyIn(stems) ? Intents.Opportunities
            : ComparisonIntent(stems) is { } comparison ? comparison
            : slots.ContainsKey(Slots.Quarter) || slots.ContainsKey(Slots.YearToDate) || Cues.Quarters.AnyIn(stems) ? Intents.Quarters
            : Cues.Rate.AnyIn(stems) ? Intents.Rate
            : Cues.Volume.AnyIn(stems) ? Intents.Volume
            : slots.ContainsKey(Slots.From) || Cues.Series.AnyIn(stems) ? Intents.Series
            : slots.ContainsKey(Slots.FollowUp) || Cues.Change.AnyIn(stems) && stems.Length <= 6 ? Intents.Change
            : Intents.Unknown;
    }

    /// <summary>
    /// Most similar group when the question names it (similar areas, MSG, rank); the national
    /// picture when it says nationally; a bare "compare" means the most similar group.
    /// </summary>
    private static string? ComparisonIntent(IReadOnlyList<string> stems) =>
        Cues.Compare.AnyIn(stems) ? Intents.Compare
        : Cues.National.AnyIn(stems) ? Intents.National
        : Cues.CompareLoosely.AnyIn(stems) ? Intents.Compare
        : null;

    private static string[] WithoutWordsOf(string[] stems, IReadOnlyList<TopicMatch> matches)
    {
        var covered = new bool[stems.Length];
        foreach (var match in matches)
        {
            for (var i = match.Start; i < match.Start + match.Length; i++)
            {
                covered[i] = true;
            }
        }

        return stems.Where((_, i) => !covered[i]).ToArray();
    }

    private static bool AsksForFigures(IReadOnlyList<string> stems) =>
        Cues.Rate.AnyIn(stems) || Cues.Volume.AnyIn(stems) || Cues.Compare.AnyIn(stems) || Cues.National.AnyIn(stems)
        || Cues.Series.AnyIn(stems) || Cues.Quarters.AnyIn(stems) || Cues.Opportunities.AnyIn(stems);

    /// <summary>The quarterly summary and its subscriptions.</summary>
    private static string? SummaryIntent(string[] stems) =>
        Cues.Unsubscribe.AnyIn(stems) ? Intents.Unsubscribe
        : Cues.Subscribe.AnyIn(stems) && !Cues.ListSubscriptions.AnyIn(stems) ? Intents.Subscribe
        : Cues.ListSubscriptions.AnyIn(stems) ? Intents.ListSubscriptions
        : Cues.PreviewSummary.AnyIn(stems) ? Intents.PreviewSummary
        : Cues.SendSummary.AnyIn(stems) ? Intents.SendSummary
        : Cues.ShowSummary.AnyIn(stems) ? Intents.ShowSummary
        : null;

    /// <summary>Outcome updates and leads: log, history, export, audit, assign, remove, list.</summary>
    private string? TryOutcomes(string text, IReadOnlyList<string> words, string[] stems, Dictionary<string, string> slots)
    {
        var intent = Cues.ExportUpdates.AnyIn(stems) ? Intents.ExportUpdates
            : Cues.AuditLog.AnyIn(stems) ? Intents.AuditLog
            : Cues.RemoveLead.AnyIn(stems) ? Intents.RemoveLead
            : Cues.ListLeads.AnyIn(stems) ? Intents.ListLeads
            : Cues.AssignLead.AnyIn(stems) ? Intents.AssignLead
            : Cues.UpdateHistory.AnyIn(stems) ? Intents.UpdateHistory
            : Cues.LogUpdate.AnyIn(stems) ? Intents.LogUpdate
            : null;
        if (intent is null)
        {
            return null;
        }

        var folded = TextNormalizer.Fold(text);
        if (ActionCode().Match(folded) is { Success: true } action)
        {
            slots[Slots.Topic] = action.Value;
        }
        else if (ProgrammeCode().Match(folded) is { Success: true } code)
        {
            slots[Slots.Topic] = code.Value;
        }
        else if (_vocabulary.Match(words, TopicKind.Priority).FirstOrDefault(m => m.Topics[0].Id.Contains('.', StringComparison.Ordinal)) is { } programme)
        {
            slots[Slots.Topic] = programme.Topics[0].Id;
        }

        // "the latest on county lines" is history; "the latest on burglary" is an indicator question.
        if (intent == Intents.UpdateHistory && !slots.ContainsKey(Slots.Topic) && _vocabulary.Match(words, TopicKind.Indicator).Count > 0)
        {
            return null;
        }

        return intent;
    }

    private bool TryGlossary(string text, IReadOnlyList<string> words, string[] stems, Dictionary<string, string> slots)
    {
        if (!Cues.Glossary.AnyIn(stems))
        {
            return false;
        }

        var terms = _vocabulary.Match(words, TopicKind.Glossary);
        if (terms.Count == 0)
        {
            return false;
        }

        // "what is the burglary rate" names an indicator, not a term: the glossary wins only when
        // the term covers at least as much of the question as any indicator does.
        var indicators = _vocabulary.Match(words, TopicKind.Indicator);
        var explicitDefinition = DefinitionQuestion().IsMatch(TextNormalizer.Fold(text));
        if (!explicitDefinition && indicators.Count > 0 && indicators[0].Score > terms[0].Score)
        {
            return false;
        }

        if (!explicitDefinition && (stems.Length > terms[0].Length + 4 || AsksForFigures(WithoutWordsOf(stems, terms))))
        {
            return false;
        }

        slots[Slots.Topic] = terms[0].Topics[0].Id;
        return true;
    }

    private string? TryPriority(string text, IReadOnlyList<string> words, string[] stems, Dictionary<string, string> slots)
    {
        var folded = TextNormalizer.Fold(text);
        if (ProgrammeCode().Match(folded) is { Success: true } code)
        {
            slots[Slots.Topic] = code.Value;
            return Intents.Priority;
        }

        if (PriorityWord().Match(folded) is { Success: true } priority)
        {
            var number = PriorityNumber(folded, priority);
            if (number is not null)
            {
                slots[Slots.Topic] = number.Value.ToString(CultureInfo.InvariantCulture);
                return Intents.Priority;
            }
        }

        if (Cues.Walkthrough.AnyIn(stems))
        {
            return Intents.PriorityWalkthrough;
        }

        var programmes = _vocabulary.Match(words, TopicKind.Priority);
        if (programmes.Count == 0)
        {
            return null;
        }

        // A programme named alongside a stronger indicator match ("drug offences and county lines
        // rate") is an indicator question.
        var indicators = _vocabulary.Match(words, TopicKind.Indicator);
        if (indicators.Count > 0 && indicators[0].Score > programmes[0].Score)
        {
            return null;
        }

        slots[Slots.Topic] = programmes[0].Topics[0].Id;
        return Intents.Priority;
    }

    private static int? PriorityNumber(string folded, Match priority)
    {
        var after = folded[(priority.Index + priority.Length)..];
        var before = folded[..priority.Index];
        var digit = LeadingNumber().Match(after);
        if (digit.Success)
        {
            return int.Parse(digit.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var numbers = NumberRecognizer.RecognizeNumber(after.Length > 20 ? after[..20] : after, Culture.English);
        if (numbers.FirstOrDefault(n => after.TrimStart().StartsWith(n.Text, StringComparison.Ordinal)) is { } spelt
            && int.TryParse(spelt.Resolution["value"]?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var ordinals = NumberRecognizer.RecognizeOrdinal(before, Culture.English);
        if (ordinals.LastOrDefault() is { } ordinal
            && int.TryParse(ordinal.Resolution["value"]?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var position))
        {
            return position;
        }

        return null;
    }

    private static bool SetTopic(IReadOnlyList<TopicMatch> matches, Dictionary<string, string> slots)
    {
        var best = matches[0];
        var rivals = matches.Skip(1).Where(m => m.Score == best.Score).SelectMany(m => m.Topics);
        var candidates = best.Topics.Concat(rivals).Distinct().ToList();
        if (candidates.Count == 1)
        {
            slots[Slots.Topic] = candidates[0].Id;
            return true;
        }

        slots[Slots.Candidates] = string.Join('|', candidates.Select(c => c.Id));
        return false;
    }

    private static void AddPeriod(Dictionary<string, string> slots, PeriodSlots period)
    {
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                slots[name] = Convert.ToString(value, CultureInfo.InvariantCulture)!;
            }
        }

        Add(Slots.Year, period.Year);
        Add(Slots.From, period.FromYear);
        Add(Slots.To, period.ToYear);
        Add(Slots.FinancialYear, period.FinancialYear);
        Add(Slots.Quarter, period.Quarter);
        if (period.YearToDate)
        {
            slots[Slots.YearToDate] = "true";
        }
    }

    [GeneratedRegex(@"(?<![\d.])[1-3]\.[1-9](?![\d.])", RegexOptions.None, 200)]
    private static partial Regex ProgrammeCode();

    [GeneratedRegex(@"(?<![\d.])[1-3]\.[1-9]-[a-z]\b", RegexOptions.None, 200)]
    private static partial Regex ActionCode();

    [GeneratedRegex(@"\bpriorit(?:y|ies)\b", RegexOptions.None, 200)]
    private static partial Regex PriorityWord();

    [GeneratedRegex(@"^\s*(?:no\.?\s*|number\s+)?([1-9])\b", RegexOptions.None, 200)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\b(what\s+does|what\s+do)\b.*\b(mean|stand\s+for)\b|\bdefine\b|\bdefinition\b|\bmeaning\s+of\b|\bstand\s+for\b", RegexOptions.None, 200)]
    private static partial Regex DefinitionQuestion();
}
