using System.Security.Cryptography;
using System.Text;

namespace SafetyBot.Knowledge.Exports;

/// <summary>The tokens of export links: how they are made and the hash under which a store keeps them.</summary>
public static class ExportTokens
{
    /// <summary>A new unguessable token: 24 random bytes as lowercase hex.</summary>
    public static string New() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();

    /// <summary>The key a store keeps <paramref name="token"/> under: its SHA-256 as lowercase hex.</summary>
    public static string KeyOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();
    }
}
