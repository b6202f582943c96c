namespace SafetyBot.Dialogs.Language;

/// <summary>
/// A measure the assessment gives for no topic (a detection rate, arrests, deaths), with the words members use for it
/// (issue 13). A question asking it of a topic the assessment covers gets "the assessment gives no ...", never the topic's
/// figures as if they answered.
/// </summary>
/// <param name="Name">The measure as the answer names it ("detection or charge rate").</param>
/// <param name="Words">The words that ask for it.</param>
/// <param name="CountOnly">True when its words ask for it only beside a count ("how many", "number of"): "identified" alone is not a measure.</param>
/// <param name="Related">Words of a figure's breakdown that show the assessment quotes one figure of this kind (deaths of young people), or none.</param>
/// <param name="NotOfCrimes">True when it counts something other than crimes, so that a question counting crimes ("how many crimes were identified as hate crime") does not ask it.</param>
/// <param name="AsksAFigure">True when its words ask for a figure on their own ("what is the budget for Chelsea's Choice", "what did it cost"), with no word such as "how many", when a topic, programme or term is named.</param>
/// <param name="NearestCountNotOf">What it counts that a topic's crimes are not ("people": "how many people were attacked with a knife";
/// "phones or other things stolen"): the topic's own latest count is the nearest figure printed, shown labelled as crimes, never as
/// this; null when no topic's count is near.</param>
/// <param name="Nearest">The topics (indicator ids) whose latest counts are the nearest figures printed when the question names no topic
/// ("how many things were stolen": property crime's counts), or, with <paramref name="PartOf"/>, always; null when none.</param>
/// <param name="PartOf">The topic (an indicator id) this is a part of ("other sexual offences" of sexual offences), when it is asked
/// only of that topic: its count is of the whole, never of the part; null when it is asked of any topic.</param>
/// <param name="InTopicNames">True when its words may be an indicator's own ("homeless people" of street-life ASB) and still ask for it; otherwise the words of an indicator named are that indicator ("assault with injury" is not "assaulted").</param>
internal sealed record GapMeasure(string Name, CueSet Words, bool CountOnly = false, string[]? Related = null, bool NotOfCrimes = false, bool AsksAFigure = false, bool InTopicNames = false, string? NearestCountNotOf = null,
    string[]? Nearest = null, string? PartOf = null);
