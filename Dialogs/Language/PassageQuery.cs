using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// A question answered from the assessment's own words (<see cref="Cards.Intent.Passage"/>); its
/// topic, when named, is the understanding's <see cref="Routing.Understanding.Topic"/>.
/// </summary>
/// <param name="Text">The words to search for (the question, cleaned).</param>
/// <param name="Aspect">What kind of answer is wanted.</param>
/// <param name="WholeQuestion">
/// True when the question has nothing of the assessment in it (no topic, no follow-up, no word of community safety):
/// a passage answers it only if it holds every word of it ("what is the task and finish group for"), never when it
/// shares a word or two ("what is the meaning of life", "the worst film of the year").
/// </param>
/// <param name="WhatWasDone">
/// True when the question asks what was done about its topic ("list the DA interventions", "what were the outcomes for
/// domestic abuse"): the answer is the review of the programme that took the topic on, with every intervention and outcome.
/// </param>
/// <param name="OtherDistricts">
/// True when the question weighs the county's other districts against the city ("which districts are higher than us"): it
/// is looked for only within the conversation's topic, never in another topic's words about the districts; when that
/// topic's words hold nothing on them, the answer says the assessment does not compare that topic across the districts.
/// </param>
/// <param name="OfTheTopic">
/// What the question asks of the conversation's topic that only its own words may answer (<see cref="AskedOfTheTopic"/>); with
/// <see cref="AskedOfTheTopic.None"/>, any passage may answer.
/// </param>
public sealed record PassageQuery(
    string Text, PassageAspect Aspect, bool WholeQuestion = false, bool WhatWasDone = false, bool OtherDistricts = false,
    AskedOfTheTopic OfTheTopic = AskedOfTheTopic.None);
