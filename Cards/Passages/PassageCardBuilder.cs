using SafetyBot.Cards.Building;
using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Cards.Passages;

/// <summary>
/// An answer in the assessment's own words: the best sentence(s) of the passage that answers the
/// question, quoted, with the passage's section, period and document; the whole passage behind a
/// toggle; up to two related passages, short; and buttons to the related indicator and programme
/// cards. When nothing answers the question, an honest "the assessment doesn't say" with what it can
/// answer. Text SafetyBot wrote about the assessment (caveats, key dates, cited sources) is never
/// shown in quotation marks.
/// </summary>
public sealed class PassageCardBuilder(IKnowledgeStore store)
{
    /// <summary>Most related passages shown under the answer.</summary>
    public const int MaxRelated = 2;

    /// <summary>Longest related passage text shown before it is cut at a word, per quoted sentence (two at most).</summary>
    public const int RelatedLength = 200;

    /// <summary>Longest echo of the member's question on the "doesn't say" card.</summary>

    private const string WholeId = "passage-whole";

    /// <summary>The card for <paramref name="result"/>: the answer, or "the assessment doesn't say".</summary>
    public CardReply Build(PassageResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Best is { } best ? Answer(result, best) : NothingFound(result.Query);
    }

    private CardReply Answer(PassageResult result, PassageHit best)
    {
        var passage = best.Passage;
        var quote = string.Join(" ", best.BestSentences);
        var caveat = best.AspectMatched ? null : NotAnswered(result.Query.Aspect);
        var body = new List<CardElement>
        {
            CardParts.Title(Markdown.Escape(Heading(result.Query, passage))),
            CardParts.Subtle(KindLabel(passage.Kind)),
        };
        if (caveat is not null)
        {
            body.Add(new TextBlock(caveat + " What it says:") { Spacing = Spacing.Small });
        }

        body.Add(Quoted(passage, quote));
        var spelledOut = SpelledOut(quote);
        if (spelledOut.Count > 0)
        {
            body.Add(new TextBlock(Markdown.Escape(string.Join("; ", spelledOut)) + " (from SafetyBot's glossary).") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
        }

        body.AddRange(Described(result.Query));
        var recommended = Recommended(result.Query, passage);
        if (recommended is not null)
        {
            body.Add(CardParts.Text(Markdown.Escape(recommended)));
        }

        body.Add(CardParts.Facts(Facts(passage)));
        if (passage.Text.Length > quote.Length + 1)
        {
            body.AddRange(Whole(passage));
        }

        var related = result.Hits.Skip(1).Take(MaxRelated).ToList();
        if (related.Count > 0)
        {
            body.Add(CardParts.Heading("Also in the assessment"));
            foreach (var hit in related)
            {
                body.Add(new TextBlock(Markdown.Escape(Where(hit.Passage))) { Weight = TextWeight.Bolder, Size = TextSize.Small, Spacing = Spacing.Small });
                // A mention keeps room for the sentence that completes the best one (the reason after the trend it explains).
                var room = RelatedLength * Math.Clamp(hit.BestSentences.Count, 1, 2);
                body.Add(new TextBlock(Markdown.Escape(Shown(hit.Passage, Shorten(string.Join(" ", hit.BestSentences), room)))) { Spacing = Spacing.None });
            }
        }

        body.Add(CardParts.Source(related.Select(h => h.Passage.Provenance).Prepend(passage.Provenance), passage.Period));
        var summary = (caveat is null ? string.Empty : caveat + " ")
            + (passage.IsVerbatim ? $"The assessment says: “{quote}”" : $"SafetyBot's note on the assessment: {quote}")
            + $" ({Where(passage)})."
            + (spelledOut.Count > 0 ? " " + string.Join("; ", spelledOut) + "." : string.Empty)
            + (Description(result.Query) is { } description ? " " + description : string.Empty)
            + (recommended is null ? string.Empty : " " + recommended);
        return new CardReply(CardParts.Card(body, Buttons(result.Query, passage), summary), summary);
    }

    private CardReply NothingFound(PassageQuery query)
    {
        var topic = TopicName(query.TopicId);
        var about = topic is null ? string.Empty : $" about {topic.Value.InSentence}";
        var summary = $"The 2017/18 strategic assessment doesn't say anything that answers that{about}. "
            + "I can tell you why a crime type rose or fell, who leads a programme, when something happened, what a programme or survey is, "
            + "what the assessment recommends, and its caveats.";
        var body = new List<CardElement>
        {
            CardParts.Title("The assessment doesn't say"),
            // Never the member's own words: a question may carry a name, a date of birth or an address, and the card may be read
            // by a whole channel.
            CardParts.Text($"I couldn't find anything in the 2017/18 strategic assessment that answers that{Markdown.Escape(about)}."),
        };
        var described = Described(query).ToList();
        body.AddRange(described);
        body.AddRange(
        [
            CardParts.Text("Rather than quote a passage that doesn't answer it, here is what the assessment can tell you:"),
            CardParts.Facts(
            [
                ("Why", "why a crime type rose or fell: \"why is knife crime rising?\""),
                ("Who leads", "who leads a programme: \"who leads on county lines?\""),
                ("When", "when something happened: \"when was White Ribbon accreditation?\""),
                ("What is", "what a programme or survey is: \"what is Chelsea's Choice?\""),
                ("Advice", "what it recommends: \"what does it recommend for hate crime?\""),
            ]),
        ]);
        summary = described.Count == 0 ? summary : $"{summary} {Description(query)}";
        var actions = new List<CardAction>();
        if (topic is { } named)
        {
            actions.Add(named.Button);
        }

        actions.Add(CardParts.Ask("Key findings", Intent.Findings));
        actions.Add(CardParts.Ask("Caveats", Intent.Caveats));
        actions.Add(CardParts.Ask("The priorities", Intent.PriorityWalkthrough));
        actions.Add(CardParts.Ask("Help", Intent.Help));
        return new CardReply(CardParts.Card(body, actions.Take(CardParts.MaxActions), summary), summary);
    }

    /// <summary>
    /// "what counts as violence without injury", "what is included in VAP": a definition question about an indicator also
    /// gets SafetyBot's own description of it (which crimes it counts), labelled as SafetyBot's words.
    /// </summary>
    private IEnumerable<CardElement> Described(PassageQuery query)
    {
        if (Description(query) is { } description)
        {
            yield return new Container([CardParts.Subtle("SafetyBot's description of the figures (not the assessment's words):"), CardParts.Text(Markdown.Escape(description))])
            {
                Spacing = Spacing.Medium,
            };
        }
    }

    /// <summary>
    /// "What does the report recommend on domestic abuse?": besides the topic's own recommendation, the programmes of the
    /// recommended priorities that SafetyBot shows the topic's figures as evidence for (its own reading, said so); null for other
    /// questions, or when the quoted passage is a programme's own.
    /// </summary>
    private string? Recommended(PassageQuery query, Passage passage)
    {
        if (query.Aspect != PassageAspect.Recommend || string.IsNullOrWhiteSpace(query.TopicId) || passage.ProgrammeCodes.Count > 0
            || store.FindIndicator(query.TopicId.Trim()) is not { } indicator)
        {
            return null;
        }

        var programmes = store.ProgrammesEvidencedBy(indicator.Id);
        return programmes.Count == 0
            ? null
            : $"Among the priorities it recommends for {programmes[0].Priority.Year}: "
              + string.Join("; ", programmes.Select(d => $"priority {d.Priority.Number}, {d.Priority.Title}, programme {d.Programme.Id} {d.Programme.Title}"))
              + $" (SafetyBot shows the {Names.InSentence(indicator.DisplayName)} figures as evidence for it).";
    }

    private string? Description(PassageQuery query) =>
        query.Aspect is PassageAspect.Definition or PassageAspect.WhatIs && !string.IsNullOrWhiteSpace(query.TopicId)
        && store.FindIndicator(query.TopicId.Trim()) is { Description.Length: > 0 } indicator
            ? $"{Names.Short(indicator.DisplayName)}: {indicator.Description}"
            : null;

    /// <summary>The card's title: the topic asked about, else the passage's heading, else where it is from.</summary>
    private string Heading(PassageQuery query, Passage passage)
    {
        if (TopicName(query.TopicId) is { } topic)
        {
            return topic.Title;
        }

        if (passage.IndicatorIds.Count == 1 && store.Indicators().FirstOrDefault(i => i.Id == passage.IndicatorIds[0]) is { } indicator)
        {
            return Names.Short(indicator.DisplayName);
        }

        return passage.Title ?? "From the assessment";
    }

    private static CardElement Quoted(Passage passage, string quote)
    {
        var items = new List<CardElement>();
        if (!passage.IsVerbatim)
        {
            items.Add(CardParts.Subtle("SafetyBot's note on the assessment (not its own words):"));
        }

        items.Add(new TextBlock(Markdown.Escape(Shown(passage, quote))) { Size = TextSize.Medium });
        return new Container(items) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium };
    }

    /// <summary>The whole passage, hidden behind "Whole passage".</summary>
    private static IEnumerable<CardElement> Whole(Passage passage)
    {
        TargetElement[] toggled = [WholeId, WholeId + "-show", WholeId + "-hide"];
        yield return new Container([CardParts.Text(Markdown.Escape(passage.Text))]) { Id = WholeId, IsVisible = false, Spacing = Spacing.Small };
        yield return new ActionSet([new ToggleVisibilityAction("Whole passage", toggled)]) { Id = WholeId + "-show", Spacing = Spacing.None };
        yield return new ActionSet([new ToggleVisibilityAction("Hide the passage", toggled)]) { Id = WholeId + "-hide", IsVisible = false, Spacing = Spacing.None };
    }

    /// <summary>
    /// The abbreviations of the quote that the glossary spells out ("DAAT: Drug and Alcohol Action Team"), when the quote
    /// does not: the assessment's own words stay as they are, and the expansion is shown beside them as SafetyBot's.
    /// </summary>
    private List<string> SpelledOut(string quote) =>
        [.. store.GlossaryTerms()
            .Where(t => t.Expansion is { Length: > 0 } expansion && t.Term.Length >= 2 && t.Term.Any(char.IsLetter)
                && t.Term.Where(char.IsLetter).All(char.IsUpper) && HasWord(quote, t.Term)
                && !quote.Contains(expansion, StringComparison.OrdinalIgnoreCase))
            .Select(t => $"{t.Term}: {t.Expansion}")];

    /// <summary>Whether <paramref name="word"/> stands in <paramref name="text"/> as a whole word, case as written.</summary>
    private static bool HasWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + word.Length >= text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(string Label, string Value)> Facts(Passage passage)
    {
        yield return ("Section", Markdown.Escape(passage.Section));
        if (!string.IsNullOrWhiteSpace(passage.Period))
        {
            yield return ("Period", Markdown.Escape(passage.Period));
        }

        yield return ("Document", Markdown.Escape(passage.Document));
        if (passage.Provenance.Footnote is { } footnote)
        {
            yield return ("Footnote", footnote.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Buttons to the indicator and programme cards the passage belongs to, the topic asked about first.</summary>
    private List<CardAction> Buttons(PassageQuery query, Passage passage)
    {
        var buttons = new List<CardAction>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in new[] { query.TopicId }.Concat(passage.IndicatorIds.Take(1)).Concat(passage.ProgrammeCodes.Take(1)).OfType<string>())
        {
            if (seen.Add(id.Trim()) && TopicName(id) is { } topic)
            {
                buttons.Add(topic.Button);
            }
        }

        buttons.Add(CardParts.Ask("Key findings", Intent.Findings));
        return [.. buttons.Take(CardParts.MaxActions)];
    }

    /// <summary>An indicator or programme the store knows, with its names and the button to its card; null otherwise.</summary>
    private (string Title, string InSentence, CardAction Button)? TopicName(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var key = id.Trim();
        if (store.Indicators().FirstOrDefault(i => string.Equals(i.Id, key, StringComparison.OrdinalIgnoreCase)) is { } indicator)
        {
            var name = Names.Short(indicator.DisplayName);
            return (name, Names.InSentence(indicator.DisplayName), CardParts.Ask($"{name}: the figures", Intent.Change, indicator.Id));
        }

        if (store.Programme(key) is { } detail)
        {
            var programme = detail.Programme;
            return ($"{programme.Id} {programme.Title}", $"programme {programme.Id} ({programme.Title})",
                CardParts.Ask($"Programme {programme.Id}", Intent.Priority, programme.Id));
        }

        return null;
    }

    /// <summary>Where a passage is from: its section and period.</summary>
    private static string Where(Passage passage) =>
        string.IsNullOrWhiteSpace(passage.Period) ? passage.Section : $"{passage.Section}, {passage.Period}";

    /// <summary>The assessment's words in quotation marks; SafetyBot's own notes without them.</summary>
    private static string Shown(Passage passage, string text) => passage.IsVerbatim ? $"“{text}”" : text;

    private static string Shorten(string text, int length = RelatedLength)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', length - 1);
        return text[..(space > length / 2 ? space : length - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    /// <summary>What the passage is, for the line under the title.</summary>
    private static string KindLabel(PassageKind kind) => kind switch
    {
        PassageKind.Finding => "A key finding of the assessment",
        PassageKind.EmergingTrend => "An emerging local trend",
        PassageKind.Recommendation => "A recommendation of the assessment",
        PassageKind.Trend => "The assessment on the local trend",
        PassageKind.Context => "The assessment on the wider context",
        PassageKind.Opportunities => "An opportunity for the Partnership",
        PassageKind.Caveat => "A caveat SafetyBot records about the data",
        PassageKind.Note => "A note to a table or figure of the assessment",
        PassageKind.Priority => "A recommended priority",
        PassageKind.Programme => "A programme of a recommended priority",
        PassageKind.Intervention => "What the Partnership did (review of 2017/18)",
        PassageKind.Outcome => "What came of it (review of 2017/18)",
        PassageKind.KeyDate => "A date the assessment gives",
        PassageKind.Source => "A source the assessment cites",
        _ => "From the assessment",
    };

    /// <summary>What to say when the passage is about the question but does not answer its aspect.</summary>
    private static string? NotAnswered(PassageAspect aspect) => aspect switch
    {
        PassageAspect.Why => "The assessment gives no reason for this.",
        PassageAspect.WhoLeads => "The assessment names no lead for this.",
        PassageAspect.When => "The assessment gives no date for this.",
        PassageAspect.WhatIs or PassageAspect.Definition => "The assessment gives no definition of this.",
        PassageAspect.Survey => "The assessment quotes no survey on this.",
        PassageAspect.Recommend => "The assessment makes no recommendation on this.",
        PassageAspect.Author => "The assessment does not say who wrote this.",
        PassageAspect.Caveat => "The assessment states no caveat about this.",
        _ => null,
    };
}
