using System.Globalization;
using System.Text;

namespace SafetyBot.Cards.Model;

/// <summary>
/// Measures card payloads. Teams rejects messages over about 28 KB including the activity
/// envelope, so cards should stay below <see cref="RecommendedMaximum"/>.
/// </summary>
public static class ByteSize
{
    /// <summary>28 KB (28 × 1024 bytes): the size every card should stay under.</summary>
    public const int RecommendedMaximum = 28 * 1024;

    /// <summary>The size in bytes of the card's compact UTF-8 JSON.</summary>
    /// <param name="card">The card.</param>
    /// <returns>The byte count.</returns>
    public static int Of(AdaptiveCard card) => AdaptiveCardSerializer.SerializeToUtf8Bytes(card).Length;

    /// <summary>The size in bytes of a text encoded as UTF-8.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The byte count.</returns>
    public static int Of(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Encoding.UTF8.GetByteCount(json);
    }

    /// <summary>Whether the card's JSON is under <paramref name="maximumBytes"/>.</summary>
    /// <param name="card">The card.</param>
    /// <param name="maximumBytes">The limit; <see cref="RecommendedMaximum"/> by default.</param>
    /// <returns>True when the card is small enough.</returns>
    public static bool IsWithinLimit(AdaptiveCard card, int maximumBytes = RecommendedMaximum) => Of(card) < maximumBytes;

    /// <summary>Throws when the card's JSON is not under <paramref name="maximumBytes"/>.</summary>
    /// <param name="card">The card.</param>
    /// <param name="maximumBytes">The limit; <see cref="RecommendedMaximum"/> by default.</param>
    /// <returns>The byte count, for logging.</returns>
    /// <exception cref="InvalidOperationException">The card is too large.</exception>
    public static int EnsureWithinLimit(AdaptiveCard card, int maximumBytes = RecommendedMaximum)
    {
        var size = Of(card);
        if (size >= maximumBytes)
        {
            throw new InvalidOperationException(
                $"The card is {Format(size)}, over the {Format(maximumBytes)} limit.");
        }

        return size;
    }

    /// <summary>Formats a byte count for people, e.g. "27.3 KB" or "512 B".</summary>
    /// <param name="bytes">The byte count.</param>
    /// <returns>The formatted size.</returns>
    public static string Format(long bytes) =>
        bytes < 1024
            ? bytes.ToString(CultureInfo.InvariantCulture) + " B"
            : (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB";
}
