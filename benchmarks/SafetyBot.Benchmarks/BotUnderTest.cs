using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Newtonsoft.Json.Linq;

namespace SafetyBot.Benchmarks;

/// <summary>A bot started as its own process (<c>dotnet X.dll</c>) on a loopback port, and a client for it.</summary>
internal sealed class BotUnderTest : IDisposable
{
    private readonly Process _process;

    private BotUnderTest(string name, Process process, HttpClient http, long startedAt)
    {
        Name = name;
        _process = process;
        Http = http;
        StartedAt = startedAt;
    }

    public string Name { get; }

    /// <summary>The bot's process id (for a profiler or a heap dump).</summary>
    public int ProcessId => _process.Id;

    public HttpClient Http { get; }

    /// <summary>Stopwatch timestamp taken just before the process was started.</summary>
    public long StartedAt { get; }

    public static BotUnderTest Start(string name, string assembly, IDictionary<string, string> environment)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrWhiteSpace(e.Data))
            {
                Console.Error.WriteLine($"[{name}] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotUnderTest(name, process, http, startedAt);
    }

    /// <summary>Sends typed text with expectReplies; returns what the bot said, or throws.</summary>
    public async Task<string> SayAsync(string text, string userId, string aadObjectId, string conversationId, CancellationToken cancellationToken = default)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["text"] = text,
            ["channelId"] = "msteams",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["timestamp"] = DateTimeOffset.UtcNow,
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "en-GB",
            ["from"] = new JObject { ["id"] = userId, ["name"] = "Bench " + userId, ["aadObjectId"] = aadObjectId },
            ["recipient"] = new JObject { ["id"] = "28:safetybot", ["name"] = "SafetyBot" },
            ["conversation"] = new JObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = Tenant },
            ["channelData"] = new JObject { ["tenant"] = new JObject { ["id"] = Tenant } },
        };
        using var content = new StringContent(activity.ToString(Newtonsoft.Json.Formatting.None), Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri("api/messages", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"{Name} answered {(int)response.StatusCode}: {body}");
        }

        return body;
    }

    /// <summary>
    /// CPU time the process has used so far (user + system, from /proc; 10 ms resolution). Per turn, it is what a turn
    /// costs whatever else the machine runs, which throughput on a shared machine is not.
    /// </summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10.0);
    }

    /// <summary>Resident memory of the process now: (working set, private resident, peak working set), in MB.</summary>
    public (double WorkingSet, double PrivateResident, double Peak) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        double Field(string name) => status.Where(l => l.StartsWith(name + ":", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024)
            .FirstOrDefault();
        return (Field("VmRSS"), Field("RssAnon"), Field("VmHWM"));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        Http.Dispose();
    }

    /// <summary>The tenant every benchmark activity comes from.</summary>
    public const string Tenant = "00000000-0000-0000-0000-0000000000b1";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
