namespace SafetyBot.Knowledge.Retrieval;

/// <summary>A prose question for the passage index.</summary>
/// <param name="Text">The question as typed (question words and politeness are ignored).</param>
/// <param name="TopicId">
/// An indicator id, a programme code (<c>1.1</c>) or a priority number (<c>1</c>): only passages of that
/// topic are searched, passages directly about it first. Null, or an id the store does not know, searches everything.
/// </param>
/// <param name="Aspect">What the question asks of the passage.</param>
public sealed record PassageQuery(string Text, string? TopicId = null, PassageAspect Aspect = PassageAspect.General)
{
    /// <summary>
    /// The title of the document to search (<see cref="AssessmentDocument.Title"/>), e.g. when an earlier assessment is
    /// asked for ("what did the 2017/18 assessment say about burglary?"); null searches every document.
    /// </summary>
    public string? Document { get; init; }

    /// <summary>Most hits returned (the best one and related ones); 1 to 10.</summary>
    public int MaxHits { get; init; } = 3;

    /// <summary>
    /// True when only the topic's own passages may answer: a weak answer within it is never traded for a passage elsewhere
    /// ("anything we should keep an eye on" after road safety is road safety's watching brief or nothing).
    /// </summary>
    public bool WithinTopicOnly { get; init; }
}
