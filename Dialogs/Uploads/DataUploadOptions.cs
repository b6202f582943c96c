namespace SafetyBot.Dialogs.Uploads;

/// <summary>Files analysts attach in Teams. Bound from the <c>DataUploads</c> section and checked at start (<see cref="DataUploadOptionsValidator"/>).</summary>
public sealed class DataUploadOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "DataUploads";

    /// <summary>Where Teams keeps the files people attach: SharePoint and OneDrive for Business, over https.</summary>
    public static IReadOnlyList<string> DefaultAllowedDownloadHosts { get; } = ["https://*.sharepoint.com", "https://*.sharepoint.us", "https://*.sharepoint-df.com"];

    /// <summary>
    /// The origins files are downloaded from: <c>https://*.suffix</c> (any host under it), <c>https://host</c>, or an
    /// http loopback origin with its port (<c>http://127.0.0.1:5799</c>, for tests). Empty: <see cref="DefaultAllowedDownloadHosts"/>.
    /// </summary>
    public IList<string> AllowedDownloadHosts { get; } = [];

    /// <summary>The largest file downloaded (counted while it streams in, whatever the server says): 20 MB.</summary>
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>How long a download may take in all.</summary>
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a preview waits for Apply or Cancel before it expires.</summary>
    public TimeSpan PreviewExpiry { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The origins in force: the configured ones, or the defaults when none is configured.</summary>
    public IReadOnlyList<DownloadOrigin> Origins() =>
        [.. (AllowedDownloadHosts.Count > 0 ? (IEnumerable<string>)AllowedDownloadHosts : DefaultAllowedDownloadHosts).Select(o => DownloadOrigin.Parse(o)!)];
}
