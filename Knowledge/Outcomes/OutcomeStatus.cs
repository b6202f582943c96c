namespace SafetyBot.Knowledge.Outcomes;

/// <summary>How an action stands, as its lead reports it.</summary>
public enum OutcomeStatus
{
    /// <summary>Going to plan.</summary>
    OnTrack,

    /// <summary>Could slip without attention.</summary>
    AtRisk,

    /// <summary>Not going to plan.</summary>
    OffTrack,

    /// <summary>Done.</summary>
    Complete,
}
