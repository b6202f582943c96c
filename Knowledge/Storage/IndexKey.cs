using System.Security.Cryptography;
using System.Text;

namespace SafetyBot.Knowledge.Storage;

/// <summary>
/// LiteDB refuses an index key (every document id, every indexed field) of 1023 bytes or more. Keys that
/// come from outside (a conversation id, a question) go through <see cref="Of"/>: short ones are kept as
/// they are, long ones are replaced by a SHA-256 hash of their UTF-8 bytes.
/// </summary>
public static class IndexKey
{
    /// <summary>The longest key kept as it is, in UTF-8 bytes.</summary>
    public const int MaxBytes = 512;

    private const string HashPrefix = "sha256:";

    /// <summary><paramref name="key"/> itself when it fits in <see cref="MaxBytes"/> bytes, else <c>sha256:</c> and its hash in hex.</summary>
    public static string Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Fits(key) ? key : HashPrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>True when <paramref name="text"/> is at most <see cref="MaxBytes"/> bytes in UTF-8.</summary>
    public static bool Fits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= MaxBytes / 3 || Encoding.UTF8.GetByteCount(text) <= MaxBytes;
    }
}
