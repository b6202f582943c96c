namespace SafetyBot.Knowledge;

/// <summary>Which way a figure moved.</summary>
public enum MoveDirection
{
    /// <summary>Rose.</summary>
    Up,

    /// <summary>Fell.</summary>
    Down,
}
