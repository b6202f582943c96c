using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SafetyBot.Dialogs.Uploads;

/// <summary>Reads the files of a Teams message: the download info of personal chats, and the placeholder of channels and group chats.</summary>
public static class TeamsFiles
{
    /// <summary>The content type of a file attached in a personal chat.</summary>
    public const string DownloadInfoType = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>True when the message carries a file: its download info, or the HTML placeholder Teams sends where bots get no files.</summary>
    public static bool HasFile(IActivity activity) => Attached(activity).Count > 0 || HasPlaceholder(activity);

    /// <summary>The files attached with their download info (personal chats only).</summary>
    public static IReadOnlyList<AttachedFile> Attached(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return [.. ((activity as IMessageActivity)?.Attachments ?? [])
            .Where(a => string.Equals(a.ContentType, DownloadInfoType, StringComparison.OrdinalIgnoreCase))
            .Select(a =>
            {
                var content = a.Content as JObject ?? (a.Content is null ? null : JObject.FromObject(a.Content));
                var name = string.IsNullOrWhiteSpace(a.Name) ? "the file" : Path.GetFileName(a.Name.Trim());
                return new AttachedFile(
                    name,
                    ((string?)content?["fileType"] ?? Path.GetExtension(name).TrimStart('.')).Trim().ToLowerInvariant(),
                    ((string?)content?["downloadUrl"] ?? string.Empty).Trim());
            })];
    }

    /// <summary>
    /// True when the message holds the HTML placeholder Teams sends instead of a file in a channel or group chat
    /// (a <c>text/html</c> attachment with an <c>&lt;attachment&gt;</c> element).
    /// </summary>
    public static bool HasPlaceholder(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ((activity as IMessageActivity)?.Attachments ?? []).Any(a =>
            string.Equals(a.ContentType, "text/html", StringComparison.OrdinalIgnoreCase)
            && a.Content?.ToString() is { } html
            && html.Contains("<attachment", StringComparison.OrdinalIgnoreCase));
    }
}
