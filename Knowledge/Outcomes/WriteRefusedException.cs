namespace SafetyBot.Knowledge.Outcomes;

/// <summary>The actor may not make this write; nothing was written.</summary>
public sealed class WriteRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WriteRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public WriteRefusedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public WriteRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
