using System.Net;
using System.Net.Sockets;

namespace SafetyBot.Tests.Security;

/// <summary>
/// A loopback port between the app and its token issuer's OpenID metadata. While down (as it
/// starts), every connection is accepted and reset at once, as behind a dead proxy, so the
/// signing keys cannot be fetched; once up, connections are passed through to the issuer.
/// Counts the connections it was asked for.
/// </summary>
public sealed class MetadataOutage : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly int _issuerPort;
    private readonly Task _accepting;
    private int _connections;
    private volatile bool _up;

    public MetadataOutage(int issuerPort)
    {
        _issuerPort = issuerPort;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    /// <summary>The port the app is told the metadata is on.</summary>
    public int Port { get; }

    /// <summary>How many connections the app has opened to fetch the metadata or keys.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Ends the outage: from now on the metadata and keys can be fetched.</summary>
    public void End() => _up = true;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception stopped) when (stopped is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            if (_up)
            {
                _ = PassThroughAsync(client);
            }
            else
            {
                client.Client.LingerState = new LingerOption(true, 0);
                client.Dispose();
            }
        }
    }

    private async Task PassThroughAsync(TcpClient client)
    {
        using (client)
        using (var issuer = new TcpClient())
        {
            try
            {
                await issuer.ConnectAsync(IPAddress.Loopback, _issuerPort, _stop.Token);
                var fromApp = client.GetStream();
                var fromIssuer = issuer.GetStream();
                await Task.WhenAny(fromApp.CopyToAsync(fromIssuer, _stop.Token), fromIssuer.CopyToAsync(fromApp, _stop.Token));
            }
            catch (Exception closed) when (closed is IOException or SocketException or OperationCanceledException)
            {
                // One side closed: the connection is over.
            }
        }
    }
}
