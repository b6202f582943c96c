namespace SafetyBot.Dialogs.Uploads;

/// <summary>A file attached in a personal chat, as Teams describes it (<c>application/vnd.microsoft.teams.file.download.info</c>).</summary>
/// <param name="Name">The file name.</param>
/// <param name="FileType">Its type as Teams gives it (<c>csv</c>, <c>zip</c>, <c>xlsx</c>...), lower case.</param>
/// <param name="DownloadUrl">The short-lived pre-authenticated link to download it; empty when Teams gave none.</param>
public sealed record AttachedFile(string Name, string FileType, string DownloadUrl);
