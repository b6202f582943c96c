using System.ComponentModel.DataAnnotations;

namespace SafetyBot.Knowledge.Storage;

/// <summary>Where and how the store is kept. Bound from the <c>Storage</c> section.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Storage";

    /// <summary>The store: the embedded LiteDB file (default) or PostgreSQL (<c>ConnectionStrings:SafetyBot</c>).</summary>
    [EnumDataType(typeof(StoreProvider))]
    public StoreProvider Provider { get; set; } = StoreProvider.LiteDb;

    /// <summary>
    /// How the app signs in to PostgreSQL: the password in <c>ConnectionStrings:SafetyBot</c> (default) or an Entra ID
    /// access token of the app's managed identity (<c>AZURE_CLIENT_ID</c> names a user-assigned one).
    /// </summary>
    [EnumDataType(typeof(PostgreSqlAuthentication))]
    public PostgreSqlAuthentication PostgreSqlAuthentication { get; set; } = PostgreSqlAuthentication.Password;

    /// <summary>
    /// Path of the LiteDB file. Relative paths are resolved against the app's data folder;
    /// empty means <c>{data folder}/safetybot.db</c>.
    /// </summary>
    public string DatabasePath { get; set; } = string.Empty;

    /// <summary>How often the write-ahead log is checkpointed into the data file.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(5);
}
