namespace SafetyBot.Knowledge.Outcomes;

/// <summary>A member who leads an action and may log its outcome updates.</summary>
public sealed class ActionLead
{
    /// <summary>"{actionId}|{aadObjectId}".</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The action led.</summary>
    public string ActionId { get; set; } = string.Empty;

    /// <summary>Microsoft Entra object id of the lead.</summary>
    public string AadObjectId { get; set; } = string.Empty;

    /// <summary>The lead's display name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Who assigned them (an admin's object id).</summary>
    public string AssignedBy { get; set; } = string.Empty;

    /// <summary>When they were assigned.</summary>
    public DateTimeOffset AssignedAt { get; set; }

    /// <summary>The record's id for an action and a member.</summary>
    public static string IdOf(string actionId, string aadObjectId) => $"{actionId}|{aadObjectId}";
}
