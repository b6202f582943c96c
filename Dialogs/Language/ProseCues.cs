namespace SafetyBot.Dialogs.Language;

/// <summary>The words that mark a question answered from the assessment's prose, by what it asks (issue 13).</summary>
internal static class ProseCues
{
    public static readonly CueSet Author = new(
        "who wrote", "who produced", "who authored", "who prepared", "who compiled", "who reviewed", "author", "authors",
        "which version", "what version", "version of the assessment", "version of this", "purpose of this document",
        "purpose of the document", "purpose of the assessment", "purpose of this assessment", "where does the quote",
        "who is the assessment for", "who published", "who went through", "who checked", "who analysed", "who looked at",
        "named analyst", "named author", "named officer", "named contact", "named person", "named individual", "contact officer",
        "analyst's name", "analyst name", "name of the analyst", "who was the analyst", "who is the analyst", "who's the analyst",
        "name of the author", "who is the contact", "who's the contact");

    /// <summary>
    /// Who made the assessment or whose words it quotes, asked in other words than <see cref="Author"/> ("who put it together",
    /// "who's behind this report", "whose quote is the one about ...", "who said that"): the document's authors or a quote's source.
    /// </summary>
    public static readonly CueSet MadeBy = new(
        "who put", "put together by", "who made", "who created", "who drew up", "who drafted", "who is behind", "who's behind",
        "who was behind", "who did the assessment", "who did the report", "who did this", "who did the document", "whose quote",
        "whose words", "who is quoted", "who's quoted", "who was quoted", "who said", "who says", "quote from", "quote is from",
        "who is the quote", "who's the quote", "source of the quote", "source of that quote", "source of this quote", "quote come from", "who wrote", "whose report", "whose document", "whose assessment");

    /// <summary>
    /// Who did a piece of the work, asked by its doer ("which team", "which organisation", "who"): with <see cref="Making"/> and
    /// no topic named, who made the assessment ("which team did the analysis of local and national trends in this document").
    /// </summary>
    public static readonly CueSet Maker = new(
        "who", "whom", "which team", "what team", "which organisation", "what organisation", "which organization", "what organization",
        "which group", "what group", "which body", "which department", "what department", "which unit", "which analysts", "whose");

    /// <summary>The work of making the assessment: analysing, researching, writing, compiling ("did the analysis", "researched it").</summary>
    public static readonly CueSet Making = new(
        "analysis", "analysed", "analyzed", "analyse", "analyze", "analysing", "research", "researched", "produced", "produce", "wrote",
        "written", "write", "compiled", "compile", "prepared", "prepare", "authored", "put together", "drew up", "drafted", "pulled together",
        "crunched", "number crunching", "reviewed the trends", "looked at the trends", "reviewed the data",
        // "which organisation put this strategic assessment together", "which team reviewed the local and national trends": a verb
        // of making with its object between its words.
        "put", "reviewed", "made", "created", "assembled", "pulled", "drew", "did the", "carried out", "undertook", "led the");

    /// <summary>
    /// Whom the assessment is for ("who is the report aimed at", "who's the audience", "who is it written for"): its purpose, which
    /// says it is for the partnership to agree the focus of its future work.
    /// </summary>
    public static readonly CueSet Audience = new(
        "aimed at", "written for", "intended for", "meant for", "produced for", "prepared for", "audience", "who is it for", "who's it for",
        "who is this for", "who's this for", "who reads", "who should read", "readership");

    /// <summary>
    /// Why the assessment was made, asked with the document named ("why was this document produced?", "what's the point of the
    /// report", "why did they write the assessment"): its purpose.
    /// </summary>
    public static readonly CueSet DocumentPurpose = new(
        "why was this", "why was the", "why is this", "why is there", "why was it", "why did they write", "why did they produce",
        "why write", "why produce", "why was a", "point of the", "point of this", "purpose of", "its purpose", "what is it for",
        "what's it for", "reason for the", "reason for this");

    /// <summary>
    /// When the assessment itself was made, asked of the document ("what date is on the document", "when was the report published",
    /// "what version is this report", "how old is the assessment"): with <see cref="DocumentNamed"/>, its title page's version and month.
    /// </summary>
    public static readonly CueSet DocumentDate = new(
        "date", "dated", "published", "publication", "written", "produced", "released", "issued", "came out", "come out", "how old",
        "how recent", "what version", "which version", "version", "what month", "which month", "put out", "signed off");

    /// <summary>
    /// The assessment's name asked ("what is the full title of this report", "what's the doc called", "the name of the
    /// assessment"): with <see cref="DocumentNamed"/>, its title page, which gives the title with the version and month.
    /// </summary>
    public static readonly CueSet DocumentTitle = new(
        "title", "titled", "full title", "called", "name of the document", "name of the report", "name of the assessment",
        "name of this document", "name of this report", "name of this assessment", "document's name", "report's name");

    /// <summary>
    /// Whether figures are projections ("are the 2017 rates actual or projected?", "is the vehicle crime rate a projection",
    /// "are these figures forecasts"): the assessment's own caveat that some 2017 rates are projected.
    /// </summary>
    public static readonly CueSet Projection = new(
        "projected", "projection", "projections", "forecast", "forecasts", "forecasted", "predicted", "prediction", "predictions",
        "extrapolated", "estimated or actual", "actual or estimated", "provisional", "actual figures", "actual rates", "actual rate",
        "real figures", "real rates", "final figures", "final rates", "actual or", "or actual");

    /// <summary>The year ahead ("for the coming year", "next year's", "2018/19"): with the priorities, the ones recommended for it.</summary>
    public static readonly CueSet NextYear = new(
        "next year", "coming year", "year ahead", "upcoming year", "following year", "next 12 months", "2018/19", "2018-19", "2018 19",
        "for 2018", "new year", "going forward", "this coming year", "moving forward", "in future", "in the future", "for the future",
        "from now on", "years ahead", "coming years");

    /// <summary>
    /// Other sources of data and sharing it ("health data", "information sharing", "identify high risk cases"): a question about a
    /// topic several indicators share that names one asks of the assessment's words, not which indicator.
    /// </summary>
    public static readonly CueSet DataSharing = new(
        "health data", "a&e data", "hospital data", "nhs data", "gp data", "health services", "health", "hospital", "hospitals", "nhs",
        "data sharing", "sharing data", "share data", "information sharing", "share information", "sharing information", "high risk",
        "identify", "identifying", "identified", "contribution", "contributing", "contribute", "lacking");

    /// <summary>
    /// What to keep an eye on ("anything we should keep an eye on", "what should we watch out for", "any warning signs"): of the
    /// conversation's topic, its own watching brief or nothing.
    /// </summary>
    public static readonly CueSet WhatToWatch = new(
        "keep an eye on", "keep an eye", "keeping an eye", "watch out for", "watch for", "look out for", "lookout for", "watching brief",
        "be aware of", "be wary of", "keep watch", "keep tabs", "keep track of", "be mindful of", "worth watching", "worth monitoring",
        "should we monitor", "should we be monitoring", "should we watch", "need to watch", "to watch", "warning signs", "red flags",
        "be watching", "be monitoring", "watching out for", "keep an eye out", "be looking out for", "be keeping an eye");

    /// <summary>
    /// Whom to link up with ("who should we link up with on it", "who could we partner with", "who should we connect with"): of the
    /// conversation's topic, the opportunities the scanning table gives for it, or nothing.
    /// </summary>
    public static readonly CueSet LinkUpWith = new(
        "link up", "linking up", "link in with", "linked up", "connect with", "connecting with", "partner with", "partnering with",
        "team up", "teaming up", "liaise with", "liaising with", "should we work with", "could we work with", "can we work with",
        "to work with", "join up with", "joining up with", "reach out to", "engage with", "collaborate with", "collaborating with",
        "get in touch with", "should we talk to", "should we speak to", "who to involve", "should we involve", "bring in",
        "be working with", "work alongside", "working alongside", "be linking up", "be linking with", "be partnering with", "be connecting with");

    /// <summary>
    /// What needs improving ("what needs improving in 2018", "where is there room for improvement", "what could be done better"): of
    /// the conversation's topic, its own words on improvements, or nothing.
    /// </summary>
    public static readonly CueSet NeedsImproving = new(
        "needs improving", "need improving", "needs to improve", "need to improve", "needs improvement", "need improvement", "to be improved",
        "could be improved", "can be improved", "should be improved", "room for improvement", "areas for improvement", "what to improve",
        "improve on", "get better at", "do better", "done better", "needs fixing", "need fixing", "needs work", "falling short");

    /// <summary>The assessment itself named ("what's the doc", "what is this report about", "tell me about the assessment").</summary>
    public static readonly CueSet DocumentNamed = new(
        "document", "doc", "assessment", "report", "strategic assessment", "this review", "the review", "paper", "pdf");

    /// <summary>The assessment by its own name ("what is the strategic assessment"), not a glossary term of like words (the JSNA).</summary>
    public static readonly CueSet StrategicAssessment = new("strategic assessment", "community safety strategic assessment");

    /// <summary>
    /// The words of asking what the document is, besides its name ("what can you tell me about, what's the doc"): a question
    /// of only these and <see cref="DocumentNamed"/> asks what the assessment is.
    /// </summary>
    public static readonly CueSet DocumentAskingWords = new(
        "what", "whats", "what's", "is", "are", "was", "the", "this", "that", "it", "its", "a", "an", "about", "tell", "me", "us", "can",
        "could", "you", "please", "cover", "covers", "for", "on", "of", "all", "describe", "explain", "summarise", "summarize", "overview",
        "which", "so", "and", "ok", "okay", "then", "exactly", "anyway", "again", "remind", "i", "we", "reading", "looking", "at", "here",
        "strategic", "community", "safety", "do", "does",
        // "what document do you know about", "which report have you got", "what paper are you based on": what SafetyBot draws on.
        "know", "have", "got", "read", "based", "use", "using", "your", "from");

    /// <summary>
    /// A measure or source of figures named as such, not a topic ("the CSEW", "CVS rates", "police recorded crime figures"):
    /// what is asked of it is its caveats, in the assessment's words.
    /// </summary>
    public static readonly CueSet Measure = new(
        "csew", "crime survey", "cvs", "commercial victimisation survey", "victimisation survey", "survey", "surveys",
        "police recorded crime", "recorded crime", "police recorded", "police data", "police figures", "police numbers",
        "police stats", "police statistics", "a&e data", "health data", "survey data", "survey figures");

    /// <summary>
    /// Figures named by a general word ("the DA data", "burglary figures"): with a topic named and <see cref="ShortcomingOf"/>,
    /// that topic's caveats ("what's the issue with the DA data").
    /// </summary>
    public static readonly CueSet MeasureWords = new("data", "figures", "figure", "stats", "statistics", "numbers", "recording", "records");

    /// <summary>"the date and version number of this assessment": the number of its version, not a figure.</summary>
    public static readonly CueSet VersionNumber = new("version number", "version no", "version numbers", "issue number", "edition number");

    /// <summary>What is wrong with something named ("problem with", "issues with", "weaknesses of"): a part of <see cref="Shortcoming"/>.</summary>
    public static readonly CueSet ShortcomingOf = new(
        "problem with", "problems with", "issue with", "issues with", "wrong with", "trouble with", "weakness", "weaknesses", "downside",
        "downsides", "drawback", "drawbacks", "flaw", "flaws", "pitfall", "pitfalls", "shortcoming", "shortcomings", "limits of",
        "any good", "good for", "good enough", "useful for", "fit for purpose", "lacking", "missing from", "gap in", "gaps in");

    /// <summary>
    /// What a measure cannot do or gets wrong ("whats the problem with police recorded crime figures", "why can't csew give a
    /// cambridge figure", "what are the weaknesses of the CSEW"): with <see cref="Measure"/>, the measure's caveats.
    /// </summary>
    public static readonly CueSet Shortcoming = new(
        "problem with", "problems with", "issue with", "issues with", "wrong with", "trouble with", "weakness", "weaknesses", "downside",
        "downsides", "drawback", "drawbacks", "flaw", "flaws", "pitfall", "pitfalls", "can't", "cant", "cannot", "can not", "unable",
        "not able", "limits of", "shortcoming", "shortcomings", "catch with", "wary of", "careful with", "careful about", "not tell",
        "doesn't tell", "does not tell", "doesn't give", "does not give", "doesn't cover", "does not cover", "doesn't show", "does not show",
        // "is the health data good for identifying high risk DA cases", "is the A&E data any good": whether it is fit for a use.
        "any good", "good for", "good enough", "useful for", "fit for purpose", "lacking", "missing from");

    /// <summary>
    /// Whether a measure's figures can be compared ("can we compare cvs rates over time", "are the CSEW figures comparable year on
    /// year", "is it fair to compare police data over time"): with <see cref="Measure"/>, the measure's caveats.
    /// </summary>
    public static readonly CueSet Comparable = new(
        "can we compare", "can i compare", "can you compare", "can they be compared", "can it be compared", "can these be compared",
        "be compared", "comparable", "compare like for like", "like for like", "valid to compare", "fair to compare",
        "ok to compare", "okay to compare", "safe to compare", "sensible to compare", "possible to compare", "should we compare",
        "compare them over time", "consistent over time", "consistent year on year");

    /// <summary>
    /// Whether a rise or fall is real, asked of the conversation's topic ("is that a real rise?", "is it genuine?", "is the
    /// increase real or just recording?"): the topic's own caveat in the assessment's words, not the general caveats.
    /// </summary>
    public static readonly CueSet RealChange = new(
        "real rise", "real increase", "real fall", "real drop", "real decrease", "real change", "genuine", "genuinely", "actually rising",
        "actually risen", "actually gone up", "just recording", "only recording", "down to recording", "recording changes", "recording practice",
        "a real", "really rising", "really risen", "really gone up", "is it real", "is that real", "is this real",
        // "does the national rise in VWI definitely mean more violence is happening": whether a rise in the figures is one in crime.
        "definitely mean", "necessarily mean", "actually happening", "really happening", "more violence is happening",
        "more crime is happening", "more crimes are happening", "more offences are happening");

    /// <summary>
    /// The figures as the thing that rose, not a number asked: "is the rise in police figures real", "are the crime statistics
    /// showing a genuine increase", "is the increase in recorded numbers genuine".
    /// </summary>
    public static readonly CueSet FiguresThatRose = new(
        "police figures", "police numbers", "police statistics", "police stats", "recorded figures", "recorded numbers", "crime figures",
        "crime statistics", "crime stats", "crime numbers", "rise in the figures", "rise in figures", "increase in the figures",
        "increase in figures", "rise in the numbers", "increase in the numbers", "the figures show", "the statistics show");

    public static readonly CueSet When = new(
        "when was", "when were", "when did", "when is", "when will", "when does", "what date", "which date", "what year was",
        "which year was", "how long has", "how long have", "since when", "date of", "how many years", "for how long",
        // "could you remind me when the conference took place", "do you know when it was": a date asked politely.
        "remind me when", "tell me when", "know when", "say when", "says when", "find out when", "when it took place",
        "when that took place", "when this took place",
        // "which year is Chelsea's Choice being delivered", "in what year did the group start": a year asked of a deed (a month is
        // asked of a topic's figures too: "which months is VAP highest" is no date).
        "which year is", "what year is", "which year are", "what year are", "which year did", "what year did", "which year will",
        "what year will", "in which year", "in what year");

    public static readonly CueSet WhoLeads = new(
        "who leads", "who led", "who is leading", "who's leading", "who is the lead", "who's the lead", "who is responsible",
        "who's responsible", "who supplies", "who provides", "who provided", "who completed", "who carried out", "who runs",
        "who delivers", "who delivered", "who got", "who funds", "who funded", "who paid for", "who pays for", "who is paying for", "who is funding", "who financed", "which agency", "which agencies",
        "which organisation", "which group", "which multi-agency group", "which multiagency group", "who should",
        "lead agency", "who does", "who did", "who is in charge");

    /// <summary>
    /// A "who" question about a role in other words than <see cref="WhoLeads"/> ("who is the partnership lead for DA at the
    /// moment", "who needs to be appointed for DA", "who is meant to coordinate..."), with one of <see cref="Role"/>: the
    /// assessment names agencies, leads and suppliers, so it is asked of the agency sentences, after the rows for authors and surveys.
    /// </summary>
    public static readonly CueSet Who = new("who", "whom", "who's");

    /// <summary>A role someone has in the work: leading, being appointed, supplying, running, funding, coordinating.</summary>
    public static readonly CueSet Role = new(
        "lead", "leads", "leading", "appointed", "appoint", "appointing", "responsible", "responsibility", "in charge", "supply",
        "supplies", "supplied", "supplying", "provide", "provides", "provided", "run", "runs", "running", "coordinate", "coordinates",
        "coordinating", "chair", "chairs", "chairing", "manage", "manages", "managing", "fund", "funds", "funding", "deliver", "delivers",
        "delivering", "owner", "owns", "accountable", "oversee", "oversees", "overseeing");

    /// <summary>
    /// Why something happened, asked outright ("why", "how come") or as the assessment's explanation of it ("is there any explanation
    /// for the drop", "what does the report put the rise down to", "what's causing it", "is the rise attributed to anything").
    /// </summary>
    public static readonly CueSet Why = new(
        "why", "how come", "what explains", "what is behind", "what's behind", "reason for", "reasons for", "what caused", "what's driving", "what is driving",
        "explanation", "explanations", "explain why", "explain the rise", "explain the increase", "explain the fall", "explain the drop",
        "explain the decrease", "explain the reduction", "what lies behind", "what is causing", "what's causing", "cause of", "causes of",
        "caused by", "put down to", "puts down to", "attributed to", "attribute to", "attributes to", "reasons behind", "reason behind", "driven by", "drivers of", "driver of", "due to what", "what is it due to",
        // "hasn't dropped like the rest - any reason given?", "is there a reason given for the fall": the assessment's reason asked for.
        "any reason", "a reason", "reason given", "reasons given", "any reasons", "reason why", "reasons why", "any explanation",
        // "what is the reason violence with injury went down", "what reasons does it give": the reason asked without "for" or "why".
        "the reason", "the reasons", "what reason", "what reasons",
        // "what is really causing it", "what's chiefly behind this": the same asked with a word of degree between.
        "mainly driving", "mostly driving", "really driving", "chiefly driving", "primarily driving", "mainly causing", "mostly causing",
        "really causing", "chiefly causing", "mainly behind", "mostly behind", "really behind", "chiefly behind");

    /// <summary>
    /// A choice between measures asked ("should I trust the Crime Survey or police figures", "which is more reliable, the CSEW or police
    /// data", "is the crime survey better than police recorded crime for violence"): the assessment's words on what each measures better.
    /// </summary>
    public static readonly CueSet MeasureChosen = new(
        "trust", "rely on", "rely", "believe", "better", "best", "more reliable", "more accurate", "most reliable", "most accurate",
        "prefer", "go with", "should i use", "should we use", "which to use", "which one", "which is right", "more trustworthy");

    /// <summary>
    /// A change judged good or bad ("is the rise in DA crimes good news or bad news", "is the increase a positive thing", "should
    /// we welcome the rise in reporting"): how the assessment reads the change, which is in its words (an increase in recorded
    /// domestic abuse "is positive"), not its size.
    /// </summary>
    public static readonly CueSet ChangeJudged = new(
        "good news", "bad news", "good or bad", "good thing", "bad thing", "a positive", "positive or negative", "positive thing",
        "negative thing", "seen as positive", "seen as negative", "viewed as positive", "viewed as negative", "welcome", "welcomed",
        "encouraging", "a good sign", "a bad sign", "good sign", "bad sign", "something to worry about", "cause for concern",
        "worrying or", "a success", "a failure", "is it positive", "is it negative", "is that positive", "is this positive");

    public static readonly CueSet Survey = new(
        "according to the crime survey", "according to the csew", "according to the survey", "according to csew",
        "survey say", "survey says", "survey show", "survey shows", "survey estimate", "survey estimates", "survey suggest",
        "survey found", "csew say", "csew says", "csew estimate", "csew estimates", "csew show", "csew shows", "cvs say", "cvs show",
        "victimisation survey", "behaviour survey");

    /// <summary>
    /// A national survey named beside a topic ("csew asb experience range", "what did the crime survey find on burglary"):
    /// its estimates are in the assessment's words, not in the topic's police figures.
    /// </summary>
    public static readonly CueSet SurveyNamed = new(
        "csew", "crime survey", "crime survey for england and wales", "cvs", "commercial victimisation survey", "commercial victimization survey",
        "commercial victimisation", "business crime survey");

    public static readonly CueSet Definition = new(
        "keyword", "keywords", "included in", "sub-category", "subcategory", "new category", "which crimes are in",
        "what crimes are in", "what's in");

    /// <summary>
    /// Words that ask what a topic's figures count, whatever else the question says: "what counts as violence without
    /// injury" asks for a definition, though "count" alone asks for a number.
    /// </summary>
    public static readonly CueSet DefinitionAsked = new(
        "mean by", "meant by", "means by", "what counts as", "what count as", "counted as", "count as", "what is counted", "what's counted", "what gets counted",
        "what is included", "what's included", "what does it include", "what do they include", "defined", "definition of",
        "how is it defined", "what is classed as", "what's classed as", "classed as", "classified as", "include", "includes",
        // "what got moved into violence without injury", "which offences were reclassified": what a category now counts.
        "moved into", "moved in to", "moved to", "moved out of", "moved from", "moving into", "reclassified", "re-classified",
        "now classified", "now classed", "now counted", "recategorised", "recategorized", "re-categorised", "changed category",
        // "what sort of offences fall under violence without injury", "which crimes come under VAP": what a category holds.
        "offences fall under", "offences fall within", "crimes fall under", "crimes fall within", "offences come under",
        "crimes come under", "offences sit under", "crimes sit under", "what falls under", "what falls within", "what comes under");

    public static readonly CueSet Caveat = new(
        "how reliable", "reliable", "caveat", "caveats", "limitation", "limitations", "missing", "unsighted", "gaps in",
        "data gap", "what period", "which period", "period does", "period is", "enough to measure", "underreporting",
        "under-reporting", "accurate", "trust", "been analysed", "been analyzed", "been explored", "been examined", "been looked at",
        "been looked into", "been investigated", "been assessed", "been studied", "been researched", "been considered",
        "not analysed", "not analyzed", "not explored", "not examined", "not looked at", "not investigated", "is it known", "is anything known");

    /// <summary>
    /// The period a source's figures cover ("what period does the CSEW data go up to", "which period do the MSG rankings cover"):
    /// answered by the sentence that gives the period ("year ending September 2017"), so a when-question.
    /// </summary>
    public static readonly CueSet PeriodCovered = new(
        "what period", "which period", "what time period", "which time period", "period does", "period do", "period covered",
        "up to when", "until when", "till when", "to when", "complete to", "complete up to", "go up to", "goes up to", "run to", "runs to", "run up to", "runs up to", "cover up to", "covers up to", "how recent", "how up to date", "how current",
        // "what months does the CSEW data cover", "what's the time frame of the MSG comparison".
        "what months are covered", "which months are covered",
        "months covered", "what time frame", "which time frame", "what timeframe", "which timeframe", "date range", "how old is the data",
        "how old are the figures", "cover to", "covers to", "go up until", "goes up until", "run until", "runs until");

    public static readonly CueSet Recommend = new(
        "recommend", "recommends", "recommended", "recommendation", "recommendations", "suggest", "suggests", "bear in mind",
        // Other forms of the same verbs ("what's the report recommending", "the suggested response", "what's proposed", "what's the ask").
        "recommending", "suggested", "suggesting", "suggestion", "suggestions", "propose", "proposes", "proposed", "proposing", "proposal",
        "proposals", "advising", "the ask",
        "advise", "advised", "advises", "advice", "should the partnership", "what should", "should the csp", "should the community safety partnership",
        "take part", "participate", "participation", "get involved");

    /// <summary>
    /// Where within an area ("where in the county", "which part of the county"): the assessment answers in words, not figures.
    /// </summary>
    public static readonly CueSet WhereWithin = new("where", "which part", "what part", "which parts", "what parts", "which area of", "what area of", "whereabouts");

    /// <summary>
    /// The county as the scope of a structure or of the work ("the countywide structure for DA", "county-level work"), not as an
    /// area whose figures are asked: the assessment speaks of it in its words.
    /// </summary>
    public static readonly CueSet CountyStructure = new("countywide", "county-wide", "county wide", "county level", "county-level", "across the county");

    /// <summary>
    /// The priorities as the subject of "should" ("what sort of work should the partnership priorities reflect", "how should
    /// priorities be chosen"): what the assessment recommends the priorities be like, not which priorities it recommends.
    /// </summary>
    public static readonly CueSet PrioritiesShould = new(
        "priorities should", "priority should", "should the priorities", "should the partnership priorities", "should the partnerships priorities",
        "should the partnership's priorities", "should our priorities", "should priorities", "should the csp priorities", "should the csp's priorities",
        "should its priorities", "should their priorities", "priorities ought", "should a priority");

    /// <summary>
    /// What the assessment says the partnership's priorities should be, in its own words: work that is not "business as usual", where the
    /// partnership can "add value" ("should the priorities be business as usual?", "where can the CSP add value?").
    /// </summary>
    public static readonly CueSet BusinessAsUsual = new(
        "business as usual", "business-as-usual", "add value", "adds value", "adding value", "added value", "value add", "value added");

    /// <summary>
    /// The kind of work asked of the priorities ("what kind of work should the CSP's priorities cover", "what sort of things should
    /// our priorities be about", "what should the priorities focus on"): with a word for the priorities, what the assessment says they
    /// should reflect.
    /// </summary>
    public static readonly CueSet KindOfWork = new(
        "kind of work", "kinds of work", "sort of work", "sorts of work", "type of work", "types of work", "kind of things",
        "sort of things", "type of things", "kind of activity", "sort of activity", "type of activity", "kind of projects",
        "sort of projects", "type of projects", "should focus on", "should focus", "should concentrate on", "should reflect", "should be about");

    /// <summary>Young people by the words members use ("young people", "teenagers", "pupils"): whom the Health Related Behaviour Survey asks.</summary>
    public static readonly CueSet YoungPeople = new(
        "young people", "young person", "youngsters", "teenagers", "teens", "pupils", "school children", "schoolchildren", "children",
        "kids", "adolescents", "under 18s", "under-18s", "school pupils");

    /// <summary>Young people's own use of drugs or alcohol ("use drugs", "drinking", "substance misuse"), not crimes against or by them.</summary>
    public static readonly CueSet SubstanceUse = new(
        "use drugs", "use of drugs", "using drugs", "take drugs", "taking drugs", "drug use", "drug taking", "use alcohol", "use of alcohol",
        "alcohol use", "drink alcohol", "drinking", "drink", "substance use", "substance misuse", "drug misuse", "alcohol misuse",
        "use drugs and alcohol", "behave", "behaviour", "smoke", "smoking");

    /// <summary>
    /// Words that set the focus asked in the year reviewed ("what the partnership's DA focus was this year", "the focus for DA work in
    /// 2017/18"): what was done, not what should be.
    /// </summary>
    public static readonly CueSet YearReviewed = new("this year", "last year", "2017/18", "17/18", "was", "were", "so far", "has been", "have been");

    /// <summary>The partnership's priorities by a word for them ("priorities", "prioritise").</summary>
    public static readonly CueSet PrioritiesWord = new("priorities", "priority", "prioritise", "prioritize");

    /// <summary>
    /// What a national statistics body says in the assessment's quotes ("what does the ONS say police recorded crime is better at
    /// measuring"): answered from the quote, not the national picture topic by topic.
    /// </summary>
    public static readonly CueSet StatisticsBodySays = new(
        "ons say", "ons says", "ons said", "ons state", "ons states", "ons note", "ons notes", "ons explain", "ons explains", "ons think",
        "according to the ons", "according to ons", "office for national statistics say", "office for national statistics says",
        "according to the office for national statistics", "ons quote", "quote from the ons", "ons warn", "ons warns");

    /// <summary>
    /// Words that only ask for the assessment's advice, with no subject of their own ("what does the report suggest we do?",
    /// "so what should we do then?"): the subject is the conversation's.
    /// </summary>
    public static readonly CueSet AdviceAsking = new(
        "what", "does", "do", "did", "the", "this", "that", "it", "its", "we", "us", "our", "i", "you", "they", "should", "so", "and", "then",
        "now", "next", "here", "about", "any", "there", "are", "is", "can", "could", "ok", "okay", "well", "report", "assessment", "document",
        "review", "suggest", "suggests", "recommend", "recommends", "recommendation", "recommendations", "advise", "advises", "advice", "say", "says");

    /// <summary>
    /// Names that hold a figure word ("number plate recognition cameras", "ANPR"): the assessment's words on them, not a count of
    /// a topic ("number" here names a thing, it does not ask how many).
    /// </summary>
    public static readonly CueSet NamesWithAFigureWord = new(
        "number plate", "number plates", "numberplate", "numberplates", "anpr", "automatic number plate");

    /// <summary>
    /// Words that bring a survey's national estimate home ("what does CSEW estimate for local victims", "how many residents here"):
    /// of the topic the conversation is on, when the question names none.
    /// </summary>
    public static readonly CueSet Local = new(
        "local", "locally", "here", "in the city", "in cambridge", "for cambridge", "for the city", "our residents", "residents", "for us");

    public static readonly CueSet About = new(
        "what is", "what's", "what are", "what was", "what were", "tell me about", "anything on", "anything about",
        "what does the assessment say", "what does it say", "what does the document say", "say about", "info on",
        "information on", "more about", "what happened", "any outcomes", "outcomes", "alternative", "where do", "where does");

    /// <summary>What was done about a topic: its interventions, campaigns, activities and their outcomes.</summary>
    public static readonly CueSet Activities = new(
        "intervention", "interventions", "activity", "activities", "campaign", "campaigns", "initiative", "initiatives",
        "outcome", "outcomes", "awareness", "what was done", "what has been done", "were done", "was done",
        "focused on", "focussed on", "concentrated on", "worked on", "been working on", "did the partnership do", "has the partnership done", "did we do",
        "have we done", "has been achieved", "was achieved", "achievements", "achieved");

    /// <summary>
    /// The focus of the work on something ("what was the focus for domestic abuse work this year", "where is the emphasis on DA"): the
    /// assessment's words on what was done, not a figure.
    /// </summary>
    public static readonly CueSet Focus = new(
        "focus", "focused", "focussed", "focusing", "focussing", "emphasis", "concentrate", "concentrated", "concentrating");

    /// <summary>
    /// How something is kept track of ("how is the increase in DA reporting monitored", "how will outcomes be measured", "how do
    /// we track progress on it"): the assessment's words on it, not a figure.
    /// </summary>
    public static readonly CueSet Monitoring = new(
        "monitored", "monitor", "monitors", "monitoring", "tracked", "tracking", "measured", "measure progress",
        "measuring progress", "evaluated", "evaluate", "evaluating", "kept track", "keep track", "keeping track");

    /// <summary>
    /// Whether something is enough on its own ("why isn't just monitoring police data enough", "is police recorded crime sufficient to
    /// judge progress", "can we rely on police figures alone"): with <see cref="Monitoring"/>, the assessment's advice on it.
    /// </summary>
    public static readonly CueSet Sufficiency = new(
        "enough", "sufficient", "insufficient", "adequate", "inadequate", "on its own", "by itself", "alone", "purely", "solely",
        "rely on", "relying on", "relied on");

    /// <summary>
    /// How partners help with something, asked of the conversation's topic or a named one ("how are partners helping with it",
    /// "what are agencies doing about county lines", "how is the partnership tackling it"): what was done, in the assessment's words.
    /// </summary>
    public static readonly CueSet Helping = new(
        "helping", "help with", "helping with", "doing about", "doing to", "doing on", "working on", "work on", "tackling", "contributing",
        "contribute to", "supporting", "support with", "involved in", "their role", "our role", "role in", "play a part", "playing a part",
        "partners doing", "agencies doing", "others doing", "else doing", "everyone doing", "partners do", "agencies do", "others do");

    /// <summary>What could be done next, not what was done: "what could the partnership do", "next steps".</summary>
    public static readonly CueSet WhatCouldBeDone = new(
        "could", "should", "what can", "can be done", "next steps", "can we", "opportunities", "opportunity", "partnership do",
        "do about", "to tackle", "in future", "next year");

    /// <summary>
    /// Work planned or identified for the future ("what improvements are they planning for 2018", "what's planned for county
    /// lines", "next steps for White Ribbon"): the assessment's words on it, within the topic named or carried from the conversation.
    /// </summary>
    public static readonly CueSet Planned = new(
        "planned", "planning", "plans", "plan for", "improvements", "improvements for", "going forward", "identified for improvement",
        "what's next", "what is next", "next steps", "trying to improve", "want to improve", "wants to improve", "aim to improve",
        "aiming to improve", "hope to improve", "hoping to improve", "looking to improve", "planning to improve", "going to improve",
        "needs improving", "need improving", "needs to improve", "need to improve", "needs improvement", "need improvement", "to be improved",
        "could be improved", "can be improved", "should be improved", "room for improvement", "areas for improvement", "what to improve",
        "improve on", "get better at", "do better", "done better",
        // "and what are they improving in 2018?", "what is being improved next year": the work to improve, asked in the present.
        "what are they improving", "what are we improving", "what is being improved", "what's being improved", "whats being improved",
        "what are being improved", "what will be improved", "what will they improve", "what will we improve", "what they are improving",
        "what they're improving", "what theyre improving");

    /// <summary>What a source does to the topics it raises, asked in the present ("what does SOCP highlight").</summary>
    public static readonly CueSet SourceFlags = new(
        "highlight", "highlights", "flag", "flags", "mention", "mentions", "raise", "raises", "cite", "cites", "point to", "points to");

    /// <summary>What the partnership paid for or ran ("which school programmes has the partnership funded").</summary>
    public static readonly CueSet Funded = new(
        "funded", "has funded", "have funded", "paid for", "commissioned", "ran", "has run", "have run", "delivered");

    /// <summary>A judgement asked of the last answer ("is 14th good or bad", "is that high?", "should we be worried about that").</summary>
    public static readonly CueSet Judged = new(
        "good or bad", "good", "bad", "high", "low", "worrying", "concerning", "acceptable", "normal", "a problem", "worried",
        "good news", "bad news", "above average", "below average", "better or worse");

    /// <summary>
    /// The size of what was just answered judged ("are they big numbers?", "is that a lot", "are those large numbers"): the
    /// assessment's own judgement of it (a group's findings say some rises are low volume), or the last figure again.
    /// </summary>
    public static readonly CueSet SizeJudged = new(
        "big numbers", "big number", "large numbers", "large number", "high numbers", "small numbers", "low numbers", "a lot",
        "lots", "big", "large", "huge", "massive", "tiny", "significant", "significant numbers", "sizeable", "substantial", "much of a");

    /// <summary>
    /// How a subject stands, asked in everyday words ("what's the picture", "what's the situation with", "how bad is"): the
    /// assessment's judgement of it, in its words.
    /// </summary>
    public static readonly CueSet HowItStands = new(
        "what's the picture", "whats the picture", "what is the picture", "what's the situation", "whats the situation",
        "what is the situation", "what's the story", "whats the story", "what is the story", "how bad is", "how bad are",
        "how big a problem", "how serious is", "how serious are", "what's the position", "what is the position", "state of play");

    /// <summary>A share of a table's whole: "what proportion", "share", "percentage".</summary>
    public static readonly CueSet TableShare = new("proportion", "share", "percentage", "per cent of", "percent of");

    /// <summary>"what did the 2017/18 assessment say about X": one assessment's words about a topic (the year picks the document).</summary>
    public static readonly CueSet DocumentSaid = new(
        "assessment say", "assessment says", "assessment said", "document say", "document says", "document said",
        "report say", "report says", "report said", "review say", "review says", "review said");

    /// <summary>
    /// The marks of a table ("the asterisk", "the figures in brackets", "the starred number"): what they mean is the table's note.
    /// </summary>
    public static readonly CueSet TableMarks = new(
        "asterisk", "asterisks", "asterix", "star", "starred", "stars", "brackets", "bracketed", "bracket", "parentheses", "parenthesis",
        "in parentheses", "round brackets");

    /// <summary>Words asking what a mark means ("what does it mean", "why are some in brackets"), not a marked figure's value.</summary>
    public static readonly CueSet MarkMeaning = new(
        "mean", "means", "meaning", "signify", "signifies", "stand for", "stands for", "indicate", "indicates", "represent", "represents",
        "why is", "why are", "why do", "why does", "explain", "refer to", "refers to", "referring to", "relate to", "relates to",
        "for what", "denote", "denotes", "tell us", "show", "shows", "what's the asterisk", "what is the asterisk", "what's the star", "what is the star");

    /// <summary>
    /// A topic's figures judged low ("why is local cybercrime so low", "why so few modern slavery crimes"): asked why, the
    /// assessment's reason is most often that crimes go unreported, so its words on under-reporting are looked for too.
    /// </summary>
    public static readonly CueSet SoLow = new(
        "so low", "so few", "that low", "this low", "very low", "really low", "quite low", "so little", "so small", "low numbers",
        "low figures", "low count", "low counts", "low volume", "low volumes", "low level", "low levels", "isn't higher", "not higher",
        "aren't higher", "not more", "so rare", "so uncommon", "hardly any", "barely any");

    /// <summary>"what does the assessment say about X": a passage about X, not the key findings.</summary>
    public static readonly CueSet SayAbout = new("say about", "says about", "said about", "say on", "says on", "mention", "mentions");

    /// <summary>
    /// What the assessment says of a subject, asked in other words than <see cref="SayAbout"/> ("does it say anything about
    /// violence and the night time economy", "what does it say re drug deaths", "what was the issue with car enthusiasts",
    /// "any mention of health data"): the assessment's words on the subject, whatever topic one of its words names.
    /// </summary>
    public static readonly CueSet SubjectAsked = new(
        "say about", "says about", "said about", "say anything about", "says anything about", "say anything on", "says anything on",
        "say re", "says re", "said re", "say regarding", "says regarding", "said regarding", "say of", "says of", "anything about",
        "anything on", "anything re", "anything regarding", "mention of", "mentions of", "mention about", "issue with", "issues with",
        "problem with", "problems with", "the deal with", "the story with", "the story on", "the concern with", "the concern about",
        "talk about", "talks about", "written about", "write about", "writes about", "concern about", "concerns about", "concern over",
        "concerns over", "concern raised", "concerns raised", "concerned about", "worry about", "worries about", "worried about", "raised about",
        "raised over", "comment on", "comments on", "comment about", "point about", "note about", "notes about", "looked at", "look at",
        "looked into", "look into", "explored", "explore", "examined", "examine", "investigated", "investigate",
        // "does the report mention car enthusiasts", "what concerns have been raised", "has anyone checked whether the NTE is behind it".
        "worry with", "worries with", "worry over", "worry for", "worries for", "concern for", "concerns for", "concern with", "concerns with",
        "mention", "mentions", "mentioned", "concern", "concerns", "checked", "check", "analysed", "analyzed", "analyse", "analyze",
        "studied", "researched",
        // "what are car enthusiasts up to that's worrying the city".
        "worrying");

    /// <summary>
    /// The words of asking what the assessment says ("what does it say about", "anything re", "the issue with") and of its
    /// place: none names the subject asked about (see <see cref="SubjectAsked"/>).
    /// </summary>
    public static readonly CueSet SubjectAskingWords = new(
        "what", "whats", "does", "did", "do", "is", "was", "were", "are", "has", "have", "it", "its", "the", "this", "that", "there",
        "say", "says", "said", "anything", "something", "about", "re", "regarding", "on", "of", "with", "and", "or", "in", "for", "any",
        "issue", "issues", "problem", "problems", "mention", "mentions", "deal", "story", "concern", "talk", "talks", "written", "write",
        "writes", "document", "doc", "assessment", "report", "review", "local", "locally", "here", "city", "cambridge", "our", "we",
        "concerns", "concerned", "raised", "worry", "worries", "worried", "worrying", "over", "comment", "comments", "point", "note", "notes", "been", "per",
        "us", "me", "tell", "please", "a", "an", "at", "all", "by", "to", "they", "them", "their", "looked", "look", "into", "explored",
        "explore", "examined", "examine", "investigated", "investigate", "mentioned", "checked", "check", "analysed", "analyzed", "analyse",
        "analyze", "studied", "researched", "anyone", "anybody", "someone", "whether", "doing", "can", "you", "exec", "executive", "summary", "section",
        "should", "would", "could", "be", "being", "how", "why", "who", "when", "where", "which", "much", "very", "really", "still",
        "also", "just", "need", "needs", "your", "you're", "youre", "we're", "were");

    /// <summary>
    /// How two subjects relate ("the link between violence and the NTE", "is alcohol connected to violence", "the overlap between county
    /// lines and DA"): the assessment's words on where they meet.
    /// </summary>
    public static readonly CueSet Relation = new(
        "link between", "links between", "linked to", "linked with", "link with", "link to", "relationship between", "relationship with",
        "connection between", "connections between", "connected to", "connected with", "connection with", "overlap between", "overlap with",
        "association between", "associated with", "correlation between", "correlated with", "tied to", "tie between");

    /// <summary>
    /// An example asked for ("what problem is given as an example under the vulnerable locations priority", "any examples of county
    /// lines methods"): the assessment's words that give it ("such as street drug dealing"), not the topic's card.
    /// </summary>
    public static readonly CueSet Example = new(
        "example", "examples", "for instance", "an instance", "give an example", "such as", "e.g.", "illustration");

    /// <summary>Words that ask about the whole assessment rather than a figure ("the assessment", "the document").</summary>
    public static readonly CueSet Document = new("the assessment", "this assessment", "the document", "this document", "the report", "this report",
        "the strategic assessment", "this strategic assessment", "the doc", "this doc");

    /// <summary>
    /// The county's other districts, unnamed ("which districts", "other areas in the county", "the rest of Cambridgeshire"): with
    /// <see cref="Weighed"/>, the city weighed against them.
    /// </summary>
    public static readonly CueSet OtherDistricts = new(
        "districts", "other districts", "which district", "which districts", "neighbouring areas",
        "neighbouring districts", "other councils", "other local authorities", "other parts of the county", "rest of the county",
        "elsewhere in the county", "other county districts", "other csps");

    /// <summary>Words that weigh one area against another: "higher than us", "worse", "below", "than the city".</summary>
    public static readonly CueSet Weighed = new(
        "higher", "lower", "worse", "better", "above", "below", "more than", "less than", "fewer", "bigger", "smaller", "than us",
        "than we", "than ours", "than cambridge", "than the city", "rank", "ranked", "stack up");

    /// <summary>The most similar group of areas (iQuanta's peers across England): not the county's districts.</summary>
    public static readonly CueSet SimilarGroup = new("similar", "msg", "iquanta", "peer", "peers", "group average");

    /// <summary>The parts of a priority, in members' words: "what's the specific workstream under it?", "which projects sit within it?".</summary>
    public static readonly CueSet WorkUnder = new(
        "programme", "programmes", "program", "programs", "workstream", "workstreams", "work stream", "work streams", "strand", "strands",
        "project", "projects", "initiative", "initiatives", "piece of work", "pieces of work", "area of work", "areas of work");

    /// <summary>Whether one trend goes the way of another: "is that in line with national?", "does it match the national trend?".</summary>
    public static readonly CueSet InLineWith = new(
        "in line with", "out of line with", "match", "matches", "matching", "mirror", "mirrors", "consistent with", "in step with",
        "out of step with", "the same as", "same trend as", "same way as", "similar to");

    /// <summary>What stands in the way of work ("what are they up against?"): not a rise, whatever its "up".</summary>
    public static readonly CueSet Obstacle = new(
        "up against", "challenge", "challenges", "obstacle", "obstacles", "barrier", "barriers", "difficulty", "difficulties", "struggle",
        "struggling", "main problem", "biggest problem", "major problem", "key problem", "headache", "headaches", "hurdle", "hurdles",
        "sticking point", "stumbling block", "hardest part", "problem with", "problems with", "problem for", "problems for");

    /// <summary>Words that place one thing beneath another: "under it", "within it", "part of it".</summary>
    public static readonly CueSet Beneath = new("under", "underneath", "beneath", "within", "inside", "part of", "sits in", "sit in", "come under", "falls under");

    /// <summary>
    /// Words that point back to the conversation's topic ("why is it a concern?"), their contractions too, as typed without the
    /// apostrophe ("what's the main problem they're up against?").
    /// </summary>
    public static readonly CueSet Pointer = new(
        "it", "its", "that", "this", "they", "them", "their", "these", "those", "there", "theyre", "theyve", "theyll", "thats", "theres");

    /// <summary>
    /// The change just answered, named by its definite article ("what was the reason for the fall", "what lies behind the increase",
    /// "anything explaining this jump"): a why-question about it, naming no topic, points back to the conversation's topic.
    /// </summary>
    public static readonly CueSet TheChange = new(
        "the rise", "the increase", "the drop", "the fall", "the decrease", "the decline", "the reduction", "the jump", "the spike",
        "the growth", "the change", "the dip", "the surge", "this rise", "this increase", "this drop", "this fall", "this decrease",
        "this decline", "this reduction", "this jump", "this change", "that rise", "that increase", "that drop", "that fall");
}
