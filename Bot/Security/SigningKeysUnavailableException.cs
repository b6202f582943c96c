namespace SafetyBot.Bot.Security;

/// <summary>
/// A request's Bot Framework token could not be checked because the channel's signing keys (its
/// OpenID metadata) could not be fetched. <c>/api/messages</c> answers 503 with <c>Retry-After</c>:
/// the request is not processed, and the channel sends it again.
/// </summary>
public sealed class SigningKeysUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SigningKeysUnavailableException()
        : base("The Bot Framework signing keys could not be fetched.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SigningKeysUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception for the failure to fetch the keys.</summary>
    public SigningKeysUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
