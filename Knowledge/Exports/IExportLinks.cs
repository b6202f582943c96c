namespace SafetyBot.Knowledge.Exports;

/// <summary>
/// Short-lived download links (the outcome updates CSV): what a link serves, kept in the store until it expires, so
/// that a link made on one instance works on every instance and after a restart. Only a hash of each link's token is
/// stored: someone who can read the store cannot rebuild the links from it.
/// </summary>
public interface IExportLinks
{
    /// <summary>Keeps <paramref name="content"/> behind <paramref name="token"/> until <paramref name="expires"/>.</summary>
    /// <param name="token">The link's unguessable token (see <see cref="ExportTokens.New"/>).</param>
    /// <param name="content">What the link serves.</param>
    /// <param name="expires">When the link stops working.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task SaveAsync(string token, string content, DateTimeOffset expires, CancellationToken cancellationToken = default);

    /// <summary>What <paramref name="token"/>'s link serves while it works; null when there is no such link or it has expired.</summary>
    Task<string?> FindAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>Forgets the links that have expired; returns how many.</summary>
    Task<int> RemoveExpiredAsync(CancellationToken cancellationToken = default);
}
