namespace SafetyBot.Knowledge.Imports;

/// <summary>
/// An upload previewed and waiting for its analyst's Apply or Cancel (<see cref="PendingImports"/>); its bytes are kept
/// beside it in the store, so it survives a restart until it expires.
/// </summary>
public sealed class PendingImport
{
    /// <summary>Random id, carried by the preview card's buttons.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Object id of the analyst who uploaded it; only they may apply or cancel it.</summary>
    public string OwnerId { get; set; } = string.Empty;

    /// <summary>The uploaded files' names, in upload order (their bytes are stored as <c>{Id}/{index}</c>).</summary>
    public List<string> Files { get; set; } = [];

    /// <summary>What the file holds, for people ("figures").</summary>
    public string KindTitle { get; set; } = string.Empty;

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>When it stops being applicable.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
