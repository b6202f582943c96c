namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// The passage index's own words: question words a query ignores, and everyday words that mean the
/// same as the assessment's ("up" for "increase", "wrote" for the Research Group that "reviewed" it).
/// The topic names come from the knowledge (<see cref="KnowledgeNames"/>).
/// </summary>
internal static class RetrievalLexicon
{
    /// <summary>Words of a question that say nothing about what it is about.</summary>
    internal static readonly string[] QuestionWords =
    [
        "what", "whats", "why", "who", "whom", "whose", "when", "where", "which", "how",
        "do", "does", "did", "done", "doing", "is", "are", "was", "were", "be", "been", "being", "am",
        "has", "have", "had", "having", "can", "could", "would", "will", "shall", "may", "might", "must",
        "say", "says", "said", "saying", "tell", "told", "telling", "mention", "mentions", "mentioned", "state", "states", "stated",
        "me", "us", "i", "we", "you", "your", "yours", "my", "our", "ours", "he", "she", "it", "its", "they", "them", "their", "his", "her",
        "about", "please", "thanks", "thank", "hi", "hello", "hey", "safetybot", "bot", "kindly", "just", "really", "actually", "exactly",
        "know", "want", "wanted", "like", "give", "show", "get", "got", "go", "goes", "going", "went", "gone", "happen", "happened",
        "thing", "things", "anything", "something", "also", "so", "very", "any", "some", "much", "many", "used", "use", "using",
        "here", "there", "those", "these", "explain", "reason", "reasons", "should", "issue", "issues",
        "general", "generally", "kind", "sort", "summary", "exec", "executive", "summarise", "summarize", "overview", "briefly", "directly", "time", "times", "life", "today", "tomorrow", "tonight", "yesterday", "now", "best", "according", "rest", "through",
        "ok", "okay", "moment", "involve", "involves", "currently", "presently", "anyway", "try", "tries", "tried", "trying", "hope", "hopes", "hoping", "hoped", "wanting",
        "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "weren't", "werent", "hasn't", "hasnt", "haven't", "havent",
        "doesn't", "doesnt", "don't", "dont", "didn't", "didnt", "won't", "wont", "can't", "cant", "couldn't", "couldnt",
        "wouldn't", "wouldnt", "shouldn't", "shouldnt", "though", "enough",
        "they're", "theyre", "they've", "theyve", "they'll", "theyll", "that's", "thats", "there's", "theres", "who's", "whos", "how's", "hows", "main",
        // "is there any explanation given for", "what else should it decide", "start going up again": words of asking, not of the subject.
        "given", "else", "again",
        // "what lies behind the fall": the verb of asking what is behind something.
        "lies", "lie",
        // "what ought the partnership to do": "ought" asks as "should" does.
        "ought",
        // "could you remind me when the conference took place": a polite way of asking, not its subject.
        "remind", "recall", "remember",
        // "faster than violence with injury": the word of a comparison, not of its subject.
        "than",
        // "why the big rise?", "why such a huge jump": how big a move is, not what it is of.
        "big", "huge", "massive", "such",
        // "has anyone looked at it", "the survey versus the police figures": who might have done it, and the word of setting two
        // things side by side, say nothing of the subject.
        "anyone", "anybody", "someone", "somebody", "versus", "vs", "anywhere", "somewhere", "right",
    ];

    /// <summary>Groups of words with one meaning for the index: each group's id and its words or phrases.</summary>
    internal static readonly (string Id, string[] Words)[] Groups =
    [
        ("up", ["up", "rise", "rises", "rising", "rose", "risen", "increase", "increased", "increases", "increasing", "higher", "grew", "grown", "growth", "upward", "spike", "went up", "gone up", "go up", "going up"]),
        ("down", ["down", "fall", "falls", "falling", "fell", "fallen", "decrease", "decreased", "decreases", "decreasing", "decline", "declined", "declining", "reduce", "reduced", "reduction", "reducing", "lower", "drop", "dropped", "drops", "dip", "dips", "dipped", "downward", "went down", "gone down", "go down", "going down"]),
        ("author", ["wrote", "write", "written", "writer", "writers", "author", "authors", "authored", "compiled", "prepared", "produced", "research group",
            "named analyst", "an analyst", "the analyst", "which analyst", "named author", "named person", "named individual", "contact officer", "named officer"]),
        // "is that a real rise?": the assessment says whether increases "reflect a genuine rise".
        ("genuine", ["genuine", "genuinely", "real"]),
        ("document", ["assessment", "document", "strategic assessment", "scanning table", "full scanning table", "doc", "the sa", "that sa", "this sa"]),
        // "when did that SA go to the partnership": the assessment says it "was only brought to the partnership".
        ("brought", ["brought to", "brought before", "go to", "went to", "gone to", "taken to", "presented to", "submitted to", "came to", "come to"]),
        // "what should the CSP do about DA leadership": the assessment's "a lead for Domestic Abuse ... is appointed".
        ("lead", ["lead", "leads", "leading", "led", "responsible", "responsibility", "in charge", "leadership", "lead officer", "lead role",
            // "who takes the lead on county lines": the assessment's Constabulary that "continues to lead" on it.
            "take the lead", "takes the lead", "taking the lead", "took the lead", "taken the lead"]),
        // "what proportion of people are DA victims according to the CSEW": the share asked is the survey question's form; the
        // assessment gives it as a percentage ("around 7.5% of all females"), whose sign the index never sees (see AspectProfile).
        // "what does the crime survey say about how common it is": question words are gone before these groups are read, so "how
        // common" is "common" by then.
        ("share", ["proportion", "proportions", "percentage", "percentages", "share", "per cent", "percent", "how common", "common", "what fraction"]),
        ("police", ["police", "constabulary"]),
        // "the action recommended", "which course of action is suggested": what to do, asked of the assessment's advice (see AspectProfile).
        // Not "response" nor "steps": their stems are "responsible" and "in step with" too.
        ("action", ["action", "actions", "course of action", "courses of action"]),
        // "how do they track progress on it": the assessment's aims "monitored through police data".
        ("monitor", ["monitor", "monitors", "monitored", "monitoring", "track", "tracks", "tracked", "tracking"]),
        // "who sends us the treatment data": the assessment's data "supplied to CSP by" the DAAT.
        ("supply", ["supply", "supplies", "supplied", "supplying", "send", "sends", "sent", "sending", "provide", "provides", "provided", "providing"]),
        // "in which years were car thefts at their low point": the RAC's thefts "bottoming out in 2013 and 2014".
        ("bottom", ["bottoming out", "bottomed out", "bottom out", "bottoming", "lowest point", "low point", "trough", "hit bottom", "bottomed"]),
        ("recommend", ["recommend", "recommends", "recommended", "recommendation", "recommendations", "recs", "suggest", "suggests", "suggested", "propose", "proposes", "advise", "advises", "advice", "bear in mind", "keep in mind"]),
        ("estimate", ["estimate", "estimates", "estimated", "survey", "surveys", "approximate", "approximates", "approximation"]),
        // "what does the CSEW estimate for local victims": the assessment's "3,000 residents in Cambridge City".
        ("local", ["local", "locally", "residents", "resident"]),
        ("peer", ["similar areas", "similar places", "similar districts", "most similar", "peers", "peer group", "rank", "ranked", "ranking", "rankings"]),
        ("death", ["died", "die", "dies", "death", "deaths", "lost their lives", "fatal", "fatalities"]),
        // "is 2017 a bad year for teenage deaths?": the assessment's deaths "set to be the worst since 2008" (members say "bad").
        ("worst", ["worst", "worse", "bad", "badly"]),
        // "teen deaths", "teenage knife deaths": the assessment's "deaths among teenagers" and "young people aged 19 and under".
        ("teenager", ["teen", "teens", "teenage", "teenaged", "teenager", "teenagers", "adolescent", "adolescents", "aged 19 and under", "19 and under", "under 20s", "under-20s"]),
        ("underreport", ["under reporting", "under-reporting", "underreporting", "under reported", "under-reported", "underreported", "unreported", "not reported", "go unreported",
            "real level", "true level", "real extent", "true extent", "real scale", "true scale", "real number", "true number", "hidden",
            // "why might the real figure be higher?": the assessment's "massive underreporting".
            "real figure", "real figures", "true figure", "true figures", "actual figure", "actual figures", "actual number", "actual numbers",
            "real numbers", "true numbers", "real picture", "true picture", "full picture", "real amount", "true amount", "tip of the iceberg"]),
        // "when did the marker come in?": the assessment's "since the introduction of the cybercrime marker in mid-2014" ("in" is a
        // stop word, so "come in" is "come", which also stays a word of causes).
        ("introduced", ["introduced", "introduction", "introduce", "introducing", "come in", "came in", "brought in", "launched", "launch"]),
        // "what events were run?": the White Ribbon "activities ... including a community DASV forum and ... day".
        ("event", ["event", "events", "activities", "activity"]),
        ("cause", ["cause", "caused", "causes", "causing", "behind", "come", "driving", "driven", "driver", "drivers", "explains", "explanation", "explanations"]),
        // "why is modern slavery a concern": the assessment says the SOCP "highlights the high potential" for it.
        ("worry", ["worry", "worries", "worried", "worrying", "concern", "concerns", "concerned", "concerning", "high potential"]),
        // "why is modern slavery flagged as a risk": the SOCP's "high potential" for it, beside the "high risk of harm".
        ("risk", ["risk", "risks", "threat", "threats", "high potential"]),
        // "since when has it been falling": the words of asking since when (see AspectProfile), and the assessment's "since 2013" and
        // "seen from around 2009".
        ("since", ["since", "since when", "from around", "from about", "seen from"]),
        // "could the sexual offences rise be historic cases": the assessment's "non-recent" offences, "a number of years ago".
        ("nonrecent", ["non-recent", "non recent", "historic", "historical", "historic cases", "historical cases", "historic offences",
            "historical offences", "historic abuse", "old cases", "old offences", "years ago", "a number of years ago", "from years back"]),
        ("review", ["review", "reviews", "reviewed", "reviewing", "check", "checked", "checking", "went through", "gone through", "examined"]),
        ("people", ["people", "persons", "respondents", "individuals"]),
        ("women", ["women", "woman", "female", "females"]),
        ("men", ["men", "man", "male", "males"]),
        ("anpr", ["ANPR", "number plate recognition", "automatic number plate recognition"]),
        ("programme", ["programme", "programmes", "program", "programs", "project", "projects", "scheme", "schemes", "initiative", "initiatives"]),
        ("caveat", ["caveat", "caveats", "warning", "warnings", "limitation", "limitations", "caution", "health warning", "health warnings",
            "reliable", "reliability", "unreliable", "accurate", "accuracy", "trust", "trustworthy"]),
        ("choose", ["choose", "chooses", "choosing", "chose", "chosen", "choice of", "select", "selects", "selecting", "selected", "pick", "picks", "picking", "picked", "adopt", "adopts", "adopting", "adopted", "set priorities", "setting priorities"]),
        // "what are they looking to improve next year": the assessment's "actions already identified for improvement in 2018" (the
        // year after the one it reviews).
        ("plan", ["plan", "plans", "planned", "planning", "identified for improvement", "going forward", "next steps", "looking to",
            "aiming to", "next year", "coming year", "the year ahead", "following year"]),
        // "what might push it higher?", "what could make it worse", "what could fuel more of it": the assessment's setbacks that
        // "could provoke further" offences (a word of making something rise, beside the word of rising).
        ("provoke", ["provoke", "provokes", "provoked", "provoking", "push", "pushes", "pushing", "pushed", "fuel", "fuels", "fuelled",
            "fuelling", "trigger", "triggers", "triggered", "spark", "sparks", "stoke", "stokes", "escalate", "escalates", "worsen", "worsens",
            "make worse", "get worse", "drive up", "drives up", "further"]),
        ("district", ["district", "districts", "Peterborough", "Fenland", "Huntingdonshire", "East Cambridgeshire", "South Cambridgeshire", "other districts"]),
        // "CSE marked crimes": the assessment's crimes "that have a Child Sexual Exploitation marker applied".
        ("marker", ["marker", "markers", "flag", "flags", "flagged", "flagging", "tag", "tagged", "tagging", "marked crimes", "marked offences"]),
        // "the slight drop in DA incidents": the assessment's incidents that have "fallen slightly".
        ("slight", ["slight", "slightly", "marginal", "marginally", "a little", "a bit"]),
        // "what else should the partnership decide": the assessment says it "should also consider" who will lead.
        // "and over the long term?" after the crime survey: the assessment's "over the longer-term ... substantial falls".
        ("longterm", ["long term", "long-term", "longer term", "longer-term", "over the long run", "in the long run"]),
        ("consider", ["consider", "considers", "considered", "considering", "decide", "decides", "decided", "deciding", "decision", "decisions", "think about", "determine"]),
        ("start", ["start", "starts", "started", "starting", "begin", "begins", "began", "begun", "beginning", "introduction", "introduced",
            "first recorded", "first started", "came in", "brought in"]),
        ("until", ["up to", "until", "till", "up until", "up till", "runs up to", "run up to", "runs to", "run to", "runs until", "run until", "covers up to", "cover up to", "to the end of", "data end", "data ends"]),
        ("highvolume", ["high volume", "high-volume", "higher volume", "most common", "everyday crime", "everyday crimes"]),
        ("january", ["january", "jan"]), ("february", ["february", "feb"]), ("march", ["march", "mar"]), ("april", ["april", "apr"]),
        ("june", ["june", "jun"]), ("july", ["july", "jul"]), ("august", ["august", "aug"]), ("september", ["september", "sept", "sep"]),
        ("october", ["october", "oct"]), ("november", ["november", "nov"]), ("december", ["december", "dec"]),
        ("date", ["date", "dates", "dated", "day"]),
        // "coercive control conf date?": the assessment's "Coercive Control Conference on 22 June 2017".
        ("conference", ["conference", "conferences", "conf", "confs"]),
        // "should the CSP take part": the assessment says it "has the opportunity to participate".
        ("participate", ["take part", "taking part", "took part", "participate", "participates", "participating", "participation", "join in", "sign up to"]),
        // "the T&F group": members shorten the task and finish group the assessment names in full.
        ("taskfinish", ["task and finish", "task & finish", "t&f", "t & f", "t and f"]),
        // "when was it published": the assessment's title page gives its version and month; no passage says "published".
        ("version", ["version", "published", "publish", "came out"]),
        // "when was the conference held": the verb of an event says nothing about it; a when-question drops it (see AspectProfile).
        ("held", ["held", "hold", "holds", "took place", "take place", "takes place", "taken place", "hosted", "host", "occurred", "occur"]),
        // "what is the group set up to do", "what is the toolkit for", "what is it trying to achieve": what something is for,
        // asked of the passage that describes it; the words of the asking are dropped (see AspectProfile).
        ("purpose", ["set up to", "set up for", "set up", "purpose", "purposes", "aim", "aims", "aimed", "aiming", "achieve", "intended",
            "designed to", "goal", "goals"]),
        // "the toolkit being developed": the assessment's "draw up a clear toolkit".
        ("develop", ["develop", "developed", "developing", "development", "draw up", "drawn up", "drawing up", "create", "created", "creating", "put together",
            // "what's the task & finish group working on producing": its work "to draw up a clear toolkit".
            "produce", "producing"]),
        // "an issue that shifts from one part of the city to another": the assessment's problem that "moves from one area to another".
        ("move", ["move", "moves", "moving", "moved", "shift", "shifts", "shifting", "shifted", "displaced", "displacement", "relocate", "relocates",
            "migrate", "migrates"]),
        // "can you give an example": the words of asking for one (see AspectProfile).
        // "an issue that shifts from one part of the city to another": the assessment's "specific areas", "from one area to another".
        ("area", ["area", "areas", "part of the city", "parts of the city", "part of town", "parts of town", "location", "locations",
            "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods"]),
        ("example", ["example", "examples", "for example", "for instance", "instance", "e.g", "eg"]),
        // "what data is missing for high-risk cases": the assessment's "Health data is the lacking contribution".
        ("lacking", ["lacking", "lacks", "lack", "missing", "absent", "not there", "gap in", "gaps in"]),
        // "what should the CSP do at county level": the assessment's "countywide structure".
        ("countywide", ["countywide", "county-wide", "county wide", "county level", "county-level", "across the county"]),
        // "has NTE violence been analysed / looked into": the assessment says what "has not been explored".
        ("explore", ["explored", "explore", "exploring", "analysed", "analyzed", "analyse", "analyze", "analysing", "investigated", "looked into",
            "looked at", "studied", "researched"]),
        // "where do these offences mostly happen": the assessment says intelligence "largely points" to the north of the county.
        ("mostly", ["mostly", "mainly", "largely", "predominantly", "primarily", "chiefly", "for the most part"]),
        // "what range has it stayed in", "has it remained stable": the assessment says "has never moved out of the range".
        ("steady", ["stayed", "stay", "stays", "remained", "remain", "remains", "steady", "stable", "unchanged", "flat", "never moved"]),
        // "who should we link up with on it": the assessment says "connect with organisations that are main stakeholders".
        ("connect", ["connect", "connects", "connecting", "connected", "link up", "linking up", "link in", "liaise", "liaising", "partner with",
            "team up", "reach out", "engage with", "join up", "joined up", "network with"]),
        // "anything we should keep an eye on": the assessment's "keeping a watching brief".
        ("watch", ["keep an eye on", "keep an eye", "keeping an eye", "watching brief", "watch", "watching", "keep watch", "keep tabs",
            "keep track", "look out for", "lookout", "mindful", "could yet get worse", "could get worse"]),
        // "is monitoring police recorded crime enough to judge success": the assessment's "what improvements have been achieved".
        ("success", ["success", "successes", "successful", "succeeded", "improvements have been achieved", "been achieved", "achievements",
            "what works", "progress", "effectiveness", "effective", "impact"]),
        ("judge", ["judge", "judging", "judged", "gauge", "gauging", "measure", "measured", "measuring", "evaluate", "evaluating", "evaluated",
            "evaluation", "tell whether", "know whether", "understanding of"]),
        // "anything about boy racers": the assessment's "car enthusiasts" misusing public spaces.
        ("carenthusiasts", ["car enthusiasts", "car enthusiast", "boy racers", "boy racer", "car meets", "car meet", "car cruising", "cruising",
            "street racing", "racing", "modified cars", "souped up cars"]),
        // "what's the main problem they're up against", "the biggest headache with county lines": the assessment says recruitment
        // "continues to be major problem". A word of difficulty says what is asked of a subject, not the subject (see AspectProfile).
        ("obstacle", ["up against", "main problem", "major problem", "biggest problem", "key problem", "main challenge", "biggest challenge",
            "key challenge", "challenge", "challenges", "difficulty", "difficulties", "obstacle", "obstacles", "barrier", "barriers", "struggle", "struggling",
            "problem", "problems", "headache", "headaches", "biggest headache", "biggest difficulty",
            "biggest obstacle", "biggest barrier", "hardest part", "stumbling block", "stumbling blocks", "sticking point", "hurdle", "hurdles",
            "trouble", "troubles"]),
        // "the biggest ongoing problem": a superlative the assessment never uses, about the question beside a word of difficulty (see AspectProfile).
        ("superlative", ["biggest", "greatest"]),
        // "the key worry about cyber crime", "the top concern": a word of importance, about the question beside a worry (see AspectProfile).
        ("importance", ["key", "major", "chief", "primary", "foremost", "top", "most important", "most significant"]),
        // "the biggest ongoing problem with county lines": the assessment says recruitment "continues to be major problem".
        ("ongoing", ["ongoing", "on-going", "continuing", "continues", "continue", "continued", "persistent", "persisting", "persists",
            "keep", "keeps", "keeping"]),
        // "why is violence without injury rising so much faster than violence with injury": the assessment explains "the larger increase".
        ("more", ["more", "larger", "greater", "bigger", "faster", "quicker", "more quickly", "sharper", "steeper", "outpacing", "outpaced",
            "outstripping", "outstripped"]),
        // "is that in line with national?": the assessment says the city's decrease "matches the national trends".
        ("inline", ["in line with", "matches", "match", "matched", "matching", "mirrors", "mirror", "mirrored", "consistent with", "in step with"]),
        // "why not yet?", "is it too early?": the assessment says there is "no need to report on outcomes at this stage".
        ("notyet", ["yet", "at this stage", "too early", "too soon", "so far", "premature", "not ready"]),
        // "why don't the survey and the police figures agree": the assessment says the two datasets "tell a slightly different story".
        ("differ", ["agree", "agrees", "disagree", "disagrees", "disagreement", "differ", "differs", "different", "difference", "differences",
            "discrepancy", "discrepancies", "mismatch", "contradict", "contradicts", "contradictory", "conflicting", "inconsistent", "diverge", "diverges"]),
        // "the link between violence and the NTE": the assessment's "violence associated with the night-time economy".
        ("associated", ["associated", "association", "link", "links", "linked", "linking", "relationship", "connection", "connections",
            "tied to", "correlation", "correlated", "overlap", "overlaps", "overlapping"]),
        // "what period / how recent / which months is it based on": the words of asking for a period, about the question in a
        // when-question (see AspectProfile); the answer is the sentence that gives the period ("up to the end of September 2017").
        ("period", ["period", "periods", "time period", "timeframe", "time frame", "timescale", "recent", "up to date", "up-to-date",
            "month", "months", "based on", "cover", "covers", "covered", "covering"]),
        // "the CSEW's verdict on violence with injury", "the survey's conclusion": the words of asking for a survey's findings, about
        // the question in a survey question (see AspectProfile).
        // "Find" and "findings" stay words of their own: the key findings' heading holds them.
        ("finding", ["verdict", "verdicts", "conclusion", "conclusions", "conclude", "concludes", "concluded", "stance"]),
        // "the MSG comparisons": the assessment's "compared to the iQuanta MSG areas".
        ("compare", ["compare", "compared", "compares", "comparing", "comparison", "comparisons"]),
        // "which offences were reclassified as violence without injury": the assessment's offences "now classified as" it, and its
        // classifications that "have changed frequently", offences "moving from one category to another".
        ("category", ["category", "categories", "classified", "classification", "classifications", "reclassified", "reclassification",
            "re-classified", "categorised", "categorized", "recategorised", "recategorized"]),
        ("define", ["mean", "means", "meaning", "meant", "define", "defined", "definition", "definitions", "stand for", "stands for",
            "include", "includes", "included", "counts as", "count as", "counted as", "classed as", "classified as"]),
    ];
}
