namespace SafetyBot.Knowledge.PoliceUk;

/// <summary>
/// Every police.uk street-level crime category and the indicator it is counted under. Five mean what an
/// assessment indicator means and count under it; the others become indicators of their own, named so that
/// they are never taken for an assessment measure that is not the same thing (police.uk "Burglary" is all
/// burglary, not dwelling burglary; "Possession of weapons" is an offence type, not the weapon-involved marker).
/// The reasoning is in docs/police-uk-mapping.md.
/// </summary>
public static class PoliceUkCrimeTypes
{
    /// <summary>The original source named on every figure counted from police.uk.</summary>
    public const string SourceName = "police.uk street-level crime";

    /// <summary>Every category, in police.uk's order.</summary>
    public static IReadOnlyList<PoliceUkCrimeType> All { get; } =
    [
        new("Anti-social behaviour", "asb", null),
        New("Bicycle theft", "bicycle-theft", "Bicycle theft", "Property crime", "crimes",
            ["bicycle thefts", "bike theft", "bike thefts", "cycle theft", "cycle thefts", "stolen bikes", "stolen bicycles"],
            "Theft of a bicycle, as police.uk counts it."),
        New("Burglary", "police-uk-burglary", "Burglary (all burglary, police.uk)", "Property crime", "crimes",
            ["all burglary", "police.uk burglary", "burglary of homes and businesses", "residential and business burglary"],
            "Every burglary police.uk publishes: residential (homes, garages, sheds) and business and community premises. Not the assessment's dwelling burglary."),
        New("Criminal damage and arson", "criminal-damage-and-arson", "Criminal damage and arson", "Property crime", "crimes",
            ["criminal damage", "arson", "vandalism", "damage to property"],
            "Criminal damage and arson, as police.uk counts it."),
        new("Drugs", "drugs", null),
        New("Other crime", "police-uk-other-crime", "Other crime (police.uk)", "Other crime", "crimes",
            ["other crime", "other crimes"],
            "Crimes police.uk puts in no other category (for example forgery, perjury, other notifiable offences)."),
        New("Other theft", "other-theft", "Other theft", "Property crime", "crimes",
            ["other thefts", "theft other", "general theft"],
            "Thefts police.uk puts in no other theft category (not shoplifting, bicycle, vehicle or from the person), e.g. theft by an employee or of unattended items."),
        New("Possession of weapons", "possession-of-weapons", "Possession of weapons offences", "Violence", "crimes",
            ["possession of weapons", "weapons possession", "possession of a weapon", "carrying weapons", "possession of an offensive weapon"],
            "Offences of possessing a weapon (firearm, knife, offensive weapon), as police.uk counts them. Not the assessment's weapon-involved marker, which flags any crime where a weapon was involved."),
        New("Public order", "public-order", "Public order offences", "Public order", "crimes",
            ["public order", "public disorder", "public order crimes"],
            "Offences that cause fear, alarm or distress, as police.uk counts them."),
        New("Robbery", "robbery", "Robbery", "Property crime", "crimes",
            ["robberies", "mugging", "muggings", "personal robbery", "business robbery"],
            "Robbery of personal property or of a business, as police.uk counts it."),
        new("Shoplifting", "shoplifting", null),
        new("Theft from the person", "theft-from-the-person", null),
        new("Vehicle crime", "vehicle-crime", null),
        New("Violence and sexual offences", "police-uk-violence-and-sexual-offences", "Violence and sexual offences (police.uk)", "Violence", "crimes",
            ["violence and sexual offences", "violent and sexual offences"],
            "Violence against the person and sexual offences together, as police.uk counts them. Not the assessment's violence against the person, which leaves sexual offences out."),
    ];

    /// <summary>The category named exactly <paramref name="name"/> (ignoring case and surrounding spaces), or null.</summary>
    public static PoliceUkCrimeType? Find(string name) =>
        All.FirstOrDefault(t => t.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static PoliceUkCrimeType New(
        string name, string id, string displayName, string category, string unit, IReadOnlyList<string> synonyms, string description) =>
        new(name, id, new Indicator
        {
            Id = id,
            DisplayName = displayName,
            Synonyms = synonyms,
            Category = category,
            Unit = unit,
            BetterDirection = BetterDirection.Lower,
            Description = description,
            Source = SourceName,
        });
}
