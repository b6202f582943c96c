namespace SafetyBot.Dialogs.Leads;

/// <summary>A member of the conversation who could become a lead.</summary>
/// <param name="AadObjectId">Their Microsoft Entra object id.</param>
/// <param name="Name">Their display name.</param>
public sealed record TeamMember(string AadObjectId, string Name);
