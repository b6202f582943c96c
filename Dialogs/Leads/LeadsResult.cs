namespace SafetyBot.Dialogs.Leads;

/// <summary>How a lead dialog ended.</summary>
/// <param name="Changed">True when a lead was assigned or removed.</param>
public sealed record LeadsResult(bool Changed);
