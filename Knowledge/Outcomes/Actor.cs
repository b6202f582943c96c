namespace SafetyBot.Knowledge.Outcomes;

/// <summary>Who is asking to write: a Teams member by Microsoft Entra object id.</summary>
/// <param name="AadObjectId">Their object id (empty when Teams did not say: such an actor can write nothing).</param>
/// <param name="Name">Their display name, for the record.</param>
public sealed record Actor(string AadObjectId, string Name)
{
    /// <summary>True when the actor can be identified.</summary>
    public bool IsIdentified => !string.IsNullOrWhiteSpace(AadObjectId);
}
