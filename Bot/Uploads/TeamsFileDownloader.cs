using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using SafetyBot.Dialogs.Uploads;

namespace SafetyBot.Bot.Uploads;

/// <summary>
/// Downloads the files Teams links to (<see cref="IFileDownloader"/>) at once, streaming: only from the origins of
/// <see cref="DataUploadOptions.AllowedDownloadHosts"/> (checked before any request, and again for every redirect, which
/// is followed here by hand, never by the handler), at most <see cref="DataUploadOptions.MaxBytes"/> counted as the
/// bytes arrive, within <see cref="DataUploadOptions.DownloadTimeout"/>. The link is never logged (it carries a token).
/// </summary>
internal sealed partial class TeamsFileDownloader(IHttpClientFactory clients, IOptions<DataUploadOptions> options, ILogger<TeamsFileDownloader> logger) : IFileDownloader
{
    /// <summary>The named HttpClient (no automatic redirects, no request logging).</summary>
    public const string ClientName = "data-uploads";

    private const int MaxRedirects = 5;

    /// <inheritdoc />
    public async Task<FileDownload> DownloadAsync(string url, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var origins = settings.Origins();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return Refused("Teams gave me no link to download it from. Please attach it again.", "no link");
        }

        if (!DownloadOrigin.AnyAllows(origins, uri))
        {
            return Refused($"it isn't stored where Teams keeps attached files ({uri.Scheme}://{uri.Host} is not an allowed origin), so I didn't download it.", uri.Host);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.DownloadTimeout);
        var client = clients.CreateClient(ClientName);
        try
        {
            for (var hop = 0; ; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode))
                {
                    if (response.Headers.Location is not { } location || hop == MaxRedirects)
                    {
                        return Refused("its link kept redirecting, so I stopped. Please attach it again.", uri.Host);
                    }

                    var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    if (!DownloadOrigin.AnyAllows(origins, next))
                    {
                        return Refused($"its link redirected to {next.Scheme}://{next.Host}, which is not an allowed origin, so I didn't follow it.", next.Host);
                    }

                    uri = next;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return Refused($"the download failed ({(int)response.StatusCode}). Teams' link lasts about an hour: please attach the file again.", uri.Host);
                }

                if (response.Content.Headers.ContentLength > settings.MaxBytes)
                {
                    return TooLarge(settings.MaxBytes, uri.Host);
                }

                var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    return await ReadCappedAsync(stream, settings.MaxBytes, timeout.Token).ConfigureAwait(false) is { } bytes
                        ? FileDownload.Of(bytes)
                        : TooLarge(settings.MaxBytes, uri.Host);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Refused($"the download took longer than {settings.DownloadTimeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} seconds. Please try again.", uri.Host);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            // IOException: the connection dropped while the file streamed in (HttpIOException, "response ended prematurely").
            return Refused("the download failed. Teams' link lasts about an hour: please attach the file again.", uri.Host);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>The bytes of <paramref name="stream"/>; null as soon as there are more than <paramref name="max"/>.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream stream, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private FileDownload TooLarge(long max, string host) =>
        Refused($"it is larger than {(max / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB, the most I load at once. Split it into smaller files (a zip of several CSV files counts as one).", host);

    private FileDownload Refused(string reason, string host)
    {
        LogRefused(logger, host);
        return FileDownload.Refused(reason);
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "An attached file from {Host} was not downloaded (origin, size, time or status); nothing was stored")]
    private static partial void LogRefused(ILogger logger, string host);
}
