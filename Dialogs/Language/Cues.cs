namespace SafetyBot.Dialogs.Language;

/// <summary>The words that tell one kind of question from another.</summary>
internal static class Cues
{
    public static readonly CueSet Opportunities = new(
        "what could", "what can the partnership", "what should", "partnership do", "we do about", "can we do", "could we do",
        "should we do", "opportunities", "opportunity", "recommend", "recommendation", "what to do", "do about", "action on",
        "tackle", "what can be done", "what could be done", "next steps", "response to", "intervention");

    /// <summary>Words that name the peer comparison itself: enough alone to ask for it.</summary>
    public static readonly CueSet Compare = new(
        "similar area", "similar areas", "similar places", "similar cities", "most similar", "msg", "iquanta",
        "peer", "peers", "other areas", "other cities", "other districts", "other places", "compared with other", "compared to other",
        "average of similar", "group average",
        // "the VAP rate for the 12 months to November 2017": the similar-areas comparison's own period (the scanning table's
        // rates are calendar years).
        "months to november", "month to november", "year to november", "months up to november", "year ending november",
        // "is violence with injury above or below average": the only average the assessment gives a topic's rate against.
        "above average", "below average", "above or below average", "below or above average", "above the average",
        "below the average", "above or below the average", "below or above the average", "than average", "than the average");

    /// <summary>
    /// Words that rank without saying what ("rank", "league table"): a peer comparison only with a topic or
    /// <see cref="Domain"/> word ("where do we rank"), never for "Premier League table".
    /// </summary>
    public static readonly CueSet Ranking = new(
        "rank", "ranking", "ranked", "where do we stand", "league table", "stack up", "where do we sit", "where are we placed");

    /// <summary>
    /// Words that say a question is about community safety in Cambridge when no topic is named: a cue
    /// that could be about anything ("best", "league table") asks about SafetyBot's figures only with one.
    /// </summary>
    public static readonly CueSet Domain = new(
        "crime", "crimes", "offence", "offences", "offense", "offenses", "incident", "incidents", "topic", "topics",
        "indicator", "indicators", "figure", "figures", "category", "categories", "types", "we", "us", "our", "cambridge",
        "the city", "partnership", "csp", "safety", "police", "recorded", "asb");

    /// <summary>The <see cref="Domain"/> words that name what the figures count, not a place: "best" and "worst" need one.</summary>
    public static readonly CueSet DomainNouns = new(
        "crime", "crimes", "offence", "offences", "offense", "offenses", "incident", "incidents", "topic", "topics",
        "indicator", "indicators", "figure", "figures", "category", "categories", "asb");

    /// <summary>
    /// Words of a place in a group ("position", "standing"): beside the peer group's own name ("MSG position", "where do we sit in
    /// the most similar group"), the city's place in it, not what the group is.
    /// </summary>
    public static readonly CueSet PlaceInAGroup = new(
        "position", "standing", "placing", "placed", "place", "rank", "ranking", "ranked", "sit", "come", "fall", "stand", "score",
        "doing", "compare", "comparison", "fare", "faring", "how are we", "how do we");

    /// <summary>Words that name Cambridge City itself: with them, another area named is a comparison, not the subject.</summary>
    public static readonly CueSet OwnArea = new("cambridge city", "the city", "cambridge's", "we", "us", "our");

    /// <summary>
    /// The city's own figures as against the nation's or similar areas' ("and locally?", "what about here in Cambridge?"): after
    /// the national picture or a peer comparison, a follow-up with these words asks for the local figures, not more of the same.
    /// </summary>
    public static readonly CueSet Locally = new(
        "locally", "local picture", "local figure", "local figures", "local trend", "in the city", "for the city", "in cambridge",
        "for cambridge", "here in cambridge", "here", "about cambridge", "and cambridge", "cambridge then", "cambridge city then",
        "about the city", "the city then", "and the city", "in cambridge city", "for cambridge city");

    /// <summary>Judgements, not movements: "best" and "worst" ask for risers or fallers only with a <see cref="Domain"/> word.</summary>
    public static readonly CueSet Judgement = new("best", "worst");

    /// <summary>Words that point back to the last answer ("what was it in 2014/15?").</summary>
    public static readonly CueSet Pronouns = new("it", "that", "this", "they", "them", "those", "these", "there");

    /// <summary>
    /// A pronoun standing for what was just answered, as what the things counted have or include: "how many city centre incidents
    /// had them in q3?", "what share of city centre ASB had any of them" after the street-life keywords. The topic the question names
    /// is the whole; the part it asks of is the conversation's.
    /// </summary>
    public static readonly CueSet HadThem = new(
        "had them", "have them", "has them", "had any of them", "have any of them", "has any of them", "with them", "with any of them",
        "included them", "include them", "includes them", "including them", "involved them", "involve them", "involving them",
        "mentioned them", "mention them", "mentioning them", "contained them", "contain them", "containing them", "had those",
        "with those", "had these", "with these", "had one of them", "with one of them", "featured them", "feature them");

    /// <summary>
    /// Words asking what share of a whole something is: "what % of all ASB is that", "what proportion of city centre ASB were
    /// those", "how much of the ASB does that make up".
    /// </summary>
    public static readonly CueSet TableShareOf = new(
        "proportion", "share", "percentage", "per cent", "percent", "%", "fraction", "how much of", "what part of", "make up",
        "makes up", "made up", "account for", "accounts for", "accounted for", "represent", "represents", "represented");

    /// <summary>The last two topics asked about, together: "year to date totals for both?", "and the rates for each of them?".</summary>
    public static readonly CueSet Both = new(
        "both", "both of them", "each of them", "the two of them", "for each", "each one", "both topics", "the pair of them");

    /// <summary>Two periods of one topic, not two topics: "both years", "each quarter".</summary>
    public static readonly CueSet BothPeriods = new(
        "both years", "both quarters", "both periods", "both months", "both dates", "each year", "each quarter", "each month", "both the years");

    /// <summary>Words that compare without saying with what: with "nationally" they mean the national picture.</summary>
    public static readonly CueSet CompareLoosely = new(
        "compare", "comparison", "compared", "vs", "v", "versus", "benchmark", "against the average", "how do we do against");

    /// <summary>The base of a comparison over time: with "compare" or "vs" they ask how a topic changed, not how it ranks.</summary>
    public static readonly CueSet OverTime = new(
        "last year", "previous year", "the year before", "year before", "a year ago", "a year earlier", "year earlier", "prior year",
        "same quarter", "same period", "same time last year", "same months", "last quarter", "previous quarter", "the previous",
        "before that", "earlier years", "the year prior", "vs last", "versus last", "v last", "against last", "this year and last");

    /// <summary>The year before one already asked about: "and the year before?", "the previous year?" (not "last year", which may be this one).</summary>
    public static readonly CueSet YearBefore = new(
        "the year before", "year before", "a year before", "previous year", "the year prior", "prior year", "a year earlier",
        "year earlier", "preceding year", "the year previous", "one year earlier", "one year before");

    /// <summary>
    /// "last year" asked back after a figure of a named period ("and last year?", "what about last year?", "last year?"): the year
    /// before the one just answered. Only when the question holds nothing else (<see cref="LastYearBackWords"/>): on its own
    /// or beside a topic, "last year" may be the latest year.
    /// </summary>
    public static readonly CueSet LastYearBack = new("last year", "last yr", "a year ago", "the year before that", "year before that");

    /// <summary>The words a question of <see cref="LastYearBack"/> may hold besides it ("and what was it then?").</summary>
    public static readonly CueSet LastYearBackWords = new(
        "and", "what", "about", "how", "for", "was", "were", "is", "it", "they", "that", "the", "figure", "figures", "number", "numbers",
        "then", "in", "ok", "okay", "so", "same", "last", "year", "yr", "a", "ago", "before", "of", "one", "this", "did", "do", "look", "like");

    /// <summary>
    /// The same part of the year, a year earlier: "the same quarter last year", "same period last year", "the same time the
    /// year before" ("last year" here is the year before the one just asked about).
    /// </summary>
    public static readonly CueSet SameTimeLastYear = new(
        "same quarter last year", "same period last year", "same time last year", "same months last year", "same quarter last yr",
        "same period last yr", "same time last yr", "same quarter the year before", "same period the year before",
        "same time the year before", "same quarter a year before", "same quarter a year earlier", "same period a year earlier",
        "same quarter of the previous year", "same quarter in the previous year", "same period of the previous year",
        "same period in the previous year", "corresponding quarter last year", "corresponding period last year",
        "same quarter of last year", "same period of last year", "same quarter in the year before", "same quarter previous year");

    /// <summary>The words of asking for a year some years before besides <see cref="LastYearBackWords"/> ("five years earlier", "the prior year").</summary>
    public static readonly CueSet YearsBackWords = new(
        "previous", "prior", "preceding", "earlier", "before", "back", "previously", "years", "year", "one", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "what's", "whats", "count", "total",
        "level", "go", "further", "then", "there", "at", "time", "point", "those", "calendar", "how", "many", "much", "were", "there",
        "recorded", "reported", "had", "have", "we", "did");

    /// <summary>The words a question of only a period's figure may hold besides the period ("what was the whole year 2017 figure?").</summary>
    public static readonly CueSet PeriodsFigureWords = new(
        "what", "what's", "whats", "was", "is", "were", "are", "the", "a", "figure", "figures", "number", "numbers", "count", "total",
        "level", "value", "whole", "full", "calendar", "entire", "complete", "annual", "year", "years", "and", "for", "in", "of", "then",
        "so", "ok", "okay", "comparable", "equivalent", "corresponding", "same", "how", "many", "much", "there", "about", "like");

    /// <summary>
    /// The period of the last answer named again for another topic or year: "over the same period", "for the same quarter", "the
    /// equivalent figure", "those months". A year earlier is <see cref="SameTimeLastYear"/>.
    /// </summary>
    public static readonly CueSet SamePeriod = new(
        "same period", "same quarter", "same months", "same timeframe", "same time frame", "same time period", "same dates",
        "same window", "same span", "same stretch", "same part of the year", "that period", "that quarter", "those months",
        "this period", "equivalent period", "equivalent quarter", "corresponding period", "corresponding quarter", "equivalent figure",
        "equivalent number", "equivalent", "comparable figure", "comparable period", "corresponding figure", "matching period");

    /// <summary>Words that ask for a whole calendar or financial year, not a quarter of it: "full calendar year", "the whole of 2017".</summary>
    public static readonly CueSet WholeYear = new(
        "calendar year", "full year", "whole year", "entire year", "complete year", "full calendar", "whole calendar", "annual", "whole of",
        "all of", "full 12 months", "full twelve months", "year total", "yearly", "for the year");

    /// <summary>Words that ask how far a year has got: "so far", "to date", "the year so far".</summary>
    public static readonly CueSet SoFar = new("so far", "to date", "ytd", "year so far", "running total", "cumulative");

    /// <summary>Words that weigh one year against another, beside the change words: "2017 v 2016", "reduction", "difference".</summary>
    public static readonly CueSet YearAgainstYear = new(
        "v", "vs", "versus", "against", "compared", "compared to", "compared with", "on", "reduction", "reduced", "decrease",
        "decreased", "decline", "declined", "difference", "increase", "rise", "fall", "drop", "change", "changed");

    /// <summary>A part of one topic asked about, not a topic of its own: "which type went up most?", "what kind rose?".</summary>
    public static readonly CueSet SubGroup = new(
        "which type", "what type", "which kind", "what kind", "which sort", "which sub-group", "which subgroup", "which sub group",
        "which sub-category", "which subcategory", "which part", "what part", "which category", "what category",
        "which offence type", "what offence type", "which type of offence", "which kind of offence", "which sort of offence", "which offence",
        "what offence", "which crime type", "which sub-type", "which subtype", "which element", "which strand", "which bit", "which component");

    public static readonly CueSet National = new(
        "national", "nationally", "england", "wales", "across the country", "the country", "uk", "countrywide", "nationwide",
        "ons", "crime survey", "csew", "elsewhere in the country", "rest of the country", "wider picture", "bigger picture");

    public static readonly CueSet Rate = new(
        "rate", "rates", "per 1000", "per 100", "per thousand", "per hundred", "per head", "per capita", "per population",
        "per household", "per dwelling", "population rate");

    /// <summary>A rate per head of population ("per 1000", "per 1k pop", "per capita"): never a survey's percentage or a change's pace.</summary>
    public static readonly CueSet PerPopulation = new(
        "per 1000", "per 1k", "per thousand", "per 1000 population", "per 100000", "per 100k", "per head", "per capita", "per population",
        "per 1000 pop", "per 1k pop", "rate per");

    public static readonly CueSet Volume = new(
        "how many", "number of", "numbers", "volume", "count", "total", "how much", "figure for", "numbers for", "tally");

    public static readonly CueSet Series = new(
        "over time", "long term", "longer term", "series", "history", "historic", "historical", "each year", "every year",
        "year by year", "year on year", "over the years", "over the last", "past few years", "since", "between", "trend over",
        "which year", "what year", "which years", "by year", "per year", "yearly", "annual figures", "year-by-year");

    /// <summary>
    /// The change on the year before asked in words of years ("the year on year change", "year-on-year increase", "yoy", "the
    /// annual change"): the printed change on the previous year, not the run of years <see cref="Series"/>' "year on year" asks.
    /// </summary>
    public static readonly CueSet ChangeOnTheYearBefore = new(
        "year on year change", "year on year changes", "year on year increase", "year on year rise", "year on year fall",
        "year on year decrease", "year on year drop", "year on year reduction", "year on year difference", "year on year growth",
        "year on year movement", "year on year percentage", "year on year %", "change year on year", "difference year on year",
        "yoy", "y o y", "annual change", "yearly change", "annual increase", "yearly increase", "annual rise", "annual fall",
        "annual decrease", "annual drop", "annual difference", "change over the last year", "change over the past year",
        "change in the last year", "change in the past year", "change over the year", "change on the year");

    /// <summary>
    /// A level a run of years crossed ("when did DV crimes first go over 1000", "which year did incidents pass 1,500"): with a
    /// number, the year is read from the topic's yearly figures.
    /// </summary>
    public static readonly CueSet LevelCrossed = new(
        "go over", "went over", "gone over", "goes over", "got over", "get over", "exceed", "exceeded", "exceeds", "pass", "passed",
        "top", "topped", "reach", "reached", "hit", "cross", "crossed", "break", "broke", "broken", "go above", "went above",
        "rise above", "rose above", "risen above", "climb above", "climbed above", "go past", "went past", "fall below", "fell below",
        "drop below", "dropped below", "go under", "went under", "dip below", "dipped below", "more than", "over", "above", "below", "under",
        "less than", "fewer than");

    /// <summary>
    /// The biggest move between two years ("the biggest yearly rise", "the sharpest drop", "largest annual increase"): read from
    /// consecutive printed years, each pair's two counts shown.
    /// </summary>
    public static readonly CueSet BiggestMove = new("biggest", "largest", "sharpest", "steepest", "greatest", "highest", "fastest", "largest ever", "most significant");

    /// <summary>Words that ask which topic, not when ("which crime", "what type", "which area"): the risers and fallers, not one run of years.</summary>
    public static readonly CueSet WhichTopic = new(
        "which crime", "which crimes", "what crime", "what crimes", "which type", "what type", "which types", "which category",
        "which categories", "which offence", "which offences", "which area", "which areas", "which ward", "which wards", "which topic",
        "which topics", "which one", "what kind", "which kind");

    /// <summary>Words of a rise between years ("rise", "increase", "jump").</summary>
    public static readonly CueSet Rise = new("rise", "rises", "increase", "increases", "jump", "jumps", "growth", "climb", "spike", "hike", "surge");

    /// <summary>Words of a fall between years ("fall", "drop", "decrease").</summary>
    public static readonly CueSet Fall = new("fall", "falls", "drop", "drops", "decrease", "decreases", "decline", "reduction", "dip", "plunge");

    /// <summary>Words that weigh whether figures can be believed: "can I trust", "how reliable", "rely on".</summary>
    public static readonly CueSet Trusted = new(
        "trust", "trustworthy", "rely on", "relied on", "reliable", "how reliable", "believe", "how accurate", "accurate", "face value", "robust");

    /// <summary>Nouns for figures as a whole: "the figures", "the police data", "these stats".</summary>
    public static readonly CueSet DataNouns = new("figures", "data", "numbers", "stats", "statistics", "recorded crime");

    /// <summary>Words of the longer term: "over the longer term", "long-term", "over time", "historically".</summary>
    public static readonly CueSet LongerTerm = new(
        "long term", "longer term", "long-term", "longer-term", "over time", "over the years", "historically", "long run", "10 years", "ten years");

    /// <summary>Words that name the police's own figures ("police recorded", "recorded crime"): not a crime survey's.</summary>
    public static readonly CueSet PoliceSource = new("police", "recorded crime", "police recorded");

    /// <summary>Words of a length of time after a number ("over 5 years", "under 3 months"): a span, not a level crossed.</summary>
    public static readonly CueSet PeriodUnits = new("year", "years", "yr", "yrs", "month", "months", "quarter", "quarters", "week", "weeks", "day", "days");

    /// <summary>The words of <see cref="LevelCrossed"/> that cross a level downwards ("fell below 500").</summary>
    public static readonly CueSet LevelCrossedDownwards = new(
        "fall below", "fell below", "drop below", "dropped below", "go under", "went under", "dip below", "dipped below", "below",
        "under", "less than", "fewer than");

    /// <summary>
    /// The highest or lowest point of a run of years ("when did DA incidents peak", "the lowest year for DV crimes"): read from
    /// the topic's yearly figures.
    /// </summary>
    public static readonly CueSet SeriesExtreme = new(
        "peak", "peaked", "peaking", "highest", "lowest", "record high", "record low", "high point", "low point", "worst year",
        "best year", "biggest year", "busiest year", "quietest year", "most", "fewest", "least");

    /// <summary>The words of <see cref="SeriesExtreme"/> that ask for the lowest year ("when was it lowest").</summary>
    public static readonly CueSet SeriesLowest = new("lowest", "record low", "low point", "quietest year", "fewest", "least");

    /// <summary>The words of <see cref="SeriesExtreme"/> that ask for the highest year ("when did it peak").</summary>
    public static readonly CueSet SeriesHighest = new("peak", "peaked", "peaking", "highest", "record high", "high point", "biggest year", "busiest year", "most");

    /// <summary>Words that ask when, in a run of years: "when", "which year", "what year", "first", "ever".</summary>
    public static readonly CueSet WhenInASeries = new(
        "when", "which year", "what year", "in which year", "in what year", "first", "ever", "year it", "year they", "since when");

    public static readonly CueSet Quarters = new(
        "quarter", "quarterly", "quarters", "ytd", "year to date", "so far this year", "this year so far", "so far this financial year", "q1", "q2", "q3", "q4",
        "month by month", "each quarter");

    /// <summary>Words that name a change itself (not "how is", "latest"): with "since 2016" they ask how much it changed.</summary>
    public static readonly CueSet ChangeVerbs = new(
        "change", "changed", "changing", "increase", "increased", "risen", "rise", "fallen", "fall", "dropped", "gone up", "gone down",
        "up or down");

    /// <summary>Words that ask for the size of a change ("what % rise", "how big an increase"): a figure, never a term's meaning.</summary>
    public static readonly CueSet ChangeSize = new(
        "rise", "rises", "risen", "rose", "increase", "increased", "fall", "fell", "fallen", "drop", "dropped", "decrease",
        "decreased", "per cent", "percent", "percentage");

    public static readonly CueSet Change = new(
        "change", "changed", "changing", "going up", "going down", "gone up", "gone down", "up or down", "increase", "increased",
        "increasing", "rise", "rising", "risen", "fall", "falling", "fallen", "drop", "dropped", "trend", "trending", "worse",
        "better", "how is", "how are", "how's", "what's happening", "happening with", "doing", "latest", "update on", "picture",
        "tell me about", "show me", "up on", "down on", "more", "fewer", "less");

    public static readonly CueSet Movers = new(
        "biggest", "largest", "most", "top", "fastest", "greatest", "worst", "best", "which crimes", "which crime", "what crimes",
        "which topics", "which areas of crime", "risers", "fallers", "movers", "what's up", "what has gone up", "what went up",
        "what went down", "what has gone down", "what's down", "what topics", "which crime types", "what crime types", "which rates",
        "what rates", "everything that", "anything that", "what fell", "what rose", "which offences", "what offences", "which categories",
        "what categories", "which crime categories", "what crime categories", "which indicators", "what indicators");

    public static readonly CueSet Up = new(
        "rise", "rises", "rising", "riser", "risers", "increase", "increases", "increased", "increasing", "up", "gone up",
        "going up", "went up", "grow", "grows", "grew", "growing", "grown", "growth", "worse", "rose");

    public static readonly CueSet Down = new(
        "fall", "falls", "falling", "faller", "fallers", "decrease", "decreases", "decreased", "decreasing", "down", "gone down",
        "going down", "went down", "drop", "drops", "dropped", "reduction", "reduced", "improved", "improvement", "fell");

    public static readonly CueSet MoversNoun = new(
        "risers", "fallers", "movers", "rises", "falls", "increases", "decreases", "drops", "reductions", "changes");

    /// <summary>Nouns that ask for a list of topics: "which topics", "what crimes", "which areas".</summary>
    public static readonly CueSet ListNouns = new(
        "topics", "topic", "areas", "issues", "crimes", "crime types", "types", "offences", "categories", "indicators", "subjects",
        "themes", "things", "concerns");

    /// <summary>Words that ask for a list: "which", "what", "list", "where", "name".</summary>
    public static readonly CueSet ListAsked = new("which", "what", "what's", "list", "where", "name", "show", "overview", "tell me");

    /// <summary>What a source or the assessment does to a topic it lists: "flags", "highlights", "mentions", "cites".</summary>
    public static readonly CueSet Flags = new(
        "flag", "flags", "flagged", "highlight", "highlights", "highlighted", "mention", "mentions", "mentioned", "cite", "cites",
        "cited", "raise", "raises", "raised", "identify", "identifies", "identified", "refer to", "refers to", "quote", "quotes", "quoted");

    /// <summary>Where the partnership lacks a view of a topic: "unsighted", "blind spot".</summary>
    public static readonly CueSet Unsighted = new("unsighted", "blind spot", "blind spots", "not sighted", "lacks sight", "no sight");

    /// <summary>Where the assessment asks for more work on a topic: "needs further work", "should look into further".</summary>
    public static readonly CueSet FurtherWork = new(
        "further work", "look into further", "looked into further", "look at further", "investigate further", "investigated further",
        "further investigation", "more work", "further partnership working", "need further", "needs further", "further guidance",
        "explore further", "explored further", "more investigation");

    /// <summary>The full scanning table, the assessment's section 3 that reviews every topic.</summary>
    public static readonly CueSet ScanningTable = new("scanning table", "scanning", "section 3", "full table");

    /// <summary>Worries about a group of topics: "key concerns about violence", "main issues for property crime".</summary>
    public static readonly CueSet Concerns = new(
        "concern", "concerns", "concerning", "worries", "worry", "worrying", "issues", "problems", "emerging", "key points",
        "main points", "findings", "headlines");

    /// <summary>The year before the recommendations: "reviewed", "last year's", "previous", "section 2".</summary>
    /// <summary>
    /// Words of the years ahead ("which priorities does the review suggest going forward"): "the review" then names the document,
    /// and the priorities asked are those it recommends, not those it reviews.
    /// </summary>
    public static readonly CueSet Forward = new(
        "going forward", "moving forward", "next year", "the future", "in future", "coming year", "year ahead", "years ahead", "upcoming",
        "suggest", "suggests", "suggested", "recommend", "recommends", "recommended", "propose", "proposes", "proposed", "take on",
        "new priorities", "from now on");

    public static readonly CueSet Reviewed = new("reviewed", "review of priorities", "last year's", "last years", "previous", "section 2", "old", "former");

    /// <summary>Words that ask for a figure of any kind: a count, a rate, a share.</summary>
    public static readonly CueSet FigureAsked = new(
        "how many", "number of", "numbers", "number", "figure", "figures", "stats", "statistics", "volume", "count", "total",
        "how much", "tally", "rate", "rates", "percentage", "per cent", "percent", "proportion", "what share");

    /// <summary>
    /// Surveys and comparison tools whose figures the assessment quotes in its own words (the CSEW's percentages, the
    /// MSG's ranks): a figure asked of them is looked for there, never answered "no figure" by name alone.
    /// </summary>
    public static readonly CueSet MeasureSources = new(
        "survey", "surveys", "csew", "cvs", "ons", "office for national statistics", "iquanta", "msg", "most similar group", "needs assessment", "jsna");

    /// <summary>
    /// Words that ask which topic is counted most ("which crime is the most common", "the highest volume crimes", "what happens
    /// most"): the topics in order of the counts printed, never a change ("biggest rise" has a word of <see cref="Up"/>).
    /// </summary>
    public static readonly CueSet LargestVolume = new(
        "most common", "commonest", "most frequent", "most frequently", "most often", "happens most", "happen most", "happened most",
        "occurs most", "occur most", "most prevalent", "highest volume", "highest volumes", "largest volume", "largest volumes",
        "biggest volume", "biggest volumes", "greatest volume", "high volume", "higher volume", "highest number", "largest number",
        "greatest number", "biggest number", "most numerous", "biggest crime", "biggest crimes", "largest crime", "largest crimes",
        "largest crime type", "biggest crime type", "top crimes", "top crime", "top 3 crimes", "top three crimes", "top 5 crimes", "top five crimes", "top 10 crimes", "top ten crimes",
        "main crime", "main crimes", "by volume", "order of volume",
        "most crimes", "most offences", "the biggest", "the largest", "the highest", "most recorded", "highest count", "highest counts",
        "largest count", "biggest count");

    /// <summary>Words that ask which topic is counted least ("the rarest crime", "lowest volume", "least common").</summary>
    public static readonly CueSet SmallestVolume = new(
        "least common", "rarest", "most rare", "least frequent", "least frequently", "least often", "happens least", "happen least",
        "occurs least", "lowest volume", "lowest volumes", "smallest volume", "smallest volumes", "low volume", "lower volume",
        "lowest number", "smallest number", "fewest", "fewest crimes", "smallest crime", "smallest crimes", "the smallest", "the lowest",
        "least recorded", "lowest count", "lowest counts", "smallest count");

    /// <summary>Nouns of what police figures count: with them, a glossary term names a kind of count ("police recorded crimes").</summary>
    public static readonly CueSet CrimeNouns = new("crime", "crimes", "offence", "offences", "offense", "offenses", "incident", "incidents");

    /// <summary>Words of what was done, not what could be: "what did the partnership do", "carried out", "delivered".</summary>
    public static readonly CueSet PastDeeds = new("did", "was done", "were done", "has done", "have done", "carried out", "delivered", "took place");

    public static readonly CueSet Findings = new(
        "key findings", "main findings", "findings", "headlines", "headline", "emerging trends", "emerging local trends",
        "emerging issues", "main points", "key points", "overview", "big picture", "executive summary", "summary of the assessment",
        "what does the assessment say", "what's the assessment say", "key messages");

    /// <summary>
    /// An overview of the whole assessment in everyday words ("give me the headline figures", "summarise the assessment", "what's
    /// the overall picture", "what do I need to know"): with no topic named and nothing of the asker's, its key findings.
    /// </summary>
    public static readonly CueSet Overview = new(
        "main messages", "headline figures", "headline numbers", "headline stats", "summarise", "summarize", "sum up", "sum it up",
        "summary of crime", "summary of the year", "overall picture", "general picture", "whole picture", "in a nutshell", "the gist",
        "brief me", "briefing", "need to know", "should i know", "should we know", "tldr", "tl dr", "is cambridge safe",
        "is the city safe", "how safe is cambridge", "how safe is the city", "safe place to live", "safe place to work", "safe city");

    /// <summary>
    /// How the city stands, asked with no topic ("what are we worst at", "where are we doing well"): its standing against similar
    /// areas, topic by topic, is the assessment's judgement of where it does well or badly.
    /// </summary>
    public static readonly CueSet Standing = new(
        "worst at", "best at", "do worst", "do best", "do badly", "do well", "doing worst", "doing best", "doing badly", "doing well",
        "doing poorly", "perform worst", "perform best", "perform badly", "perform well", "performing worst", "performing best",
        "performing badly", "performing well", "performing poorly", "weakest", "strongest", "bad at", "good at");

    /// <summary>
    /// Things getting worse, asked with no topic ("what's getting worse", "any bad news"): the biggest risers. A topic named beside
    /// them ("is burglary getting worse") asks that topic's change instead.
    /// </summary>
    public static readonly CueSet GettingWorse = new(
        "getting worse", "got worse", "gotten worse", "gone worse", "going badly", "gone badly", "going wrong", "gone wrong", "bad news",
        "deteriorating", "deteriorated", "worsening", "worsened", "on the rise");

    /// <summary>
    /// Things getting better, asked with no topic ("what improved", "any good news?", "what's going well"): the biggest fallers.
    /// </summary>
    public static readonly CueSet GettingBetter = new(
        "getting better", "got better", "gotten better", "improved", "improving", "good news", "going well", "gone well",
        "positive news", "on the way down");

    /// <summary>
    /// The city's worries as a whole, asked with no topic ("what are the biggest problems", "what should we be worried about"):
    /// the assessment's key findings and emerging trends are its own answer.
    /// </summary>
    public static readonly CueSet OverallConcerns = new(
        "biggest problem", "biggest problems", "main problem", "main problems", "biggest issue", "biggest issues", "main issues",
        "key issues", "main concerns", "key concerns", "biggest concern", "biggest concerns", "areas of concern", "worried about",
        "worry about", "most worrying", "biggest worry", "biggest worries", "biggest risk", "biggest risks", "main risks", "key risks",
        "what worries", "keep you up at night", "priorities for concern");

    /// <summary>Words that ask for the list of dated events whatever topic is named beside them ("key dates in the DA work").</summary>
    public static readonly CueSet KeyDatesOnly = new(
        "key dates", "important dates", "main dates", "list of dates", "list the dates", "all the dates", "timeline", "milestones", "chronology");

    /// <summary>Words asking to go through the priorities.</summary>
    public static readonly CueSet Walkthrough = new(
        "walk me through", "walk through", "go through the priorities", "take me through", "talk me through", "all the priorities",
        "what are the priorities", "list the priorities", "list priorities", "show the priorities", "show me the priorities",
        "our priorities", "the priorities", "priorities for 2018/19", "partnership priorities", "recommended priorities",
        // "what are the top 3 priorities?", "the main priorities": the priorities, which the assessment does not rank.
        "main priorities", "top priorities", "top 3 priorities", "top three priorities", "key priorities", "3 priorities", "three priorities");

    public static readonly CueSet Caveats = new(
        "disagree", "differ", "different story", "difference between", "differences between", "discrepancy", "caveat", "caveats",
        "reliable", "reliability", "trust the figures", "trust these figures", "trust the police figures", "trust police figures",
        "trust the police data", "trust the data", "trust the numbers", "trust these numbers", "trust the stats", "how accurate",
        "accuracy", "excluded from the", "left out of the figures", "missing from the figures", "why are police figures", "recording changes",
        "recording practice", "recording standards", "why do police", "police figures and", "police data and",
        "crime survey and police", "csew and police", "csew vs police", "police vs csew", "police versus", "two sources", "data quality",
        "why is recorded crime", "genuine increase", "genuine rise", "real increase", "real rise", "genuine");

    public static readonly CueSet Unanswered = new(
        "unanswered questions", "unanswered question", "show unanswered", "questions you couldn't answer", "questions you could not answer",
        "what couldn't you answer", "what could you not answer", "failed questions", "questions nobody answered", "unanswered");

    public static readonly CueSet Glossary = new(
        "what does", "stand for", "meaning of", "mean by", "define", "definition", "what is meant", "what's meant", "explain the term",
        "what is a", "what is an", "what's a", "what's an", "who are", "who is", "what is", "what's", "what are");

    public static readonly CueSet LogUpdate = new(
        "log an update", "log update", "log a update", "log an outcome", "log progress", "log the update", "record an update",
        "record an outcome", "record progress", "submit an update", "add an update", "post an update", "new update",
        "report progress", "give an update", "update on", "i want to log", "log an outcome update", "outcome update");

    public static readonly CueSet UpdateHistory = new(
        "show updates", "show the updates", "show me the updates", "updates for", "latest on", "what's the latest",
        "whats the latest", "latest update", "latest updates", "progress on", "update history", "history of updates",
        "how is it going with", "status of", "any updates", "read the updates");

    public static readonly CueSet ExportUpdates = new(
        "export updates", "export the updates", "export all updates", "export outcome updates", "download updates",
        "download the updates", "updates as csv", "updates as a csv", "csv of updates", "export to csv", "export as csv");

    public static readonly CueSet AuditLog = new(
        "audit log", "audit trail", "show the audit", "show audit", "who changed what", "audit");

    public static readonly CueSet MakeAnalyst = new(
        "an analyst", "make analyst", "add analyst", "new analyst", "as analyst", "analyst role");

    public static readonly CueSet RemoveAnalyst = new(
        "remove analyst", "remove an analyst", "remove the analyst", "remove as analyst", "remove as an analyst", "no longer an analyst",
        "no longer analyst", "take the analyst role", "revoke analyst");

    public static readonly CueSet UndoImport = new(
        "undo the last import", "undo the import", "undo last import", "undo import", "undo the last upload", "undo the upload",
        "undo the last load", "revert the last import", "revert the import", "roll back the last import", "roll back the import", "rollback the import");

    public static readonly CueSet ApplyImport = new(
        "apply the import", "apply the upload", "apply the file", "apply this file", "apply the figures", "apply the changes", "apply the preview");

    public static readonly CueSet CancelImport = new(
        "cancel the import", "cancel the upload", "cancel the file", "discard the upload", "discard the file", "discard the import", "don't load it");

    public static readonly CueSet AssignLead = new(
        "make someone the lead", "the lead for", "lead of", "assign a lead", "assign lead", "assign the lead", "set the lead",
        "set lead", "add a lead", "add lead", "new lead", "appoint a lead", "appoint");

    public static readonly CueSet RemoveLead = new(
        "remove the lead", "remove lead", "remove a lead", "unassign", "no longer the lead", "no longer lead", "take off as lead",
        "remove as lead", "remove them as lead");

    /// <summary>Words asking for every lead rather than one topic's: "who are the leads", "list leads", "all the leads".</summary>
    public static readonly CueSet AllLeads = new("are the leads", "all", "every", "list", "show", "everyone", "each", "everybody");

    public static readonly CueSet ListLeads = new(
        "who leads", "who is the lead", "who's the lead", "who are the leads", "list leads", "list the leads", "show leads",
        "show the leads", "who is leading", "who's leading");

    public static readonly CueSet Unsubscribe = new("unsubscribe", "stop the quarterly summary", "stop sending", "no more summaries", "cancel the subscription", "stop posting");

    public static readonly CueSet Subscribe = new("subscribe", "sign this channel up", "sign up for the quarterly", "post the quarterly summary here", "send the summary here", "send summaries here");

    public static readonly CueSet ListSubscriptions = new("list subscriptions", "show subscriptions", "which channels are subscribed", "who is subscribed", "subscriptions", "subscribed channels");

    public static readonly CueSet SendSummary = new("send the quarterly summary now", "send the summary now", "post the summary now", "send the quarterly summary", "post the quarterly summary now", "send it now");

    public static readonly CueSet PreviewSummary = new("preview the quarterly summary", "preview the summary", "preview summary", "summary preview", "preview");

    public static readonly CueSet ShowSummary = new("quarterly summary", "summary for", "summary for the quarter", "quarter summary", "how did the quarter go", "how did last quarter go", "summary of the quarter", "the summary");

    /// <summary>Words that name the quarterly summary of outcome updates itself, whatever else the question names.</summary>
    public static readonly CueSet QuarterlySummary = new("quarterly summary", "summary for the quarter", "quarter summary", "how did the quarter go", "how did last quarter go", "summary of the quarter", "outcome updates", "summary of updates");

    /// <summary>The assessment's own summary: never the quarterly summary of outcome updates.</summary>
    public static readonly CueSet ExecutiveSummary = new("executive summary", "exec summary", "assessment's summary", "assessment summary", "summary of the assessment");

    public static readonly CueSet FollowUp = new(
        "what about", "how about", "and for", "same for", "and what about", "now do", "and the", "and");

    /// <summary>A rate per household ("per 1,000 households", "per household"): the similar-areas comparison's basis.</summary>
    public static readonly CueSet PerHousehold = new("per 1000 households", "per 1,000 households", "per thousand households", "per household", "per households", "households rate");

    /// <summary>A rate per dwelling ("per 100 dwellings", "per dwelling"): the annual burglary rate's basis.</summary>
    public static readonly CueSet PerDwelling = new("per 100 dwellings", "per hundred dwellings", "per dwelling", "per dwellings", "per 100 homes", "per 100 houses");

    /// <summary>A rate per head of population ("per 1,000 population", "per head", "per resident").</summary>
    public static readonly CueSet PerHead = new("per 1000 population", "per 1,000 population", "per 1000 people", "per 1,000 people", "per head", "per capita", "per resident", "per 1000 residents", "per 1,000 residents");
}
