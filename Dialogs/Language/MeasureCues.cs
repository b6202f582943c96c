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
        new("hospital admissions", new("hospital admissions", "hospital admission", "admitted to hospital", "admissions", "hospitalised", "hospitalized")),
        new("deaths", new("deaths", "death", "died", "die", "killed", "dead", "fatal", "fatalities", "fatality", "lost their lives"), Related: ["death"]),
        new("victims, addresses or cases identified", new(
            "identified", "identify", "rescued", "safeguarded", "cuckooed", "cuckooed addresses"), CountOnly: true, NotOfCrimes: true),
        new("numbers of people", new(
            "rough sleepers", "rough sleeper", "sleeping rough", "homeless people", "beggars", "people begging", "street drinkers"), CountOnly: true, NotOfCrimes: true, InTopicNames: true),
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
            "laptops", "laptop", "jewellery", "jewelry"), CountOnly: true, NotOfCrimes: true, InTopicNames: true, NearestCountNotOf: "phones or other things stolen"),
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
