namespace SafetyBot.Dialogs.Language;

/// <summary>
/// Topics members ask about that the 2017/18 assessment gives no local figures for, with the words
/// they use and what the assessment has instead. They join the vocabulary so that "bicycle theft"
/// gets an honest "no figure" rather than the card of a neighbouring topic; a topic that Knowledge
/// does hold (an indicator imported later under one of these names) always wins over this list.
/// </summary>
public static class UncoveredTopics
{
    /// <summary>Every uncovered topic.</summary>
    public static IReadOnlyList<UncoveredTopic> All { get; } =
    [
        new("robbery", "robbery", "property crime (dwelling burglary, vehicle crime, shoplifting, theft from the person, business crime)",
            ["robbery", "robberies", "mugging", "muggings", "personal robbery", "business robbery"]),
        new("bicycle-theft", "bicycle theft", "property crime (dwelling burglary, vehicle crime, shoplifting, theft from the person, business crime)",
            ["bicycle theft", "bicycle thefts", "bike theft", "bike thefts", "cycle theft", "cycle thefts", "stolen bikes", "stolen bicycles", "bicycle", "bicycles", "bikes"]),
        new("moped-theft", "moped and scooter theft", "vehicle crime",
            ["moped theft", "moped thefts", "scooter theft", "scooter thefts", "moped", "mopeds", "scooter", "scooters"]),
        new("criminal-damage", "criminal damage", "anti-social behaviour; criminal damage appears only in the national crime survey context",
            ["criminal damage", "vandalism", "damage to property"]),
        new("arson", "arson and fires", "the topics of its scanning table; fire service figures are not part of it",
            ["arson", "fires", "deliberate fires", "fire service", "fire brigade"]),
        new("fraud", "fraud", "cybercrime and business crime",
            ["fraud", "frauds", "fraud losses", "scams", "scam", "action fraud"]),
        new("gun-crime", "gun crime", "weapon-involved crime (the weapon marker)",
            ["gun crime", "guns", "gun", "firearms", "firearm", "firearms offences"]),
        new("graffiti", "graffiti", "anti-social behaviour",
            ["graffiti"]),
        new("fly-tipping", "fly-tipping", "anti-social behaviour",
            ["fly tipping", "fly-tipping", "flytipping", "fly tips"]),
        new("drink-driving", "drink driving", "road safety (road traffic collisions) and alcohol related incidents",
            ["drink driving", "drink-driving", "drunk driving", "drink drive", "drug driving"]),
        new("public-order", "public order offences", "violence against the person and anti-social behaviour",
            ["public order", "public order offences", "public disorder"]),
        new("stalking", "stalking on its own", "violence without injury, which includes stalking and harassment",
            ["stalking", "stalkers"]),
        new("stop-and-search", "stop and search", "police recorded crime by type",
            ["stop and search", "stop and searches", "stopped and searched", "stop search", "stop-and-search"]),
        new("drug-deaths", "drug deaths", "drug offences (drugs, including county lines)",
            ["drug deaths", "drug-related deaths", "drug related deaths", "overdoses", "overdose deaths"]),
        new("missing-persons", "missing persons", "child sexual exploitation and exploitation of adults",
            ["missing persons", "missing people", "missing person", "missing children", "missing from home"]),
    ];
}
