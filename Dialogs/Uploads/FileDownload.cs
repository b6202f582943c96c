namespace SafetyBot.Dialogs.Uploads;

/// <summary>A downloaded file's bytes, or why it was refused (for the person who attached it).</summary>
/// <param name="Bytes">The file; null when refused.</param>
/// <param name="Refusal">Why it was not downloaded, in plain words; null when it was.</param>
public sealed record FileDownload(byte[]? Bytes, string? Refusal)
{
    /// <summary>A downloaded file.</summary>
    public static FileDownload Of(byte[] bytes) => new(bytes, null);

    /// <summary>A refusal.</summary>
    public static FileDownload Refused(string reason) => new(null, reason);
}
