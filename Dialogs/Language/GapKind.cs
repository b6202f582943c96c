namespace SafetyBot.Dialogs.Language;

/// <summary>Why the assessment cannot answer a question that names something it covers (issue 13).</summary>
public enum GapKind
{
    /// <summary>
    /// A request about an individual: a name, an address, a phone number, a record, the details of a case. SafetyBot holds
    /// only aggregate figures and the assessment's text, never personal data about anyone.
    /// </summary>
    PersonalData,

    /// <summary>A breakdown the assessment does not give (by ward, by age, by gender, by ethnicity, by street, per offender).</summary>
    Breakdown,

    /// <summary>Figures for a period the assessment does not have (a year after its latest figures).</summary>
    Period,

    /// <summary>
    /// A measure the assessment gives for no topic (<see cref="MeasureCues"/>): a detection rate, arrests, deaths, people
    /// identified. It counts police recorded crimes and incidents.
    /// </summary>
    Measure,

    /// <summary>
    /// A request SafetyBot is not for, although it names something the assessment covers: advice about the asker's own
    /// situation, a task (translating), a recommendation of a pub. Not recorded for admins: it may describe the asker's situation.
    /// </summary>
    NotForSafetyBot,

    /// <summary>
    /// A member telling SafetyBot of a crime against them ("I was assaulted last night"): pointed to 999 and 101 with a kind
    /// word first. Not recorded for admins: it describes the member's own situation.
    /// </summary>
    CrimeAgainstYou,

    /// <summary>
    /// The whole city, or the city outside a part, asked of a topic the assessment gives only for that part (street-life ASB,
    /// given for the extended city centre; <see cref="TopicRef.OnlyFor"/>).
    /// </summary>
    Scope,

    /// <summary>
    /// Where a part of the city begins and ends ("the boundary of the extended city centre", "which streets it includes"): the
    /// assessment gives figures for the extended city centre but never defines its boundary.
    /// </summary>
    AreaBoundary,

    /// <summary>
    /// A colleague's working life (off sick, on leave, who covers for them, whether they have left): about one person who
    /// works in the partnership. Not in the assessment, and not SafetyBot's to say; not recorded for admins (it names someone).
    /// </summary>
    Staff,

    /// <summary>
    /// Who holds an office today ("who is the current Police and Crime Commissioner"): the assessment names organisations and
    /// offices, never who holds them, and SafetyBot knows nothing after it.
    /// </summary>
    OfficeHolder,

    /// <summary>
    /// A figure asked of a subject the assessment never mentions ("how many school exclusions", "number of noise complaints"):
    /// words it never uses, naming none of its topics. It doesn't cover the subject, and has no figure for it.
    /// </summary>
    Subject,
}
