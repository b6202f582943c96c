namespace SafetyBot.Bot.Storage;

/// <summary>
/// Thrown when a write offers an ETag that is not the stored one: someone else wrote the item
/// since it was read. Nothing of the batch was written.
/// </summary>
public sealed class StorageConflictException : Exception
{
    /// <summary>Creates the exception for <paramref name="key"/>.</summary>
    public StorageConflictException(string key)
        : base($"Etag conflict: the item '{key}' was changed by another writer since it was read.")
    {
        Key = key;
    }

    /// <summary>Creates the exception with a message.</summary>
    public StorageConflictException()
        : this(string.Empty)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = string.Empty;
    }

    /// <summary>The storage key that conflicted.</summary>
    public string Key { get; }
}
