using Microsoft.Extensions.Options;
using SafetyBot.Knowledge.Exports;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.UpdateHistory;

/// <summary>
/// Short-lived download links for the outcome updates CSV: the CSV is written when asked for and kept in the store
/// (<see cref="IExportLinks"/>) behind an unguessable token until the link expires, so the link works on whichever
/// instance serves it.
/// </summary>
public sealed class UpdateExports(IOutcomeStore outcomes, IExportLinks links, IOptions<ExportOptions> options, TimeProvider time)
{
    /// <summary>The path exports are served under.</summary>
    public const string PathPrefix = "/exports/";

    /// <summary>How long links work.</summary>
    public TimeSpan LinkLifetime => options.Value.LinkLifetime;

    /// <summary>Writes the CSV now, keeps it behind a new link and returns the link and the number of updates in it.</summary>
    public async Task<(Uri Link, int Count)> CreateAsync(CancellationToken cancellationToken = default)
    {
        await links.RemoveExpiredAsync(cancellationToken).ConfigureAwait(false);
        using var writer = new StringWriter();
        await outcomes.ExportCsvAsync(writer, cancellationToken).ConfigureAwait(false);
        var count = (await outcomes.AllUpdatesAsync(cancellationToken).ConfigureAwait(false)).Count;
        var token = ExportTokens.New();
        await links.SaveAsync(token, writer.ToString(), time.GetUtcNow() + options.Value.LinkLifetime, cancellationToken).ConfigureAwait(false);
        return (new Uri(options.Value.PublicBaseUrl, PathPrefix + token + ".csv"), count);
    }

    /// <summary>The CSV behind <paramref name="token"/> (with or without ".csv"), while its link is valid.</summary>
    public Task<string?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var key = token.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? token[..^4] : token;
        return links.FindAsync(key, cancellationToken);
    }
}
