using System.ComponentModel.DataAnnotations;

namespace SafetyBot.Bot.Security;

/// <summary>Who may talk to SafetyBot and what <c>/api/messages</c> parses. Bound from the <c>Security</c> section.</summary>
public sealed class SecurityOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Security";

    /// <summary>
    /// Microsoft Entra tenant ids whose members may use SafetyBot (e.g. <c>Security__AllowedTenants__0</c>).
    /// Empty: every tenant is allowed. When set, an activity from any other tenant, or with no
    /// tenant at all, is refused before anything else runs and nothing of it is stored.
    /// </summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary>
    /// Deepest JSON nesting accepted in an <c>/api/messages</c> body; deeper gets 400 before the
    /// Bot Framework adapter parses it. A Teams activity with an Adaptive Card submit is under 16.
    /// </summary>
    [Range(16, 256)]
    public int MaxJsonDepth { get; set; } = 64;
}
