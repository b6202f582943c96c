using SafetyBot.Cards;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Language;

/// <summary>The row of <see cref="IntentRules.Ordered"/> for where a topic's figures come from and what period they cover.</summary>
public static partial class IntentRules
{
    /// <summary>Words that ask where something comes from: "where does it come from", "what's the source of", "what is it based on".</summary>
    private static readonly CueSet SourceAsked = new(
        "come from", "comes from", "came from", "coming from", "source of", "source for", "sources of", "sources for",
        "what source", "which source", "whose data", "whose figures", "data source", "sourced", "based on what", "what is it based on",
        "what's it based on", "what are they based on", "what are the figures based on", "what is that based on", "where is it from",
        "where are they from", "where's it from", "where is that from", "where are these from", "original source",
        "who publishes", "who published the figure", "who produces the figure", "who produces the data", "provenance",
        "which datasets", "what datasets", "which data sets", "what data sets", "what data is used", "what data was used",
        "which data is used", "datasets used", "sources used", "based on which", "what data does", "which data does");

    /// <summary>Words that ask what period a figure covers or is set against: "what period", "compared against what".</summary>
    private static readonly CueSet PeriodOfAFigure = new(
        "what period", "which period", "what time period", "which time period", "period covered", "compared against what",
        "compared to what", "compared with what", "what is it compared", "what's it compared", "what is it measured against");

    /// <summary>
    /// Words that ask which months a figure spans: "which 12 months does the road safety figure cover", "does the 338 figure relate
    /// to calendar 2017". After an answer they ask its periods as printed ("which 12 months is that?"), where "what period is that
    /// for?" asks the figure again with its period.
    /// </summary>
    private static readonly CueSet MonthsOfAFigure = new(
        "which 12 months", "what 12 months", "which twelve months", "what twelve months", "which months does", "what months does",
        "months covered", "months it covers", "relate to calendar", "relates to calendar", "refer to calendar", "refers to calendar",
        "cover calendar", "covers calendar", "calendar year or", "calendar 2017 or", "financial year or");

    /// <summary>
    /// Words that ask where in the assessment a figure is: "which page?", "what section is that in?", "where in the report". The
    /// answer is the section and table its figures are printed in (SafetyBot holds no page numbers).
    /// </summary>
    private static readonly CueSet PageAsked = new(
        "which page", "what page", "page number", "which section", "what section", "where in the report", "where in the document",
        "where in the assessment", "which table", "what table");

    /// <summary>Words that name a source itself: "what's the source?", "is it sourced?".</summary>
    private static readonly CueSet SourceNamed = new("source", "sources", "sourced", "provenance", "original source");

    /// <summary>The figures pointed to by their article: "where does the figure come from?" asks of the last answer's (or which topic's).</summary>
    private static readonly CueSet TheFigures = new(
        "the figure", "the figures", "the data", "the numbers", "the number", "the stats", "the statistics", "these figures", "those figures");

    /// <summary>Words that name a topic's figures rather than the topic itself ("the VAWG figure", "the ASB data").</summary>
    private static readonly CueSet FigureWords = new(
        "figure", "figures", "data", "number", "numbers", "statistic", "statistics", "stats", "rate", "count", "total", "volume",
        "change", "estimate", "dataset", "datasets");

    /// <summary>
    /// "where does the 15.6 VAWG figure come from", "what's the source of the ASB data", "what period is the road safety
    /// figure for", and after an answer "where does that data come from?" or "which 12 months is that?": the topic's figures by
    /// source, with their periods as printed.
    /// The topic named, else the conversation's (a follow-up); with neither, the list of sources the assessment cites.
    /// A question about a source or survey itself ("where do the national statistics quotes come from") names no
    /// indicator and is left to the prose rows, as is one about the topic rather than its figures ("where do county lines
    /// gangs come from").
    /// </summary>
    private static Understanding? FigureSources(QuestionFacts q)
    {
        if (!(q.Has(SourceAsked) || q.Has(PeriodOfAFigure) || q.Has(MonthsOfAFigure) || q.Has(PageAsked)) || q.Has(ProseCues.Why) || (q.Programmes.Count > 0 && !q.NamesIndicator))
        {
            return null;
        }

        if (q.NamesIndicator)
        {
            // "where do county lines gangs come from" asks about the topic, not its figures.
            return q.Has(FigureWords) || q.Has(PageAsked) || q.Words.Any(w => char.IsDigit(w[0])) ? Understanding.Of(Intent.Sources) : null;
        }

        // After an answer, "where does that data come from?" or "what's the source?"; but "where do victims come from?" asks
        // about the topic's people, not its figures.
        return q.GlossaryTerms.Count == 0 && (q.Has(ProseCues.Pointer) || q.Has(TheFigures) || q.Stems.Count <= 5)
            && (q.Has(FigureWords) || q.Has(SourceNamed) || q.Has(MonthsOfAFigure) || q.Has(PageAsked))
            ? new Understanding(Intent.Sources) { FollowUp = true }
            : null;
    }
}
