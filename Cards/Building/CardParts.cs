using SafetyBot.Cards.Model;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Building;

/// <summary>The pieces every SafetyBot card is made of, so that cards look alike.</summary>
public static class CardParts
{
    /// <summary>Most buttons in a card's action bar: the official renderer rejects more (TooManyActions).</summary>
    public const int MaxActions = 5;

    /// <summary>Longest text shown before "Show more".</summary>
    public const int ShortTextLength = 280;

    /// <summary>A card's title.</summary>
    public static TextBlock Title(string text) => new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading };

    /// <summary>A section heading.</summary>
    public static TextBlock Heading(string text) => new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };

    /// <summary>Quiet text under a title or figure.</summary>
    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Spacing = Spacing.None, Size = TextSize.Small };

    /// <summary>Plain wrapped text.</summary>
    public static TextBlock Text(string text) => new(text);

    /// <summary>Label/value pairs.</summary>
    public static FactSet Facts(IEnumerable<(string Label, string Value)> facts) =>
        new([.. facts.Select(f => new Fact(f.Label, f.Value))]);

    /// <summary>
    /// Text shown in full when short, otherwise its first sentences with the rest behind
    /// "Show more" (Action.ToggleVisibility).
    /// </summary>
    public static IEnumerable<CardElement> Expandable(string id, string text, bool expanded = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        if (expanded || text.Length <= ShortTextLength)
        {
            yield return Text(text);
            yield break;
        }

        var cut = CutPoint(text);
        yield return Text(text[..cut].TrimEnd());
        yield return new Container([Text(text[cut..].TrimStart())]) { Id = id, IsVisible = false, Spacing = Spacing.Small };
        TargetElement[] toggled = [id, id + "-more", id + "-less"];
        yield return new ActionSet([new ToggleVisibilityAction("Show more", toggled)]) { Id = id + "-more", Spacing = Spacing.None };
        yield return new ActionSet([new ToggleVisibilityAction("Show less", toggled)]) { Id = id + "-less", IsVisible = false, Spacing = Spacing.None };
    }

    /// <summary>
    /// The source line every answer ends with: the original sources, the document once, the
    /// sections cited, and the periods shown.
    /// </summary>
    public static TextBlock Source(IEnumerable<Provenance> provenances, string? period = null)
    {
        var cited = provenances.ToList();
        var origins = cited.Select(p => p.OriginalSource).OfType<string>()
            .SelectMany(o => o.Split([" and ", ", "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var document = cited.Select(p => p.Document).FirstOrDefault(d => d.Length > 0) ?? DefaultDocument;
        var sections = cited.Select(p => WithoutPart(p.Section)).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Take(3).ToList();
        var text = "Source: " + (origins.Count > 0 ? string.Join(", ", origins) + ", in the " : "the ") + document
            + (sections.Count > 0 ? "; " + string.Join("; ", sections) : string.Empty) + ".";
        if (!string.IsNullOrWhiteSpace(period))
        {
            text += $" Period: {period}.";
        }

        return new TextBlock(text) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Medium, Separator = true };
    }

    /// <summary>"Section 3: Full Scanning Table – Dwelling burglary (Trend)" cites the same section as its row.</summary>
    private static string WithoutPart(string section)
    {
        var open = section.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && section.EndsWith(')') ? section[..open] : section;
    }

    /// <summary>The assessment every seed figure comes from.</summary>
    public const string DefaultDocument = "Cambridge City Community Safety Strategic Assessment, end of year review 2017/18";

    /// <summary>A button that asks a question on the member's behalf.</summary>
    public static SubmitAction Ask(string title, Intent intent, string? topic = null) =>
        new(title, topic is null ? new SubmitData(Verbs.Of(intent)) : new SubmitData(Verbs.Of(intent)).With(Verbs.TopicField, topic));

    /// <summary>
    /// The card's own buttons followed by <paramref name="extra"/> ones (a walkthrough's Back / Next / Stop),
    /// dropping the last own buttons when together they would be more than <see cref="MaxActions"/>.
    /// </summary>
    public static IEnumerable<CardAction> WithExtraActions(IEnumerable<CardAction> own, IReadOnlyList<CardAction>? extra)
    {
        var added = extra ?? [];
        return own.Take(Math.Max(0, MaxActions - added.Count)).Concat(added);
    }

    /// <summary>A card with SafetyBot's common settings (full width in Teams, fallback text).</summary>
    public static AdaptiveCard Card(IEnumerable<CardElement> body, IEnumerable<CardAction>? actions, string fallbackText)
    {
        var actionList = actions?.ToList();
        return new AdaptiveCard([.. body])
        {
            Actions = actionList is { Count: > 0 } ? actionList : null,
            FallbackText = fallbackText,
            Speak = fallbackText,
            MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
        };
    }

    /// <summary>The first sentence of <paramref name="text"/> (up to the first ". "), or all of it.</summary>
    public static string FirstSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? text[..(end + 1)] : text;
    }

    private static int CutPoint(string text)
    {
        var sentenceEnd = text.LastIndexOf(". ", ShortTextLength, StringComparison.Ordinal);
        if (sentenceEnd > ShortTextLength / 3)
        {
            return sentenceEnd + 1;
        }

        var space = text.LastIndexOf(' ', ShortTextLength);
        return space > 0 ? space : ShortTextLength;
    }
}
