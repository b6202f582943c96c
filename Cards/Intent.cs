namespace SafetyBot.Cards;

/// <summary>
/// Everything SafetyBot can be asked, in one place. Typed text is recognised into one of these;
/// every card button (Action.Submit) carries one as its <c>verb</c> (the <see cref="VerbAttribute"/>
/// name, see <see cref="Verbs"/>), so a click and the same question typed reach one handler.
/// </summary>
public enum Intent
{
    /// <summary>Nothing fitted.</summary>
    [Verb("unknown")]
    Unknown,

    /// <summary>Two topics fitted equally: ask which.</summary>
    [Verb("clarify")]
    Clarify,

    /// <summary>Hello, hi, good morning.</summary>
    [Verb("greeting")]
    Greeting,

    /// <summary>Thanks, cheers.</summary>
    [Verb("thanks")]
    Thanks,

    /// <summary>What can you do?</summary>
    [Verb("help")]
    Help,

    /// <summary>Ending or pausing the conversation: "that's all for now", "no more questions", "ok bye".</summary>
    [Verb("goodbye")]
    Goodbye,

    /// <summary>An acknowledgement of the last answer: "ok", "got it", "makes sense", "perfect".</summary>
    [Verb("acknowledgement")]
    Acknowledgement,

    /// <summary>Displeasure with the last answer or with SafetyBot: "that's not what I asked", "that's wrong", "useless".</summary>
    [Verb("complaint")]
    Complaint,

    /// <summary>How has a topic changed on the previous year (the main answer card).</summary>
    [Verb("indicator.change")]
    Change,

    /// <summary>How many crimes or incidents in a year.</summary>
    [Verb("indicator.volume")]
    Volume,

    /// <summary>A rate per 1,000 population, per 100 dwellings or per 1,000 households.</summary>
    [Verb("indicator.rate")]
    Rate,

    /// <summary>How the city compares with its most similar group (iQuanta MSG).</summary>
    [Verb("indicator.compare")]
    Compare,

    /// <summary>The national picture (England and Wales, CSEW, ONS).</summary>
    [Verb("indicator.national")]
    National,

    /// <summary>What the partnership could do (Opportunities for the Partnership).</summary>
    [Verb("indicator.opportunities")]
    Opportunities,

    /// <summary>Financial-year quarters and year to date, against the previous year.</summary>
    [Verb("indicator.quarters")]
    Quarters,

    /// <summary>A long series over several years.</summary>
    [Verb("indicator.series")]
    Series,

    /// <summary>Where a topic's figures come from and the period each covers.</summary>
    [Verb("indicator.sources")]
    Sources,

    /// <summary>
    /// Two topics asked about in one question ("which rose more, burglary or shoplifting?", "DV offences vs DA incidents"):
    /// both topics' figures, and which is larger when they are alike.
    /// </summary>
    [Verb("topics.compare")]
    CompareTopics,

    /// <summary>Biggest risers and fallers on the previous year.</summary>
    [Verb("movers")]
    Movers,

    /// <summary>
    /// A list of topics drawn from the knowledge store: the topics of the full scanning table (all, or one group's), those
    /// whose scanning-table text mentions a term ("which topics does the SOCP flag", "where is the partnership unsighted"),
    /// or the priorities the assessment reviews for 2017/18.
    /// </summary>
    [Verb("topics.list")]
    TopicList,

    /// <summary>Key findings and emerging local trends of the assessment.</summary>
    [Verb("findings")]
    Findings,

    /// <summary>One recommended priority or programme.</summary>
    [Verb("priority.show")]
    Priority,

    /// <summary>A guided walk through all the priorities.</summary>
    [Verb("priority.walkthrough")]
    PriorityWalkthrough,

    /// <summary>Whether a topic is among the priorities: "is road safety a priority?", "which priority covers shoplifting?".</summary>
    [Verb("priority.topic")]
    TopicPriority,

    /// <summary>What a term or abbreviation means.</summary>
    [Verb("glossary")]
    Glossary,

    /// <summary>Why sources disagree, and other caveats about the figures.</summary>
    [Verb("caveats")]
    Caveats,

    /// <summary>A question answered from the assessment's own words (why, who leads, when, what is...).</summary>
    [Verb("passage")]
    Passage,

    /// <summary>A topic the assessment gives no figures for (robbery, bicycle theft...): say so, and what it does have.</summary>
    [Verb("notcovered")]
    NotCovered,

    /// <summary>Admins: the questions SafetyBot could not answer.</summary>
    [Verb("admin.unanswered")]
    UnansweredReview,

    /// <summary>Leads: log an outcome update for an action.</summary>
    [Verb("outcome.log")]
    LogUpdate,

    /// <summary>Outcome updates of an action or programme, newest first.</summary>
    [Verb("outcome.history")]
    UpdateHistory,

    /// <summary>All outcome updates as a CSV file.</summary>
    [Verb("outcome.export")]
    ExportUpdates,

    /// <summary>Who leads an action or programme.</summary>
    [Verb("leads.list")]
    ListLeads,

    /// <summary>Admins: make a member the lead of an action.</summary>
    [Verb("leads.assign")]
    AssignLead,

    /// <summary>Admins: remove a lead from an action.</summary>
    [Verb("leads.remove")]
    RemoveLead,

    /// <summary>Admins: make a member an analyst, who may load data files.</summary>
    [Verb("analysts.make")]
    MakeAnalyst,

    /// <summary>Admins: remove an analyst.</summary>
    [Verb("analysts.remove")]
    RemoveAnalyst,

    /// <summary>A message with a file attached (a data file to load, in a personal chat).</summary>
    [Verb("data.upload")]
    UploadData,

    /// <summary>Analysts: apply the upload previewed (the card's Apply, or typed "apply").</summary>
    [Verb("data.apply")]
    ApplyImport,

    /// <summary>Analysts: drop the upload previewed, changing nothing (the card's Cancel, or typed "cancel").</summary>
    [Verb("data.cancel")]
    CancelImport,

    /// <summary>Admins: undo the last import, restoring the figures, indicators and prose as they were.</summary>
    [Verb("data.undo")]
    UndoImport,

    /// <summary>Admins: the audit log of writes.</summary>
    [Verb("admin.audit")]
    AuditLog,

    /// <summary>Show the quarterly summary (the last completed quarter, or the one named).</summary>
    [Verb("summary.show")]
    ShowSummary,

    /// <summary>Admins: send the quarterly summary to subscribed conversations now.</summary>
    [Verb("summary.send")]
    SendSummary,

    /// <summary>Admins: preview the quarterly summary, privately.</summary>
    [Verb("summary.preview")]
    PreviewSummary,

    /// <summary>Admins: subscribe this conversation to the quarterly summary.</summary>
    [Verb("subscriptions.add")]
    Subscribe,

    /// <summary>Admins: unsubscribe this conversation.</summary>
    [Verb("subscriptions.remove")]
    Unsubscribe,

    /// <summary>Admins: list subscriptions.</summary>
    [Verb("subscriptions.list")]
    ListSubscriptions,

    /// <summary>A dialog button: answers the active prompt with the data's <see cref="Verbs.ValueField"/>.</summary>
    [Verb("dialog.answer")]
    DialogAnswer,

    /// <summary>A dialog button: cancels every dialog, as typing "cancel" does.</summary>
    [Verb("dialog.cancel")]
    DialogCancel,

    /// <summary>A dialog button: shows the active dialog's help, as typing "help" does.</summary>
    [Verb("dialog.help")]
    DialogHelp,

    /// <summary>A dialog button: goes back to the previous question, as typing "back" does.</summary>
    [Verb("dialog.back")]
    DialogBack,

    /// <summary>A message too long to be one question (over <c>IntentRecognizer.MaxTextLength</c> characters): ask for one short question.</summary>
    [Verb("message.long")]
    LongMessage,
}
