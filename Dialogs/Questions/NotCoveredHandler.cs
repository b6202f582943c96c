using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Building;
using SafetyBot.Cards.Help;
using SafetyBot.Cards.Replies;
using SafetyBot.Dialogs.Language;
using SafetyBot.Dialogs.Passages;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Cards.Formatting;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Questions;

namespace SafetyBot.Dialogs.Questions;

/// <summary>
/// Answers a question about a topic the assessment gives no figures for (<see cref="IKnowledgeStore.UncoveredTopics"/>):
/// says so plainly, names what the assessment has nearest, and never shows another topic's figures.
/// The question is noted for admins, like any other the assessment cannot answer.
/// </summary>
public sealed partial class NotCoveredHandler(IUnansweredQuestionLog log, IKnowledgeStore store, GapReplies gaps, PassageAnswers answers) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.NotCovered];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        if (understanding is { Gap.Kind: GapKind.Breakdown, Passage: { } asked } && WordsAnswering(asked, understanding) is { } words)
        {
            // "what nationality are most modern slavery controllers": a breakdown asked in words that the assessment's words give.
            await turnContext.SendActivityAsync(ReplyFactory.Card(words.Card), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (understanding.Question is { Length: > 0 } question)
        {
            await log.RecordAsync(question, cancellationToken).ConfigureAwait(false);
        }

        if (understanding.Gap is { } gap)
        {
            await turnContext.SendActivityAsync(GapReply(gap, understanding), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (understanding.Place is null && understanding.Topic is { } subject && SubjectReply(subject, understanding.Asked) is { } card)
        {
            await turnContext.SendActivityAsync(ReplyFactory.Card(card), cancellationToken).ConfigureAwait(false);
            return;
        }

        var reply = understanding.Place is { } place
            ? PlaceReply(place, understanding.Topic is { } one ? [one] : understanding.Candidates, understanding.Asked == Intent.Compare)
            : gaps.Uncovered(understanding.UncoveredTopic, understanding.Candidates);
        await turnContext.SendActivityAsync(ReplyFactory.Text(reply), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The assessment's words that answer a breakdown asked in words, within the topic named (or any of the topics its words fit):
    /// only a passage holding the whole question, so that a passage sharing the topic alone never stands in for the honest gap.
    /// </summary>
    private PassageAnswer? WordsAnswering(PassageQuery asked, Understanding understanding)
    {
        var topics = new List<string?>();
        if (understanding.Topic is { } topic)
        {
            topics.Add(topic);
        }
        else
        {
            topics.AddRange(understanding.Candidates);
        }

        if (topics.Count == 0)
        {
            topics.Add(null);
        }

        return topics.Select(t => answers.Answer(asked.Text, t, asked.Aspect))
            .Where(a => a.Found && a.Result.Best!.Coverage >= FullCoverage)
            .MaxBy(a => a.Result.Best!.Score);
    }

    /// <summary>The share of a question a passage must hold to answer a breakdown in words (all of it, bar rounding).</summary>
    private const double FullCoverage = 0.999;

    /// <summary>
    /// A question about something the assessment covers that asks what it does not hold: a person's details (never
    /// recorded for admins: it may name someone), a breakdown, a later period.
    /// </summary>
    private Microsoft.Bot.Schema.IMessageActivity GapReply(NoFigureGap gap, Understanding understanding) => gap.Kind switch
    {
        GapKind.PersonalData => ReplyFactory.Text(GapReplies.PersonalData),
        GapKind.NotForSafetyBot => ReplyFactory.Text(GapReplies.NotForSafetyBot),
        GapKind.CrimeAgainstYou => ReplyFactory.Text(GapReplies.CrimeAgainstYou),
        GapKind.Staff => ReplyFactory.Text(GapReplies.Staff),
        GapKind.OfficeHolder => ReplyFactory.Text(GapReplies.OfficeHolder),
        GapKind.Subject => ReplyFactory.Card(GapReplies.Subject()),
        GapKind.Breakdown => ReplyFactory.Card(gaps.Breakdown(
            gap.Breakdown ?? "such",
            understanding.Topic is { } topic ? [topic] : understanding.Candidates)),
        GapKind.AreaBoundary => ReplyFactory.Card(gaps.AreaBoundary(gap.Breakdown ?? "the extended city centre", understanding.Topic)),
        GapKind.Scope when understanding.Topic is { } partial => ReplyFactory.Card(gaps.Scope(partial, gap.Breakdown ?? "part of the city")),
        GapKind.Measure => ReplyFactory.Card(gaps.Measure(
            gap,
            understanding.Asked == Intent.Priority ? [] : understanding.Topic is { } measured ? [measured] : understanding.Candidates,
            understanding.Asked == Intent.Priority ? understanding.Topic : null)),
        _ => understanding.Period.Exact is { } asked
            ? ReplyFactory.Card(gaps.Period(asked))
            : ReplyFactory.Text("The 2017/18 strategic assessment has no figure for that period. Ask \"what can you do\" for what it covers."),
    };

    /// <summary>
    /// A figure asked of something the assessment names but gives no figure for: a glossary term ("KSI numbers") or a
    /// programme ("how many White Ribbon ambassadors"). Says so, and offers what it has (the term's or programme's card),
    /// with what it has nearest when a topic it does not cover goes by one of the term's names (KSI: road collisions).
    /// </summary>
    private CardReply? SubjectReply(string subject, Intent? card)
    {
        if (card == Intent.Priority && store.Programme(subject) is { } programme)
        {
            var title = $"{programme.Programme.Id} {programme.Programme.Title}";
            return NoFigureCard.Build(
                $"The 2017/18 strategic assessment has no figure for that: it names programme {title} but gives no number for what you asked. Its card shows what the assessment does say about it.",
                [CardParts.Ask("Programme " + title, Intent.Priority, programme.Programme.Id)]);
        }

        if (card != Intent.Glossary || store.Glossary(subject) is not { } term)
        {
            return null;
        }

        var names = new[] { term.Term, term.Expansion }.Concat(term.Synonyms).OfType<string>().ToList();
        var nearest = store.UncoveredTopics().FirstOrDefault(t => t.Phrases.Any(p => names.Contains(p, StringComparer.OrdinalIgnoreCase)));
        var named = term.Expansion is { } expansion ? $"{term.Term} ({expansion.ToLowerInvariant()})" : term.Term;
        var text = $"The 2017/18 strategic assessment has no figure for that: it names {named} but gives no number for what you asked."
            + (nearest is null ? string.Empty : $" What it does have nearest: {nearest.Instead}.");
        return NoFigureCard.Build(text, [CardParts.Ask($"What does {term.Term} mean?", Intent.Glossary, term.Id)]);
    }

    /// <summary>
    /// An indicator asked of another area: the assessment gives Cambridge City's figures; it shows the
    /// figures it quotes for that area itself (county rates in the text), and never Cambridge's as that area's. When the
    /// question sets the area against the city, Cambridge City's own figure of the same measure stands beside each, labelled.
    /// A topic several indicators share ("domestic abuse rate in Peterborough") is all of them: the answer is the same
    /// whichever is meant, so it never asks which. What the assessment says of the area beside those topics (their words, and
    /// their group's, that name it: "less frequent than Peterborough and Fenland") is quoted.
    /// </summary>
    private string PlaceReply(string place, IReadOnlyList<string> topics, bool againstTheCity)
    {
        var indicators = topics.Select(store.FindIndicator).OfType<Indicator>().DistinctBy(i => i.Id).ToList();
        var name = indicators.Count == 0 ? "that topic" : string.Join(" or ", indicators.Select(i => i.DisplayName.ToLowerInvariant()));
        var area = OtherArea.In(place.ToLowerInvariant())?.Area;
        var quoted = area is null
            ? []
            : indicators.SelectMany(indicator => store.Figures(indicator.Id).Where(o => o.Area == area).Select(o =>
                Figures.WithUnit(o, indicator.Unit)
                + (o.Breakdown.Length > 0 ? $" ({o.Breakdown})" : string.Empty)
                + (o.Period.StartYear > 0 ? $", {o.Period.Label}" : ", period not stated")
                + (againstTheCity ? CityBeside(o, indicator.Unit) : string.Empty))).ToList();
        var own = $"The 2017/18 strategic assessment gives Cambridge City's figures, not {place}'s";
        if (quoted.Count > 0)
        {
            return $"{own}, but it quotes this for {place} ({name}): {string.Join("; ", quoted)}. Ask about Cambridge City for its own figures.";
        }

        // Another topic's sentence on the area is quoted only when it names the topic asked ("harassment, domestic abuse and victims of
        // sexual abuse" for domestic abuse): the county's vehicle offences say nothing of shoplifting in the county.
        var said = SentencesNaming(place, indicators).Where(s => indicators.Any(i => i.Id == s.IndicatorId || NamesTopic(s.Sentence, i))).ToList();
        // A sentence of another topic of the group says which topic it is on: the county's vehicle offences are never shoplifting's.
        var words = said.Count == 0 ? string.Empty : $" What it says of {place}: {string.Join(" ", said.Select(s =>
            indicators.Any(i => i.Id == s.IndicatorId || NamesTopic(s.Sentence, i)) || store.FindIndicator(s.IndicatorId) is not { } other
                ? $"\"{s.Sentence}\""
                : $"on {other.DisplayName.ToLowerInvariant()}, \"{s.Sentence}\""))}";
        return $"{own}: it doesn't cover {place}'s {(indicators.Count == 0 ? "figures" : name + " figures")}.{words} Ask about Cambridge City for its own figures.";
    }

    /// <summary>
    /// The assessment's sentences on <paramref name="indicators"/>, or on the other topics of their group, that name
    /// <paramref name="place"/> (at most two), as printed.
    /// </summary>
    private List<(string Sentence, string IndicatorId)> SentencesNaming(string place, IReadOnlyList<Indicator> indicators)
    {
        if (indicators.Count == 0)
        {
            return [];
        }

        var groups = indicators.Select(i => i.Category).ToHashSet(StringComparer.Ordinal);
        var ids = indicators.Select(i => i.Id).Concat(store.Indicators().Where(i => groups.Contains(i.Category)).Select(i => i.Id)).Distinct(StringComparer.Ordinal);
        var pattern = new System.Text.RegularExpressions.Regex(@"\b" + System.Text.RegularExpressions.Regex.Escape(place) + @"\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return [.. ids.SelectMany(id => store.Narratives(id).Select(n => (Narrative: n, Id: id)))
            .SelectMany(n => SentenceEnd().Split(n.Narrative.Text).Select(s => (Sentence: s.Trim(), IndicatorId: indicators.FirstOrDefault(i => n.Narrative.IndicatorIds.Contains(i.Id, StringComparer.Ordinal))?.Id ?? n.Id)))
            .Where(s => s.Sentence.Length > 0 && pattern.IsMatch(s.Sentence))
            .DistinctBy(s => s.Sentence, StringComparer.Ordinal)
            .Take(2)];
    }

    /// <summary>Whether <paramref name="sentence"/> names <paramref name="indicator"/> by its name or one of its synonyms, as whole words.</summary>
    private static bool NamesTopic(string sentence, Indicator indicator) =>
        new[] { indicator.DisplayName }.Concat(indicator.Synonyms).Where(n => n.Length > 2).Any(n => System.Text.RegularExpressions.Regex.IsMatch(
            sentence, @"\b" + System.Text.RegularExpressions.Regex.Escape(n) + @"\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[.!?])\s+", System.Text.RegularExpressions.RegexOptions.None)]
    private static partial System.Text.RegularExpressions.Regex SentenceEnd();

    /// <summary>
    /// Cambridge City's own latest figure of the same measure as <paramref name="quoted"/> (another area's), so that "city vs
    /// Cambridgeshire" shows both as printed, each with its period; empty when the store has none.
    /// </summary>
    private string CityBeside(Observation quoted, string unit) =>
        store.Latest(quoted.IndicatorId, quoted.Measure) is { } city
            ? $" (Cambridge City: {Figures.WithUnit(city, unit)}, {(city.Period.StartYear > 0 ? city.Period.Label : "period not stated")})"
            : string.Empty;
}
