namespace SafetyBot.Knowledge.Outcomes;

/// <summary>A member an admin made an analyst: they may load data files (figures, indicators, narratives...).</summary>
public sealed class DataAnalyst
{
    /// <summary>Their Microsoft Entra object id (the record's id).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Their display name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Who made them an analyst (an admin's object id).</summary>
    public string AddedBy { get; set; } = string.Empty;

    /// <summary>When.</summary>
    public DateTimeOffset AddedAt { get; set; }
}
