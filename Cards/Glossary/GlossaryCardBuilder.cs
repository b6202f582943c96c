using SafetyBot.Cards.Building;
using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Cards.Glossary;

/// <summary>
/// What a term or abbreviation of the assessment means: the term, what it stands for, a plain
/// definition, what the assessment itself says describing it (its own words, when a passage describes
/// the term: "Chelsea's Choice (focusing on CSE)"), and a button to the related question when there is an
/// obvious one. An unknown term gets the list of terms SafetyBot can explain.
/// </summary>
public sealed class GlossaryCardBuilder(IKnowledgeStore store, IPassageSearch? passages = null)
{
    /// <summary>Terms offered as buttons on the list of terms.</summary>
    private static readonly string[] Suggested = ["msg", "csew", "asb", "vap", "county-lines"];

    /// <summary>Builds the card for <paramref name="term"/> (an id, a term or a synonym); the list of terms when it is null or unknown.</summary>
    public CardReply Build(string? term)
    {
        var found = string.IsNullOrWhiteSpace(term) ? null : store.Glossary(term);
        return found is null ? List(term) : Term(found);
    }

    /// <summary>The list of every term SafetyBot can explain.</summary>
    public CardReply List(string? unknownTerm = null)
    {
        var terms = store.GlossaryTerms();
        var asked = string.IsNullOrWhiteSpace(unknownTerm) ? null : unknownTerm.Trim();
        var examples = string.Join(", ", terms.Where(t => Suggested.Contains(t.Id, StringComparer.Ordinal)).Select(t => t.Term));
        var summary = (asked is null ? "Terms I can explain" : $"I don't know the term \"{asked}\". Terms I can explain")
            + (examples.Length > 0 ? $" include {examples}." : ": none are stored yet.");
        var body = new List<CardElement>
        {
            CardParts.Title(asked is null ? "Terms I can explain" : "I don't know that term"),
        };
        if (asked is not null)
        {
            body.Add(CardParts.Text($"\"{Markdown.Escape(asked)}\" is not in the glossary of the 2017/18 assessment. These terms are:"));
        }

        body.Add(CardParts.Facts(terms.Select(t => (t.Term, t.Expansion ?? CardParts.FirstSentence(t.Definition)))));
        body.Add(CardParts.Subtle("Ask \"what does MSG mean\", or choose a term below."));
        var actions = terms.Where(t => Suggested.Contains(t.Id, StringComparer.Ordinal))
            .Select(t => (CardAction)CardParts.Ask($"What does {t.Term} mean?", Intent.Glossary, t.Id));
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    private CardReply Term(GlossaryTerm term)
    {
        var heading = term.Expansion is { Length: > 0 } expansion ? $"{term.Term} ({expansion})" : term.Term;
        var summary = $"{heading}: {term.Definition}";
        var body = new List<CardElement>
        {
            CardParts.Title(term.Term),
        };
        if (term.Expansion is { Length: > 0 } stands)
        {
            body.Add(CardParts.Subtle(stands));
        }

        body.Add(CardParts.Text(term.Definition));
        if (InTheAssessment(term) is { } hit)
        {
            body.Add(CardParts.Heading("In the assessment"));
            body.Add(new TextBlock(Markdown.Escape($"“{string.Join(" ", hit.BestSentences)}”")) { Spacing = Spacing.Small });
            body.Add(CardParts.Subtle(Markdown.Escape(hit.Passage.Section + (string.IsNullOrWhiteSpace(hit.Passage.Period) ? string.Empty : $", {hit.Passage.Period}"))));
        }

        var others = term.Synonyms.Where(s => !string.Equals(s, term.Expansion, StringComparison.OrdinalIgnoreCase)).ToList();
        if (others.Count > 0)
        {
            body.Add(CardParts.Subtle("Also written: " + string.Join(", ", others)));
        }

        body.Add(CardParts.Subtle($"From the glossary of the {CardParts.DefaultDocument}."));
        var actions = Related(term).Append(CardParts.Ask("Other terms", Intent.Glossary));
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    /// <summary>The assessment's own sentence describing the term, when a passage in its words describes it; null otherwise.</summary>
    private PassageHit? InTheAssessment(GlossaryTerm term) =>
        passages?.Search(new PassageQuery(term.Term, null, PassageAspect.WhatIs) { MaxHits = 1 }).Best is { Passage.IsVerbatim: true, AspectMatched: true } hit
            ? hit
            : null;

    /// <summary>The question a member most likely asks next, when there is an obvious one.</summary>
    private IEnumerable<CardAction> Related(GlossaryTerm term)
    {
        switch (term.Id)
        {
            case "msg" or "iquanta":
                yield return CardParts.Ask("How do we compare with similar areas?", Intent.Compare);
                yield break;
            case "csew" or "police-recorded-crime" or "ons":
                yield return CardParts.Ask("Why police figures and the CSEW disagree", Intent.Caveats);
                yield break;
        }

        var names = new[] { term.Id, term.Term, term.Expansion }.Concat(term.Synonyms).OfType<string>();
        if (names.Select(store.FindIndicator).FirstOrDefault(i => i is not null) is { } indicator)
        {
            yield return CardParts.Ask($"How has {Names.InSentence(indicator.DisplayName)} changed?", Intent.Change, indicator.Id);
        }
    }
}
