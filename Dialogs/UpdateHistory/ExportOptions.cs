using System.ComponentModel.DataAnnotations;

namespace SafetyBot.Dialogs.UpdateHistory;

/// <summary>Downloads of the outcome updates CSV. Bound from the <c>Exports</c> section.</summary>
public sealed class ExportOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Exports";

    /// <summary>The bot's public address, from which download links are made (e.g. https://safetybot.azurewebsites.net).</summary>
    [Required]
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:3978");

    /// <summary>How long a download link works.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
