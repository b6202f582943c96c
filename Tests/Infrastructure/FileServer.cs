using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SafetyBot.Tests.Infrastructure;

/// <summary>
/// A loopback HTTP server (Kestrel on 127.0.0.1, a random port) standing in for SharePoint: it serves the files and
/// redirects a test registers, answers 404 otherwise, and records every request it gets.
/// </summary>
public sealed class FileServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();

    private FileServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The server's origin, e.g. <c>http://127.0.0.1:51234</c>.</summary>
    public string Origin { get; private set; } = string.Empty;

    /// <summary>The paths requested, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public static async Task<FileServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FileServer(app);
        app.Run(server.ServeAsync);
        await app.StartAsync();
        server.Origin = app.Urls.Single().TrimEnd('/');
        return server;
    }

    /// <summary>Serves <paramref name="bytes"/> at <paramref name="path"/>; the full URL.</summary>
    public string Serve(string path, byte[] bytes, bool withLength = true)
    {
        _routes[path] = async context =>
        {
            context.Response.ContentType = "application/octet-stream";
            if (withLength)
            {
                context.Response.ContentLength = bytes.Length;
            }

            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        };
        return Origin + path;
    }

    /// <summary>Serves the start of <paramref name="bytes"/> at <paramref name="path"/>, promising all of them, then drops the connection; the full URL.</summary>
    public string ServeCutShort(string path, byte[] bytes)
    {
        _routes[path] = async context =>
        {
            context.Response.ContentType = "application/octet-stream";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            context.Abort();
        };
        return Origin + path;
    }

    /// <summary>Answers <paramref name="path"/> with a 302 to <paramref name="location"/>; the full URL.</summary>
    public string Redirect(string path, string location)
    {
        _routes[path] = context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        };
        return Origin + path;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task ServeAsync(HttpContext context)
    {
        _requests.Enqueue(context.Request.Path.Value ?? string.Empty);
        if (_routes.TryGetValue(context.Request.Path.Value ?? string.Empty, out var route))
        {
            return route(context);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
