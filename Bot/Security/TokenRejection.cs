namespace SafetyBot.Bot.Security;

/// <summary>
/// The Bot Framework's <c>CloudAdapter</c> answers 401 only for <see cref="UnauthorizedAccessException"/>;
/// a token signed by an unknown key, or one that is not a JWT at all, escapes it as an IdentityModel
/// exception (a 500). These are recognised here so that <c>/api/messages</c> answers 401 instead.
/// </summary>
internal static class TokenRejection
{
    /// <summary>True when <paramref name="exception"/> (or what it wraps) is a token validation failure.</summary>
    public static bool IsTokenRejection(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is UnauthorizedAccessException
                || IsIdentityModel(current.GetType().Namespace)
                || (current is ArgumentException && IsIdentityModel(current.Source)))
            {
                return true;
            }
        }

        return false;
    }

    // The exception's type, or for a plain ArgumentException ("IDX12729: Unable to decode the
    // header") the assembly that threw it.
    private static bool IsIdentityModel(string? name) =>
        name is not null
        && (name.StartsWith("Microsoft.IdentityModel.", StringComparison.Ordinal) || name.StartsWith("System.IdentityModel.", StringComparison.Ordinal));
}
