using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.UpdateHistory;

/// <summary>
/// Short-lived download links for the outcome updates CSV: the CSV is written when asked for and
/// kept in memory behind an unguessable token until the link expires.
/// </summary>
public sealed class UpdateExports(IOutcomeStore outcomes, IOptions<ExportOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (string Csv, DateTimeOffset Expires)> _exports = new(StringComparer.Ordinal);

    /// <summary>The path exports are served under.</summary>
    public const string PathPrefix = "/exports/";

    /// <summary>How long links work.</summary>
    public TimeSpan LinkLifetime => options.Value.LinkLifetime;

    /// <summary>Writes the CSV now and returns its download link and the number of updates in it.</summary>
    public async Task<(Uri Link, int Count)> CreateAsync(CancellationToken cancellationToken = default)
    {
        RemoveExpired();
        using var writer = new StringWriter();
        await outcomes.ExportCsvAsync(writer, cancellationToken).ConfigureAwait(false);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        _exports[token] = (writer.ToString(), time.GetUtcNow() + options.Value.LinkLifetime);
        var count = (await outcomes.AllUpdatesAsync(cancellationToken).ConfigureAwait(false)).Count;
        return (new Uri(options.Value.PublicBaseUrl, PathPrefix + token + ".csv"), count);
    }

    /// <summary>The CSV behind <paramref name="token"/>, while its link is valid.</summary>
    public string? Find(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var key = token.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? token[..^4] : token;
        return _exports.TryGetValue(key, out var export) && export.Expires > time.GetUtcNow() ? export.Csv : null;
    }

    private void RemoveExpired()
    {
        var now = time.GetUtcNow();
        foreach (var (token, export) in _exports)
        {
            if (export.Expires <= now)
            {
                _exports.TryRemove(token, out _);
            }
        }
    }
}
