namespace SafetyBot.Dialogs.Uploads;

/// <summary>
/// One origin files may be downloaded from: https on a host or on any host under a suffix (<c>https://*.sharepoint.com</c>),
/// or http on a loopback address with its port (<c>http://127.0.0.1:5799</c>, for tests).
/// </summary>
/// <param name="Scheme">https, or http for loopback.</param>
/// <param name="Host">The host, or the suffix after <c>*.</c>.</param>
/// <param name="AnySubdomain">True for <c>*.suffix</c>: any host under <see cref="Host"/> (not the suffix itself).</param>
/// <param name="Port">The port.</param>
public sealed record DownloadOrigin(string Scheme, string Host, bool AnySubdomain, int Port)
{
    /// <summary>Reads an origin as configured; null when it is not one of the accepted forms.</summary>
    public static DownloadOrigin? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().TrimEnd('/');
        var wildcard = trimmed.Contains("://*.", StringComparison.Ordinal);
        if (!Uri.TryCreate(wildcard ? trimmed.Replace("://*.", "://", StringComparison.Ordinal) : trimmed, UriKind.Absolute, out var uri)
            || uri.PathAndQuery != "/" || uri.UserInfo.Length > 0 || uri.Fragment.Length > 0 || uri.HostNameType == UriHostNameType.Unknown)
        {
            return null;
        }

        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            return new DownloadOrigin(Uri.UriSchemeHttps, uri.IdnHost.ToLowerInvariant(), wildcard, uri.Port);
        }

        // Plain http only on this machine (a test server), and with its port named.
        return uri.Scheme == Uri.UriSchemeHttp && !wildcard && uri.IsLoopback && !uri.IsDefaultPort
            ? new DownloadOrigin(Uri.UriSchemeHttp, uri.IdnHost.ToLowerInvariant(), AnySubdomain: false, uri.Port)
            : null;
    }

    /// <summary>True when <paramref name="url"/> is on this origin.</summary>
    public bool Allows(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme != Scheme || url.Port != Port || url.UserInfo.Length > 0)
        {
            return false;
        }

        var host = url.IdnHost.ToLowerInvariant();
        return AnySubdomain
            ? host.EndsWith("." + Host, StringComparison.Ordinal) && host.Length > Host.Length + 1
            : host == Host;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Scheme}://{(AnySubdomain ? "*." : string.Empty)}{Host}{(Port == (Scheme == "https" ? 443 : 80) ? string.Empty : ":" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture))}";

    /// <summary>True when <paramref name="url"/> is on any of <paramref name="origins"/>.</summary>
    public static bool AnyAllows(IEnumerable<DownloadOrigin> origins, Uri url) => origins.Any(o => o.Allows(url));
}
