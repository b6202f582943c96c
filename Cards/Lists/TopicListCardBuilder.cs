using System.Text.RegularExpressions;
using SafetyBot.Cards.Building;
using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Cards.Lists;

/// <summary>
/// Lists of topics drawn from the knowledge store: the topics of the assessment's full scanning table (all, or one group's),
/// the topics whose scanning-table text mentions a term ("SOCP", "unsighted") with the sentence that does, and the
/// priorities the assessment reviews for the year before. Each topic has a button to its card. The sections of the assessment are
/// read from its passages' headings (<paramref name="passages"/>).
/// </summary>
public sealed partial class TopicListCardBuilder(IKnowledgeStore store, IPassageSearch? passages = null)
{
    /// <summary>The section of the assessment whose topics are listed.</summary>
    public const string ScanningTable = "Scanning Table";

    /// <summary>
    /// The topics of the full scanning table: every one, or those of <paramref name="category"/> ("Property crime"), or,
    /// with <paramref name="mentions"/>, those whose scanning-table text uses one of them (whole words, any case),
    /// each with the sentence that does; with <paramref name="kind"/>, only in text of that kind (what the partnership could
    /// do). <paramref name="label"/> names what was looked for ("SOCP", "unsighted").
    /// </summary>
    public CardReply Topics(string? category, IReadOnlyList<string> mentions, string? label, NarrativeKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var rows = new List<(Indicator Indicator, string? Sentence, Provenance? Provenance)>();
        foreach (var indicator in store.Indicators())
        {
            if (category is not null && !string.Equals(indicator.Category, category, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A passage shared by several topics counts for the one it is first about (the SOCP's words on modern slavery
            // quote the population; they are about modern slavery, and the population is not a topic of the table).
            var scanning = store.Narratives(indicator.Id)
                .Where(n => n.Provenance.Section.Contains(ScanningTable, StringComparison.OrdinalIgnoreCase) && FirstAbout(n, indicator.Id))
                .ToList();
            if (scanning.Count == 0)
            {
                continue;
            }

            if (mentions.Count == 0)
            {
                rows.Add((indicator, null, scanning[0].Provenance));
                continue;
            }

            var hit = scanning.Where(n => kind is null || n.Kind == kind).SelectMany(n => Sentences(n.Text).Select(s => (Sentence: s, Narrative: n)))
                .FirstOrDefault(s => mentions.Any(m => Mentions(s.Sentence, m)));
            if (hit.Sentence is not null)
            {
                rows.Add((indicator, hit.Sentence, hit.Narrative.Provenance));
            }
        }

        var what = mentions.Count > 0
            ? $"Topics of the scanning table where {(kind == NarrativeKind.Opportunities ? "the assessment's opportunities for the partnership mention" : "the assessment mentions")} {label ?? string.Join(" or ", mentions)}"
            : category is not null
                ? $"{Names.Capitalised(category)} topics of the full scanning table"
                : "Topics of the full scanning table";
        if (rows.Count == 0)
        {
            var none = $"{what}: the 2017/18 strategic assessment has none.";
            return new CardReply(CardParts.Card([CardParts.Title(what), CardParts.Text(none)], null, none), none);
        }

        var summary = $"{what}: {string.Join(", ", rows.Select(r => Names.InSentence(r.Indicator.DisplayName)))}.";
        var body = new List<CardElement>
        {
            CardParts.Title(what),
            CardParts.Subtle("Cambridge City · Section 3 of the strategic assessment 2017/18"),
        };
        if (mentions.Count == 0)
        {
            body.AddRange(rows.GroupBy(r => r.Indicator.Category, StringComparer.OrdinalIgnoreCase).Select(g =>
                (CardElement)CardParts.Text($"**{g.Key}**: {string.Join(", ", g.Select(r => r.Indicator.DisplayName))}")));
        }
        else
        {
            foreach (var row in rows)
            {
                body.Add(new TextBlock(row.Indicator.DisplayName) { Weight = TextWeight.Bolder, Spacing = Spacing.Small });
                body.Add(CardParts.Text($"“{row.Sentence}”"));
            }
        }

        body.Add(CardParts.Source(rows.Select(r => r.Provenance).OfType<Provenance>().DistinctBy(p => p.Section)));
        var actions = rows.Take(CardParts.MaxActions).Select(r => CardParts.Ask(Names.Short(r.Indicator.DisplayName), Intent.Change, r.Indicator.Id));
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    /// <summary>The priorities the assessment reviews (2017/18), with their interventions and outcomes by title.</summary>
    public CardReply ReviewedPriorities()
    {
        var reviewed = store.ReviewedPriorities().OrderBy(p => p.Year, StringComparer.Ordinal).ThenBy(p => p.Number).ToList();
        if (reviewed.Count == 0)
        {
            const string none = "The store holds no reviewed priorities.";
            return new CardReply(CardParts.Card([CardParts.Title("Priorities reviewed"), CardParts.Text(none)], null, none), none);
        }

        var year = reviewed[0].Year;
        var title = $"The {year} priorities the assessment reviews";
        var summary = $"{title}: {string.Join("; ", reviewed.Select(p => $"{p.Number} {p.Title}"))}.";
        var body = new List<CardElement> { CardParts.Title(title), CardParts.Subtle("Section 2 of the strategic assessment 2017/18: review of priorities") };
        foreach (var priority in reviewed)
        {
            body.Add(CardParts.Heading($"{priority.Number}. {priority.Title}"));
            if (priority.Interventions.Count > 0)
            {
                body.Add(CardParts.Text("Interventions: " + string.Join("; ", priority.Interventions.Select(i => i.Title)) + "."));
            }

            if (priority.Outcomes.Count > 0)
            {
                body.Add(CardParts.Text("Outcomes: " + string.Join("; ", priority.Outcomes.Select(o => o.Title)) + "."));
            }
        }

        body.Add(CardParts.Source(reviewed.Select(p => p.Provenance)));
        CardAction[] actions = [CardParts.Ask("The priorities recommended for 2018/19", Intent.PriorityWalkthrough)];
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    /// <summary>
    /// Every dated event the assessment mentions (accreditations, conferences, markers introduced), in date order: the summary
    /// gives each date as the document prints it ("14th February 2017"), the card in one form ("14 February 2017") where the
    /// document gives the day, month and year, else as printed; a date given without its year keeps it unknown and comes last.
    /// </summary>
    public CardReply KeyDates()
    {
        var dates = store.KeyDates().OrderBy(d => d.Year ?? int.MaxValue).ThenBy(d => d.Month ?? 13).ThenBy(d => d.Day ?? 32).ToList();
        const string title = "Key dates the assessment mentions";
        if (dates.Count == 0)
        {
            const string none = "The store holds no key dates.";
            return new CardReply(CardParts.Card([CardParts.Title(title), CardParts.Text(none)], null, none), none);
        }

        var summary = $"{title}: {string.Join("; ", dates.Select(d => d.DateText).Distinct(StringComparer.OrdinalIgnoreCase))}.";
        var body = new List<CardElement>
        {
            CardParts.Title(title),
            CardParts.Facts(dates.Select(d => (WholeDate(d) ?? d.DateText, d.Description))),
            CardParts.Source(dates.Select(d => d.Provenance)),
        };
        return new CardReply(CardParts.Card(body, null, summary), summary);
    }

    /// <summary>Every publication the assessment cites, in footnote order, each with its publisher as the document gives it.</summary>
    public CardReply Sources()
    {
        var sources = store.Sources().OrderBy(s => s.Footnotes.Count == 0 ? int.MaxValue : s.Footnotes.Min()).ToList();
        const string title = "Sources the assessment cites";
        if (sources.Count == 0)
        {
            const string none = "The store holds no sources.";
            return new CardReply(CardParts.Card([CardParts.Title(title), CardParts.Text(none)], null, none), none);
        }

        var summary = $"{title} ({sources.Count}): {string.Join("; ", sources.Select(s => s.Title))}.";
        var body = new List<CardElement>
        {
            CardParts.Title(title),
            CardParts.Facts(sources.Select(s => (s.Publisher, s.Footnotes.Count == 0
                ? s.Title
                : $"{s.Title} (footnote {string.Join(", ", s.Footnotes.Select(f => f.ToString(System.Globalization.CultureInfo.InvariantCulture)))})"))),
            CardParts.Source(sources.Select(s => s.Provenance)),
        };
        return new CardReply(CardParts.Card(body, null, summary), summary);
    }

    /// <summary>
    /// The sections of the assessment, in order, each by its heading as the document prints it ("Section 1: Executive Summary"),
    /// with the parts its passages are headed by (key findings, each priority reviewed); a section of more parts than a list can
    /// show (the scanning table's topics) is named alone.
    /// </summary>
    public CardReply Sections()
    {
        const string title = "The sections of the assessment";
        var headed = (passages?.Passages() ?? [])
            .Select(p => (Passage: p, Match: SectionHeading().Match(p.Section)))
            .Where(h => h.Match.Success)
            .Select(h => (h.Passage, Number: int.Parse(h.Match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture),
                Name: h.Match.Groups["name"].Value.Trim(), Part: h.Match.Groups["part"].Success ? h.Match.Groups["part"].Value.Split(',')[0].Trim() : null))
            .ToList();
        if (headed.Count == 0)
        {
            const string none = "The store holds no sections of the assessment.";
            return new CardReply(CardParts.Card([CardParts.Title(title), CardParts.Text(none)], null, none), none);
        }

        var sections = headed.GroupBy(h => h.Number).OrderBy(g => g.Key).Select(g =>
        {
            var name = g.GroupBy(h => h.Name, StringComparer.OrdinalIgnoreCase).OrderByDescending(n => n.Count()).First().Key;
            var parts = g.Select(h => h.Part).OfType<string>().Where(IsAPart).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            parts = [.. parts.Where(part => !parts.Any(other => other.Length > part.Length && other.StartsWith(part + ":", StringComparison.OrdinalIgnoreCase)))
                .Order(StringComparer.OrdinalIgnoreCase)];
            return (Heading: $"Section {g.Key}: {name}", Parts: parts.Count <= MaxParts ? parts : [], First: g.First().Passage.Provenance);
        }).ToList();

        var summary = $"The assessment has {sections.Count} sections: {string.Join("; ", sections.Select(s => s.Heading))}.";
        var body = new List<CardElement> { CardParts.Title(title) };
        foreach (var section in sections)
        {
            body.Add(CardParts.Heading(section.Heading));
            if (section.Parts.Count > 0)
            {
                body.Add(CardParts.Text(string.Join("; ", section.Parts) + "."));
            }
        }

        body.Add(CardParts.Source(sections.Select(s => s.First)));
        return new CardReply(CardParts.Card(body, null, summary), summary);
    }

    /// <summary>The most parts of a section a list shows; a section of more (the scanning table's topics) is named alone.</summary>
    private const int MaxParts = 6;

    /// <summary>A part of a section by its heading ("Key findings", "Priority 2: Domestic abuse"), not a note, table or figure within one.</summary>
    private static bool IsAPart(string part) =>
        part.Length > 0 && char.IsUpper(part[0]) && !NotAPart().IsMatch(part);

    [GeneratedRegex(@"^Section\s+(?<number>\d+):\s*(?<name>[^–]+?)(?:\s+–\s+(?<part>[^–]+?))?(?:\s+–.*)?$", RegexOptions.None)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"\b(?:footnote|table|figure|figures|caption)\b|^\d", RegexOptions.IgnoreCase)]
    private static partial Regex NotAPart();

    private static string? WholeDate(KeyDate date) =>
        date is { Year: { } year, Month: { } month, Day: { } day }
            ? new DateOnly(year, month, day).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static bool FirstAbout(Narrative narrative, string indicatorId) =>
        narrative.IndicatorIds.Count == 0 || string.Equals(narrative.IndicatorIds[0], indicatorId, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static bool Mentions(string sentence, string term) =>
        Regex.IsMatch(sentence, @"(?<![\p{L}\p{N}])" + Regex.Escape(term) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+", RegexOptions.None)]
    private static partial Regex SentenceEnd();
}
