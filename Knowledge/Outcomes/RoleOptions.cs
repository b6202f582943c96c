namespace SafetyBot.Knowledge.Outcomes;

/// <summary>Who administers SafetyBot. Bound from the <c>Roles</c> section (e.g. <c>Roles__Admins__0</c>).</summary>
public sealed class RoleOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Roles";

    /// <summary>Microsoft Entra object ids of the admins.</summary>
    public IList<string> Admins { get; } = [];
}
