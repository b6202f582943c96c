using System.IdentityModel.Tokens.Jwt;
using Microsoft.Bot.Connector.Authentication;

namespace SafetyBot.Bot.Security;

/// <summary>
/// What can be told of a Bot Framework bearer token without the channel's signing keys. The SDK
/// fetches the keys (OpenID metadata) for any token that names an issuer it trusts, before it
/// looks at the token's algorithm or lifetime; a token refused here is refused without fetching
/// anything. Only what the SDK would refuse in any case is refused: a token that is not a JWT, one
/// signed with an algorithm the SDK does not allow (<c>none</c>, HS256...), one with no expiry, or
/// one outside its lifetime by more than the SDK's five minutes of clock skew.
/// </summary>
internal static class KeyFreeTokenCheck
{
    /// <summary>The clock skew the SDK allows when it validates a token's lifetime.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Why the token in <paramref name="authHeader"/> is refused, or null when only its signature
    /// (checked by the SDK with the keys) can tell. A header that is not <c>Bearer</c> and a token is
    /// left to the SDK, which refuses it without keys.
    /// </summary>
    public static string? Refusal(string? authHeader, DateTimeOffset now)
    {
        var parts = authHeader?.Split(' ');
        if (parts is not ["Bearer", { Length: > 0 } token])
        {
            return null;
        }

        try
        {
            var jwt = new JwtSecurityToken(token);
            if (!AuthenticationConstants.AllowedSigningAlgorithms.Contains(jwt.Header.Alg ?? string.Empty))
            {
                return "signing algorithm not allowed";
            }

            if (jwt.Payload.Expiration is not { } expires)
            {
                return "no expiry";
            }

            if (FromUnixSeconds(expires) + ClockSkew < now)
            {
                return "expired";
            }

            if (jwt.Payload.NotBefore is { } notBefore && FromUnixSeconds(notBefore) - ClockSkew > now)
            {
                return "not yet valid";
            }
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException or InvalidCastException)
        {
            // The SDK reads the token with the same JwtSecurityToken, and would fail alike.
            return "not a JWT";
        }

        return null;
    }

    private static DateTimeOffset FromUnixSeconds(long seconds) =>
        DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, DateTimeOffset.MinValue.ToUnixTimeSeconds(), DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
}
