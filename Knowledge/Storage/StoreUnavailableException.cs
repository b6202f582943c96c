namespace SafetyBot.Knowledge.Storage;

/// <summary>
/// The store file cannot be used (damaged, not a LiteDB file, not writable, a folder, in use). Its message is
/// one line naming the file and the cause; the file has been left exactly as it was.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    /// <summary>Creates the exception for the store at <paramref name="path"/>.</summary>
    /// <param name="path">Full path of the store file.</param>
    /// <param name="cause">Why it cannot be used, in plain words (no full stop).</param>
    /// <param name="innerException">What LiteDB or the file system said, if anything.</param>
    public StoreUnavailableException(string path, string cause, Exception? innerException = null)
        : base($"The store {path} cannot be used: {cause}. Nothing in it was changed; see \"Restoring from a backup\" in the README.", innerException)
    {
        Path = path;
        Cause = cause;
    }

    /// <summary>Creates the exception with a message of its own.</summary>
    public StoreUnavailableException()
    {
        Path = string.Empty;
        Cause = string.Empty;
    }

    /// <summary>Creates the exception with a message of its own.</summary>
    public StoreUnavailableException(string message)
        : base(message)
    {
        Path = string.Empty;
        Cause = message;
    }

    /// <summary>Creates the exception with a message of its own.</summary>
    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
        Cause = message;
    }

    /// <summary>Full path of the store file.</summary>
    public string Path { get; }

    /// <summary>Why it cannot be used.</summary>
    public string Cause { get; }
}
