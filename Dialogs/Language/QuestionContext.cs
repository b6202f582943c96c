using Newtonsoft.Json;
using SafetyBot.Cards;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// What the conversation was last about, kept in conversation state so follow-ups make sense.
/// Read it through <see cref="LastIntent"/>, <see cref="Topic"/> and <see cref="LastPeriod"/>.
/// Saved in the same shape as ever (the intent's verb, the topic id and the period's fields), so
/// state saved by an earlier version reads, and anything that does not read is simply no context.
/// </summary>
public sealed class QuestionContext
{
    /// <summary>The last question's intent, as its verb (the saved form; see <see cref="LastIntent"/>).</summary>
    public string? Intent { get; set; }

    /// <summary>The last topic asked about.</summary>
    public string? Topic { get; set; }

    /// <summary>The last question's period, as fields (the saved form; see <see cref="LastPeriod"/>).</summary>
    public Dictionary<string, string> Period { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The ids of what the last list answered showed, in order (priority numbers, programme codes), for a question that points
    /// to one of them by its place ("what's under the second one"); kept until another answer lists something.
    /// </summary>
    public List<string> Items { get; set; } = [];

    /// <summary>
    /// The group of topics the last answer was about ("property crime" after "which property crimes went up"), or null: a judgement
    /// of that answer ("are they big numbers?") is the assessment's findings on the group.
    /// </summary>
    public string? Category { get; set; }

    /// <summary>
    /// True when the last two questions asked the same topic of two different periods ("IDVA referrals in 2014/15?", "and
    /// 2016/17?"): a period carried from them to another topic brings that topic's other years beside it.
    /// </summary>
    public bool WalkedYears { get; set; }

    /// <summary>
    /// With <see cref="WalkedYears"/>: the period asked of the same topic before the last one, as fields (the saved form; see
    /// <see cref="WalkedFromPeriod"/>).
    /// </summary>
    public Dictionary<string, string> WalkedFrom { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The indicator asked about before <see cref="Topic"/>, when it was another ("violence without injury Q1", then "and with
    /// injury?": violence without injury); null otherwise. "year to date totals for both?" asks of the two.
    /// </summary>
    public string? PreviousTopic { get; set; }

    /// <summary>
    /// True when the last question asked the national picture of the topic already in the conversation ("shoplifting in 2017",
    /// then "and nationally?"): a side view of that topic, so "what about theft from the person?" next asks the other topic's
    /// own figures, not its national picture.
    /// </summary>
    public bool NationalOfTheSameTopic { get; set; }

    /// <summary>
    /// True when the last question was about the assessment itself (who wrote it, what it is for): a short follow-up that points
    /// ("when?", "and what's it for?") is about the assessment too (<see cref="DocumentFollowUp"/>).
    /// </summary>
    public bool AboutTheDocument { get; set; }

    /// <summary>
    /// The topics the last answer could not choose between ("VWI": violence with injury or without?), in the order it offered
    /// them; empty otherwise. Until one is picked, a follow-up ("and in 2016?") is asked of each of them again.
    /// </summary>
    public List<string> TiedTopics { get; set; } = [];

    /// <summary>A copy of this context whose topic is <paramref name="topic"/>: a follow-up resolved as if it had been asked.</summary>
    internal QuestionContext AsIfAbout(string topic)
    {
        var copy = (QuestionContext)MemberwiseClone();
        copy.Topic = topic;
        return copy;
    }

    /// <summary>
    /// True when the last answer was what a crime survey says of a topic ("what did the CSEW say about violence?"): "over the longer
    /// term?" next asks the survey's longer term, not the police recorded run of years.
    /// </summary>
    public bool SurveyOfTheTopic { get; set; }

    /// <summary>
    /// True when the last answer listed the 2017/18 priorities the assessment reviews: "how did priority 3 go?" next is that year's
    /// priority 3, not the recommended one of 2018/19.
    /// </summary>
    public bool ReviewedPriorities { get; set; }

    /// <summary>The last question's intent; null when none was kept or the saved verb is not one.</summary>
    [JsonIgnore]
    public Intent? LastIntent
    {
        get => Verbs.TryParse(Intent, out var intent) ? intent : null;
        set => Intent = value is { } intent ? Verbs.Of(intent) : null;
    }

    /// <summary>
    /// With <see cref="WalkedYears"/>: the period asked of the same topic before <see cref="LastPeriod"/> ("violence with injury
    /// Apr-Jun 2017", then "and the same quarter last year?": April to June 2017); <see cref="PeriodSlots.None"/> otherwise.
    /// </summary>
    [JsonIgnore]
    public PeriodSlots WalkedFromPeriod
    {
        get => PeriodFields.Read(WalkedFrom);
        set => WalkedFrom = PeriodFields.Write(value ?? PeriodSlots.None);
    }

    /// <summary>The last question's period (<see cref="PeriodSlots.None"/> when none, or when the saved one does not read).</summary>
    [JsonIgnore]
    public PeriodSlots LastPeriod
    {
        get => PeriodFields.Read(Period);
        set => Period = PeriodFields.Write(value ?? PeriodSlots.None);
    }
}
