using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Reliability;

/// <summary>
/// The built bot (<c>dotnet Bot/bin/{Configuration}/net10.0/SafetyBot.Bot.dll</c>) as a separate
/// process on a loopback port and a given LiteDB file, so that it can be killed with SIGKILL, its
/// output read and its exit code checked.
/// </summary>
public sealed class BotProcess : IDisposable
{
    /// <summary>The user ids (uid and gid) of "nobody", for <see cref="FailToStartAsync"/>.</summary>
    private const string Nobody = "65534";

    private readonly Process _process;
    private readonly HttpClient _http;
    private readonly List<string> _output = [];

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The bot's main assembly, built next to this test assembly's configuration.</summary>
    public static string BotAssembly { get; } = FindBotAssembly();

    /// <summary>
    /// The bot's main assembly where "nobody" can read it: <see cref="BotAssembly"/> itself when every folder above
    /// it lets others in, else a copy of the bot's build folder in the temporary folder (a clone made with
    /// <c>mktemp -d</c> is mode 0700, and the unprivileged bot could not even load its own assembly).
    /// </summary>
    private static readonly Lazy<string> UnprivilegedBotAssembly = new(() => OperatingSystem.IsWindows() ? BotAssembly : ReadableByOthers());

    public int Id => _process.Id;

    /// <summary>Everything the process wrote to standard output and standard error, line by line, in order.</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>True once the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    public static async Task<BotProcess> StartAsync(string databasePath, IDictionary<string, string> settings)
    {
        var bot = Launch(databasePath, settings, unprivileged: false);
        try
        {
            if (!await bot.WaitHealthyOrExitAsync(TimeSpan.FromMinutes(2)))
            {
                throw new InvalidOperationException($"The bot exited with {bot._process.ExitCode} while starting:\n{string.Join('\n', bot.Output)}");
            }
        }
        catch
        {
            bot.Dispose();
            throw;
        }

        return bot;
    }

    /// <summary>
    /// Starts the bot on <paramref name="databasePath"/> expecting it to refuse to start, and returns its exit
    /// code and output. <paramref name="unprivileged"/>: run it as an unprivileged user (nobody) when the tests run
    /// as root, so that file permissions apply to it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The bot started and answered /healthz instead.</exception>
    public static async Task<(int ExitCode, IReadOnlyList<string> Output)> FailToStartAsync(string databasePath, IDictionary<string, string> settings, bool unprivileged = false)
    {
        using var bot = Launch(databasePath, settings, unprivileged);
        if (await bot.WaitHealthyOrExitAsync(TimeSpan.FromSeconds(60)))
        {
            throw new InvalidOperationException($"The bot started on {databasePath}:\n{string.Join('\n', bot.Output)}");
        }

        // The exit code is known; the output is complete once both streams have closed.
        await bot._process.WaitForExitAsync();
        return (bot._process.ExitCode, bot.Output);
    }

    private static BotProcess Launch(string databasePath, IDictionary<string, string> settings, bool unprivileged)
    {
        var port = FreePort();
        var asNobody = unprivileged && Environment.IsPrivilegedProcess;
        var start = new ProcessStartInfo(asNobody ? "setpriv" : "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(asNobody ? UnprivilegedBotAssembly.Value : BotAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asNobody)
        {
            foreach (var argument in new[] { $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "--", "dotnet" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["HOME"] = Path.GetTempPath();
        }

        start.ArgumentList.Add(asNobody ? UnprivilegedBotAssembly.Value : BotAssembly);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DatabasePath"] = databasePath;
        start.Environment["Telemetry__Exporter"] = "None";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, line) => bot.Collect(line.Data);
        process.ErrorDataReceived += (_, line) => bot.Collect(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>
    /// Waits until a line of the bot's output holds <paramref name="text"/> (the bot writes its log from its own threads, and
    /// the lines reach the test through a pipe a little after the reply that caused them), or <paramref name="timeout"/> passes.
    /// </summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Any(line => line.Contains(text, StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }

    /// <summary>GET /healthz.</summary>
    public async Task<HttpStatusCode> HealthAsync()
    {
        using var response = await _http.GetAsync(new Uri("healthz", UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>GET /healthz: its status and body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> HealthReportAsync()
    {
        using var response = await _http.GetAsync(new Uri("healthz", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts typed text with expectReplies and returns the response's status and Retry-After.</summary>
    public async Task<(HttpStatusCode Status, RetryConditionHeaderValue? RetryAfter)> PostAsync(string text, TestUser user, string conversationId)
    {
        var activity = Activities.Message(text, user, conversationId);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var content = new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri("api/messages", UriKind.Relative), content);
        return (response.StatusCode, response.Headers.RetryAfter);
    }

    /// <summary>
    /// Posts typed text with expectReplies and returns everything the bot said. An answer other than
    /// 2xx throws <see cref="BotAnsweredException"/> (the bot is alive and failed); a connection the
    /// bot dropped or refused (it was killed) throws <see cref="HttpRequestException"/> or <see cref="IOException"/>.
    /// </summary>
    public Task<string> SayAsync(string text, TestUser user, string conversationId, CancellationToken cancellationToken = default) =>
        SendAsync(Activities.Message(text, user, conversationId), cancellationToken);

    /// <summary>Posts <paramref name="activity"/> with expectReplies (as <see cref="SayAsync"/>): the same activity may be sent to several instances.</summary>
    public async Task<string> SendAsync(Microsoft.Bot.Schema.Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var content = new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri("api/messages", UriKind.Relative), content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new BotAnsweredException(response.StatusCode, $"/api/messages answered {(int)response.StatusCode} to \"{activity.Text}\": {body}");
        }

        return Replies.Said(JsonConvert.DeserializeObject<ExpectedReplies>(body)?.Activities ?? []);
    }

    /// <summary>SIGSTOP (Linux): the process does nothing until <see cref="Continue"/>; its connections stay open.</summary>
    public void Pause()
    {
        if (!_process.HasExited)
        {
            ProcessSignals.Stop(_process.Id);
        }
    }

    /// <summary>SIGCONT (Linux): a paused process runs again.</summary>
    public void Continue()
    {
        if (!_process.HasExited)
        {
            ProcessSignals.Continue(_process.Id);
        }
    }

    /// <summary>SIGKILL: no shutdown, no checkpoint, no dispose.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            // SIGKILL to the bot at once (walking the process tree first gives a turn time to finish).
            _process.Kill();
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

    /// <summary>True once /healthz answers 200; false when the process exits first.</summary>
    private async Task<bool> WaitHealthyOrExitAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                return false;
            }

            try
            {
                if (await HealthAsync() == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The bot was neither healthy nor ended within {timeout}:\n{string.Join('\n', Output)}");
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string ReadableByOthers()
    {
        const UnixFileMode Enter = UnixFileMode.OtherExecute;
        var folder = Path.GetDirectoryName(BotAssembly)!;
        var readable = (File.GetUnixFileMode(folder) & UnixFileMode.OtherRead) != 0;
        for (var above = folder; readable && above is not null; above = Path.GetDirectoryName(above))
        {
            readable = (File.GetUnixFileMode(above) & Enter) != 0;
        }

        if (readable)
        {
            return BotAssembly;
        }

        var copy = Path.Combine(Path.GetTempPath(), $"safetybot-bot-for-nobody-{Environment.ProcessId}");
        const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        Directory.CreateDirectory(copy, Folder);
        foreach (var source in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(folder, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!, Folder);
            File.Copy(source, target, overwrite: true);
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(copy, recursive: true);
        return Path.Combine(copy, Path.GetFileName(BotAssembly));
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
