using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Reliability;

/// <summary>
/// The built bot (<c>dotnet Bot/bin/{Configuration}/net10.0/SafetyBot.Bot.dll</c>) as a separate
/// process on a loopback port and a given LiteDB file, so that it can be killed with SIGKILL.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The bot's main assembly, built next to this test assembly's configuration.</summary>
    public static string BotAssembly { get; } = FindBotAssembly();

    public int Id => _process.Id;

    public static async Task<BotProcess> StartAsync(string databasePath, IDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(BotAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BotAssembly);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DatabasePath"] = databasePath;
        start.Environment["Telemetry__Exporter"] = "None";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        await bot.WaitHealthyAsync(TimeSpan.FromSeconds(30));
        return bot;
    }

    /// <summary>GET /healthz.</summary>
    public async Task<HttpStatusCode> HealthAsync()
    {
        using var response = await _http.GetAsync(new Uri("healthz", UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>
    /// Posts typed text with expectReplies and returns everything the bot said. An answer other than
    /// 2xx throws <see cref="BotAnsweredException"/> (the bot is alive and failed); a connection the
    /// bot dropped or refused (it was killed) throws <see cref="HttpRequestException"/> or <see cref="IOException"/>.
    /// </summary>
    public async Task<string> SayAsync(string text, TestUser user, string conversationId, CancellationToken cancellationToken = default)
    {
        var activity = Activities.Message(text, user, conversationId);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var content = new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri("api/messages", UriKind.Relative), content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new BotAnsweredException(response.StatusCode, $"/api/messages answered {(int)response.StatusCode} to \"{text}\": {body}");
        }

        return Replies.Said(JsonConvert.DeserializeObject<ExpectedReplies>(body)?.Activities ?? []);
    }

    /// <summary>SIGKILL: no shutdown, no checkpoint, no dispose.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
        _http.Dispose();
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with {_process.ExitCode} while starting.");
            }

            try
            {
                if (await HealthAsync() == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The bot was not healthy within {timeout}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindBotAssembly()
    {
        // Tests/bin/{Configuration}/net10.0/ → Bot/bin/{Configuration}/net10.0/SafetyBot.Bot.dll
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testFolder.Name;
        var configuration = testFolder.Parent!.Name;
        for (var folder = testFolder; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "Bot", "bin", configuration, framework, "SafetyBot.Bot.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"SafetyBot.Bot.dll ({configuration}/{framework}) was not found above {testFolder.FullName}.");
    }
}
