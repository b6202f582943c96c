namespace SafetyBot.Dialogs.Language;

/// <summary>
/// The measures members ask for that the assessment gives for no topic (issue 13): it counts police recorded crimes and
/// incidents (with rates, ranks and changes), not what happened after them, not people, not deaths, not admissions. Ordered:
/// the first that a question names is the one answered. Words of seven letters or more also match a one-letter slip
/// (<see cref="CueSet"/>), so none is a slip of a common word ("charged" would be "changed", "prosecuted" "projected").
/// </summary>
internal static class MeasureCues
{
    /// <summary>The measures, first match wins.</summary>
    public static readonly IReadOnlyList<GapMeasure> Measures =
    [
        new("detection or charge rate", new(
            "detection rate", "detection rates", "charge rate", "charge rates", "charging rate",
            "clear up rate", "clear-up rate", "clearup rate", "clearance rate", "solved", "solve rate", "solved rate", "outcome rate", "outcome rates", "positive outcomes", "positive outcome",
            // "what share of burglaries led to a charge": an outcome of the crimes, never their count ("charge" has six letters: no slips).
            "led to a charge", "lead to a charge", "leads to a charge", "leading to a charge", "resulted in a charge", "result in a charge",
            "resulting in a charge", "ended in a charge", "end in a charge", "ending in a charge", "got a charge", "resulted in charges",
            "led to charges", "outcome of a charge")),
        new("arrests", new("arrest", "arrests", "arrested", "arresting")),
        new("seizures or recoveries (weapons, drugs or property)", new(
            "seized", "seizure", "seizures", "confiscated", "confiscation", "confiscations", "recovered", "recoveries",
            "surrendered", "handed in"), CountOnly: true, Related: ["seizures"], NotOfCrimes: true),
        new("convictions or prosecutions", new(
            "conviction", "convictions", "convicted", "prosecution", "prosecutions", "sentenced", "sentences",
            "cautions", "cautioned", "court cases", "went to court", "taken to court")),
        // "how many people were prosecuted for DA": matched only as typed, so no slip of another word is taken for it.
        new("convictions or prosecutions", CueSet.Verbatim(
            "prosecuted", "prosecute", "prosecuting", "convict", "convicting", "led to a conviction", "led to a prosecution",
            "resulted in a conviction", "resulted in a prosecution", "found guilty", "jailed", "imprisoned", "sent to prison")),
        // "charged" alone would be a slip of "changed" in the stemmed, slip-tolerant set above: matched only as typed.
        new("charges", CueSet.Verbatim("charged", "charges brought", "charging decisions", "charge decisions", "no further action")),
        // "alcohol related hospital admissions for the city?": admissions are a count by name, asked with no "how many".
        new("hospital admissions", new("hospital admissions", "hospital admission", "admitted to hospital", "admissions", "hospitalised", "hospitalized"), AsksAFigure: true),
        // "how many people are in drug treatment": the assessment says treatment data comes from the DAAT but prints no count of
        // people in treatment; its words on that data ("who supplies the treatment data") are asked with no count and stay prose.
        new("numbers of people in drug or alcohol treatment", new(
            "in treatment", "in drug treatment", "in drugs treatment", "in alcohol treatment", "in drug and alcohol treatment",
            "in substance misuse treatment", "into treatment", "entered treatment", "entering treatment", "started treatment",
            "treatment clients", "treatment places", "treatment caseload", "in rehab", "into rehab", "in detox"), CountOnly: true, NotOfCrimes: true),
        new("deaths", new("deaths", "death", "died", "die", "killed", "dead", "fatal", "fatalities", "fatality", "lost their lives"), Related: ["death"]),
        // The assessment counts sexual offences as a whole: of its sub-groups it says only that 'Other Sexual Offences' rose most
        // (38% from 2016), and of non-recent offences only a national rise (28%); of offences against children, only CSE's count.
        // A part asked is never the whole's count.
        new("other sexual offences (a sub-group of sexual offences)", new(
            "other sexual offences", "other sexual offence", "other sex offences", "other sexual crimes", "other sexual crime",
            "sub-groups of sexual offences", "sub-group of sexual offences", "subgroups of sexual offences", "sub groups of sexual offences",
            "types of sexual offences", "kinds of sexual offences"),
            InTopicNames: true, Related: ["other sexual offences"], PartOf: "sexual-offences"),
        new("non-recent (historic) sexual offences", new(
            "non-recent", "non recent", "nonrecent", "historic sexual", "historical sexual", "historic sex", "historic offences",
            "historical offences", "historic abuse", "historical abuse", "happened years ago", "reported years later", "not recent"),
            InTopicNames: true, Related: ["non-recent sexual offences"], PartOf: "sexual-offences"),
        new("sexual offences against children", new(
            "against children", "against a child", "against minors", "against under 18s", "against under-18s", "against young people",
            "against kids", "on children", "on minors", "of children", "involving children", "involving minors", "child victims",
            "child sexual offences", "child sexual offence", "child sex offences", "minors", "children were victims"),
            InTopicNames: true, NearestCountNotOf: "all sexual offences against children", Nearest: ["cse"], PartOf: "sexual-offences"),
        new("victims, addresses or cases identified", new(
            "identified", "identify", "rescued", "safeguarded", "cuckooed", "cuckooed addresses",
            // "how many modern slavery victims were referred through the NRM": the National Referral Mechanism's referrals of victims.
            "nrm", "national referral mechanism", "referred through", "referred via", "referred into"), CountOnly: true, NotOfCrimes: true),
        new("numbers of people", new(
            "rough sleepers", "rough sleeper", "sleeping rough", "homeless people", "beggars", "people begging", "street drinkers"), CountOnly: true, NotOfCrimes: true, InTopicNames: true),
        // "how many people were assaulted": no count of people, and no topic named; all violence against the person's count of
        // crimes is the nearest printed.
        new("numbers of victims (people harmed)", new(
            [
                .. from verb in new[] { "assaulted", "attacked", "beaten up", "punched", "hit", "injured", "hurt" }
                   from before in new[] { "were", "was", "been", "get", "got", "being" }
                   select "people " + before + " " + verb,
                "assault victims", "victims of assault", "victims of violence", "violence victims",
            ]), CountOnly: true, NotOfCrimes: true, NearestCountNotOf: "people", Nearest: ["violence-against-the-person"]),
        new("numbers of victims (people harmed)", new(
            [
                "trafficked", "exploited", "groomed", "enslaved", "victimised", "victimized", "stabbed",
                // Words that are a slip away from a crime's name ("assault with injury") only after "were", "been"...
                .. from verb in new[] { "assaulted", "attacked", "abused", "harmed", "hurt", "injured" }
                   from before in new[] { "were", "was", "been", "are", "is", "being", "get", "got" }
                   select before + " " + verb,
            ]), CountOnly: true, NotOfCrimes: true, NearestCountNotOf: "people"),
        // "how many phones were stolen": theft from the person counts crimes of every kind ("phone snatching" is one of its names),
        // never phones; "how many phone snatching crimes" is its figure.
        new("phones or other things stolen", new(
            "phones", "phone", "mobile phones", "mobiles", "smartphones", "iphones", "wallets", "wallet", "purses", "handbags", "handbag",
            "laptops", "laptop", "jewellery", "jewelry"), CountOnly: true, NotOfCrimes: true, InTopicNames: true, NearestCountNotOf: "phones or other things stolen",
            Nearest: ["theft-from-the-person"]),
        // "were 443 phones stolen?", "phone theft up 14%?", "phone theft rate", "how does Cambridge rank for phone theft": phones with a
        // word of theft ask a figure of phones stolen on their own; theft from the person's figures are of crimes.
        new("phones or other things stolen", new(
            [
                // Not "phone snatching" nor "purse theft": names of theft from the person itself.
                .. from thing in new[] { "phone", "phones", "mobile", "mobiles", "mobile phone", "mobile phones", "smartphone", "smartphones", "iphone", "iphones", "wallet", "wallets", "handbag", "handbags", "laptop", "laptops" }
                   from theft in new[] { "theft", "thefts", "stolen", "nicked", "robbed", "taken", "stealing" }
                   select thing + " " + theft,
                .. from thing in new[] { "phone", "phones", "mobile", "mobiles", "mobile phones", "smartphones", "wallets", "handbags", "laptops" }
                   from theft in new[] { "stolen", "stealing of", "theft of", "thefts of" }
                   select theft + " " + thing,
                .. from thing in new[] { "phones", "mobiles", "mobile phones", "smartphones", "wallets", "handbags", "laptops" }
                   from verb in new[] { "were stolen", "was stolen", "get stolen", "got stolen", "are stolen", "being stolen", "been stolen" }
                   select thing + " " + verb,
            ]), NotOfCrimes: true, AsksAFigure: true, InTopicNames: true, NearestCountNotOf: "phones or other things stolen", Nearest: ["theft-from-the-person"]),
        // "how many things were stolen", "what was stolen most": the assessment counts thefts as crimes by kind, never what was taken.
        new("things stolen (items or property taken)", new(
            "things stolen", "things were stolen", "things got stolen", "things taken", "items stolen", "items were stolen", "items taken",
            "property stolen", "property was stolen", "goods stolen", "goods were stolen", "stuff stolen", "stuff was stolen", "what was stolen",
            "what is stolen", "what gets stolen", "what got stolen", "what is taken", "stolen most", "most stolen", "most commonly stolen",
            "most often stolen", "stolen items", "stolen goods", "stolen property", "value of stolen", "value stolen"),
            NotOfCrimes: true, AsksAFigure: true, InTopicNames: true, NearestCountNotOf: "things stolen",
            Nearest: ["shoplifting", "dwelling-burglary", "theft-from-the-person", "vehicle-crime"]),
        new("an age group (children, young or older people)", new(
            "elderly", "older people", "old people", "older residents", "older person", "pensioners", "over 65s", "over-65s",
            "over 60s", "over-60s", "young people", "young person", "youths", "teenagers", "teens", "juveniles", "under 18s",
            "under-18s", "minors", "children", "kids", "students")),
        new("spending, budgets or costs", new(
            "budget", "budgets", "cost", "costs", "costed", "spend", "spending", "how much money", "how much funding",
            "how much was spent", "pounds", "value for money"), AsksAFigure: true),
        new("numbers of offenders (or people on a register)", new(
            "offenders", "offender", "perpetrators", "perpetrator", "suspects", "registered sex offenders", "registered offenders",
            "sex offenders register", "sex offender register", "on the register"), CountOnly: true, NotOfCrimes: true),
        new("attendance at events", new(
            "attended", "attend", "attendees", "attendee", "delegates", "participants", "turnout", "turned up", "took part"),
            CountOnly: true, NotOfCrimes: true),
        new("repeat victims or reoffending", new(
            "repeat victim", "repeat victims", "repeat victimisation", "repeat victimization", "repeatedly victimised", "repeat offender",
            "repeat offenders", "repeat offending", "reoffending", "re-offending", "reoffend", "reoffended", "repeat callers", "repeat incidents"), InTopicNames: true),
        new("response times", new("response time", "response times", "attendance time", "attendance times")),
        new("number of police officers", new("police officers", "officers on the beat", "pcsos", "officer numbers", "number of officers")),
        // Its hate crime count is of all hate crime (cohesion) together; racially or religiously aggravated offences have only a
        // rate against similar areas. A count of one kind of hate crime is never the whole count.
        new("a count of one kind of hate crime (racially or religiously aggravated, homophobic, disability or other)", new(
            "racially aggravated", "religiously aggravated", "racially or religiously aggravated", "racially", "religiously",
            "racist", "racial", "race hate", "race-hate", "religious hate", "faith hate", "homophobic", "transphobic", "biphobic",
            "disability hate", "disablist", "antisemitic", "anti-semitic", "islamophobic", "anti-muslim", "sexual orientation"),
            CountOnly: true, InTopicNames: true),
    ];

    /// <summary>Words that ask for a count: with them, a <see cref="GapMeasure.CountOnly"/> measure is asked.</summary>
    public static readonly CueSet Count = new("how many", "number of", "numbers of", "count of", "total of", "how much", "count", "total");
}
