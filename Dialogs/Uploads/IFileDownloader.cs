namespace SafetyBot.Dialogs.Uploads;

/// <summary>Downloads a file Teams links to, only from <see cref="DataUploadOptions.AllowedDownloadHosts"/>, within <see cref="DataUploadOptions.MaxBytes"/>.</summary>
public interface IFileDownloader
{
    /// <summary>The file at <paramref name="url"/>, or why it was not fetched (nothing is requested from an origin not allowed).</summary>
    Task<FileDownload> DownloadAsync(string url, CancellationToken cancellationToken);
}
