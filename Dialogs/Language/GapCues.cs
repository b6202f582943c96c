namespace SafetyBot.Dialogs.Language;

/// <summary>
/// The words of questions the assessment cannot answer although they name something it covers (issue 13): requests
/// about individuals and breakdowns it does not give.
/// </summary>
internal static class GapCues
{
    /// <summary>Details that are about one person whoever is named: an address, a phone number, a record.</summary>
    public static readonly CueSet PersonalDetails = new(
        "home address", "address of", "addresses of", "his address", "her address", "their address", "postal address",
        "email address", "e-mail address", "phone number", "phone numbers", "telephone number", "mobile number", "contact number",
        "contact details", "personal details", "date of birth", "where does he live", "where does she live", "where do they live",
        "where he lives", "where she lives", "where they live", "most dangerous person", "dangerous person", "most dangerous man",
        "most wanted", "most dangerous criminal", "criminal record", "criminal records", "previous convictions", "offender record", "offender's record",
        "person's record", "his record", "her record", "their record", "record of the offender", "record of the victim", "national insurance");

    /// <summary>
    /// A colleague's working life ("has Jamie from probation been signed off sick", "is Sarah from the council on leave", "who's
    /// covering for Tom", "has Mark left the council"): about one person who works in the partnership, never in the assessment,
    /// and not SafetyBot's to say.
    /// </summary>
    public static readonly CueSet StaffMatters = new(
        "signed off", "signed-off", "off sick", "off ill", "sick leave", "sick note", "on sick", "off work", "back at work",
        "annual leave", "maternity leave", "paternity leave", "parental leave", "compassionate leave", "study leave", "on leave",
        "on holiday", "on hols", "her holiday", "his holiday", "their holiday", "her leave", "his leave", "off today", "off tomorrow",
        "back from holiday", "back from leave", "back from sick", "back in the office", "in the office today",
        "in today", "in tomorrow", "working from home", "out of office", "on secondment", "handed in notice",
        "handed in his notice", "handed in her notice", "handed in their notice", "been sacked", "been fired", "been suspended",
        "been promoted", "has resigned", "has retired", "is retiring", "leaving do", "leaving party", "who's covering", "who is covering",
        "who covers for", "covering for him", "covering for her", "covering for them", "day off", "days off", "left the council",
        "left the police", "left probation", "left the partnership", "left the team", "new job");

    /// <summary>Words that identify someone: with a word for a person in a case, the question asks who they are.</summary>
    public static readonly CueSet Identity = new(
        "name", "names", "named", "identity", "identities", "whereabouts", "who is the", "who was the", "details of", "details about",
        "file on", "files on");

    /// <summary>
    /// Who is behind an offence ("who is running the county line", "who deals drugs", "who's behind the burglaries", "who controls the
    /// gang"): with a place in the city (<see cref="IntentRules"/>), intelligence on particular people, never in the assessment.
    /// </summary>
    public static readonly CueSet WhoIsBehind = new(
        "who is running", "who's running", "who runs", "who ran", "who is operating", "who's operating", "who operates", "who is dealing",
        "who's dealing", "who deals", "who is selling", "who's selling", "who sells", "who is behind", "who's behind", "who was behind",
        "who controls", "who is controlling", "who's controlling", "who are the dealers",
        "who are the drug dealers", "who is the dealer", "who is responsible for the", "who did the", "who committed");

    /// <summary>People in a case, not agencies or roles the assessment names.</summary>
    public static readonly CueSet People = new(
        "victim", "victims", "offender", "offenders", "perpetrator", "perpetrators", "suspect", "suspects", "abuser", "abusers",
        "attacker", "attackers", "defendant", "defendants", "witness", "witnesses", "case worker", "caseworker", "individual",
        "individuals", "someone", "somebody", "this person", "that person", "the person", "a person", "my neighbour", "neighbour",
        "client", "clients", "service user", "service users", "people referred", "persons referred", "people who were referred");

    /// <summary>The words that, before a dimension, ask for a breakdown ("by ward", "per offender", "for each street").</summary>
    public static readonly string[] Before = ["by", "per", "each", "every", "across"];

    /// <summary>Words that may stand between <see cref="Before"/> and the dimension ("by the victim's age", "per individual offender").</summary>
    public static readonly string[] Between = ["the", "a", "individual", "victim", "victims", "offender", "offenders", "their", "each"];

    /// <summary>The words that, after a dimension, ask for a breakdown ("ward breakdown", "ward level").</summary>
    public static readonly string[] After = ["breakdown", "level", "split", "basis"];

    /// <summary>Superlatives that, with "which ward", ask where a figure is highest: a breakdown.</summary>
    public static readonly CueSet Where = new("most", "highest", "lowest", "worst", "best", "biggest", "fewest", "least", "top");

    /// <summary>
    /// The breakdowns members ask for, by the name the answer uses, each with the words that name it (stemmed when
    /// compared): the assessment gives Cambridge City's totals, not these.
    /// </summary>
    public static readonly (string Name, string[] Words)[] Dimensions =
    [
        ("ward", ["ward"]),
        ("street or postcode", ["street", "postcode", "road"]),
        ("neighbourhood", ["neighbourhood", "neighborhood", "estate"]),
        ("age", ["age", "agegroup"]),
        ("gender", ["gender", "sex"]),
        ("ethnicity", ["ethnicity", "ethnic", "race", "nationality"]),
        ("offender", ["offender", "perpetrator", "suspect"]),
        ("time of day", ["hour", "weekday"]),
    ];

    /// <summary>
    /// The values of the breakdowns members ask for, by the name the answer uses (stemmed when compared): two values of one
    /// breakdown weighed in a question ("race vs religion vs disability", "male and female victims", "white or black
    /// offenders") ask for that breakdown, which the assessment does not give.
    /// </summary>
    public static readonly (string Name, string[] Words)[] Values =
    [
        ("hate crime strand (race, religion, disability, sexual orientation, transgender)", [
            "race", "racial", "racist", "religion", "religious", "faith", "disability", "disabled", "orientation", "homophobic",
            "transgender", "transphobic"]),
        ("gender", ["male", "female", "men", "women", "man", "woman", "boys", "girls"]),
        ("ethnicity", ["white", "black", "asian", "bme", "minority"]),
        ("age", ["adults", "juveniles", "elderly", "older", "younger"]),
    ];

    /// <summary>
    /// Words of a request for figures in general ("crime figures for 2018/19 please"): a question with any other word asks
    /// about something in particular, and is left to the rows that know it.
    /// </summary>
    public static readonly HashSet<string> General = new(
        new[]
        {
            "a", "all", "and", "any", "are", "can", "cambridge", "city", "crime", "data", "do", "figure", "financial", "for", "from",
            "get", "give", "have", "how", "i", "in", "is", "latest", "many", "me", "much", "number", "of", "offence", "our", "overall",
            "please", "police", "quarter", "recorded", "see", "show", "stat", "statistic", "the", "there", "to", "total", "we", "what",
            "what's", "year", "you", "incident", "level", "count", "volume",
            // A request's own words ("could I have", "would you tell me", "I'd like", "pls"): no topic and no figure of their own.
            "could", "would", "can't", "let", "tell", "know", "want", "like", "i'd", "need", "pls", "plz", "were", "was", "be", "will",
            "about", "those", "these", "stats",
        }.Select(Stem.Of),
        StringComparer.Ordinal);

    /// <summary>
    /// Words of a question about how crime is measured ("which is the better measure of homicide"): a topic the assessment has
    /// no figures for named in it is an example, not what is asked.
    /// </summary>
    public static readonly CueSet MeasureTalk = new(
        "better measure", "best measure", "measure of", "measures of", "better for", "better at", "more reliable", "less reliable", "tends to record");

    /// <summary>
    /// Advice about the asker's own situation ("should I go to A&amp;E", "should I buy a steering lock", "what are my rights"):
    /// not what the assessment is for, whatever topic it names.
    /// </summary>
    public static readonly CueSet Advice = new(
        "should i go", "should i buy", "should i get", "should i see", "should i call", "should i ring", "should i report",
        "should i move", "should i lock", "should i install", "should i fit", "should i leave", "should i walk", "shall i go",
        "shall i buy", "what are my rights", "my legal rights", "is it safe for me", "am i safe", "would you recommend",
        "do you recommend", "can you recommend", "is it safe to walk", "is it safe to go", "is it safe to cycle", "is it safe to park",
        "is it safe to leave", "is it safe to live", "is it safe to visit", "is it safe to move", "safe to walk", "safe for my",
        "should i avoid", "is it dangerous to walk", "is it dangerous to go");

    /// <summary>
    /// A member telling SafetyBot of a crime against them ("I was assaulted last night", "my partner hit me"): not a question of
    /// the assessment; the answer points to 999 and 101, never a topic's figures.
    /// </summary>
    public static readonly CueSet CrimeAgainstMe = new(
        [
            .. from who in new[] { "i was", "i've been", "i have been", "i got", "i just got", "we were", "we've been" }
               from what in new[] { "assaulted", "attacked", "beaten up", "burgled", "robbed", "mugged", "stabbed", "raped", "abused", "threatened", "punched", "hit" }
               select who + " " + what,
            "i'm being followed", "i am being followed", "i'm being abused", "i am being abused", "i'm being threatened",
            "i am being threatened", "i'm being stalked", "i am being stalked", "my partner hit me", "he hit me", "she hit me",
            "someone hit me", "someone attacked me", "someone broke into my", "my house was burgled", "my home was burgled",
            "my flat was burgled", "my car was broken into", "my car was stolen", "my bike was stolen", "my phone was stolen",
        ]);

    /// <summary>
    /// A member wanting to report a crime ("I need to report a burglary at my house", "I'd like to report a theft", "how do I file a
    /// police report"): SafetyBot takes no reports; the answer points to 999 and 101. Not "report on the figures" (<see cref="ReportingOnFigures"/>).
    /// </summary>
    public static readonly CueSet ReportingACrime = new(
        "i need to report", "i want to report", "i'd like to report", "i would like to report", "i wish to report", "i have to report",
        "i must report", "i've got to report", "we need to report", "we want to report", "we'd like to report", "make a police report",
        "file a police report", "file a report", "make a report", "making a report", "report a crime to", "report it to the police",
        "report this to the police", "report a crime online");

    /// <summary>Reporting as the partnership does it ("report on the figures", "report back to the board"): not a crime reported.</summary>
    public static readonly CueSet ReportingOnFigures = new(
        "report on", "report back", "report to the board", "report to the partnership", "report to the csp", "report the figures",
        "report these figures", "report the data", "report this data", "report progress", "report outcomes", "report an update");

    /// <summary>
    /// An office held today ("the Police and Crime Commissioner", "the Chief Constable", "the council leader"): asked who holds it
    /// now (<see cref="HeldNow"/>), a name the assessment never gives.
    /// </summary>
    public static readonly CueSet Offices = new(
        "police and crime commissioner", "pcc", "crime commissioner", "chief constable", "deputy chief constable", "police commissioner",
        "mayor", "council leader", "leader of the council", "chief executive", "ceo", "mp", "member of parliament", "home secretary",
        "prime minister", "chief superintendent", "police superintendent", "chief inspector", "director of public health", "minister");

    /// <summary>Words that ask who holds an office now: "who is the current", "currently", "at the moment".</summary>
    public static readonly CueSet HeldNow = new(
        "current", "currently", "now", "at the moment", "right now", "today", "these days", "presently", "nowadays", "at present",
        "in post", "in office", "incumbent", "newly elected");

    /// <summary>
    /// Words that ask what to do, which are advice about the asker's own situation only beside <see cref="Mine"/>
    /// ("my car was broken into, what should I do?"); "what do I do to log an update" is a question about SafetyBot.
    /// </summary>
    public static readonly CueSet WhatToDo = new("what should i do", "what do i do", "do i need to", "do i have to", "should i");

    /// <summary>
    /// An injury of the asker's own ("I've cut my hand", "I hurt my ankle", "my arm is bleeding"): with <see cref="Treatment"/>, a
    /// question of what to do about it, which is medical advice, whatever topic "A&amp;E" names.
    /// </summary>
    public static readonly CueSet OwnInjury = new(
        "i've cut", "i cut", "i have cut", "cut my", "i've hurt", "i hurt", "i have hurt", "hurt my", "i've injured", "i injured",
        "injured my", "i've broken", "broken my", "broke my", "i've burnt", "burnt my", "burned my", "sprained my", "twisted my",
        "banged my", "hit my head", "i'm bleeding", "i am bleeding", "is bleeding", "won't stop bleeding", "i feel ill", "i feel sick",
        "i'm ill", "i am ill", "i'm injured", "i am injured", "i'm hurt", "i am hurt", "been stabbed", "been bitten", "was bitten");

    /// <summary>Where or how an injury is treated: "A&amp;E", a hospital, a GP, an ambulance, stitches.</summary>
    public static readonly CueSet Treatment = new(
        "a&e", "a & e", "a and e", "accident and emergency", "hospital", "doctor", "gp", "ambulance", "111", "nhs", "stitches",
        "urgent care", "walk-in", "walk in centre", "minor injuries", "first aid", "paramedic");

    /// <summary>Words of the asker's own situation.</summary>
    public static readonly CueSet Mine = new("my", "i was", "i've been", "i have been", "i'm being", "i am being", "i cut", "i got", "i've got");

    /// <summary>
    /// Words of buying something ("the best lock to buy for my bike", "where can I buy a steering lock", "cheapest home
    /// insurance"): with <see cref="Mine"/> or <see cref="Recommendation"/>, shopping advice, not a question about figures.
    /// </summary>
    public static readonly CueSet Purchase = new("buy", "buying", "purchase", "purchasing", "shop for", "insurance", "insure", "get a quote");

    /// <summary>Things that protect the asker's own property ("a lock for my bike", "an alarm for my house").</summary>
    public static readonly CueSet Protection = new(
        "lock", "locks", "d-lock", "padlock", "alarm", "alarms", "camera", "cameras", "cctv", "doorbell", "protect", "secure", "security", "tracker");

    /// <summary>Words that, with <see cref="Protection"/> and <see cref="Mine"/>, ask which product or step is best for the asker.</summary>
    public static readonly CueSet BestForMe = new("best", "safest", "cheapest", "most secure", "recommend", "which kind", "what kind", "what type", "which type");

    /// <summary>
    /// Tasks SafetyBot does not do, whatever they name: translating, writing code or a poem, booking, ordering, reminding,
    /// getting a quote ("write me a python script to scrape police.uk", "can you get me a car insurance quote").
    /// </summary>
    public static readonly CueSet Tasks = new(
        "translate", "translation", "translated", "translating",
        "python", "javascript", "java code", "sql", "code", "coding", "script", "scripts", "scrape", "scraper", "scraping", "web scraper",
        "macro", "regex", "excel formula", "spreadsheet formula", "html", "app for", "chatgpt",
        "write me", "write us", "poem", "limerick", "haiku", "song", "rap", "essay", "cover letter", "joke", "jokes", "riddle",
        "book me", "book a", "book an", "book us", "order me", "order a", "order an", "order some", "reserve a", "buy me",
        // "remind me to email the DAAT", "remind me at 3pm"; but "remind me when the conference took place" asks the assessment.
        "remind me to", "remind me at", "remind me on", "remind me in", "remind me tomorrow", "remind me later", "remind me next",
        "remind me every", "remind us to", "set a reminder", "set an alarm", "set a timer", "add to my calendar", "schedule a meeting", "send a text",
        // "set up a Teams call with the fire service lead at 3pm", "arrange a meeting with the DAAT", "send an invite to the board".
        "set up a call", "set up a teams call", "set up a meeting", "set up a teams meeting", "set up a zoom", "setup a call",
        "setup a meeting", "arrange a call", "arrange a meeting", "arrange a teams call", "organise a meeting", "organize a meeting",
        "schedule a call", "schedule a teams call", "schedule a catch up", "book a call", "book a meeting", "send an invite",
        "send a meeting invite", "send a calendar invite", "calendar invite", "teams call with", "video call with", "call with the",
        "email the", "send an email", "send a message to",
        "insurance", "insure", "a quote", "get me a quote", "quote for my", "quote for a", "mortgage", "a loan", "taxi", "uber",
        "bus times", "train times", "directions to", "parking");

    /// <summary>
    /// The partnership's own office life: meetings, expenses, rooms, IT ("what time is the next CSP board meeting", "how do I
    /// claim mileage for visiting the fire station", "reset my password"). Nothing of it is in the assessment, whatever topic
    /// its words name ("fire" is arson's word).
    /// </summary>
    public static readonly CueSet Workplace = new(
        "claim mileage", "mileage claim", "mileage claims", "claim expenses", "expense claim", "expenses claim", "claim my expenses",
        "timesheet", "timesheets", "payslip", "pay slip", "my pay", "my salary", "next meeting", "next board meeting", "next csp board meeting", "next csp meeting", "next partnership meeting",
        "what time is the meeting", "when is the meeting", "meeting room", "book a room",
        "room booking", "minutes of the", "dial in", "teams link", "zoom link", "reset my password", "password reset",
        "my password", "it helpdesk", "it help desk", "service desk", "printer", "my laptop", "car park", "parking permit",
        "lanyard", "id badge", "annual leave request");

    /// <summary>
    /// News, weather, sport and other general knowledge ("what's in the news today", "will it rain tomorrow", "is it legal to
    /// carry a pocket knife"): none of it is in the assessment, whatever topic is named.
    /// </summary>
    public static readonly CueSet GeneralKnowledge = new(
        "in the news", "the news today", "news today", "today's news", "todays news", "news headlines",
        "today's headlines", "headlines today", "bbc news", "breaking news", "weather", "going to rain", "will it rain",
        "temperature today", "weather forecast", "football", "premier league", "league table", "fa cup", "champions league",
        "cricket", "rugby", "tennis", "formula 1", "formula one", "who won", "the score", "what time is it", "what's the time", "what day is it",
        "today's date", "what date is it", "stock price", "share price", "exchange rate", "bitcoin", "lottery", "recipe",
        "is it legal", "is it illegal", "is that legal", "is that illegal", "legal to", "illegal to", "against the law", "the law on",
        "the law say", "the law says", "allowed to carry", "can i carry", "can you carry", "maximum sentence", "the sentence for",
        "get arrested for", "be arrested for", "get fined for", "be fined for", "go to prison for", "go to jail for", "how do i report", "how can i report", "where do i report",
        "where can i report", "how to report", "report it for me", "report this for me", "can you report", "could you report",
        "phone the police", "call the police for me", "ring the police", "contact the police for me", "call 999", "dial 999");

    /// <summary>
    /// People in the asker's own life or one person pointed at ("my ex", "my neighbour", "this bloke down the road"): with <see cref="Standing"/> or
    /// <see cref="Identity"/>, a question about that one person.
    /// </summary>
    public static readonly CueSet Acquaintances = new(WithPossessives(
        "my ex", "my ex-partner", "my ex partner", "my ex-husband", "my ex husband", "my ex-wife", "my ex wife", "my partner",
        "my husband", "my wife", "my boyfriend", "my girlfriend", "my son", "my daughter", "my child", "my kids", "my brother",
        "my sister", "my mum", "my mom", "my dad", "my father", "my mother", "my uncle", "my aunt", "my cousin", "my landlord",
        "my tenant", "my lodger", "my colleague", "my boss", "my friend", "my mate", "my neighbour", "my neighbours", "my neighbor",
        "next door", "new neighbour", "this man", "this woman", "this guy", "this bloke", "that man", "that woman", "that guy",
        "that bloke", "this lad", "a man called", "a woman called", "a guy called", "someone called", "somebody called",
        "a person called", "named person", "particular person", "specific person"));

    /// <summary>
    /// One person's standing with the police or the courts ("on the sex offenders register", "been arrested", "a record",
    /// "dangerous"): asked of someone in particular, personal data.
    /// </summary>
    public static readonly CueSet Standing = new(
        "register", "registered", "arrested", "convicted", "conviction", "convictions", "charged", "cautioned", "on bail", "in prison",
        "in jail", "released from", "a record", "police record", "known to police", "known to the police", "wanted by", "dangerous",
        "background", "background check", "dbs", "check on", "check up on", "look up", "on file", "under investigation",
        "been investigated", "a risk to", "safe to be around", "deal drugs", "deals drugs", "dealing drugs", "sell drugs", "sells drugs",
        "selling drugs", "a dealer", "carry a knife", "carries a knife", "carrying a knife", "in a gang", "part of a gang",
        "being exploited", "being groomed", "being trafficked", "being cuckooed", "a sex offender", "a paedophile", "a pedophile",
        "a criminal", "a drug dealer", "a burglar", "a thief", "a rapist", "a stalker", "an abuser", "a terrorist", "a gang member");

    /// <summary>
    /// Labels for one person ("a sex offender", "a drug dealer"): asked of someone by name ("is John Smith a sex offender"), a
    /// question about that person.
    /// </summary>
    public static readonly CueSet PersonLabels = new(
        "a sex offender", "a registered sex offender", "a paedophile", "a pedophile", "a drug dealer", 
        "a burglar", "a thief", "a rapist", "a stalker", "an abuser", "a terrorist", "a gang member", "a known offender",
        "on the register", "on the sex offenders register", "on the sex offender register");

    private static string[] WithPossessives(params string[] people) =>
        [.. people, .. people.Where(p => p.StartsWith("my ", StringComparison.Ordinal)).Select(p => p + "'s")];

    /// <summary>Places to eat and drink: with <see cref="Recommendation"/>, a request for a recommendation, not for figures.</summary>
    public static readonly CueSet Venues = new(
        "pub", "pubs", "bar", "bars", "restaurant", "restaurants", "cafe", "cafes", "hotel", "hotels", "takeaway", "a drink", "quiet drink", "night out", "lunch", "dinner");

    /// <summary>Words that, with <see cref="Venues"/>, ask for a recommendation ("the best pub for a quiet drink").</summary>
    public static readonly CueSet Recommendation = new("best", "good", "nice", "nicest", "favourite", "quiet", "recommend", "where can i", "where should i");

    /// <summary>
    /// Surveys whose figures the assessment quotes only for England and Wales or the county (the CSEW, the CVS, the Health
    /// Related Behaviour Survey): never for Cambridge City on its own.
    /// </summary>
    public static readonly CueSet WiderSurveys = new(
        "csew", "crime survey", "crime survey for england and wales", "hrbs", "health related behaviour survey", "cvs",
        "commercial victimisation survey");

    /// <summary>Words that ask for the city alone: "for Cambridge specifically", "in the city", "locally".</summary>
    public static readonly CueSet CityAlone = new(
        "cambridge", "cambridge city", "the city", "city", "locally", "local", "here", "specifically");

    /// <summary>
    /// Words that ask about the city beyond a part of it ("across the whole city", "not just the city centre", "outside the city
    /// centre"): of a topic the assessment gives only for that part, a scope it does not give.
    /// </summary>
    public static readonly CueSet WholeCity = new(
        "whole city", "entire city", "across the city", "citywide", "city-wide", "city wide", "all of cambridge", "whole of cambridge",
        "not just the city centre", "not only the city centre", "outside the city centre", "beyond the city centre", "rest of the city",
        "rest of cambridge", "all wards", "every ward");

    /// <summary>
    /// Words that ask where a part of the city begins and ends ("the boundary of the extended city centre", "which streets does
    /// the city centre include", "is the city centre area defined anywhere"): a definition of an area the assessment never gives.
    /// </summary>
    public static readonly CueSet AreaBoundary = new(
        "boundary", "boundaries", "border", "borders", "map", "mapped", "edge", "edges", "outline", "perimeter", "which streets",
        "what streets", "which roads", "what roads", "streets included", "streets it", "streets are", "roads are", "where exactly",
        "how far", "extent", "defined anywhere", "area defined", "centre defined", "is defined", "does it cover", "area covers",
        "area cover", "area covered", "start and end", "where does it start", "where does it end");

    /// <summary>
    /// Words that name the centre of the city ("in the city centre", "town centre", "central Cambridge"): a part of the city the
    /// assessment gives one topic for (ASB, by quarter, in the extended city centre) without saying where it ends.
    /// </summary>
    public static readonly CueSet CityCentre = new(
        "city centre", "city center", "town centre", "town center", "centre of town", "centre of cambridge", "central cambridge",
        "centre of the city", "extended city centre", "centre area");

    /// <summary>Words that ask what share of one thing another is ("what percentage of the violence", "how much of the ASB").</summary>
    public static readonly CueSet ShareOf = new(
        "percentage of", "proportion of", "share of", "percent of", "per cent of", "what percent", "what percentage", "fraction of",
        "how much of", "what part of");

    /// <summary>
    /// Words that ask who committed the crimes counted ("sexual assaults committed by students", "burglaries carried out by
    /// young people"): a breakdown by offender, which the assessment does not give.
    /// </summary>
    public static readonly CueSet ByWhom = new("committed by", "carried out by", "perpetrated by", "done by", "offences by", "crimes by");
}
