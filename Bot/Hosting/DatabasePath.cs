using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Hosting;

/// <summary>Works out where the LiteDB file lives.</summary>
internal static class DatabasePath
{
    /// <summary>Default file name inside the app's data folder.</summary>
    public const string DefaultFileName = "safetybot.db";

    /// <summary>
    /// <see cref="StorageOptions.DatabasePath"/> when set (relative paths against the content
    /// root), else <c>{content root}/App_Data/safetybot.db</c>.
    /// </summary>
    public static string Resolve(StorageOptions options, string contentRoot)
    {
        var configured = options.DatabasePath;
        if (string.IsNullOrWhiteSpace(configured))
        {
            return Path.Combine(contentRoot, "App_Data", DefaultFileName);
        }

        return Path.IsPathRooted(configured) ? configured : Path.GetFullPath(Path.Combine(contentRoot, configured));
    }
}
